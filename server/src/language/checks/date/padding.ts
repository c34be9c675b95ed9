import { WrittenPart } from '../../parse/dates';
import { isSpace, isUpperAt, letterOrMarkLength } from '../../text/chars';
import { Check } from '../types';
import { spanIn } from './context';

/** "Hà Nội, ngày 5 tháng 3 năm 2024" alone on its line: the place, a comma, the date in words, nothing after. */
const NOTHING_AFTER = /^\s*\.?\s*$/u;

/**
 * The place before the date at `end`, as `/^\s*\p{Lu}[\p{L}\p{M} .'-]{1,60},\s*$/u` tests text[0, end) (without
 * compiling its two \p classes): spaces, a capital, 1 to 60 letters, marks, spaces, dots, apostrophes or hyphens, a
 * comma, spaces. `end` starts a date, never inside a surrogate pair.
 */
function placeBefore(text: string, end: number): boolean {
  let i = 0;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i >= end || !isUpperAt(text, i)) return false;
  i += letterOrMarkLength(text, i);
  let count = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    const len = c === 0x20 || c === 0x2e || c === 0x27 || c === 0x2d ? 1 : letterOrMarkLength(text, i);
    if (len === 0) break;
    i += len;
    count++;
  }
  if (count < 1 || count > 60 || i >= end || text.charCodeAt(i) !== 0x2c) return false;
  i++;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i === end;
}

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
      if (!NOTHING_AFTER.test(text.slice(item.end)) || !placeBefore(text, item.start)) continue;
      const parts: Array<[WrittenPart | undefined, 'day' | 'month']> = [
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
