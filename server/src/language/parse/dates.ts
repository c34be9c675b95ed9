/**
 * Reads the date expressions of one normalised paragraph (NFC, NBSP and tabs as spaces, Markdown removed).
 *
 * Pure and deterministic: no Node built-ins, no clock. Works on a token stream (numbers, words, single
 * punctuation characters), so every pattern is tried in constant time per token and the whole read is linear.
 *
 * Principles:
 * - a day/month/year written in full is always read, even when impossible ("31/6/2024", "15/13/2024"), so that
 *   checks can report it; the match says `valid: false` and why;
 * - a day/month without a year is read only with a date cue ("ngày", "từ", "sáng", a weekday, parentheses after
 *   an event name …); in doubt, nothing is read: a false date is worse than a missed one;
 * - numbers inside document symbols ("38-CT/TU", "30/2020/NĐ-CP"), decimals ("1.966", "6,5"), codes ("G20",
 *   "Covid-19") and ranks ("thứ 7/14 tỉnh") are never dates.
 *
 * Spans: `start`/`end` index the paragraph string. A SingleDate covers the words of its own form ("ngày 01 tháng
 * 7 năm 2014", "tháng 12/2024", "năm 2024") but not a mere cue ("ngày" before "28/11/2023", "Chiều", "từ").
 * A DateRange covers "từ …" when the range opens with "từ", otherwise from its first to its last digit (the
 * parentheses of "(06/12/1989 - 06/12/2024)" are outside). A PeriodRange covers its keyword ("giai đoạn
 * 2021-2025").
 */

import { isDigit, isSpace, letterOrMarkLength } from '../text/chars';
import type { Span } from '../text/source';

export type { Span };

/** Digits as written, with their offsets. */
export interface WrittenPart extends Span {
  text: string;
}

export type DateForm = 'slash' | 'dash' | 'words' | 'month-year' | 'year-only';
export type DateProblem = 'day-out-of-range' | 'month-out-of-range' | 'not-leap-year' | 'year-digits';

export interface WeekdayMention extends Span {
  /** 0 = Chủ nhật, 1 = thứ Hai … 6 = thứ Bảy. */
  value: number;
  text: string;
}

export interface SingleDate extends Span {
  kind: 'date';
  text: string;
  /** Numbers as written (or borrowed from the other end of a range, or inferred for the year). */
  day?: number;
  month?: number;
  year?: number;
  /** The written digits of each part; a borrowed or inferred part has none. */
  parts: { day?: WrittenPart; month?: WrittenPart; year?: WrittenPart };
  form: DateForm;
  /** The year was not written: it comes from `context.year` (nearest year to `context.month` when given). */
  yearInferred?: boolean;
  /** Parts copied from the other end of a range: "09" in "09 - 16/11/2024" borrows month and year. */
  borrowed?: Array<'month' | 'year'>;
  valid: boolean;
  problem?: DateProblem;
  /** A weekday name written just before the date ("Thứ Hai, ngày 15/01/2024", "thứ Bảy (20/1)"). */
  weekday?: WeekdayMention;
  /** True when a written day or month carries a leading zero ("05/02", "01/7/2014"). */
  padded: boolean;
  /** Followed by "âm lịch" / "ÂL": a lunar date ("10/3 âm lịch"). */
  lunar?: boolean;
}

export type RangeCue = 'tu-den' | 'paren' | 'dash';

export interface DateRange extends Span {
  kind: 'range';
  text: string;
  from: SingleDate;
  to: SingleDate;
  cue: RangeCue;
  /** from ≤ to, when both ends are complete calendar dates. */
  ordered?: boolean;
}

export type PeriodCue = 'giai-doan' | 'nhiem-ky' | 'thoi-ky' | 'nam' | 'tu-den' | 'paren';

export interface PeriodRange extends Span {
  kind: 'period';
  text: string;
  fromYear: number;
  toYear: number;
  fromPart: WrittenPart;
  toPart: WrittenPart;
  cue: PeriodCue;
  /**
   * For "nhiệm kỳ": the body whose term it is, read from the words before ("Đại hội đại biểu Đảng bộ huyện lần
   * thứ XXII", "đại hội chi bộ", "Quốc hội khóa XV"). Absent when nothing precedes in the clause.
   */
  body?: WrittenPart;
  valid: boolean;
  problem?: 'year-digits';
}

export interface Quarter extends Span {
  kind: 'quarter';
  text: string;
  quarter: 1 | 2 | 3 | 4;
  roman: string;
  year?: number;
  yearPart?: WrittenPart;
  yearInferred?: boolean;
}

export type DateMatch = SingleDate | DateRange | PeriodRange | Quarter;

