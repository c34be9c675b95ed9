import { isDigit, isSpace } from '../text/chars';
import { romanToInt } from '../text/roman';
import { WORD_PATTERN, wordValue } from './ordinals';

/**
 * The numbering marker at the start of a line, read from its derived text (normalised, markup removed).
 * Whether a marker really is a heading, and which sequence it belongs to, is decided with its context later.
 */
export type MarkerKind = 'part' | 'section' | 'item' | 'paren' | 'alpha' | 'ordinal';

export type Punctuation =
  | 'ok'
  | 'double-dot' // "2.. Tiếp tục"
  | 'missing-dot' // "1 Một số"
  | 'missing-trailing-dot' // "1.1 Tình hình"
  | 'space-before-dot' // "1 . Nội dung"
  | 'extra-dot'; // "(1). Nội dung"

export interface RawMarker {
  kind: MarkerKind;
  /** decimal path for items ([2,1] for 2.1.); the value otherwise (letters as their upper-case character code). */
  values: number[];
  /** For letters: the letter as written. */
  letter?: string;
  /** paren: 'decimal' | 'roman' | 'alpha'; ordinal: 'thu' | 'la' | 'bare'; part/section/item/alpha: 'plain'. */
  style: 'plain' | 'decimal' | 'roman' | 'alpha' | 'thu' | 'la' | 'bare';
  /** Offsets of the marker in the derived line text (without leading whitespace and trailing separator). */
  start: number;
  end: number;
  /** The marker as written, e.g. "2..", "(iv)", "Thứ ba". */
  text: string;
  punctuation: Punctuation;
  /** Where the heading text after the marker starts. */
  textStart: number;
  /** A number without its dot ("1 Một số"): only a heading when it fits its sequence. */
  weak: boolean;
  /** "I.", "V.", "X.", "C.", "D." could be a letter or a Roman numeral: resolved in context. */
  ambiguous: boolean;
}

