import { AnniversaryMention } from '../../parse/anniversaries';
import { Found } from '../../parse/model';
import { WrittenPart } from '../../parse/dates';
import { Check, CheckContext, Fix } from '../types';
import { datesIn, hasWord, sentenceAround, spanIn } from './context';
import { bulletinPeriod, meantYear } from './titleShift';

/**
 * "110 năm Ngày sinh … (01/01/1914- 01/01/2014)": the span is 100 years. "133 năm Ngày sinh Chủ tịch Hồ Chí Minh"
 * in 2024: 1890 + 133 = 2023. "15 năm thực hiện Chỉ thị … ngày 07/9/2009" in 2020: only 11 years.
 */
export const anniversary: Check = {
  code: 'date.anniversary',
  category: 'date',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    vi: 'Số năm kỷ niệm phải khớp với khoảng thời gian ghi kèm, hoặc với năm của bản tin khi ngày gốc đã biết.',
    en: 'An anniversary count matches its written span, or the bulletin year when the founding date is known.',
  },
  run(ctx) {
    const year = meantYear(ctx.model);
    for (const found of ctx.model.anniversaries) {
      const a = found.item;
      if (a.span) checkSpan(ctx, found, year);
      else if (a.kind === 'anniversary' && a.entry) checkKnown(ctx, found, year);
      else if (a.kind === 'implementation' && a.eventDate?.year !== undefined && !a.eventDate.yearInferred) checkImplementation(ctx, found, year);
    }
  },
};

/** Read with hasWord (no letter before). */
const FORWARD = /(?:chuẩn bị|hướng tới|tiến tới|sắp tới|năm tới|năm sau|sắp đến)(?![\p{L}])/giu;

type Approx = 'exact' | 'more' | 'less' | 'about';

function approxOf(a: AnniversaryMention): Approx {
  const w = a.approx?.text.toLowerCase();
  if (w === 'hơn' || w === 'trên') return 'more';
  if (w === 'gần' || w === 'ngót') return 'less';
  if (w === 'khoảng') return 'about';
  return 'exact';
}

/** Whether a count (with its approximation word) fits a number of whole years. */
function fits(count: number, years: number, approx: Approx): boolean {
  if (approx === 'more') return count <= years;
  if (approx === 'less') return count >= years && count <= years + 1;
  if (approx === 'about') return Math.abs(count - years) <= 1;
  return count === years;
}

function countFix(ctx: CheckContext, found: Found<AnniversaryMention>, value: number, preferred: boolean): Fix {
  const span = spanIn(found.paragraph, found.item.count);
  return { title: ctx.t('fix.replace', { text: `${value} năm` }), edits: [{ ...span, newText: String(value) }], preferred };
}

function checkSpan(ctx: CheckContext, found: Found<AnniversaryMention>, year: number | undefined): void {
  const a = found.item;
  const s = a.span!;
  let fromYear: number | undefined;
  let toPart: WrittenPart | undefined;
  if (s.kind === 'period') {
    if (!s.valid) return;
    fromYear = s.fromYear;
    toPart = s.toPart;
  } else {
    if (!s.from.valid || !s.to.valid || s.from.yearInferred || s.to.yearInferred) return;
    fromYear = s.from.year;
    toPart = s.to.parts.year;
  }
  if (fromYear === undefined || !toPart || toPart.text.length !== 4) return;
  const toYear = Number(toPart.text);
  const years = toYear - fromYear;
  if (years < 0 || fits(a.count.value, years, approxOf(a))) return;
  const spanText = found.paragraph.view.text.slice(s.start, s.end);
  const params = { count: countText(a), span: spanText, years, end: fromYear + a.count.value };
  const span = countSpan(found);
  if (year !== undefined && fromYear + a.count.value === year && toYear !== year) {
    const edit = { ...spanIn(found.paragraph, toPart), newText: String(year) };
    report(ctx, span, ctx.t('date.anniversary.span-end', params), { title: ctx.t('fix.replace', { text: String(year) }), edits: [edit], preferred: true });
    return;
  }
  report(ctx, span, ctx.t('date.anniversary.span-count', params), countFix(ctx, found, years, year !== undefined && toYear === year));
}

function checkKnown(ctx: CheckContext, found: Found<AnniversaryMention>, year: number | undefined): void {
  const a = found.item;
  const entry = a.entry!;
  if (year === undefined) return;
  const candidates = new Set<number>([year]);
  const month = bulletinPeriod(ctx.model)?.month;
  // A December bulletin announces February's anniversary of the next year.
  if (month !== undefined) {
    if (entry.month - month > 6) candidates.add(year - 1);
    if (month - entry.month > 6) candidates.add(year + 1);
  }
  // A year written in the same sentence ("năm 2025", "ngày 03/02/2025") names the event's year.
  const sentence = sentenceAround(found.paragraph, a.start, a.end);
  // "Chuẩn bị kỷ niệm 95 năm …", "hướng tới kỷ niệm …": the anniversary of next year.
  if (hasWord(FORWARD, found.paragraph.view.text.slice(sentence.start, sentence.end))) candidates.add(year + 1);
  for (const d of datesIn(ctx.model, found.paragraph)) {
    if (d.kind !== 'date' || d.year === undefined || d.yearInferred || !d.parts.year) continue;
    if (d.start < sentence.start || d.end > sentence.end) continue;
    if (d.form === 'year-only' || (d.day === entry.day && d.month === entry.month)) candidates.add(d.year);
  }
  const approx = approxOf(a);
  for (const y of candidates) if (fits(a.count.value, y - entry.year, approx)) return;
  const expected = [...candidates].sort((x, y) => Math.abs(x - year) - Math.abs(y - year))[0] - entry.year;
  const span = countSpan(found);
  const params = { count: countText(a), event: entry.name, date: `${pad(entry.day)}/${pad(entry.month)}/${entry.year}`, year, expected };
  report(ctx, span, ctx.t('date.anniversary.known', params), approx === 'exact' ? countFix(ctx, found, expected, candidates.size === 1) : undefined);
}

function checkImplementation(ctx: CheckContext, found: Found<AnniversaryMention>, year: number | undefined): void {
  const a = found.item;
  const from = a.eventDate!.year!;
  if (year === undefined || year < from) return;
  const elapsed = year - from;
  const approx = approxOf(a);
  // A review held late in the previous year is still reported: "Sau 10 năm thực hiện … (11/2013)" in January 2024.
  if (fits(a.count.value, elapsed, approx) || fits(a.count.value, elapsed - 1, approx)) return;
  if (approx === 'more' && a.count.value <= elapsed) return;
  const span = countSpan(found);
  const params = { count: countText(a), date: a.eventDate!.text, year, elapsed };
  report(ctx, span, ctx.t('date.anniversary.implementation', params), approx === 'exact' ? countFix(ctx, found, elapsed, false) : undefined);
}

function report(ctx: CheckContext, span: { start: number; end: number }, message: string, fix: Fix | undefined): void {
  ctx.report({ span, message, fix });
}

/** "hơn 110 năm": from the approximation word (or the count) to the end of "năm". */
function countSpan(found: Found<AnniversaryMention>): { start: number; end: number } {
  const a = found.item;
  const at = found.paragraph.view.text.indexOf('năm', a.count.end);
  return spanIn(found.paragraph, { start: a.start, end: at >= 0 ? at + 3 : a.count.end });
}

/** "gần 10", "110": the count as the message quotes it. */
function countText(a: AnniversaryMention): string {
  return a.approx ? `${a.approx.text} ${a.count.text}` : a.count.text;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
