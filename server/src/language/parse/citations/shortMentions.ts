/** Short mentions without a symbol: "Nghị quyết số 18", "Chỉ thị 05" (but not "Kế hoạch 5 năm"). */
import { wordEnd } from '../../text/chars';
import { stickyAt } from '../../text/matches';
import type { TextSpan } from './types';
import { DASHES, characterAt, isDigitAt, isDigitChar, isLetter, isUpper, skipSpaces } from './characters';
import type { TypeWordHit } from './typeWords';

/** First words after a number that make it a quantity, not a document number: "Kế hoạch 5 năm", "3 nội dung". */
const QUANTITY_WORDS = new Set(
  'năm tháng ngày tuần giờ phút lần người điểm triệu tỷ nghìn ngàn nội nhiệm mục giải điều khoản trang phần bước đợt kỳ cấp'.split(' '),
);

/** Two-word quantities whose first word is also common after a document ("Chỉ thị 05 chỉ đạo" is fine); whole words. */
const QUANTITY_PHRASE = /chỉ {1,2}tiêu/iuy;

const SHORT_NUMBER = / {1,3}(?:([Ss]ố|SỐ) {1,3}(?:: {0,2})?)?(\d{1,4})/uy;

export function readShort(text: string, hit: TypeWordHit, symbolAt: (i: number) => boolean): { number: TextSpan & { value: number } } | undefined {
  const m = stickyAt(SHORT_NUMBER, text, hit.end);
  if (!m) return undefined;
  const numEnd = hit.end + m[0].length;
  const numStart = numEnd - m[2].length;
  if (symbolAt(numStart)) return undefined;
  const next = text[numEnd];
  if (isDigitChar(next) || isLetter(next) || next === '/' || (next !== undefined && DASHES.includes(next))) return undefined;
  if ((next === '.' || next === ',') && isDigitAt(text, numEnd + 1)) return undefined;
  const after = skipSpaces(text, numEnd, 3);
  if (after > numEnd && (DASHES + '/').includes(text[after] ?? 'x')) return undefined; // "Kế hoạch 2021 - 2025"
  const value = Number(m[2]);
  if (m[2].length === 4 && value >= 1900 && value <= 2100) return undefined;
  // Without "số", only a capitalised type word is a document: "kế hoạch 3 bước" is not.
  if (!m[1] && !isUpper(hit.text[0])) return undefined;
  const wordAt = wordEnd(text, after);
  if (wordAt > after && QUANTITY_WORDS.has(text.slice(after, wordAt).toLowerCase())) return undefined;
  const phrase = stickyAt(QUANTITY_PHRASE, text, after);
  if (phrase && !isLetter(characterAt(text, after + phrase[0].length))) return undefined;
  return { number: { start: numStart, end: numEnd, text: m[2], value } };
}
