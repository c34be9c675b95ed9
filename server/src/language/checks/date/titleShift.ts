import { BulletinModel, Found, Paragraph } from '../../parse/model';
import type { CitationMatch } from '../../parse/citations';
import { DateMatch, SingleDate } from '../../parse/dates';
import { CalendarDate, daysInMonth } from '../../domain/calendar';
import { checkedCitations } from '../reference/shared';
import { hasWord, isComplete, sentenceAround } from './context';
import { bulletinYear } from '../../analysis/bulletinYear';

/** A verb in the past: "đã", "vừa", "đã diễn ra", "đã ban hành", "vừa qua" (read with hasWord: no letter before). */
const PAST = /(?:đã|vừa)(?![\p{L}])/giu;
/** Plans, deadlines and forecasts are not events: "sẽ", "dự kiến", "kế hoạch", "trước ngày", "đến hết ngày". */
const PLAN =
  /(?:sẽ|dự kiến|dự định|kế hoạch|chương trình|trước ngày|đến hết|đến ngày|tới ngày|chậm nhất|hạn chót|thời hạn|hoàn thành trước|chuẩn bị|sắp|tiếp tục|phấn đấu|mục tiêu|đề nghị|yêu cầu|triệu tập|thông báo)(?![\p{L}])/giu;

/** A complete date with a written year. */
export type EventDate = SingleDate & CalendarDate;

/** A complete written date the text tells as past ("Ngày 15/12/2024, Hội nghị đã diễn ra …"), outside citations. */
export function isToldAsPast(model: BulletinModel, { paragraph, item }: Found<DateMatch>): boolean {
  if (item.kind !== 'date' || !item.valid || item.yearInferred || item.borrowed || !item.parts.year || !isComplete(item)) return false;
  const s = sentenceAround(paragraph, item.start, item.end);
  const sentence = paragraph.view.text.slice(s.start, s.end);
  if (!hasWord(PAST, sentence) || hasWord(PLAN, sentence)) return false;
  return !citationsIn(model, paragraph).some((c) => overlaps(item, c) || (c.date !== undefined && overlaps(item, c.date)));
}

const CITED = new WeakMap<BulletinModel, Map<Paragraph, CitationMatch[]>>();

function citationsIn(model: BulletinModel, paragraph: Paragraph): CitationMatch[] {
  let index = CITED.get(model);
  if (!index) {
    index = new Map();
    for (const { paragraph: p, item } of model.citations) {
      const list = index.get(p);
      if (list) list.push(item);
      else index.set(p, [item]);
    }
    CITED.set(model, index);
  }
  return index.get(paragraph) ?? [];
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The bulletin period the title most likely meant, when it differs from the one written. */
export interface TitleShift {
  month: number;
  year: number;
  /** 1 (a month later) or 12 (a year later). */
  months: number;
  /** How many cited documents and past events fall after the written month and fit the shifted one. */
  late: number;
}

/** Month number (year × 12 + month − 1) of a date: comparisons by month are enough here. */
function monthIndex(d: { month: number; year: number }): number {
  return d.year * 12 + d.month - 1;
}

/** The shifts tried, smallest first: a title one month behind its content, then one year behind. */
const SHIFTS = [1, 12];
/** Fewer late dates than this are slips of their own (reference.future-date, date.future-event tell them). */
const MIN_LATE = 2;

const SHIFTS_FOUND = new WeakMap<BulletinModel, TitleShift | null>();

/**
 * "THÁNG 02 NĂM 2021" over a bulletin whose documents and events run to February 2022: the title is the slip, not
 * every citation. The title is judged behind its content when, for the smallest shift (a month, else a year) after
 * which no cited document or past event lies in the future, at least two of them fall between the written month and
 * the shifted one, and they outnumber those of the same length of time before the written month: a bulletin cites
 * mostly what came just before its month. One or two late dates in a bulletin full of earlier ones stay each their
 * own finding.
 */
export function titleShift(model: BulletinModel): TitleShift | undefined {
  let found = SHIFTS_FOUND.get(model);
  if (found === undefined) {
    found = readShift(model) ?? null;
    SHIFTS_FOUND.set(model, found);
  }
  return found ?? undefined;
}

function readShift(model: BulletinModel): TitleShift | undefined {
  const p = model.period;
  if (!p?.valid) return undefined;
  const written = monthIndex(p);
  // Cheap first: the late dates alone, as the future-date checks read them.
  const late = citationMonths(model).filter((m) => m > written);
  for (const f of model.dates) if (monthAfter(f.item, written) && isToldAsPast(model, f)) late.push(monthIndex(f.item as EventDate));
  if (late.length < MIN_LATE) return undefined;
  for (const shift of SHIFTS) {
    const target = written + shift;
    if (late.some((m) => m > target)) continue;
    // The same length of time just before the written month: what a bulletin of that month would mostly cite.
    const from = written - shift;
    let before = citationMonths(model).filter((m) => m > from && m <= written).length;
    for (const f of model.dates) if (monthAfter(f.item, from) && !monthAfter(f.item, written) && isToldAsPast(model, f)) before++;
    if (late.length <= before) return undefined;
    return { month: (target % 12) + 1, year: Math.floor(target / 12), months: shift, late: late.length };
  }
  return undefined;
}

/** Whether a date's month comes after the month number `index`. */
function monthAfter(item: DateMatch, index: number): boolean {
  return item.kind === 'date' && item.month !== undefined && item.year !== undefined && monthIndex({ month: item.month, year: item.year }) > index;
}


const CITATION_MONTHS = new WeakMap<BulletinModel, number[]>();

function citationMonths(model: BulletinModel): number[] {
  let list = CITATION_MONTHS.get(model);
  if (!list) {
    list = [];
    for (const { item: c } of checkedCitations(model)) if (c.date && !c.tailShared) list.push(monthIndex(c.date));
    CITATION_MONTHS.set(model, list);
  }
  return list;
}

/** The month and year the bulletin is about: the title's, or the one it most likely meant (titleShift). */
export function bulletinPeriod(model: BulletinModel): { month: number; year: number } | undefined {
  const p = model.period;
  if (!p?.valid) return undefined;
  return titleShift(model) ?? p;
}

/** The last day of the bulletin's month (as meant), when it has one. */
export function bulletinEnd(model: BulletinModel): CalendarDate | undefined {
  const p = bulletinPeriod(model);
  return p && { day: daysInMonth(p.month, p.year), month: p.month, year: p.year };
}

/** The bulletin's year (as meant), else the year of its head (bulletinYear). */
export function meantYear(model: BulletinModel): number | undefined {
  return bulletinPeriod(model)?.year ?? bulletinYear(model);
}
