import { daysBetween } from '../../domain/calendar';
import { Check } from '../types';
import { spanIn } from './context';
import { bulletinEnd, bulletinPeriod, isToldAsPast } from './titleShift';

/**
 * "Ngày 15/12/2024, Hội nghị đã diễn ra …" in a November 2024 bulletin: the event is told as past but dated after
 * the bulletin's month. Only complete dates with a written year, outside document citations, in a sentence with a
 * past-tense word and no word of plan or deadline. When the title itself is behind the whole content
 * (`structure.title-period`), the month it meant is the one compared with: one wrong title, one finding.
 */
export const futureEvent: Check = {
  code: 'date.future-event',
  category: 'date',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    vi: 'Sự kiện kể ở thì quá khứ (“đã”, “vừa”) không thể diễn ra sau tháng của bản tin.',
    en: 'An event told in the past (“đã”, “vừa”) cannot take place after the bulletin’s month.',
  },
  run({ model, t, report }) {
    const end = bulletinEnd(model);
    if (!end) return;
    const period = bulletinPeriod(model)!;
    for (const found of model.dates) {
      const { paragraph, item } = found;
      if (item.kind !== 'date' || item.day === undefined || item.month === undefined || item.year === undefined) continue;
      if (daysBetween(end, { day: item.day, month: item.month, year: item.year }) <= 0 || !isToldAsPast(model, found)) continue;
      report({ span: spanIn(paragraph, item), message: t('date.future-event', { found: item.text, month: period.month, year: period.year }) });
    }
  },
};
