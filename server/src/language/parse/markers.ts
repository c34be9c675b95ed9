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

const LEAD = /^[ \t]*/;
const PART = /^([A-ZĐ])[ ]?\.(?![.\d])[ ]+(?=\S)/u;
const SECTION = /^([IVX]{1,6})[ ]?\.(?!\.)[ ]+(?=\S)/;
const ITEM = /^(\d{1,3}(?:\.\d{1,2}){0,5})([ ]?)(\.{0,2})(?=[ ]|$)/;
const PAREN = /^\((\d{1,2}|[ivx]{1,5}|[a-zđ])\)(\.?)[ ]*(?=\S)/u;
const ALPHA = /^([a-zđ])\)[ ]*(?=\S)/u;
const ORDINAL_THU = new RegExp(`^(thứ\\s+(${WORD_PATTERN}))(?=\\s*[,:;])`, 'iu');
const ORDINAL_LA = new RegExp(`^((${WORD_PATTERN})\\s+là)(?=\\s*[,:;])`, 'iu');
const ORDINAL_BARE = new RegExp(`^((?:mười|hai\\s+mươi)(?:\\s+(?:${WORD_PATTERN}))?)(?=\\s*[,:;])`, 'iu');
const WEEKDAY_FOLLOWS = /^\s*[,:;]?\s*(?:ngày\b|\d|\()/iu;

/** Reads the marker at the start of a derived line, if any. */
export function readMarker(text: string): RawMarker | undefined {
  const lead = LEAD.exec(text)![0].length;
  const rest = text.slice(lead);
  return (
    readItem(rest, lead) ??
    readSection(rest, lead) ??
    readPart(rest, lead) ??
    readParen(rest, lead) ??
    readAlpha(rest, lead) ??
    readOrdinal(rest, lead)
  );
}

function readPart(rest: string, lead: number): RawMarker | undefined {
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
  const spaceBefore = m[2] === ' ';
  const dots = m[3].length;
  const afterMarker = rest.slice(m[0].length);
  const textOffset = m[0].length + (/^[ ]*/.exec(afterMarker)![0].length);
  const following = rest.slice(textOffset);
  if (following.length === 0) return undefined;
  let punctuation: Punctuation = 'ok';
  let weak = false;
  if (dots === 2) punctuation = 'double-dot';
  else if (dots === 1 && spaceBefore) punctuation = 'space-before-dot';
  else if (dots === 0) {
    // "1.1 Tình hình" or "1 Một số": the number is only a heading when followed by a capitalised word.
    if (!/^\p{Lu}/u.test(following) || spaceBefore) return undefined;
    punctuation = path.length > 1 ? 'missing-trailing-dot' : 'missing-dot';
    weak = path.length === 1;
  }
  if (path.some((v) => v === 0 && path.length > 1)) return undefined;
  if (path.length === 1 && path[0] === 0) return undefined;
  // "2.1.5 triệu" or "1.966 nhiệm vụ": a number in running text, not a heading.
  if (dots === 0 && !/^\p{Lu}/u.test(following)) return undefined;
  const markerText = rest.slice(0, m[0].length);
  return {
    kind: 'item', values: path, style: 'plain', start: lead, end: lead + markerText.length, text: markerText,
    punctuation, textStart: lead + textOffset, weak, ambiguous: false,
  };
}

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
  const m = ALPHA.exec(rest);
  if (!m) return undefined;
  const text = m[0].trimEnd();
  return {
    kind: 'alpha', values: [m[1].toUpperCase().codePointAt(0)!], letter: m[1], style: 'plain', start: lead,
    end: lead + text.length, text, punctuation: 'ok', textStart: lead + m[0].length, weak: false, ambiguous: false,
  };
}

function readOrdinal(rest: string, lead: number): RawMarker | undefined {
  for (const [pattern, style] of [[ORDINAL_THU, 'thu'], [ORDINAL_LA, 'la'], [ORDINAL_BARE, 'bare']] as const) {
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

const BULLET = /^[ \t]*([-–—+•·∙▪■◦○●➢➤►✓*])[ ]+(?=\S)/u;

/** Length of a bullet prefix ("- ", "+ ", "• "), or 0. */
export function bulletLength(text: string): number {
  const m = BULLET.exec(text);
  return m ? m[0].length : 0;
}
