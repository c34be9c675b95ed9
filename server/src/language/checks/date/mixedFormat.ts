import { DateForm, DateMatch, SingleDate } from '../../parse/dates';
import { Check } from '../types';
import { sentenceEndAt, spanIn } from './context';

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
    // `stop`: the first stop at or after `from` in `stopParagraph`, so also the first at or after any offset between
    // them. The dates of a paragraph come in order: its text is searched for stops once.
    let stopParagraph: unknown;
    let from = 0;
    let stop = -1;
    for (const found of model.dates) {
      const d = fullDate(found.item);
      if (!d) continue;
      const style = styleOf(d.form);
      if (!style) continue;
      if (stopParagraph !== found.paragraph || d.end < from || d.end > stop) {
        stopParagraph = found.paragraph;
        from = d.end;
        stop = sentenceEndAt(found.paragraph.view.text, d.end);
      }
      const end = stop; // the end of sentenceAround(found.paragraph, d.start, d.end)
      if (current && current.paragraph === found.paragraph && current.end === end && current.style !== style) {
        report({ span: spanIn(found.paragraph, d), message: t('date.mixed-format', { found: d.text, first: current.text }) });
        continue;
      }
      if (!current || current.paragraph !== found.paragraph || current.end !== end) current = { paragraph: found.paragraph, end, style, text: d.text };
    }
  },
};

/** The date of a match whose day, month and year are all written (of a range, its end: the start borrows parts and has no style of its own). */
function fullDate(m: DateMatch): SingleDate | undefined {
  const d = m.kind === 'date' ? m : m.kind === 'range' ? m.to : undefined;
  return d && d.parts.day && d.parts.month && d.parts.year ? d : undefined;
}

function styleOf(form: DateForm): Style | undefined {
  return form === 'slash' || form === 'dash' || form === 'words' ? form : undefined;
}
