/**
 * Character classes of regular expressions answered in code: `\s`, `\d`, `\p{L}`, `[\p{L}\p{M}]`, `\p{Lu}`, and where a
 * code point (a surrogate pair is one) begins or ends.
 *
 * A regular expression with a Unicode property class (\p{L}) takes a millisecond or more to compile for Vietnamese
 * (two-byte) text, and the engine runs cold. These tests decide Vietnamese text by code ranges, and try one shared
 * expression per class for other characters only. Past either end of the text they answer false.
 */

const LETTER = /\p{L}/uy;
const LETTER_OR_MARK = /[\p{L}\p{M}]/uy;
const UPPER = /\p{Lu}/uy;

/** Whether `re` (sticky, one code point) matches at i. */
function testAt(re: RegExp, text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  re.lastIndex = i;
  return re.test(text);
}

/** `\s` of a regular expression: the whitespace code units. */
export function isSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `\d` (also with the u flag): an ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The characters of Vietnamese text, by code range (checked against `\p{L}` and `\p{M}`): 'L' a letter, 'M' a
 * combining mark, '-' neither, '?' another character (ask a regular expression).
 */
function rangeClassOf(c: number): 'L' | 'M' | '-' | '?' {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 'L' : '-';
  // Latin-1 punctuation and symbols, but ª µ º; the Latin-1 letters (not × ÷), Latin Extended-A and B.
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba ? 'L' : '-';
  if (c <= 0x24f) return c === 0xd7 || c === 0xf7 ? '-' : 'L';
  if (c >= 0x300 && c <= 0x36f) return 'M'; // combining diacritics
  if (c >= 0x1e00 && c <= 0x1eff) return 'L'; // Latin Extended Additional: ạ ả ấ …
  if (c >= 0x2000 && c <= 0x206f) return '-'; // general punctuation: – — “ ” …
  return '?';
}

/** `rangeClassOf` of every code unit below U+2070, as a number, read from a table: these tests run for every character. */
const CLASS_TABLE_SIZE = 0x2070;
const IS_LETTER = 0;
const IS_MARK = 1;
const IS_NEITHER = 2;
const ASK = 3;
const CLASS_TABLE = new Uint8Array(CLASS_TABLE_SIZE);
for (let c = 0; c < CLASS_TABLE_SIZE; c++) CLASS_TABLE[c] = ['L', 'M', '-', '?'].indexOf(rangeClassOf(c));

function classOf(c: number): number {
  return c < CLASS_TABLE_SIZE ? CLASS_TABLE[c] : ASK;
}

/** `\p{L}`: the code point at i is a letter. */
export function isLetterAt(text: string, i: number): boolean {
  const k = classOf(text.charCodeAt(i));
  return k === IS_LETTER || (k === ASK && testAt(LETTER, text, i));
}

/** `[\p{L}\p{M}]`: code units taken by the letter or mark at i (two for an astral letter), or 0 when there is none. */
export function letterOrMarkLength(text: string, i: number): number {
  const k = classOf(text.charCodeAt(i));
  if (k <= IS_MARK) return 1;
  if (k === IS_NEITHER || !testAt(LETTER_OR_MARK, text, i)) return 0;
  return LETTER_OR_MARK.lastIndex - i;
}

/** `[\p{L}\p{M}]` at i. */
export function isLetterOrMarkAt(text: string, i: number): boolean {
  return letterOrMarkLength(text, i) > 0;
}

/** `\p{Lu}`: the code point at i is an upper-case letter. */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return testAt(UPPER, text, i);
}

/** Where the code point that ends at i starts, as a lookbehind reads it: i − 2 after a surrogate pair, else i − 1. */
export function codePointBefore(text: string, i: number): number {
  if (i >= 2 && (text.charCodeAt(i - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800) return i - 2;
  return i - 1;
}

/** Code units of the code point at i: 2 for a surrogate pair, else 1. */
export function codePointSize(text: string, i: number): number {
  return (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** End of the run of letters and marks (`[\p{L}\p{M}]`) that starts at i: i itself when there is none. */
export function wordEnd(text: string, i: number): number {
  let len: number;
  while ((len = letterOrMarkLength(text, i)) > 0) i += len;
  return i;
}
