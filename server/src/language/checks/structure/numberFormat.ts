import { Marker } from '../../parse/model';
import { Check } from '../types';

/** "2.." for "2.", "1 Một số" for "1. Một số", "1.1 Tình hình" for "1.1. Tình hình", "1 ." for "1.". */
export const numberFormat: Check = {
  code: 'structure.number-format',
  category: 'structure',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    vi: 'Số thứ tự viết đúng dạng: một dấu chấm sau số (“2.”, “2.1.”), không thừa, không thiếu, không có khoảng trắng trước dấu chấm.',
    en: 'Numbers are written with exactly one dot after them (“2.”, “2.1.”), no space before the dot.',
  },
  run({ model, t, report }) {
    for (const marker of model.markers) {
      if (marker.kind !== 'item' && marker.kind !== 'part' && marker.kind !== 'section') continue;
      if (marker.punctuation === 'ok' || marker.punctuation === 'extra-dot') continue;
      const expected = canonical(marker);
      report({
        span: marker.span,
        message: t(`structure.number-format.${marker.punctuation}`, { found: marker.text, expected }),
        fix: { title: t('fix.replace', { text: expected }), edits: [{ ...marker.span, newText: expected }], preferred: true },
      });
    }
  },
};

function canonical(marker: Marker): string {
  const digits = marker.text.replace(/[\s.]+$/, '').replace(/\s+/g, '');
  return `${digits}.`;
}
