import { DateForm, DateMatch, SingleDate } from '../../parse/dates';
import { Found } from '../../parse/model';
import { Check } from '../types';
import { sentenceAround, spanIn } from './context';

type Style = 'slash' | 'dash' | 'words';

/** "ngày 05/02/2024 … ngày 20-02-2024 … ngày 01 tháng 3 năm 2024" in one sentence: pick one style (REFERENCE §5.1). */
export const mixedFormat: Check = {
  code: 'date.mixed-format',
  category: 'date',
  defaultSeverity: 'hint',
  fixable: false,
  description: {
    vi: 'Gợi ý: trong một câu nên viết ngày tháng theo một kiểu (“05/02/2024”, “05-02-2024” hoặc “ngày 05 tháng 02 năm 2024”).',
    en: 'Hint: write the dates of one sentence in one style (“05/02/2024”, “05-02-2024” or “ngày 05 tháng 02 năm 2024”).',
  },
  run({ model, t, report }) {
    let current: { paragraph: unknown; end: number; style: Style; text: string } | undefined;
    for (const found of model.dates) {
      for (const d of fullDates(found)) {
        const style = styleOf(d.form);
        if (!style) continue;
        const s = sentenceAround(found.paragraph, d.start, d.end);
        if (current && current.paragraph === found.paragraph && current.end === s.end && current.style !== style) {
          report({ span: spanIn(found.paragraph, d), message: t('date.mixed-format', { found: d.text, first: current.text }) });
          continue;
        }
        if (!current || current.paragraph !== found.paragraph || current.end !== s.end) current = { paragraph: found.paragraph, end: s.end, style, text: d.text };
      }
    }
  },
};

/** Dates whose day, month and year are all written (range ends borrow parts and have no style of their own). */
function fullDates(found: Found<DateMatch>): SingleDate[] {
  const m = found.item;
  const list = m.kind === 'date' ? [m] : m.kind === 'range' ? [m.to] : [];
  return list.filter((d) => d.parts.day && d.parts.month && d.parts.year);
}

function styleOf(form: DateForm): Style | undefined {
  return form === 'slash' || form === 'dash' || form === 'words' ? form : undefined;
}
