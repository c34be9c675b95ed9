import { WrittenPart } from '../../parse/dates';
import { Check } from '../types';
import { spanIn } from './context';

/** "Hà Nội, ngày 5 tháng 3 năm 2024" alone on its line: the place, a comma, the date in words, nothing after. */
const PLACE_BEFORE = /^\s*\p{Lu}[\p{L}\p{M} .'-]{1,60},\s*$/u;
const NOTHING_AFTER = /^\s*\.?\s*$/u;

/**
 * The issue-date line pads days 1–9 and months 1 and 2 with a zero ("ngày 05 tháng 02 năm 2026", NĐ 30/2020 and
 * Party practice, REFERENCE §5.1). Running text is not concerned: the rule is not codified there.
 */
export const padding: Check = {
  code: 'date.padding',
  category: 'date',
  defaultSeverity: 'hint',
  fixable: true,
  description: {
    vi: 'Gợi ý: dòng địa danh, ngày tháng ban hành ghi thêm số 0 trước ngày nhỏ hơn 10 và tháng 1, 2 (“ngày 05 tháng 02 năm 2024”).',
    en: 'Hint: the place-and-date line pads days below 10 and months 1 and 2 with a zero (“ngày 05 tháng 02 năm 2024”).',
  },
  run({ model, t, report }) {
    for (const { paragraph, item } of model.dates) {
      if (item.kind !== 'date' || item.form !== 'words' || !item.valid || !item.parts.year) continue;
      const text = paragraph.view.text;
      if (!PLACE_BEFORE.test(text.slice(0, item.start)) || !NOTHING_AFTER.test(text.slice(item.end))) continue;
      const parts: Array<[WrittenPart | undefined, string]> = [
        [item.parts.day, 'day'],
        [item.month !== undefined && item.month <= 2 ? item.parts.month : undefined, 'month'],
      ];
      for (const [part, which] of parts) {
        if (!part || part.text.length !== 1) continue;
        const expected = `0${part.text}`;
        const span = spanIn(paragraph, part);
        report({
          span,
          message: t(`date.padding.${which}`, { found: part.text, expected, date: item.text }),
          fix: { title: t('fix.replace', { text: expected }), edits: [{ ...span, newText: expected }], preferred: true },
        });
      }
    }
  },
};
