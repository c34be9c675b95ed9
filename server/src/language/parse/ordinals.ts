/** Vietnamese ordinal and cardinal words used to enumerate points: "Thứ nhất", "Một là", "Mười một". */
const UNITS = ['', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** Cardinal words for 1..20 as written in enumerations ("mười một", "mười lăm", "hai mươi"). */
export function cardinalWord(n: number): string {
  if (n < 10) return UNITS[n];
  if (n === 10) return 'mười';
  if (n < 20) return 'mười ' + (n === 15 ? 'lăm' : UNITS[n - 10]);
  if (n === 20) return 'hai mươi';
  return String(n);
}

/** "nhất", "hai", "ba", "tư", … as they follow "Thứ". */
export function ordinalWord(n: number): string {
  if (n === 1) return 'nhất';
  if (n === 4) return 'tư';
  return cardinalWord(n);
}

const WORD_VALUES = new Map<string, number>();
for (let n = 1; n <= 20; n++) WORD_VALUES.set(cardinalWord(n), n);
WORD_VALUES.set('nhất', 1);
WORD_VALUES.set('tư', 4);
WORD_VALUES.set('mười tư', 14);
WORD_VALUES.set('mười năm', 15);

/** Value of an ordinal or cardinal word group, lower-case, single spaces; undefined when not one. */
export function wordValue(words: string): number | undefined {
  return WORD_VALUES.get(words);
}

/** Alternation of every word group, longest first so that "mười một" wins over "mười". */
export const WORD_PATTERN = [...WORD_VALUES.keys()].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Letters in Vietnamese alphabetical order (no F, J, W, Z), as used for parts and points. */
const VIETNAMESE_ALPHABET = 'ABCDĐEGHIKLMNOPQRSTUVXY';

/** Letters that may follow `letter` in a lettered sequence: the Vietnamese and the Latin successor. */
export function nextLetters(letter: string): string[] {
  const upper = letter.toUpperCase();
  const out: string[] = [];
  const vn = VIETNAMESE_ALPHABET.indexOf(upper);
  if (vn >= 0 && vn + 1 < VIETNAMESE_ALPHABET.length) out.push(VIETNAMESE_ALPHABET[vn + 1]);
  if (upper !== 'Đ' && upper >= 'A' && upper < 'Z') {
    const latin = String.fromCharCode(upper.charCodeAt(0) + 1);
    if (!out.includes(latin)) out.push(latin);
  }
  if (upper === 'Đ' && !out.includes('E')) out.push('E');
  return letter === upper ? out : out.map((l) => l.toLocaleLowerCase('vi'));
}

/** Position of a letter in the Vietnamese alphabet (1-based), for ordering; 0 when not a letter of it. */
export function letterRank(letter: string): number {
  return VIETNAMESE_ALPHABET.indexOf(letter.toUpperCase()) + 1;
}
