import { Check } from '../types';
import { spanIn } from './context';

/** "từ ngày 20/3/2024 đến ngày 12/3/2024", "giai đoạn 2025 - 2021": the end comes before the start. */
export const rangeOrder: Check = {
  code: 'date.range-order',
  category: 'date',
  defaultSeverity: 'error',
  fixable: false,
  description: {
    vi: 'Khoảng thời gian phải kết thúc sau khi bắt đầu (“từ 12/3 đến 20/3”, “2021 - 2025”).',
    en: 'A range must end after it starts (“from 12/3 to 20/3”, “2021 - 2025”).',
  },
  run({ model, t, report }) {
    for (const { paragraph, item } of model.dates) {
      if (item.kind === 'range' && item.ordered === false) {
        report({ span: spanIn(paragraph, item), message: t('date.range-order', { found: item.text, from: item.from.text, to: item.to.text }) });
      } else if (item.kind === 'period' && item.valid && item.toYear < item.fromYear) {
        report({ span: spanIn(paragraph, item), message: t('date.range-order', { found: item.text, from: item.fromPart.text, to: item.toPart.text }) });
      }
    }
  },
};
