/**
 * From written parts to recorded dates: the values (borrowed from the other end of a range, or the year inferred
 * from the bulletin's date), whether the date exists, and what is written around it (a weekday, "âm lịch", the body
 * of a "nhiệm kỳ").
 */
import { CalendarDate, daysBetween, daysInMonth, isLeapYear } from '../../domain/calendar';
import type { DateContext, DateProblem, DateRange, PeriodCue, PeriodRange, RangeCue, SingleDate, WeekdayMention, WrittenPart } from './types';
import { BODY_HEADS, CLEAN_END_WORDS, WEEKDAY_MARKS, WEEKDAY_NAMES } from './cues';
import { isUpperInitial } from './tokens';
import { PieceReader, RawPart } from './pieces';

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

/** Parts a date without them takes from elsewhere: the other end of its range, or the inferred year. */
interface Borrowed {
  month?: number;
  year?: number;
  yearInferred?: boolean;
}

export class DateBuilder extends PieceReader {
  constructor(
    text: string,
    protected readonly context: DateContext,
  ) {
    super(text);
  }

  /** The year of a date written without one: the bulletin's, or the one before or after for a month far from it. */
  private inferYear(month: number | undefined): number | undefined {
    const year = this.context.year;
    if (year === undefined) return undefined;
    const bulletinMonth = this.context.month;
    if (month === undefined || bulletinMonth === undefined || month < 1 || month > 12) return year;
    if (month - bulletinMonth > 6) return year - 1;
    if (bulletinMonth - month > 6) return year + 1;
    return year;
  }

  protected singleDate(a: RawPart, borrowed?: Borrowed): SingleDate {
    const day = a.day ? Number(a.day.text) : undefined;
    let month = a.month ? Number(a.month.text) : undefined;
    let year = a.year ? Number(a.year.text) : undefined;
    let borrowedParts: Array<'month' | 'year'> | undefined;
    let yearInferred = false;
    if (month === undefined && borrowed?.month !== undefined) {
      month = borrowed.month;
      borrowedParts = ['month'];
    }
    if (year === undefined && borrowed?.year !== undefined) {
      year = borrowed.year;
      if (borrowed.yearInferred) yearInferred = true;
      else if (borrowedParts) borrowedParts.push('year');
      else borrowedParts = ['year'];
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
    if (borrowedParts) d.borrowed = borrowedParts;
    if (problem) d.problem = problem;
    const weekday = this.weekdayBefore(a.firstToken);
    if (weekday) d.weekday = weekday;
    if (this.isWord(a.endToken, 'âm') && this.isWord(a.endToken + 1, 'lịch')) d.lunar = true;
    else if (this.isMark(a.endToken, '(') && this.isWord(a.endToken + 1, 'âl')) d.lunar = true;
    return d;
  }

  protected dateRange(a: RawPart, b: RawPart, cue: RangeCue, start: number): DateRange {
    const to = this.singleDate(b, a.year ? { year: Number(a.year.text) } : undefined);
    let borrowYear = to.year;
    // "30/12 - 02/01/2024": the first end lies in the year before.
    if (!a.year && borrowYear !== undefined && a.month && to.month !== undefined && Number(a.month.text) > to.month) borrowYear -= 1;
    const from = this.singleDate(a, { month: to.month, year: borrowYear, yearInferred: to.yearInferred && !a.year });
    if (!from.weekday) {
      const weekday = this.weekdayBefore(a.firstToken);
      if (weekday) from.weekday = weekday;
    }
    const r: DateRange = { kind: 'range', start, end: to.end, text: this.text.slice(start, to.end), from, to, cue };
    if (from.valid && to.valid && from.day !== undefined && to.day !== undefined && from.month !== undefined && to.month !== undefined && from.year !== undefined && to.year !== undefined) {
      r.ordered = daysBetween(from as CalendarDate, to as CalendarDate) >= 0;
    }
    return r;
  }

  protected period(y1: WrittenPart, y2: WrittenPart, cue: PeriodCue, start: number, keywordStart?: number): PeriodRange {
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

  /** "Thứ Hai, ngày …", "thứ 7 (…", "Chủ nhật …", "CN …" right before the token `firstToken`. */
  protected weekdayBefore(firstToken: number): WeekdayMention | undefined {
    let i = firstToken - 1;
    if (this.isWord(i, 'ngày')) i--;
    if (this.isMarkIn(i, WEEKDAY_MARKS)) i--;
    const token = this.tokens[i];
    if (!token) return undefined;
    if (token.kind === 'word' && token.lower in WEEKDAY_NAMES && this.isWord(i - 1, 'thứ')) return this.weekday(i - 1, i, WEEKDAY_NAMES[token.lower]);
    if (token.kind === 'number' && token.text.length === 1 && token.text >= '2' && token.text <= '7' && this.isWord(i - 1, 'thứ') && token.gap > 0) {
      return this.weekday(i - 1, i, Number(token.text) - 1);
    }
    if (token.lower === 'nhật' && this.isWord(i - 1, 'chủ')) return this.weekday(i - 1, i, 0);
    if (token.text === 'CN') return this.weekday(i, i, 0);
    return undefined;
  }

  /** The weekday written by tokens from … to (inclusive). */
  private weekday(from: number, to: number, value: number): WeekdayMention {
    const start = this.tokens[from].start;
    const end = this.tokens[to].end;
    return { value, start, end, text: this.text.slice(start, end) };
  }

  /** The clause before token i names an event: "Ngày Thầy thuốc Việt Nam 27/2". */
  protected eventNameBefore(i: number): boolean {
    const tokens = this.tokens;
    for (let j = i - 1, n = 0; j >= 0 && n < 14; j--, n++) {
      const token = tokens[j];
      if (token.kind === 'mark' || token.kind === 'number') return false;
      if (token.text === 'Ngày' && tokens[j + 1] && tokens[j + 1].kind === 'word' && isUpperInitial(tokens[j + 1].text)) return true;
    }
    return false;
  }

  /** After the date: nothing, punctuation, "và"/"đến", or a capitalised word — not "3/5 nền kinh tế". */
  protected endsCleanly(k: number): boolean {
    const token = this.tokens[k];
    if (!token || token.kind === 'mark') return true;
    if (token.kind === 'number') return false;
    return isUpperInitial(token.text) || CLEAN_END_WORDS.has(token.lower);
  }

  /** The body whose "nhiệm kỳ" starts at `keywordStart`: "Đại hội đại biểu Đảng bộ huyện lần thứ XXII". */
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
    const offset = head.index + (head[0].length - head[1].length);
    return { text: phrase.slice(offset), start: start + offset, end };
  }
}