export interface DateContext {
  year?: number;
  month?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar helpers (pure arithmetic, proleptic Gregorian)

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(m: number, y?: number): number {
  if (m === 2) return y === undefined || isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidDate(d: number, m: number, y: number): boolean {
  return Number.isInteger(d) && Number.isInteger(m) && Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(m, y);
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
function dayNumber(d: number, m: number, y: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Day of the week, 0 = Chủ nhật, 1 = thứ Hai … 6 = thứ Bảy. */
export function weekdayOf(d: number, m: number, y: number): number {
  const n = dayNumber(d, m, y);
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export interface CalendarDate {
  day: number;
  month: number;
  year: number;
}

/** Number of days from a to b (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b.day, b.month, b.year) - dayNumber(a.day, a.month, a.year);
}

function problemOf(day: number | undefined, month: number | undefined, year: number | undefined, yearText: string | undefined): DateProblem | undefined {
  if (month !== undefined && (month < 1 || month > 12)) return 'month-out-of-range';
  if (day !== undefined) {
    if (day < 1 || day > 31) return 'day-out-of-range';
    if (month !== undefined) {
      if (month === 2 && day === 29 && year !== undefined && !isLeapYear(year)) return 'not-leap-year';
      if (day > daysInMonth(month)) return 'day-out-of-range';
    }
  }
  if (yearText !== undefined && yearText.length !== 4) return 'year-digits';
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens

/**
 * A token: a run of digits (n), of letters and marks (w), or one other character (p). Its text and lower-cased text
 * are read from the paragraph when first asked for: a paragraph has hundreds of words, a read looks at a few.
 */
class Tok {
  private text?: string;
  private lower?: string;
  blocked = false;

  constructor(
    private readonly source: string,
    readonly k: 'n' | 'w' | 'p',
    readonly start: number,
    readonly end: number,
    /** Whitespace characters between the previous token and this one. */
    readonly gap: number,
  ) {}

  get s(): string {
    return (this.text ??= this.source.slice(this.start, this.end));
  }

  /** The text lower-cased for words; the text itself otherwise. */
  get lo(): string {
    return (this.lower ??= this.k === 'w' ? this.s.toLowerCase() : this.s);
  }
}

const DASHES = new Set(['-', '–', '—']);
const WEEKDAY_NAMES: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6, bẩy: 6 };
const TIME_CUES = new Set(['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'khuya']);
/** The words Reader.run starts a read at. */
const KEYWORDS = new Set(['quý', 'từ', 'ngày', 'tháng', 'năm', 'đoạn', 'kỳ', 'kì', ...TIME_CUES]);
/**
 * Exact pre-filters before KEYWORDS is asked (lower-casing every word costs more than the lookup): no keyword is
 * longer than this in NFC (lower-casing never shortens a word), and the first code unit of a word that lower-cases to
 * a keyword is one of these (the Kelvin sign lower-cases to "k").
 */
const KEYWORD_MAX_LENGTH = Math.max(...[...KEYWORDS].map((w) => w.length));
const KEYWORD_INITIALS = new Set([...KEYWORDS].flatMap((w) => [w.charCodeAt(0), w[0].toUpperCase().charCodeAt(0)]).concat(0x212a));

/** For the test that proves the pre-filters exact. */
export const keywordFilter = { words: KEYWORDS, maxLength: KEYWORD_MAX_LENGTH, initials: KEYWORD_INITIALS };
const WEAK_CUES = new Set(['đến', 'tới', 'trước']);
/** "đến" / "tới" joining the two ends of a range. */
const CONNECTORS = new Set(['đến', 'tới']);
/** Joiners of a list of dates: "20/11 và 22/12". */
const LIST_WORDS = new Set(['và', 'hoặc']);
const LIST_MARKS = [',', ';'];
/** Between a weekday and its date: "Thứ Hai, 15/01", "thứ Bảy (20/1)", "Thứ Sáu - 12/4". */
const WEEKDAY_MARKS = [',', '(', '-', '–'];
/** Words after a yearless date that end it cleanly (see endsCleanly). */
const CLEAN_END_WORDS = new Set(['và', 'đến', 'tới', 'hoặc', 'tại', 'âm', 'năm']);
const ROMAN_QUARTERS: Record<string, 1 | 2 | 3 | 4> = { I: 1, II: 2, III: 3, IV: 4 };
/** Day/month pairs that are idioms, not dates, unless written after "ngày". */
const IDIOMS = new Set(['24/7', '24/24', '7/7']);
/**
 * Words that open the body phrase of a "nhiệm kỳ" (alternatives grouped by their first word: a long case-insensitive
 * alternation is slow to compile).
 */
const BODY_HEADS =
  /(?:^|\s)(đại hội|đảng (?:bộ|ủy|uỷ)|chi (?:bộ|ủy|uỷ)|quốc hội|hội đồng(?: nhân dân)?|hđnd|ban (?:chấp hành|thường vụ)|(?:tỉnh|thành|huyện|quận|cấp) (?:ủy|uỷ)|trung ương|(?:ủy|uỷ) ban|mặt trận)(?=\s|$)/iu;

/**
 * Splits a paragraph into runs of digits, runs of letters and marks, and single other characters (a code point), as
 * the regular expression `/(\d+)|([\p{L}\p{M}]+)|\S/gu` would, scanning the code units once. Adds to `anchors` the
 * indexes of the numbers and KEYWORDS, the only tokens a read starts at.
 */
function tokenize(text: string, anchors: number[]): Tok[] {
  const toks: Tok[] = [];
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
    let k: Tok['k'];
    let len: number;
    if (isDigit(c)) {
      k = 'n';
      do i++;
      while (i < n && isDigit(text.charCodeAt(i)));
    } else if ((len = letterOrMarkLength(text, i)) > 0) {
      k = 'w';
      do i += len;
      while (i < n && (len = letterOrMarkLength(text, i)) > 0);
    } else {
      k = 'p';
      // A surrogate pair is one character.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    const tok = new Tok(text, k, start, i, start - prevEnd);
    if (k === 'n' || (k === 'w' && i - start <= KEYWORD_MAX_LENGTH && KEYWORD_INITIALS.has(c) && KEYWORDS.has(tok.lo))) anchors.push(toks.length);
    toks.push(tok);
    prevEnd = i;
  }
  return toks;
}

function isUpperInitial(s: string): boolean {
  const c = s[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Marks numbers that belong to decimals, codes and document symbols (`anchors`: see tokenize). */
function block(t: Tok[], anchors: number[]): void {
  const n = t.length;
  /** Last token of the chain of the previous number. */
  let chainEnd = -1;
  for (const i of anchors) {
    const x = t[i];
    if (x.k !== 'n') continue;
    if (x.gap === 0 && i > 0 && t[i - 1].k === 'w') x.blocked = true; // G20, QH15
    if (i + 1 < n && t[i + 1].k === 'w' && t[i + 1].gap === 0) x.blocked = true; // 8h, 20km
    if (i + 2 < n && (t[i + 1].s === '.' || t[i + 1].s === ',') && t[i + 1].gap === 0 && t[i + 2].k === 'n' && t[i + 2].gap === 0) {
      x.blocked = true; // 1.966, 6,5, 0912.224.304
      t[i + 2].blocked = true;
    }
    // "1099  - CV/ĐUK", "264- KH/BCĐ", "Số 69 – HD/BTGTW": number, dash, code, slash.
    if (i + 3 < n && DASHES.has(t[i + 1].s) && t[i + 1].gap <= 2 && t[i + 2].k === 'w' && t[i + 2].gap <= 2 && isUpperInitial(t[i + 2].s) && t[i + 3].s === '/' && t[i + 3].gap === 0) {
      x.blocked = true;
    }
    // Glued chains of numbers and words joined by "/" or "-": any word makes the chain a symbol (38-CT/TU,
    // 103/2023/QH15, 30/2020/NĐ-CP, 188/KH-UBND, Covid-19). The chain of this number: [a, b], every other token.
    if (i <= chainEnd) continue;
    let a = i;
    while (a >= 2 && joined(t, a - 2)) a -= 2;
    let b = i;
    while (joined(t, b)) b += 2;
    chainEnd = b;
    let hasWord = false;
    for (let j = a; j <= b; j += 2) if (t[j].k === 'w') hasWord = true;
    if (hasWord) for (let j = a; j <= b; j += 2) if (t[j].k === 'n') t[j].blocked = true;
  }
}

/** Token j (a number or word) is glued by "/" or "-" to the number or word j + 2: they are one chain. */
function joined(t: Tok[], j: number): boolean {
  const s = t[j + 1];
  const next = t[j + 2];
  return t[j].k !== 'p' && next !== undefined && (s.s === '/' || s.s === '-') && s.gap === 0 && next.k !== 'p' && next.gap === 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Parts and pieces

interface RawPart {
  day?: WrittenPart;
  month?: WrittenPart;
  year?: WrittenPart;
  form: DateForm;
  start: number;
  end: number;
  /** Token indexes of the written expression (inclusive start, exclusive end). */
  t0: number;
  t1: number;
}

/** Numbers joined by separators: the numbers are tokens first, first + 2 …, each but the last followed by its separator. */
interface NumChain {
  first: number;
  /** How many numbers. */
  count: number;
  /** Exclusive end token index. */
  end: number;
  bad: boolean;
}

type ChainShape =
  | { type: 'date'; a: RawPart }
  | { type: 'range'; a: RawPart; b: RawPart }
  | { type: 'years'; y1: WrittenPart; y2: WrittenPart }
  | { type: 'single' };

/** A lone number (shared: never changed). */
const SINGLE: ChainShape = { type: 'single' };

interface Piece {
  shape: ChainShape;
  /** First token of the piece, "ngày" included. */
  t0: number;
  /** Exclusive end token. */
  t1: number;
  ngay: boolean;
}

/** A written day is 1–31 and a written month 1–12. */
function plausible(a: RawPart): boolean {
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

class Reader {
  readonly t: Tok[];
  /** The tokens a read may start at: numbers and KEYWORDS. */
  private readonly anchors: number[] = [];
  readonly out: DateMatch[] = [];
  private lastEndTok = -1;
  private lastYearless = false;

  constructor(
    readonly text: string,
    readonly ctx: DateContext,
  ) {
    this.t = tokenize(text, this.anchors);
    block(this.t, this.anchors);
  }

  /** Token i is the word `word` (any case). */
  private w(i: number, word: string): boolean {
    const x = this.t[i];
    return x !== undefined && x.k === 'w' && x.lo === word;
  }

  /** Token i is one of the words. */
  private wIn(i: number, words: ReadonlySet<string>): boolean {
    const x = this.t[i];
    return x !== undefined && x.k === 'w' && words.has(x.lo);
  }

  /** Token i is the punctuation character `char`. */
  private p(i: number, char: string): boolean {
    const x = this.t[i];
    return x !== undefined && x.k === 'p' && x.s === char;
  }

  /** Token i is one of the punctuation characters. */
  private pIn(i: number, chars: readonly string[]): boolean {
    const x = this.t[i];
    return x !== undefined && x.k === 'p' && chars.includes(x.s);
  }

  private num(i: number): boolean {
    const x = this.t[i];
    return x !== undefined && x.k === 'n' && !x.blocked;
  }

  private wp(i: number): WrittenPart {
    const x = this.t[i];
    return { text: x.s, start: x.start, end: x.end };
  }

  /** Numbers joined by "/" or dashes (up to two spaces around each separator). */
  private chain(i: number): NumChain {
    const t = this.t;
    let count = 1;
    let k = i;
    let bad = t[i].blocked;
    while (k + 2 < t.length) {
      const s = t[k + 1];
      const nx = t[k + 2];
      if (s.k !== 'p' || !(s.s === '/' || DASHES.has(s.s)) || s.gap > 2 || nx.k !== 'n' || nx.gap > 2) break;
      count++;
      if (nx.blocked) bad = true;
      k += 2;
    }
    if (count > 6) bad = true;
    // A chain glued to a symbol continuation ("12/2023/QĐ") is not a date.
    const after = t[k + 1];
    if (after && (after.s === '/' || after.s === '-') && after.gap === 0 && t[k + 2] && t[k + 2].gap === 0 && t[k + 2].k !== 'p') bad = true;
    const before = t[i - 1];
    if (before && (before.s === '/' || before.s === '-') && t[i].gap === 0 && before.gap === 0 && t[i - 2] && t[i - 2].k !== 'p') bad = true;
    return { first: i, count, end: k + 1, bad };
  }

  /** The date written by `count` numbers of a chain from token `first` on (every other token). */
  private part(first: number, count: number, sep: '/' | '-'): RawPart | null {
    const t = this.t;
    const last = first + 2 * (count - 1);
    const start = t[first].start;
    const end = t[last].end;
    const form: DateForm = sep === '/' ? 'slash' : 'dash';
    if (count === 3) {
      const d = t[first].s.length;
      const m = t[first + 2].s.length;
      const y = t[first + 4].s.length;
      if (d > 2 || m > 2 || y < 4 || y > 5) return null;
      return { day: this.wp(first), month: this.wp(first + 2), year: this.wp(first + 4), form, start, end, t0: first, t1: last + 1 };
    }
    if (count === 2) {
      const a = t[first].s.length;
      const b = t[first + 2].s.length;
      if (a <= 2 && b >= 4 && b <= 5) return { month: this.wp(first), year: this.wp(first + 2), form: 'month-year', start, end, t0: first, t1: last + 1 };
      if (a <= 2 && b <= 2) return { day: this.wp(first), month: this.wp(first + 2), form, start, end, t0: first, t1: last + 1 };
      return null;
    }
    if (count === 1 && t[first].s.length <= 2) return { day: this.wp(first), form, start, end, t0: first, t1: last + 1 };
    return null;
  }

  private shape(c: NumChain): ChainShape | null {
    const t = this.t;
    if (c.bad) return null;
    if (c.count === 1) return SINGLE;
    const first = c.first;
    // The separator after the j-th number is token first + 2j + 1.
    let hasSlash = false;
    for (let j = 0; j < c.count - 1 && !hasSlash; j++) hasSlash = t[first + 2 * j + 1].s === '/';
    if (!hasSlash && c.count === 2 && t[first].s.length >= 4 && t[first + 2].s.length >= 4) {
      if (t[first].s.length > 5 || t[first + 2].s.length > 5) return null;
      return { type: 'years', y1: this.wp(first), y2: this.wp(first + 2) };
    }
    // The separators between the two ends of a range. With a slash: any dash. Without: a spaced hyphen or an en
    // dash (within a dash date the hyphens are glued).
    let splits = 0;
    let k = -1;
    for (let j = 0; j < c.count - 1; j++) {
      const s = first + 2 * j + 1;
      const split = hasSlash ? t[s].s !== '/' : t[s].s !== '-' || t[s].gap > 0 || t[s + 1].gap > 0;
      if (split && splits++ === 0) k = j;
    }
    if (splits > 1) return null;
    const sep = hasSlash ? '/' : '-';
    if (splits === 0) {
      const a = this.part(first, c.count, sep);
      return a ? { type: 'date', a } : null;
    }
    const a = this.part(first, k + 1, sep);
    const b = this.part(first + 2 * (k + 1), c.count - k - 1, sep);
    if (!a || !b) return null;
    return this.combinable(a, b) ? { type: 'range', a, b } : null;
  }

  private combinable(a: RawPart, b: RawPart): boolean {
    if (a.form === 'month-year' || b.form === 'month-year') return a.form === 'month-year' && b.form === 'month-year';
    if (!b.month) return false;
    if (!a.month && a.year) return false;
    return true;
  }

  /** Reads "[ngày] <numbers>" or "[ngày] D tháng M [năm Y]" at i. */
  private piece(i: number): Piece | null {
    const t = this.t;
    let j = i;
    let ngay = false;
    if (this.w(j, 'ngày')) {
      ngay = true;
      j++;
    }
    if (!this.num(j) || this.w(j - 1, 'thứ')) return null;
    const c = this.chain(j);
    if (c.bad) return null;
    if (c.count === 1 && t[j].s.length <= 2 && this.w(j + 1, 'tháng') && this.num(j + 2) && t[j + 2].s.length <= 2 && !this.isChained(j + 2)) {
      let end = j + 3;
      let year: WrittenPart | undefined;
      if (this.w(j + 3, 'năm') && this.num(j + 4) && t[j + 4].s.length >= 4 && t[j + 4].s.length <= 5 && !this.isChained(j + 4)) {
        year = this.wp(j + 4);
        end = j + 5;
      }
      const a: RawPart = {
        day: this.wp(j),
        month: this.wp(j + 2),
        year,
        form: 'words',
        start: t[ngay ? i : j].start,
        end: t[end - 1].end,
        t0: ngay ? i : j,
        t1: end,
      };
      return { shape: { type: 'date', a }, t0: i, t1: end, ngay };
    }
    const shape = this.shape(c);
    if (!shape) return null;
    if (shape.type === 'single') {
      // A bare day: only useful as the first end of "từ ngày 12 đến 13-12-2023".
      const a = this.part(j, 1, '/');
      return a ? { shape: { type: 'date', a }, t0: i, t1: c.end, ngay } : null;
    }
    return { shape, t0: i, t1: c.end, ngay };
  }

  private isChained(i: number): boolean {
    const s = this.t[i + 1];
    return s !== undefined && s.k === 'p' && (s.s === '/' || DASHES.has(s.s)) && s.gap <= 2 && this.t[i + 2]?.k === 'n';
  }

  /** Token after "đến [hết] [ngày]" / "tới", or -1. */
  private connector(k: number): number {
    if (!this.wIn(k, CONNECTORS)) return -1;
    k++;
    if (this.w(k, 'hết')) k++;
    return k;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Emitters

  private inferYear(month: number | undefined): number | undefined {
    const y = this.ctx.year;
    if (y === undefined) return undefined;
    const cm = this.ctx.month;
    if (month === undefined || cm === undefined || month < 1 || month > 12) return y;
    if (month - cm > 6) return y - 1;
    if (cm - month > 6) return y + 1;
    return y;
  }

  private single(a: RawPart, borrowed?: { month?: number; year?: number; yearInferred?: boolean }): SingleDate {
    const day = a.day ? Number(a.day.text) : undefined;
    let month = a.month ? Number(a.month.text) : undefined;
    let year = a.year ? Number(a.year.text) : undefined;
    let got: Array<'month' | 'year'> | undefined;
    let yearInferred = false;
    if (month === undefined && borrowed?.month !== undefined) {
      month = borrowed.month;
      got = ['month'];
    }
    if (year === undefined && borrowed?.year !== undefined) {
      year = borrowed.year;
      if (borrowed.yearInferred) yearInferred = true;
      else if (got) got.push('year');
      else got = ['year'];
    }
    if (year === undefined && a.form !== 'year-only' && (day !== undefined || month !== undefined)) {
      year = this.inferYear(month);
      if (year !== undefined) yearInferred = true;
    }
    const problem = problemOf(day, month, year, a.year?.text);
    const padded = (a.day !== undefined && a.day.text.length === 2 && a.day.text[0] === '0') || (a.month !== undefined && a.month.text.length === 2 && a.month.text[0] === '0');
    const d: SingleDate = {
      kind: 'date',
      start: a.start,
      end: a.end,
      text: this.text.slice(a.start, a.end),
      parts: {},
      form: a.form,
      valid: problem === undefined,
      padded,
    };
    if (day !== undefined) d.day = day;
    if (month !== undefined) d.month = month;
    if (year !== undefined) d.year = year;
    if (a.day) d.parts.day = a.day;
    if (a.month) d.parts.month = a.month;
    if (a.year) d.parts.year = a.year;
    if (yearInferred) d.yearInferred = true;
    if (got) d.borrowed = got;
    if (problem) d.problem = problem;
    const wd = this.weekdayBefore(a.t0);
    if (wd) d.weekday = wd;
    if (this.w(a.t1, 'âm') && this.w(a.t1 + 1, 'lịch')) d.lunar = true;
    else if (this.p(a.t1, '(') && this.w(a.t1 + 1, 'âl')) d.lunar = true;
    return d;
  }

  private rangeOf(a: RawPart, b: RawPart, cue: RangeCue, start: number): DateRange {
    const to = this.single(b, a.year ? { year: Number(a.year.text) } : undefined);
    let borrowYear = to.year;
    // "30/12 - 02/01/2024": the first end lies in the year before.
    if (!a.year && borrowYear !== undefined && a.month && to.month !== undefined && Number(a.month.text) > to.month) borrowYear -= 1;
    const from = this.single(a, { month: to.month, year: borrowYear, yearInferred: to.yearInferred && !a.year });
    if (!from.weekday) {
      const wd = this.weekdayBefore(a.t0);
      if (wd) from.weekday = wd;
    }
    const r: DateRange = { kind: 'range', start, end: to.end, text: this.text.slice(start, to.end), from, to, cue };
    if (from.valid && to.valid && from.day !== undefined && to.day !== undefined && from.month !== undefined && to.month !== undefined && from.year !== undefined && to.year !== undefined) {
      r.ordered = daysBetween(from as CalendarDate, to as CalendarDate) >= 0;
    }
    return r;
  }

  private period(y1: WrittenPart, y2: WrittenPart, cue: PeriodCue, start: number, keywordStart?: number): PeriodRange {
    const problem = y1.text.length !== 4 || y2.text.length !== 4 ? 'year-digits' : undefined;
    const r: PeriodRange = {
      kind: 'period',
      start,
      end: y2.end,
      text: this.text.slice(start, y2.end),
      fromYear: Number(y1.text),
      toYear: Number(y2.text),
      fromPart: y1,
      toPart: y2,
      cue,
      valid: problem === undefined,
    };
    if (problem) r.problem = problem;
    if (cue === 'nhiem-ky' && keywordStart !== undefined) {
      const body = this.bodyBefore(keywordStart);
      if (body) r.body = body;
    }
    return r;
  }

  private emit(m: DateMatch, endTok: number, yearless: boolean): number {
    this.out.push(m);
    this.lastEndTok = endTok;
    this.lastYearless = yearless;
    return endTok;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Context

  private weekdayBefore(t0: number): WeekdayMention | undefined {
    const t = this.t;
    let p = t0 - 1;
    if (this.w(p, 'ngày')) p--;
    if (this.pIn(p, WEEKDAY_MARKS)) p--;
    const x = t[p];
    if (!x) return undefined;
    if (x.k === 'w' && x.lo in WEEKDAY_NAMES && this.w(p - 1, 'thứ')) return this.weekday(p - 1, p, WEEKDAY_NAMES[x.lo]);
    if (x.k === 'n' && x.s.length === 1 && x.s >= '2' && x.s <= '7' && this.w(p - 1, 'thứ') && x.gap > 0) return this.weekday(p - 1, p, Number(x.s) - 1);
    if (x.lo === 'nhật' && this.w(p - 1, 'chủ')) return this.weekday(p - 1, p, 0);
    if (x.s === 'CN') return this.weekday(p, p, 0);
    return undefined;
  }

  /** The weekday written by tokens from … to (inclusive). */
  private weekday(from: number, to: number, value: number): WeekdayMention {
    const start = this.t[from].start;
    const end = this.t[to].end;
    return { value, start, end, text: this.text.slice(start, end) };
  }

  /** The clause before `pos` names an event: "Ngày Thầy thuốc Việt Nam 27/2". */
  private eventNameBefore(i: number): boolean {
    const t = this.t;
    for (let p = i - 1, n = 0; p >= 0 && n < 14; p--, n++) {
      const x = t[p];
      if (x.k === 'p' || x.k === 'n') return false;
      if (x.s === 'Ngày' && t[p + 1] && t[p + 1].k === 'w' && isUpperInitial(t[p + 1].s)) return true;
    }
    return false;
  }

  /** After the date: nothing, punctuation, "và"/"đến", or a capitalised word — not "3/5 nền kinh tế". */
  private endsCleanly(k: number): boolean {
    const x = this.t[k];
    if (!x || x.k === 'p') return true;
    if (x.k === 'n') return false;
    return isUpperInitial(x.s) || CLEAN_END_WORDS.has(x.lo);
  }

  private bodyBefore(keywordStart: number): WrittenPart | undefined {
    let end = keywordStart;
    const text = this.text;
    while (end > 0 && text[end - 1] === ' ') end--;
    if (end > 0 && text[end - 1] === ',') end--;
    while (end > 0 && text[end - 1] === ' ') end--;
    let start = end;
    let words = 0;
    while (start > 0) {
      const c = text[start - 1];
      if (',;.:!?()[]“”"\n'.includes(c)) break;
      if (c === ' ' && text[start] !== ' ') {
        words++;
        if (words >= 14) break;
      }
      start--;
    }
    while (start < end && text[start] === ' ') start++;
    if (start >= end) return undefined;
    const phrase = text.slice(start, end);
    const head = BODY_HEADS.exec(phrase);
    if (!head) return undefined;
    const off = head.index + (head[0].length - head[1].length);
    return { text: phrase.slice(off), start: start + off, end };
  }

  // ------------------------------------------------------------------------------------------------------------
  // Acceptance

  /**
   * Emits a piece read with the given cue. strong: "ngày", "từ", time of day, weekday, parentheses; weak: đến,
   * trước, an event name, a list after a date (also needs a clean end). Returns the next token or -1.
   */
  private accept(pc: Piece, cue: 'strong' | 'weak' | 'none', rangeCue: RangeCue, start?: number, monthCue = false): number {
    const s = pc.shape;
    const t = this.t;
    const okYearless = cue === 'strong' || (cue === 'weak' && this.endsCleanly(pc.t1));
    if (s.type === 'date') {
      const a = s.a;
      if (a.form === 'month-year') {
        if (!monthCue && !this.enclosed(a.t0, a.t1)) return -1;
        return this.emit(this.single(a), pc.t1, false);
      }
      if (a.year) return this.emit(this.single(a), pc.t1, false);
      if (!a.month || !okYearless || !plausible(a)) return -1;
      if (IDIOMS.has(`${Number(a.day?.text)}/${Number(a.month.text)}`) && !pc.ngay) return -1;
      return this.emit(this.single(a), pc.t1, true);
    }
    if (s.type === 'range') {
      const { a, b } = s;
      const full = (b.year !== undefined || a.year !== undefined) && a.day !== undefined;
      const monthRange = a.form === 'month-year';
      if (monthRange && !monthCue && !this.enclosed(a.t0, b.t1)) return -1;
      if (!full && !monthRange && (!okYearless || !plausible(a) || !plausible(b))) return -1;
      let c: RangeCue = rangeCue;
      if (c === 'dash' && this.enclosed(a.t0, b.t1)) c = 'paren';
      const st = start ?? t[a.t0].start;
      return this.emit(this.rangeOf(a, b, c, st), pc.t1, !full);
    }
    return -1;
  }

  /** "(" right before t0 and ")" right after t1 (allowing "âm lịch"). */
  private enclosed(t0: number, t1: number): boolean {
    if (!this.p(t0 - 1, '(')) return false;
    if (this.p(t1, ')')) return true;
    return this.w(t1, 'âm') && this.w(t1 + 1, 'lịch') && this.p(t1 + 2, ')');
  }

  // ------------------------------------------------------------------------------------------------------------
  // Handlers; each returns the next token index, or -1 when nothing was read.

  /** "từ [ngày] X [đến [hết] [ngày] Y]", "ngày X [đến Y]", "Chiều 25/11". */
  private fromPiece(i: number, pieceAt: number, withTu: boolean): number {
    const pc = this.piece(pieceAt);
    if (!pc) return -1;
    const s = pc.shape;
    const r = this.rangeAfter(pc, withTu ? this.t[i].start : undefined);
    if (r >= 0) return r;
    if (s.type === 'date' && !s.a.month && !s.a.year) return -1; // a bare day
    if (s.type === 'years' || s.type === 'single') return -1;
    const st = withTu && s.type === 'range' ? this.t[i].start : undefined;
    return this.accept(pc, 'strong', withTu ? 'tu-den' : 'dash', st);
  }

  /** "X đến [hết] [ngày] Y" after a cued piece: a range whose cue is 'tu-den'. Returns -1 when absent. */
  private rangeAfter(pc: Piece, start?: number): number {
    const s = pc.shape;
    const k = this.connector(pc.t1);
    if (k < 0 || s.type !== 'date' || s.a.form === 'month-year') return -1;
    const right = this.piece(k);
    if (!right || right.shape.type !== 'date' || right.shape.a.form === 'month-year') return -1;
    const a = s.a;
    const b = right.shape.a;
    if (!this.combinable(a, b)) return -1;
    const full = a.day !== undefined && (a.year !== undefined || b.year !== undefined);
    if (!full && !(plausible(a) && plausible(b))) return -1;
    return this.emit(this.rangeOf(a, b, 'tu-den', start ?? this.t[a.t0].start), right.t1, !full);
  }

  private quarter(i: number): number {
    const t = this.t;
    const r = t[i + 1];
    if (!r || r.k !== 'w' || !(r.s in ROMAN_QUARTERS) || r.gap === 0) return -1;
    const q: Quarter = { kind: 'quarter', start: t[i].start, end: r.end, text: '', quarter: ROMAN_QUARTERS[r.s], roman: r.s };
    let end = i + 2;
    let yi = -1;
    // "I/2025" is a glued word/number chain, which block() marks as a symbol: read it here on its own.
    if (this.p(i + 2, '/') && t[i + 3]?.k === 'n' && t[i + 2].gap <= 1 && t[i + 3].gap <= 1) yi = i + 3;
    else if (this.w(i + 2, 'năm') && this.num(i + 3)) yi = i + 3;
    if (yi >= 0 && t[yi].s.length >= 4 && t[yi].s.length <= 5 && !this.isChained(yi)) {
      q.year = Number(t[yi].s);
      q.yearPart = this.wp(yi);
      q.end = t[yi].end;
      end = yi + 1;
    } else if (this.ctx.year !== undefined) {
      q.year = this.ctx.year;
      q.yearInferred = true;
    }
    q.text = this.text.slice(q.start, q.end);
    return this.emit(q, end, false);
  }

  /** "tháng 12/2024", "tháng 3-2024", "tháng 12 năm 2024". */
  private month(i: number): number {
    const t = this.t;
    const j = i + 1;
    if (!this.num(j) || t[j].s.length > 2) return -1;
    if (!this.isChained(j) && this.w(j + 1, 'năm') && this.num(j + 2) && t[j + 2].s.length >= 4 && t[j + 2].s.length <= 5 && !this.isChained(j + 2)) {
      const a: RawPart = { month: this.wp(j), year: this.wp(j + 2), form: 'month-year', start: t[i].start, end: t[j + 2].end, t0: i, t1: j + 3 };
      return this.emit(this.single(a), j + 3, false);
    }
    const c = this.chain(j);
    const s = this.shape(c);
    if (!s) return -1;
    if (s.type === 'date' && s.a.form === 'month-year') {
      s.a.start = t[i].start;
      s.a.t0 = i;
      return this.emit(this.single(s.a), c.end, false);
    }
    if (s.type === 'range' && s.a.form === 'month-year') return this.accept({ shape: s, t0: j, t1: c.end, ngay: false }, 'none', 'dash', t[i].start, true);
    return -1;
  }

  /** Period keyword at i ("đoạn" of giai đoạn, "kỳ" of nhiệm kỳ / thời kỳ) or "năm" itself. */
  private periodAfter(kwStart: number, i: number, cue: PeriodCue): number {
    const t = this.t;
    let j = i;
    let c: PeriodCue = cue;
    if (this.p(j, ':')) j++;
    if (this.w(j, 'từ')) {
      j++;
      if (c === 'nam') c = 'tu-den';
    }
    if (this.w(j, 'năm')) j++;
    if (!this.num(j)) return -1;
    const ch = this.chain(j);
    const s = this.shape(ch);
    if (s && s.type === 'years') return this.emit(this.period(s.y1, s.y2, c, kwStart, kwStart), ch.end, false);
    if (s && s.type === 'single' && t[j].s.length >= 4 && t[j].s.length <= 5) {
      // "từ năm 2021 đến năm 2023"
      const k = this.connector(j + 1);
      if (k >= 0) {
        let m = k;
        if (this.w(m, 'năm')) m++;
        if (this.num(m) && t[m].s.length >= 4 && t[m].s.length <= 5 && !this.isChained(m)) {
          return this.emit(this.period(this.wp(j), this.wp(m), c === 'nam' ? 'tu-den' : c, kwStart, kwStart), m + 1, false);
        }
      }
    }
    return -1;
  }

  /** "năm 2024", "năm 2022 – 2023", "từ năm 2021 đến năm 2023". */
  private year(i: number): number {
    const t = this.t;
    const j = i + 1;
    if (!this.num(j)) return -1;
    const ch = this.chain(j);
    const s = this.shape(ch);
    if (!s) return -1;
    const tu = this.w(i - 1, 'từ');
    const kwStart = tu ? t[i - 1].start : t[i].start;
    if (s.type === 'years') return this.emit(this.period(s.y1, s.y2, tu ? 'tu-den' : 'nam', kwStart), ch.end, false);
    if (s.type !== 'single') return -1;
    const len = t[j].s.length;
    if (len < 4 || len > 5) return -1;
    if (tu) {
      const r = this.periodAfter(kwStart, i, 'nam');
      if (r >= 0) return r;
    }
    const y: RawPart = { year: this.wp(j), form: 'year-only', start: t[i].start, end: t[j].end, t0: i, t1: j + 1 };
    return this.emit(this.single(y), j + 1, false);
  }

  /** A number not led by a keyword. */
  private bare(i: number): number {
    const c = this.chain(i);
    const skip = Math.max(c.end, i + 1);
    if (c.bad || this.w(i - 1, 'thứ')) return skip;
    const s = this.shape(c);
    if (!s || s.type === 'single') return skip;
    const pc: Piece = { shape: s, t0: i, t1: c.end, ngay: false };
    if (s.type === 'years') {
      if (this.enclosed(i, c.end)) return this.emit(this.period(s.y1, s.y2, 'paren', s.y1.start), c.end, false);
      return skip;
    }
    let cue: 'strong' | 'weak' | 'none' = 'none';
    if (this.p(i - 1, '(') || this.weekdayBefore(i) || this.wIn(i - 1, TIME_CUES)) cue = 'strong';
    else if (this.wIn(i - 1, WEAK_CUES) || this.eventNameBefore(i)) cue = 'weak';
    else if (this.lastYearless && this.lastEndTok === i - 1 && (this.wIn(i - 1, LIST_WORDS) || this.pIn(i - 1, LIST_MARKS))) cue = 'weak';
    if (cue === 'strong' || (s.type === 'date' && s.a.year)) {
      const rr = this.rangeAfter(pc);
      if (rr >= 0) return rr;
    }
    const r = this.accept(pc, cue, 'dash');
    return r >= 0 ? r : skip;
  }

  run(): DateMatch[] {
    const t = this.t;
    // i: the first token not read yet. A read starts only at an anchor: the tokens between them are passed over.
    let i = 0;
    for (const a of this.anchors) {
      if (a < i) continue;
      i = a;
      const x = t[i];
      if (x.k === 'n') {
        i = this.bare(i);
        continue;
      }
      if (x.k === 'w') {
        let r = -1;
        switch (x.lo) {
          case 'quý':
            r = this.quarter(i);
            break;
          case 'từ':
            if (this.w(i + 1, 'ngày') || this.num(i + 1)) r = this.fromPiece(i, i + 1, true);
            break;
          case 'ngày':
            r = this.fromPiece(i, i, false);
            break;
          case 'tháng':
            r = this.month(i);
            break;
          case 'năm':
            r = this.year(i);
            break;
          case 'đoạn':
            if (this.w(i - 1, 'giai')) r = this.periodAfter(t[i - 1].start, i + 1, 'giai-doan');
            break;
          case 'kỳ':
          case 'kì':
            if (this.w(i - 1, 'nhiệm')) r = this.periodAfter(t[i - 1].start, i + 1, 'nhiem-ky');
            else if (this.w(i - 1, 'thời')) r = this.periodAfter(t[i - 1].start, i + 1, 'thoi-ky');
            break;
          default:
            if (TIME_CUES.has(x.lo) && this.num(i + 1)) r = this.fromPiece(i, i + 1, false);
        }
        if (r > i) {
          i = r;
          continue;
        }
      }
      i++;
    }
    return this.out;
  }
}

/**
 * Reads every date expression of one normalised paragraph. `context` (the bulletin's year and month) fills the
 * year of "Chiều 25/11" and marks it `yearInferred`.
 */
export function readDates(text: string, context: DateContext = {}): DateMatch[] {
  if (!mayHoldDate(text)) return [];
  return new Reader(text, context).run();
}

const DIGIT = /[0-9]/;
const QUY = /[Qq][Uu][Ýý]/;

/**
 * Every expression but a quarter is read from a number token (a run of ASCII digits), and a quarter from the word
 * "quý" (whose lower case is exactly "quý": it is written with these letters). A paragraph with neither holds no date.
 */
function mayHoldDate(text: string): boolean {
  return DIGIT.test(text) || QUY.test(text);
}

/** The calendar date of a complete SingleDate, else undefined. */
export function calendarDate(d: SingleDate): CalendarDate | undefined {
  if (d.day === undefined || d.month === undefined || d.year === undefined) return undefined;
  return { day: d.day, month: d.month, year: d.year };
}
