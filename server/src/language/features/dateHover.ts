import { AnniversaryMention } from '../parse/anniversaries';
import { Locale, Translate, translator } from '../i18n';
import { DateMatch, DateRange, PeriodRange, Quarter, SingleDate } from '../parse/dates';
import { CalendarDate, daysBetween, daysInMonth, weekdayOf, WEEKDAY_NAMES_VI } from '../domain/calendar';
import { BulletinModel, Found } from '../parse/model';
import { bulletinYear } from '../analysis/bulletinYear';

/**
 * Hover on a date expression: its weekday and how far it lies from the bulletin's month; on a range or period, its
 * length; on an anniversary count ("134 năm Ngày sinh…"), the count computed from the founding date or the span.
 * `offset` is an offset of the original text. Returns Markdown, or undefined when nothing date-like is there.
 */
export function dateHover(model: BulletinModel, offset: number, locale: Locale = 'vi'): string | undefined {
  const t = translator(locale);
  const sections: string[] = [];
  const mention = at(model.anniversaries, offset);
  if (mention) {
    const text = anniversaryHover(model, mention.item, t);
    if (text) sections.push(text);
  }
  const date = innermost(model.dates.filter((f) => contains(f, offset)));
  if (date) {
    const text = matchHover(model, date.item, t);
    if (text) sections.push(text);
  }
  return sections.length ? sections.join('\n\n') : undefined;
}

function contains<T extends { start: number; end: number }>(found: Found<T>, offset: number): boolean {
  const span = found.paragraph.view.span(found.item.start, found.item.end);
  return span.start <= offset && offset < span.end;
}

function at<T extends { start: number; end: number }>(list: Found<T>[], offset: number): Found<T> | undefined {
  return list.find((f) => contains(f, offset));
}

function innermost(list: Found<DateMatch>[]): Found<DateMatch> | undefined {
  return list.sort((a, b) => a.item.end - a.item.start - (b.item.end - b.item.start))[0];
}

function matchHover(model: BulletinModel, m: DateMatch, t: Translate): string | undefined {
  if (m.kind === 'date') return singleHover(model, m, t);
  if (m.kind === 'range') return rangeHover(m, t);
  if (m.kind === 'period') return periodHover(m, t);
  return quarterHover(m, t);
}

function fmt(d: CalendarDate): string {
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

function complete(d: SingleDate): CalendarDate | undefined {
  return d.valid && d.day !== undefined && d.month !== undefined && d.year !== undefined ? { day: d.day, month: d.month, year: d.year } : undefined;
}

function singleHover(model: BulletinModel, d: SingleDate, t: Translate): string | undefined {
  if (!d.valid) return undefined;
  const lines: string[] = [];
  const c = complete(d);
  if (c) lines.push(t('hover.weekday', { weekday: WEEKDAY_NAMES_VI[weekdayOf(c.day, c.month, c.year)], date: fmt(c) }));
  const relation = relationToPeriod(model, d, t);
  if (relation) lines.push(relation);
  return lines.length ? lines.join('  \n') : undefined;
}

/** "trước kỳ bản tin (01/2024) 2 năm 3 tháng", "sau kỳ bản tin 12 ngày", "trong tháng của bản tin". */
function relationToPeriod(model: BulletinModel, d: SingleDate, t: Translate): string | undefined {
  const p = model.period;
  if (!p?.valid || d.year === undefined) return undefined;
  const period = `${String(p.month).padStart(2, '0')}/${p.year}`;
  const first: CalendarDate = { day: 1, month: p.month, year: p.year };
  const last: CalendarDate = { day: daysInMonth(p.month, p.year), month: p.month, year: p.year };
  const c = complete(d);
  if (c) {
    if (daysBetween(c, first) > 0) return t('hover.before', { period, amount: amount(c, first, t) });
    if (daysBetween(last, c) > 0) return t('hover.after', { period, amount: amount(last, c, t) });
    return t('hover.within', { period });
  }
  const months = d.month !== undefined ? (p.year - d.year) * 12 + (p.month - d.month) : (p.year - d.year) * 12;
  if (d.month === undefined && d.year === p.year) return t('hover.within', { period: String(p.year) });
  if (months === 0) return t('hover.within', { period });
  return t(months > 0 ? 'hover.before' : 'hover.after', { period, amount: monthsText(Math.abs(months), t) });
}

/** The distance from a to b (a ≤ b): days under two months, else years and months. */
function amount(a: CalendarDate, b: CalendarDate, t: Translate): string {
  const days = daysBetween(a, b);
  if (days < 60) return t('hover.days', { n: days });
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (b.day < a.day) months--;
  return monthsText(months, t);
}

function monthsText(months: number, t: Translate): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  const parts: string[] = [];
  if (y) parts.push(t('hover.years', { n: y }));
  if (m || !y) parts.push(t('hover.months', { n: m }));
  return parts.join(' ');
}

function rangeHover(r: DateRange, t: Translate): string | undefined {
  const a = complete(r.from);
  const b = complete(r.to);
  if (!a || !b) return undefined;
  const ends = `${WEEKDAY_NAMES_VI[weekdayOf(a.day, a.month, a.year)]} ${fmt(a)} – ${WEEKDAY_NAMES_VI[weekdayOf(b.day, b.month, b.year)]} ${fmt(b)}`;
  const days = daysBetween(a, b);
  const years = b.year - a.year - (b.month < a.month || (b.month === a.month && b.day < a.day) ? 1 : 0);
  const length = days >= 365 ? t('hover.years', { n: years }) : t('hover.range-inclusive', { days: days + 1 });
  return `${t('hover.range', { text: r.text, length })}  \n${ends}`;
}

function periodHover(p: PeriodRange, t: Translate): string | undefined {
  if (!p.valid) return undefined;
  return t('hover.period', { text: p.text, years: p.toYear - p.fromYear });
}

function quarterHover(q: Quarter, t: Translate): string | undefined {
  if (q.year === undefined) return undefined;
  const m = (q.quarter - 1) * 3 + 1;
  const from = fmt({ day: 1, month: m, year: q.year });
  const to = fmt({ day: daysInMonth(m + 2, q.year), month: m + 2, year: q.year });
  return t('hover.quarter', { quarter: q.roman, year: q.year, from, to });
}

function anniversaryHover(model: BulletinModel, a: AnniversaryMention, t: Translate): string | undefined {
  const lines: string[] = [];
  const year = bulletinYear(model);
  if (a.entry && year !== undefined) {
    const from = `${a.entry.name} ${fmt(a.entry)}`;
    lines.push(t('hover.anniversary', { from, year, years: year - a.entry.year }));
  } else if (a.eventDate && a.eventDate.year !== undefined && year !== undefined) {
    lines.push(t('hover.anniversary', { from: a.eventDate.text, year, years: year - a.eventDate.year }));
  }
  const s = a.span;
  if (s?.kind === 'period' && s.valid) lines.push(t('hover.anniversary-span', { years: s.toYear - s.fromYear }));
  if (s?.kind === 'range' && s.from.year !== undefined && s.to.year !== undefined) lines.push(t('hover.anniversary-span', { years: s.to.year - s.from.year }));
  return lines.length ? lines.join('  \n') : undefined;
}
