import { termBodyKind, TERM_SPANS } from '../../domain/terms';
import { Check } from '../types';
import { spanIn } from './context';

/**
 * "Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020 - 2026": five years for Trung ương, Quốc hội, HĐND
 * and đảng bộ congresses; a chi bộ meets twice in five years (2022 - 2025, 2025 - 2027). Unknown body: quiet.
 */
export const termLength: Check = {
  code: 'date.term-length',
  category: 'date',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    vi: 'Nhiệm kỳ phải dài đúng theo cơ quan: 5 năm cho Trung ương, Quốc hội, HĐND, đảng bộ các cấp; 2–3 năm cho chi bộ.',
    en: 'A term has the length of its body: five years for the Central Committee, Quốc hội, HĐND, đảng bộ; 2–3 for a chi bộ.',
  },
  run({ model, t, report }) {
    for (const { paragraph, item } of model.dates) {
      if (item.kind !== 'period' || item.cue !== 'nhiem-ky' || !item.valid || !item.body) continue;
      const kind = termBodyKind(item.body.text);
      if (!kind) continue;
      const years = item.toYear - item.fromYear;
      if (years < 0 || TERM_SPANS[kind].includes(years)) continue;
      const expected = TERM_SPANS[kind].join(t('date.or'));
      const span = spanIn(paragraph, { start: item.fromPart.start, end: item.toPart.end });
      report({ span, message: t(`date.term-length.${kind}`, { found: `${item.fromPart.text} - ${item.toPart.text}`, body: item.body.text, years, expected }) });
    }
  },
};
