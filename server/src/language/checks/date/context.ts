import { BulletinModel, Found, Paragraph } from '../../parse/model';
import { DateMatch, SingleDate } from '../../parse/dates';
import { CalendarDate, daysInMonth } from '../../domain/calendar';
import { codePointBefore, isLetterAt } from '../../text/chars';
import { Span } from '../../text/source';
import { memoByText } from '../../text/memo';
import { lowerBound } from '../../text/sorted';
import { nextMatch } from '../../text/matches';

/** Original span of a derived range of a paragraph. */
export function spanIn(paragraph: Paragraph, part: { start: number; end: number }): Span {
  return paragraph.view.span(part.start, part.end);
}


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

