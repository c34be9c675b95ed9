import { Line, LineKind, lineView, Period, TitleBlock } from './model';

const TITLE_WORDS = /THÔNG TIN SINH HOẠT|TÀI LIỆU SINH HOẠT|SINH HOẠT CHI BỘ|BẢN TIN|THÔNG TIN NỘI BỘ|ĐỊNH HƯỚNG SINH HOẠT/iu;
const PERIOD = /tháng\s*(\d{1,2})\s*(?:năm|[/.-])\s*(\d{1,5})/iu;
const HEAD_LINES = 40;

/** The title block: the line naming the bulletin, and the lines around it up to the first blank or heading. */
export function readTitle(lines: Line[], kinds: LineKind[]): TitleBlock | null {
  let seen = 0;
  // An index, not an iterator: before the function is optimised, each step of an iterator makes an object, and a
  // file of blank lines is walked to its end here.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (kinds[line.index] === 'heading' || kinds[line.index] === 'list') break;
    if (line.form.blank) continue;
    if (++seen > HEAD_LINES) break;
    const text = line.form.text;
    if (!TITLE_WORDS.test(text) || !looksLikeTitle(text, line.form.bold || line.form.markdownLevel !== null)) continue;
    return titleAround(lines, kinds, line.index);
  }
  return null;
}

function looksLikeTitle(text: string, emphasised: boolean): boolean {
  if (emphasised) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 0 && upper.length / letters.length > 0.6;
}

function titleAround(lines: Line[], kinds: LineKind[], at: number): TitleBlock {
  let end = at;
  while (end + 1 < lines.length && !lines[end + 1].form.blank && kinds[end + 1] === 'paragraph' && end - at < 3) end++;
  let period: Period | null = null;
  for (let i = at; i <= end && !period; i++) period = readPeriod(lines[i]);
  const first = lines[at];
  const last = lines[end];
  return { line: at, startLine: at, endLine: end, span: { start: first.start, end: last.end }, period };
}

/** "tháng 12 năm 2024", "THÁNG 03  NĂM 2024", "tháng 12/2020" on a line. */
export function readPeriod(line: Line): Period | null {
  const m = PERIOD.exec(line.form.text);
  if (!m) return null;
  const month = Number(m[1]);
  const year = Number(m[2]);
  const valid = month >= 1 && month <= 12 && m[2].length === 4 && year >= 1930 && year <= 2100;
  return { month, year, valid, line: line.index, span: lineView(line).span(m.index, m.index + m[0].length) };
}

/** When there is no title, an early heading may carry the month ("A. THÔNG TIN … TRONG THÁNG 01 NĂM 2024"). */
export function periodFromHead(lines: Line[], kinds: LineKind[]): Period | null {
  let seen = 0;
  // An index, not an iterator (see readTitle).
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.form.blank) continue;
    if (++seen > 10) break;
    if (kinds[line.index] !== 'heading' && kinds[line.index] !== 'paragraph') continue;
    const period = readPeriod(line);
    if (period?.valid) return period;
  }
  return null;
}
