import { SingleDate, PeriodRange } from '../../parse/dates';
import { Check } from '../types';
import { inTitlePeriod, spanIn } from './context';

/** "31/6/2024", "29/02/2023", "15/13/2024", "00/5/2024", "giai đoạn 20230 - 2035". Never fixed: the intent is unknown. */
export const invalid: Check = {
  code: 'date.invalid',
  category: 'date',
  defaultSeverity: 'error',
  fixable: false,
  description: {
    vi: 'Ngày tháng phải có thật: ngày không quá số ngày của tháng, tháng từ 1 đến 12, năm đủ 4 chữ số.',
    en: 'Dates must exist: the day fits its month, the month is 1 to 12, the year has four digits.',
  },
  run({ model, t, report }) {
    for (const found of model.dates) {
      const m = found.item;
      if (m.kind === 'quarter') continue;
      // Most dates are valid: the title's span is compared only for a date with a problem.
      const first = problemOf(m.kind === 'range' ? m.from : m);
      const second = m.kind === 'range' ? problemOf(m.to) : undefined;
      if (!first && !second) continue;
      if (inTitlePeriod(model, found)) continue; // structure.title-period reports the title
      for (const problem of [first, second]) {
        if (!problem) continue;
        const span = spanIn(found.paragraph, problem.at);
        report({ span, message: t(`date.invalid.${problem.id}`, { found: found.paragraph.view.text.slice(problem.at.start, problem.at.end), ...problem.params }) });
      }
    }
  },
};

interface Problem {
  id: 'year-digits' | 'month' | 'leap' | 'day-of-month' | 'day';
  at: { start: number; end: number };
  params: Record<string, string | number>;
}

function problemOf(d: SingleDate | PeriodRange): Problem | undefined {
  if (d.kind === 'period') {
    if (d.problem !== 'year-digits') return undefined;
    const part = d.fromPart.text.length !== 4 ? d.fromPart : d.toPart;
    return { id: 'year-digits', at: part, params: {} };
  }
  if (d.valid || !d.problem) return undefined;
  // Lunar months have 30 days, February included ("30/2 âm lịch").
  if (d.lunar && d.problem !== 'year-digits' && d.problem !== 'month-out-of-range' && (d.day ?? 0) <= 30) return undefined;
  // An inferred year may be the wrong one: "29/2" is only impossible when its year is written.
  if (d.problem === 'not-leap-year' && (d.yearInferred || d.borrowed?.includes('year'))) return undefined;
  if (d.problem === 'year-digits') return d.parts.year ? { id: 'year-digits', at: d.parts.year, params: {} } : undefined;
  const params = { day: d.day ?? '', month: d.month ?? '', year: d.year ?? '' };
  if (d.problem === 'month-out-of-range') return { id: 'month', at: d, params };
  if (d.problem === 'not-leap-year') return { id: 'leap', at: d, params };
  if (d.day !== undefined && d.day >= 1 && d.day <= 31 && d.month !== undefined) return { id: 'day-of-month', at: d, params };
  return { id: 'day', at: d, params };
}
