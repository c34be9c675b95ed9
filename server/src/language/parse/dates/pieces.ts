/**
 * Pieces: what a run of numbers joined by "/" or dashes writes (a date, two ends of a range, two years, a lone
 * number), before any cue decides whether it is read as a date.
 */
import type { DateForm, WrittenPart } from './types';
import { CONNECTORS, DASHES } from './cues';
import { TokenStream } from './tokens';

/** The parts of one written date, before its values are worked out. */
export interface RawPart {
  day?: WrittenPart;
  month?: WrittenPart;
  year?: WrittenPart;
  form: DateForm;
  start: number;
  end: number;
  /** Token indexes of the written expression (inclusive start, exclusive end). */
  firstToken: number;
  endToken: number;
}

/** Numbers joined by separators: the numbers are tokens first, first + 2 …, each but the last followed by its separator. */
interface NumberChain {
  first: number;
  /** How many numbers. */
  count: number;
  /** Exclusive end token index. */
  end: number;
  /** Part of a symbol or code, or too long: no date. */
  rejected: boolean;
}

export type ChainShape =
  | { type: 'date'; a: RawPart }
  | { type: 'range'; a: RawPart; b: RawPart }
  | { type: 'years'; y1: WrittenPart; y2: WrittenPart }
  | { type: 'single' };

/** A lone number (shared: never changed). */
const SINGLE: ChainShape = { type: 'single' };

export interface Piece {
  shape: ChainShape;
  /** First token of the piece, "ngày" included. */
  firstToken: number;
  /** Exclusive end token. */
  endToken: number;
  /** Written after the word "ngày". */
  afterNgay: boolean;
}

/** A written day is 1–31 and a written month 1–12. */
export function plausible(a: RawPart): boolean {
  if (a.day !== undefined) {
    const d = Number(a.day.text);
    if (!(d >= 1 && d <= 31)) return false;
  }
  if (a.month !== undefined) {
    const m = Number(a.month.text);
    if (!(m >= 1 && m <= 12)) return false;
  }
  return true;
}

export class PieceReader extends TokenStream {
  /** Numbers joined by "/" or dashes (up to two spaces around each separator). */
  protected numberChain(i: number): NumberChain {
    const tokens = this.tokens;
    let count = 1;
    let k = i;
    let rejected = tokens[i].notADate;
    while (k + 2 < tokens.length) {
      const separator = tokens[k + 1];
      const next = tokens[k + 2];
      if (separator.kind !== 'mark' || !(separator.text === '/' || DASHES.has(separator.text)) || separator.gap > 2 || next.kind !== 'number' || next.gap > 2) break;
      count++;
      if (next.notADate) rejected = true;
      k += 2;
    }
    if (count > 6) rejected = true;
    // A chain glued to a symbol continuation ("12/2023/QĐ") is not a date.
    const after = tokens[k + 1];
    if (after && (after.text === '/' || after.text === '-') && after.gap === 0 && tokens[k + 2] && tokens[k + 2].gap === 0 && tokens[k + 2].kind !== 'mark') rejected = true;
    const before = tokens[i - 1];
    if (before && (before.text === '/' || before.text === '-') && tokens[i].gap === 0 && before.gap === 0 && tokens[i - 2] && tokens[i - 2].kind !== 'mark') rejected = true;
    return { first: i, count, end: k + 1, rejected };
  }

  /** The date written by `count` numbers of a chain from token `first` on (every other token). */
  protected writtenDate(first: number, count: number, separator: '/' | '-'): RawPart | null {
    const tokens = this.tokens;
    const last = first + 2 * (count - 1);
    const start = tokens[first].start;
    const end = tokens[last].end;
    const endToken = last + 1;
    const form: DateForm = separator === '/' ? 'slash' : 'dash';
    if (count === 3) {
      const dayDigits = tokens[first].text.length;
      const monthDigits = tokens[first + 2].text.length;
      const yearDigits = tokens[first + 4].text.length;
      if (dayDigits > 2 || monthDigits > 2 || yearDigits < 4 || yearDigits > 5) return null;
      return { day: this.writtenPart(first), month: this.writtenPart(first + 2), year: this.writtenPart(first + 4), form, start, end, firstToken: first, endToken };
    }
    if (count === 2) {
      const firstDigits = tokens[first].text.length;
      const secondDigits = tokens[first + 2].text.length;
      if (firstDigits <= 2 && secondDigits >= 4 && secondDigits <= 5) {
        return { month: this.writtenPart(first), year: this.writtenPart(first + 2), form: 'month-year', start, end, firstToken: first, endToken };
      }
      if (firstDigits <= 2 && secondDigits <= 2) return { day: this.writtenPart(first), month: this.writtenPart(first + 2), form, start, end, firstToken: first, endToken };
      return null;
    }
    if (count === 1 && tokens[first].text.length <= 2) return { day: this.writtenPart(first), form, start, end, firstToken: first, endToken };
    return null;
  }