const PART = /^([A-ZĐ])[ ]?\.(?![.\d])[ ]+(?=\S)/u;
const SECTION = /^([IVX]{1,6})[ ]?\.(?!\.)[ ]+(?=\S)/;
const ITEM = /^(\d{1,3}(?:\.\d{1,2}){0,5})([ ]?)(\.{0,2})(?=[ ]|$)/;
const PAREN = /^\((\d{1,2}|[ivx]{1,5}|[a-zđ])\)(\.?)[ ]*(?=\S)/u;
const ALPHA = /^([a-zđ])\)[ ]*(?=\S)/u;
const ORDINAL_THU = new RegExp(`^(thứ\\s+(${WORD_PATTERN}))(?=\\s*[,:;])`, 'iu');
const ORDINAL_LA = new RegExp(`^((${WORD_PATTERN})\\s+là)(?=\\s*[,:;])`, 'iu');
const ORDINAL_BARE = new RegExp(`^((?:mười|hai\\s+mươi)(?:\\s+(?:${WORD_PATTERN}))?)(?=\\s*[,:;])`, 'iu');
const WEEKDAY_FOLLOWS = /^\s*[,:;]?\s*(?:ngày\b|\d|\()/iu;

/**
 * The ordinal patterns in the order they are tried, each with the letters its words start with: "thứ"; the number
 * words (một, hai, ba, bốn, năm, nhất, sáu, tư, tám, chín, mười…); "mười", "hai mươi".
 */
const ORDINALS = [
  { pattern: ORDINAL_THU, style: 'thu', initials: 't' },
  { pattern: ORDINAL_LA, style: 'la', initials: 'tmhbnsc' },
  { pattern: ORDINAL_BARE, style: 'bare', initials: 'mh' },
] as const;

/**
 * Every character an ordinal pattern's words can match, in any case the patterns' `iu` flags accept (and "ſ", which
 * they read as "s"). A match is such characters and white space, then white space and one of ",:;" (the lookahead).
 */
const ORDINAL_CHARS = new Set(
  [...`thứ là mươi ${WORD_PATTERN.replace(/\\s\+|\|/g, ' ')}`.replace(/\s/g, '')].flatMap((c) => [c, c.toLowerCase(), c.toUpperCase()]).concat('ſ'),
);
/** ORDINAL_CHARS as code units (each is one: all are in the BMP). */
const ORDINAL_CODES = new Set([...ORDINAL_CHARS].map((c) => c.charCodeAt(0)));

/**
 * A necessary condition for any ordinal pattern to match: past the run of ordinal-word characters and white space at
 * the start comes ",", ":" or ";". Most lines fail it at their second or third character.
 */
export function mayBeOrdinal(rest: string): boolean {
  let j = 0;
  let c = rest.charCodeAt(0);
  while (j < rest.length && (ORDINAL_CODES.has(c) || isSpace(c))) c = rest.charCodeAt(++j);
  return c === 0x2c || c === 0x3a || c === 0x3b;
}

const SPACE = 0x20;
const TAB = 0x09;
const DOT = 0x2e;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

/**
 * Reads the marker at the start of a derived line, if any.
 * Every marker pattern is anchored and starts with a known kind of character (a digit, "(", a letter), so the line's
 * first character picks the readers worth trying: most lines start with a word no marker starts with.
 */
export function readMarker(text: string): RawMarker | undefined {
  let lead = 0;
  while (text.charCodeAt(lead) === SPACE || text.charCodeAt(lead) === TAB) lead++;
  const first = text.charCodeAt(lead);
  if (isDigit(first)) return readItem(text.slice(lead), lead);
  if (first === OPEN_PAREN) return readParen(text.slice(lead), lead);
  const initial = ordinalInitial(first);
  const upper = isAsciiUpper(first) || first === 0x110; /* Đ */
  const lower = isAsciiLower(first) || first === 0x111; /* đ */
  if (!upper && !lower && initial === undefined) return undefined;
  const rest = text.slice(lead);
  let marker: RawMarker | undefined;
  if (upper) marker = readSection(rest, lead) ?? readPart(rest, lead);
  else if (lower) marker = readAlpha(rest, lead);
  if (!marker && initial !== undefined) marker = readOrdinal(rest, lead, initial);
  return marker;
}


function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/**
 * The letter an ordinal word could start with, as the case-insensitive (`iu`) patterns compare it: an ASCII letter in
 * either case, or "ſ" (U+017F), which folds to "s". No other character folds to an ASCII letter but "K" (U+212A,
 * to "k"), which no ordinal word starts with.
 */
function ordinalInitial(code: number): string | undefined {
  if (code === 0x17f) return 's';
  if (isAsciiUpper(code)) return String.fromCharCode(code + 0x20);
  if (isAsciiLower(code)) return String.fromCharCode(code);
  return undefined;
}

function readPart(rest: string, lead: number): RawMarker | undefined {
  // "A." or "A ." (the letter itself is checked by the pattern)
  const next = rest.charCodeAt(1);
  if (next !== DOT && next !== SPACE) return undefined;
  const m = PART.exec(rest);
  if (!m) return undefined;
  const letter = m[1];
  return {
    kind: 'part', values: [letter.codePointAt(0)!], letter, style: 'plain', start: lead,
    end: lead + m[0].trimEnd().length, text: m[0].trimEnd(), punctuation: m[0].includes(' .') ? 'space-before-dot' : 'ok',
    textStart: lead + m[0].length, weak: false, ambiguous: romanToInt(letter) !== undefined,
  };
}

function readSection(rest: string, lead: number): RawMarker | undefined {
  const c = rest.charCodeAt(0);
  if (c !== 0x49 /* I */ && c !== 0x56 /* V */ && c !== 0x58 /* X */) return undefined;
  const m = SECTION.exec(rest);
  if (!m) return undefined;
  const value = romanToInt(m[1]);
  if (value === undefined) return undefined;
  return {
    kind: 'section', values: [value], style: 'plain', start: lead, end: lead + m[0].trimEnd().length,
    text: m[0].trimEnd(), punctuation: m[0].includes(' .') ? 'space-before-dot' : 'ok', textStart: lead + m[0].length,
    weak: false, ambiguous: m[1].length === 1,
  };
}

function readItem(rest: string, lead: number): RawMarker | undefined {
  const m = ITEM.exec(rest);
  if (!m) return undefined;
  const path = m[1].split('.').map(Number);
  // "0." and "1.0." are not headings.
  if (path.includes(0)) return undefined;
  const spaceBefore = m[2] === ' ';
  const dots = m[3].length;
  let textOffset = m[0].length;
  while (rest.charCodeAt(textOffset) === SPACE) textOffset++;
  if (textOffset === rest.length) return undefined;
  let punctuation: Punctuation = 'ok';
  let weak = false;
  if (dots === 2) punctuation = 'double-dot';
  else if (dots === 1 && spaceBefore) punctuation = 'space-before-dot';
  else if (dots === 0) {
    // "1.1 Tình hình" or "1 Một số": the number is only a heading when followed by a capitalised word;
    // "2.1.5 triệu" or "1.966 nhiệm vụ" is a number in running text.
    if (spaceBefore || !UPPER_AT.test(rest.slice(textOffset))) return undefined;
    punctuation = path.length > 1 ? 'missing-trailing-dot' : 'missing-dot';
    weak = path.length === 1;
  }
  const markerText = m[0];
  return {
    kind: 'item', values: path, style: 'plain', start: lead, end: lead + markerText.length, text: markerText,
    punctuation, textStart: lead + textOffset, weak, ambiguous: false,
  };
}

const UPPER_AT = /^\p{Lu}/u;

function readParen(rest: string, lead: number): RawMarker | undefined {
  const m = PAREN.exec(rest);
  if (!m) return undefined;
  const token = m[1];
  let style: RawMarker['style'];
  let value: number;
  if (/^\d+$/.test(token)) {
    style = 'decimal';
    value = Number(token);
  } else if (/^[ivx]+$/.test(token) && romanToInt(token) !== undefined) {
    style = 'roman';
    value = romanToInt(token)!;
  } else {
    style = 'alpha';
    value = token.toUpperCase().codePointAt(0)!;
  }
  const text = m[0].trimEnd();
  return {
    kind: 'paren', values: [value], letter: style === 'alpha' ? token : undefined, style, start: lead,
    end: lead + text.length, text, punctuation: m[2] ? 'extra-dot' : 'ok', textStart: lead + m[0].length, weak: false,
    ambiguous: token === 'i' || token === 'v' || token === 'x',
  };
}

function readAlpha(rest: string, lead: number): RawMarker | undefined {
  // "a)" (the letter itself is checked by the pattern)
  if (rest.charCodeAt(1) !== CLOSE_PAREN) return undefined;
  const m = ALPHA.exec(rest);
  if (!m) return undefined;
  const text = m[0].trimEnd();
  return {
    kind: 'alpha', values: [m[1].toUpperCase().codePointAt(0)!], letter: m[1], style: 'plain', start: lead,
    end: lead + text.length, text, punctuation: 'ok', textStart: lead + m[0].length, weak: false, ambiguous: false,
  };
}

/** @param initial the line's first letter as the patterns compare it (see `ordinalInitial`) */
function readOrdinal(rest: string, lead: number, initial: string): RawMarker | undefined {
  if (!mayBeOrdinal(rest)) return undefined;
  for (const { pattern, style, initials } of ORDINALS) {
    if (!initials.includes(initial)) continue;
    const m = pattern.exec(rest);
    if (!m) continue;
    const words = m[2] ?? m[1];
    const value = wordValue(words.toLocaleLowerCase('vi').replace(/\s+/g, ' '));
    if (value === undefined) continue;
    const after = rest.slice(m[1].length);
    // "Thứ Hai, ngày 15/01/2024" is a weekday, not the second point.
    if (style === 'thu' && value >= 2 && value <= 7 && WEEKDAY_FOLLOWS.test(after)) return undefined;
    const sep = /^\s*[,:;]\s*/.exec(after)![0].length;
    return {
      kind: 'ordinal', values: [value], style, start: lead, end: lead + m[1].length, text: m[1], punctuation: 'ok',
      textStart: lead + m[1].length + sep, weak: false, ambiguous: false,
    };
  }
  return undefined;
}

/** The signs that start a bullet (each one UTF-16 unit). */
const BULLET_SIGNS = '-–—+•·∙▪■◦○●➢➤►✓*';
const BULLET = new RegExp(`^[ \\t]*([${BULLET_SIGNS}])[ ]+(?=\\S)`, 'u');

/** Length of a bullet prefix ("- ", "+ ", "• "), or 0. */
export function bulletLength(text: string): number {
  // Most lines start with a word: only a line whose first character is a sign is matched against the pattern.
  let lead = 0;
  while (text.charCodeAt(lead) === SPACE || text.charCodeAt(lead) === TAB) lead++;
  if (!BULLET_SIGNS.includes(text.charAt(lead))) return 0;
  const m = BULLET.exec(text);
  return m ? m[0].length : 0;
}
