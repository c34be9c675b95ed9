const BULLETIN_TITLE = /THÔNG TIN SINH HOẠT|TÀI LIỆU SINH HOẠT|SINH HOẠT CHI BỘ|BẢN TIN|THÔNG TIN NỘI BỘ|ĐỊNH HƯỚNG TUYÊN TRUYỀN/iu;

/** Whether a plain text or Markdown file looks like a bulletin: its first lines name one. */
export function looksLikeBulletin(text: string): boolean {
  const head = text.slice(0, 4000).normalize('NFC').split(/\r\n|\n|\r/).slice(0, 30).join('\n');
  return BULLETIN_TITLE.test(head);
}
