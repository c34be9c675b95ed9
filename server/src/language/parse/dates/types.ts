/** What the date reader records: each date, range, period and quarter with its written parts and offsets. */
import type { Span } from '../../text/source';

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
