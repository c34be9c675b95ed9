import { Check } from '../types';
import { bulletinPeriod } from '../date/titleShift';
import { isValidDate } from '../../domain/calendar';
import { contradictsKnownDate } from './knownDocument';
import { checkedCitations, spanIn, ymdText } from './shared';

/**
 * A citation dated after the end of the bulletin's own month: a typo in the date (2024 for 2023), or a wrong month.
 * When the title itself is behind the whole content (`structure.title-period`), the month it meant is the one
 * compared with: one wrong title, one finding.
 */
export const referenceFutureDate: Check = {
  code: 'reference.future-date',
  category: 'reference',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    vi: 'Văn bản được trích dẫn không thể ban hành sau tháng của bản tin.',
    en: 'A cited document cannot be dated after the bulletin’s month.',
  },
  run({ model, t, report, services }) {
    const period = bulletinPeriod(model);
    if (!period) return;
    const limit = period.year * 12 + period.month;
    for (const found of checkedCitations(model)) {
      const c = found.item;
      if (!c.date || c.tailShared || c.date.year * 12 + c.date.month <= limit) continue;
      // A date that cannot exist is date.invalid's; one the catalog corrects is reference.known-document's.
      if (!isValidDate(c.date.day, c.date.month, c.date.year) || contradictsKnownDate(c, services)) continue;
      const params = { date: ymdText(c.date), symbol: c.symbol?.raw ?? c.number?.text ?? '', month: period.month, year: period.year };
      report({ span: spanIn(found, c.date.start, c.date.end), message: t('reference.future-date', params) });
    }
  },
};
