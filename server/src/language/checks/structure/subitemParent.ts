import { Check } from '../types';
import { formatItem } from './expectedMarker';

/**
 * A sub-item sits under the item it names: "2.2." under "2.", or "2.1." right under section "II.". It fires on
 * "2.2." under item "1." (the walk counts it under "1.", so its numbering is judged there), and on "1.1." with no
 * item "1." at all.
 */
export const subitemParent: Check = {
  code: 'structure.subitem-parent',
  category: 'structure',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    vi: 'Tiểu mục phải nằm dưới đúng mục cha: “2.1.” dưới mục “2.” (hoặc ngay dưới mục “II.”).',
    en: 'A sub-item sits under the item it names: “2.1.” under “2.” (or right under section “II.”).',
  },
  run({ model, t, report }) {
    for (const marker of model.markers) {
      const under = marker.count.under;
      if (marker.kind !== 'item' || marker.values.length < 2 || under === undefined) continue;
      const named = marker.values.slice(0, -1);
      if (under === null) {
        report({ span: marker.span, message: t('structure.subitem-parent.missing', { found: marker.text, parent: `${named.join('.')}.` }) });
        continue;
      }
      if (under.length === named.length && under.every((v, i) => v === named[i])) continue;
      const expected = formatItem([...under, marker.values[marker.values.length - 1]], marker);
      report({
        span: marker.span,
        message: t('structure.subitem-parent.different', { found: marker.text, parent: `${under.join('.')}.`, expected }),
        fix: { title: t('fix.replace', { text: expected }), edits: [{ ...marker.span, newText: expected }] },
      });
    }
  },
};
