import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CHECKED_EXTENSIONS = ['.bulletin', '.bantin', '.txt', '.md', '.docx'];
export const MAX_BYTES = 10 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Expands files, directories (recursively: .bulletin, .bantin, .txt, .md) and globs, in argument order. */
export function expandArguments(args: string[]): Array<{ file: string; missing?: boolean }> {
  const out: Array<{ file: string; missing?: boolean }> = [];
  const seen = new Set<string>();
  const add = (file: string, missing = false) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ file, missing });
  };
  for (const arg of args) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(arg);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      // A directory without bulletin files is passed on as is: readText reports it instead of it passing silently.
      const found = walk(arg);
      if (found.length) found.forEach((f) => add(f));
      else add(arg);
    } else if (stat) add(arg);
    else if (/[*?[]/.test(arg)) {
      const matches = glob(arg);
      if (matches.length) matches.forEach((f) => add(f));
      else add(arg, true);
    } else add(arg, true);
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full));
    else if (CHECKED_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

/** Minimal glob: `*`, `?`, `**` over the path segments after the first wildcard-free prefix. */
export function glob(pattern: string): string[] {
  const normalized = pattern.split(path.sep).join('/');
  const segments = normalized.split('/');
  const firstWild = segments.findIndex((s) => /[*?[]/.test(s));
  const base = segments.slice(0, firstWild).join('/') || (normalized.startsWith('/') ? '/' : '.');
  const regex = new RegExp(
    '^' +
      segments
        .slice(firstWild)
        .map((s) => (s === '**' ? '(?:.*/)?' : s.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '/'))
        .join('')
        .replace(/\/$/, '') +
      '$',
  );
  const out: string[] = [];
  const visit = (dir: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) visit(full, r);
      else if (regex.test(r)) out.push(full);
    }
  };
  visit(base, '');
  return out;
}

/** Reads a file as text the way an editor would: UTF-8 (BOM dropped) or UTF-16 with a BOM; refuses binaries. */
export function readText(file: string): ReadResult {
  let buffer: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: 'là thư mục không có tệp bản tin nào / is a directory without bulletin files' };
    if (stat.size > MAX_BYTES) {
      return { ok: false, reason: `tệp quá lớn (${(stat.size / 1048576).toFixed(1)} MB, giới hạn 10 MB) / file too large` };
    }
    buffer = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'không tìm thấy tệp / file not found' : `không đọc được tệp / cannot read file (${code ?? String(error)})` };
  }
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return { ok: true, text: buffer.subarray(2).toString('utf16le') };
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    const swapped = Buffer.from(buffer.subarray(2));
    swapped.swap16();
    return { ok: true, text: swapped.toString('utf16le') };
  }
  if (buffer.subarray(0, 8192).includes(0)) return { ok: false, reason: 'tệp nhị phân, không phải văn bản / binary file, not text' };
  const text = buffer.toString('utf8');
  // A byte sequence that is not UTF-8 decodes to U+FFFD: only text holding one needs the byte-level check.
  if (text.includes('\ufffd') && !isUtf8(buffer)) return { ok: false, reason: 'không phải văn bản UTF-8 (có thể là bảng mã cũ TCVN3/VNI) / not UTF-8 text' };
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
