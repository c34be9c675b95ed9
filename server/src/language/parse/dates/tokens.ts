/**
 * The token stream the date reader works on: runs of digits, runs of letters and marks, and single other characters.
 * Numbers that belong to decimals, codes and document symbols are marked as no dates before any read.
 */
import { isDigit, isSpace, letterOrMarkLength } from '../../text/chars';
import type { WrittenPart } from './types';
import { DASHES, KEYWORDS, KEYWORD_INITIALS, KEYWORD_MAX_LENGTH } from './cues';

/** A run of ASCII digits, a run of letters and marks, or one other character (punctuation, a symbol). */
export type TokenKind = 'number' | 'word' | 'mark';

/**
 * One token. Its text and lower-cased text are read from the paragraph when first asked for: a paragraph has
 * hundreds of words, a read looks at a few.
 */
export class Token {
  private cachedText?: string;
  private cachedLower?: string;
  /** A number inside a decimal, a code or a document symbol: never part of a date. */
  notADate = false;

  constructor(
    private readonly source: string,
    readonly kind: TokenKind,
    readonly start: number,
    readonly end: number,
    /** Whitespace characters between the previous token and this one. */
    readonly gap: number,
  ) {}

  get text(): string {
    return (this.cachedText ??= this.source.slice(this.start, this.end));
  }

  /** The text lower-cased for words; the text itself otherwise. */
  get lower(): string {
    return (this.cachedLower ??= this.kind === 'word' ? this.text.toLowerCase() : this.text);
  }
}

/**
 * Splits a paragraph into runs of digits, runs of letters and marks, and single other characters (a code point), as
 * the regular expression `/(\d+)|([\p{L}\p{M}]+)|\S/gu` would, scanning the code units once. Adds to `anchors` the
 * indexes of the numbers and KEYWORDS, the only tokens a read starts at.
 */
export function tokenize(text: string, anchors: number[]): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let len: number;
    if (isDigit(c)) {
      kind = 'number';
      do i++;
      while (i < n && isDigit(text.charCodeAt(i)));
    } else if ((len = letterOrMarkLength(text, i)) > 0) {
      kind = 'word';
      do i += len;
      while (i < n && (len = letterOrMarkLength(text, i)) > 0);
    } else {
      kind = 'mark';
      // A surrogate pair is one character.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    const token = new Token(text, kind, start, i, start - prevEnd);
    if (kind === 'number' || (kind === 'word' && i - start <= KEYWORD_MAX_LENGTH && KEYWORD_INITIALS.has(c) && KEYWORDS.has(token.lower))) {
      anchors.push(tokens.length);
    }
    tokens.push(token);
    prevEnd = i;
  }
  return tokens;
}

export function isUpperInitial(s: string): boolean {
  const c = s[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Marks numbers that belong to decimals, codes and document symbols (`anchors`: see tokenize). */
export function markNumbersThatAreNoDates(tokens: Token[], anchors: number[]): void {
  const n = tokens.length;
  /** Last token of the chain of the previous number. */
  let chainEnd = -1;
  for (const i of anchors) {
    const token = tokens[i];
    if (token.kind !== 'number') continue;
    if (token.gap === 0 && i > 0 && tokens[i - 1].kind === 'word') token.notADate = true; // G20, QH15
    if (i + 1 < n && tokens[i + 1].kind === 'word' && tokens[i + 1].gap === 0) token.notADate = true; // 8h, 20km
    if (
      i + 2 < n &&
      (tokens[i + 1].text === '.' || tokens[i + 1].text === ',') &&
      tokens[i + 1].gap === 0 &&
      tokens[i + 2].kind === 'number' &&
      tokens[i + 2].gap === 0
    ) {
      token.notADate = true; // 1.966, 6,5, 0912.224.304
      tokens[i + 2].notADate = true;
    }
    // "1099  - CV/ĐUK", "264- KH/BCĐ", "Số 69 – HD/BTGTW": number, dash, code, slash.
    if (
      i + 3 < n &&
      DASHES.has(tokens[i + 1].text) &&
      tokens[i + 1].gap <= 2 &&
      tokens[i + 2].kind === 'word' &&
      tokens[i + 2].gap <= 2 &&
      isUpperInitial(tokens[i + 2].text) &&
      tokens[i + 3].text === '/' &&
      tokens[i + 3].gap === 0
    ) {
      token.notADate = true;
    }
    // Glued chains of numbers and words joined by "/" or "-": any word makes the chain a symbol (38-CT/TU,
    // 103/2023/QH15, 30/2020/NĐ-CP, 188/KH-UBND, Covid-19). The chain of this number: [a, b], every other token.
    if (i <= chainEnd) continue;
    let a = i;
    while (a >= 2 && glued(tokens, a - 2)) a -= 2;
    let b = i;
    while (glued(tokens, b)) b += 2;
    chainEnd = b;
    let hasWord = false;
    for (let j = a; j <= b; j += 2) if (tokens[j].kind === 'word') hasWord = true;
    if (hasWord) for (let j = a; j <= b; j += 2) if (tokens[j].kind === 'number') tokens[j].notADate = true;
  }
}

/** Token j (a number or word) is glued by "/" or "-" to the number or word j + 2: they are one chain. */
function glued(tokens: Token[], j: number): boolean {
  const separator = tokens[j + 1];
  const next = tokens[j + 2];
  return (
    tokens[j].kind !== 'mark' &&
    next !== undefined &&
    (separator.text === '/' || separator.text === '-') &&
    separator.gap === 0 &&
    next.kind !== 'mark' &&
    next.gap === 0
  );
}

/** The tokens of one paragraph, with the questions every reading step asks about the token at an index. */
export class TokenStream {
  readonly tokens: Token[];
  /** The tokens a read may start at: numbers and KEYWORDS. */
  protected readonly anchors: number[] = [];

  constructor(readonly text: string) {
    this.tokens = tokenize(text, this.anchors);
    markNumbersThatAreNoDates(this.tokens, this.anchors);
  }

  /** Token i is the word `word` (any case). */
  protected isWord(i: number, word: string): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.kind === 'word' && token.lower === word;
  }

  /** Token i is one of the words. */
  protected isWordIn(i: number, words: ReadonlySet<string>): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.kind === 'word' && words.has(token.lower);
  }

  /** Token i is the character `char`. */
  protected isMark(i: number, char: string): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.kind === 'mark' && token.text === char;
  }

  /** Token i is one of the characters. */
  protected isMarkIn(i: number, chars: readonly string[]): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.kind === 'mark' && chars.includes(token.text);
  }

  /** Token i is a number that may be (part of) a date. */
  protected isDateNumber(i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.kind === 'number' && !token.notADate;
  }

  /** Token i's digits with their offsets. */
  protected writtenPart(i: number): WrittenPart {
    const token = this.tokens[i];
    return { text: token.text, start: token.start, end: token.end };
  }
}
