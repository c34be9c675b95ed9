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
import type { CalendarDate } from '../../domain/calendar';
import type { DateContext, DateMatch, SingleDate } from './types';
import { KEYWORDS, KEYWORD_INITIALS, KEYWORD_MAX_LENGTH } from './cues';
import { Reader } from './reader';

export * from './types';

/** For the test that proves the pre-filters of the keywords exact. */
export const keywordFilter = { words: KEYWORDS, maxLength: KEYWORD_MAX_LENGTH, initials: KEYWORD_INITIALS };

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
