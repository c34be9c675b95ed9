import { BulletinModel, Found, Paragraph } from '../../parse/model';
import { DateMatch, SingleDate } from '../../parse/dates';
import { CalendarDate, daysInMonth } from '../../domain/calendar';
import { codePointBefore, codePointSize, isLetterAt, isUpperAt } from '../../text/chars';
import { Span } from '../../text/source';
import { memoByText } from '../../text/memo';
import { lowerBound } from '../../text/sorted';
import { nextMatch } from '../../text/matches';

/** Original span of a derived range of a paragraph. */
export function spanIn(paragraph: Paragraph, part: { start: number; end: number }): Span {
  return paragraph.view.span(part.start, part.end);
}

/** Lines of the head that may carry the year of a yearly programme ("… NĂM 2024") when there is no month. */
const HEAD_LINES = 30;

/**
 * The year the bulletin is about: the title's (or an early heading's) year, else the year of a title-like upper-case
 * line near the top ("CHƯƠNG TRÌNH … NĂM 2024"). Undefined when neither is clear: the checks then stay quiet.
 */
export function bulletinYear(model: BulletinModel): number | undefined {
  if (model.period?.valid) return model.period.year;
  if (!YEARS.has(model)) YEARS.set(model, yearOfHead(model));
  return YEARS.get(model);
}

/** Every date check asks; the head is read once per model. */
const YEARS = new WeakMap<BulletinModel, number | undefined>();

function yearOfHead(model: BulletinModel): number | undefined {
  for (const { paragraph, item } of model.dates) {
    if (paragraph.firstLine >= HEAD_LINES) break;
    if (item.kind !== 'date' || (item.form !== 'year-only' && item.form !== 'month-year') || !item.valid || item.yearInferred) continue;
    if (isUpperCase(paragraph.view.text)) return item.year;
  }
  return undefined;
}

/** Mostly capital letters: a title or an unnumbered heading line. */
export const isUpperCase = memoByText((text: string): boolean => {
  // Code units of the letters (\p{L}) and of the capitals (\p{Lu}) among them; an astral letter counts two.
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; ) {
    const size = codePointSize(text, i);
    if (isLetterAt(text, i)) {
      letters += size;
      if (isUpperAt(text, i)) capitals += size;
    }
    i += size;
  }
  return letters >= 3 && capitals / letters > 0.8;
});

/** The last day of the bulletin's month, when it has one. */
export function periodEnd(model: BulletinModel): CalendarDate | undefined {
  const p = model.period;
  if (!p?.valid) return undefined;
  return { day: daysInMonth(p.month, p.year), month: p.month, year: p.year };
}

/** Whether a found date lies inside the title's own month/year (the structure checks report that one). */
export function inTitlePeriod(model: BulletinModel, found: Found<DateMatch>): boolean {
  const period = model.title?.period;
  if (!period) return false;
  const span = spanIn(found.paragraph, found.item);
  return span.start < period.span.end && span.end > period.span.start;
}

/** A sentence stop: ";", "!", "?", or "." at the end or before a space. */
const STOP = /[;!?]|\.(?![^ ])/g;

/** Offsets of the sentence stops of a paragraph's text. */
const stopsOf = memoByText((text) => {
  const stops: number[] = [];
  STOP.lastIndex = 0;
  for (let m; (m = STOP.exec(text)); ) stops.push(m.index);
  return stops;
});

/**
 * [start, end) of the sentence of a paragraph around the given offsets (split at ". ", ";", "!", "?"). The stops of
 * a paragraph are found once, so that a long paragraph with many dates stays linear.
 */
export function sentenceAround(paragraph: Paragraph, start: number, end: number): { start: number; end: number } {
  const text = paragraph.view.text;
  const stops = stopsOf(text);
  // First stop at or after `end`, and the last one before `start`.
  const lo = lowerBound(stops, end);
  const e = lo < stops.length ? stops[lo] : text.length;
  let k = lo - 1;
  while (k >= 0 && stops[k] >= start) k--;
  return { start: k >= 0 ? stops[k] + 1 : 0, end: e };
}

/**
 * The end of the sentence of `text` around a range that ends at `end`: the first stop at or after it, else the end of
 * the text (the `end` of sentenceAround). Scans from `end` to that stop only.
 */
export function sentenceEndAt(text: string, end: number): number {
  STOP.lastIndex = end;
  const m = STOP.exec(text);
  return m ? m.index : text.length;
}

const datesOf = new WeakMap<BulletinModel, Map<Paragraph, DateMatch[]>>();

/** The dates read in one paragraph (indexed once per model). */
export function datesIn(model: BulletinModel, paragraph: Paragraph): DateMatch[] {
  let index = datesOf.get(model);
  if (!index) {
    index = new Map();
    for (const { paragraph: p, item } of model.dates) {
      const list = index.get(p);
      if (list) list.push(item);
      else index.set(p, [item]);
    }
    datesOf.set(model, index);
  }
  return index.get(paragraph) ?? [];
}

/**
 * `(?:^|[^\p{L}])` + `re` with the i flag: whether `re` (global, case-insensitive, ending with `(?![\p{L}])`) matches
 * `text` after no letter. The class on the left is checked here: one \p{L} class less to compile. With the i flag
 * `\p{L}` also holds U+0345, whose case folding is the letter ι.
 */
export function hasWord(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const afterNoLetter = (m: RegExpExecArray): boolean => {
    if (m.index === 0) return true;
    const before = codePointBefore(text, m.index);
    return !isLetterAt(text, before) && text.charCodeAt(before) !== 0x345;
  };
  return nextMatch(re, text, afterNoLetter) !== null;
}

/** A date whose day, month and year are all known. */
export function isComplete(d: SingleDate): d is SingleDate & CalendarDate {
  return d.day !== undefined && d.month !== undefined && d.year !== undefined;
}

export const WEEKDAY_NAMES_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
