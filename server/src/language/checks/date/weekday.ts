import { SingleDate, WeekdayMention } from '../../parse/dates';
import { weekdayOf, WEEKDAY_NAMES_VI } from '../../domain/calendar';
import { Check } from '../types';
import { isComplete, spanIn } from './context';

/** "Thứ Hai, ngày 16/01/2024": 16/01/2024 is a Tuesday. The fix writes the right weekday in the same style. */
export const weekday: Check = {
  code: 'date.weekday',
  category: 'date',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    vi: 'Thứ trong tuần phải khớp với ngày tháng đi kèm (“Thứ Ba, ngày 16/01/2024”).',
    en: 'A weekday must match its date (“Thứ Ba, ngày 16/01/2024”).',
  },
  run({ model, t, report }) {
    for (const { paragraph, item } of model.dates) {
      const d = item.kind === 'range' ? item.from : item.kind === 'date' ? item : undefined;
      if (!d?.weekday || !d.valid || !isComplete(d) || d.lunar) continue;
      const actual = weekdayOf(d.day, d.month, d.year);
      if (actual === d.weekday.value) continue;
      const expected = weekdayText(d.weekday, actual);
      const span = spanIn(paragraph, d.weekday);
      report({
        span,
        message: t('date.weekday', { found: d.weekday.text, date: dateText(d), expected: WEEKDAY_NAMES_VI[actual] }),
        fix: { title: t('fix.replace', { text: expected }), edits: [{ ...span, newText: expected }], preferred: true },
      });
    }
  },
};

function dateText(d: SingleDate & { day: number; month: number; year: number }): string {
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

/** The right weekday written like the wrong one: "thứ 2" → "thứ 3", "THỨ HAI" → "THỨ BA", "Thứ hai" → "Thứ ba". */
export function weekdayText(written: WeekdayMention, value: number): string {
  const w = written.text;
  const name = WEEKDAY_NAMES_VI[value];
  if (w === 'CN') return name;
  if (w === w.toUpperCase()) return name.toUpperCase();
  const lowerFirst = w[0] === w[0].toLowerCase();
  let out: string;
  if (value === 0) out = 'Chủ nhật';
  else if (/\d/.test(w)) out = `Thứ ${value + 1}`;
  else {
    const secondLower = /^\S+\s+\p{Ll}/u.test(w);
    out = secondLower ? name.replace(/ (\S)/, (_, c: string) => ` ${c.toLowerCase()}`) : name;
  }
  return lowerFirst ? out[0].toLowerCase() + out.slice(1) : out;
}