  protected shapeOf(chain: NumberChain): ChainShape | null {
    const tokens = this.tokens;
    if (chain.rejected) return null;
    if (chain.count === 1) return SINGLE;
    const first = chain.first;
    // The separator after the j-th number is token first + 2j + 1.
    let hasSlash = false;
    for (let j = 0; j < chain.count - 1 && !hasSlash; j++) hasSlash = tokens[first + 2 * j + 1].text === '/';
    if (!hasSlash && chain.count === 2 && tokens[first].text.length >= 4 && tokens[first + 2].text.length >= 4) {
      if (tokens[first].text.length > 5 || tokens[first + 2].text.length > 5) return null;
      return { type: 'years', y1: this.writtenPart(first), y2: this.writtenPart(first + 2) };
    }
    // The separators between the two ends of a range. With a slash: any dash. Without: a spaced hyphen or an en
    // dash (within a dash date the hyphens are glued).
    let splits = 0;
    let k = -1;
    for (let j = 0; j < chain.count - 1; j++) {
      const s = first + 2 * j + 1;
      const split = hasSlash ? tokens[s].text !== '/' : tokens[s].text !== '-' || tokens[s].gap > 0 || tokens[s + 1].gap > 0;
      if (split && splits++ === 0) k = j;
    }
    if (splits > 1) return null;
    const separator = hasSlash ? '/' : '-';
    if (splits === 0) {
      const a = this.writtenDate(first, chain.count, separator);
      return a ? { type: 'date', a } : null;
    }
    const a = this.writtenDate(first, k + 1, separator);
    const b = this.writtenDate(first + 2 * (k + 1), chain.count - k - 1, separator);
    if (!a || !b) return null;
    return this.combinable(a, b) ? { type: 'range', a, b } : null;
  }

  /** Two written dates can be the ends of one range. */
  protected combinable(a: RawPart, b: RawPart): boolean {
    if (a.form === 'month-year' || b.form === 'month-year') return a.form === 'month-year' && b.form === 'month-year';
    if (!b.month) return false;
    if (!a.month && a.year) return false;
    return true;
  }

  /** Reads "[ngày] <numbers>" or "[ngày] D tháng M [năm Y]" at i. */
  protected readPiece(i: number): Piece | null {
    const tokens = this.tokens;
    let j = i;
    let afterNgay = false;
    if (this.isWord(j, 'ngày')) {
      afterNgay = true;
      j++;
    }
    if (!this.isDateNumber(j) || this.isWord(j - 1, 'thứ')) return null;
    const chain = this.numberChain(j);
    if (chain.rejected) return null;
    if (
      chain.count === 1 &&
      tokens[j].text.length <= 2 &&
      this.isWord(j + 1, 'tháng') &&
      this.isDateNumber(j + 2) &&
      tokens[j + 2].text.length <= 2 &&
      !this.isChained(j + 2)
    ) {
      let end = j + 3;
      let year: WrittenPart | undefined;
      if (this.isWord(j + 3, 'năm') && this.isDateNumber(j + 4) && tokens[j + 4].text.length >= 4 && tokens[j + 4].text.length <= 5 && !this.isChained(j + 4)) {
        year = this.writtenPart(j + 4);
        end = j + 5;
      }
      const a: RawPart = {
        day: this.writtenPart(j),
        month: this.writtenPart(j + 2),
        year,
        form: 'words',
        start: tokens[afterNgay ? i : j].start,
        end: tokens[end - 1].end,
        firstToken: afterNgay ? i : j,
        endToken: end,
      };
      return { shape: { type: 'date', a }, firstToken: i, endToken: end, afterNgay };
    }
    const shape = this.shapeOf(chain);
    if (!shape) return null;
    if (shape.type === 'single') {
      // A bare day: only useful as the first end of "từ ngày 12 đến 13-12-2023".
      const a = this.writtenDate(j, 1, '/');
      return a ? { shape: { type: 'date', a }, firstToken: i, endToken: chain.end, afterNgay } : null;
    }
    return { shape, firstToken: i, endToken: chain.end, afterNgay };
  }

  /** The number at i goes on with "/" or a dash and another number. */
  protected isChained(i: number): boolean {
    const separator = this.tokens[i + 1];
    return separator !== undefined && separator.kind === 'mark' && (separator.text === '/' || DASHES.has(separator.text)) && separator.gap <= 2 && this.tokens[i + 2]?.kind === 'number';
  }

  /** Token after "đến [hết] [ngày]" / "tới", or -1. */
  protected afterConnector(k: number): number {
    if (!this.isWordIn(k, CONNECTORS)) return -1;
    k++;
    if (this.isWord(k, 'hết')) k++;
    return k;
  }
}
