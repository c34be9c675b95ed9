/** A .docx the converter cannot read, with a one-line reason for the user. */
export class WordFileError extends Error {}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (buffer: Buffer, bytes: number[]) => buffer.length >= bytes.length && bytes.every((b, i) => buffer[i] === b);

/** Refuses, before mammoth reads it, what cannot be a .docx: old binary Word or an encrypted package (both OLE), non-zip. */
export function checkWordFile(buffer: Buffer): void {
  if (startsWith(buffer, OLE)) {
    throw new WordFileError('tệp Word được bảo vệ bằng mật khẩu hoặc là tệp .doc cũ (Word 97–2003); hãy bỏ mật khẩu hoặc lưu lại thành .docx / password-protected or old binary Word file');
  }
  if (!startsWith(buffer, ZIP)) throw new WordFileError('không phải tệp Word .docx (không phải gói zip) / not a Word .docx file');
}

/** A mammoth or zip failure as a one-line reason. */
export function describeWordError(error: unknown): string {
  if (error instanceof WordFileError) return error.message;
  const message = String((error as Error)?.message ?? error).split('\n')[0];
  if (/word\/document\.xml|main document part|Could not find/i.test(message)) return 'tệp zip không chứa văn bản Word / zip file without a Word document';
  return `tệp .docx bị hỏng, không đọc được / corrupt .docx (${message})`;
}
