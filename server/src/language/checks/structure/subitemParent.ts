import { Check } from '../types';

/** "2.2." under item "1.", or "1.1." with no "1." at all. */
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
    for (const issue of model.parentIssues) {
      const marker = issue.marker;
      const parent = `${marker.values.slice(0, -1).join('.')}.`;
      if (issue.expectedText && issue.expectedParent) {
        report({
          span: marker.span,
          message: t('structure.subitem-parent.different', {
            found: marker.text, parent: `${issue.expectedParent.join('.')}.`, expected: issue.expectedText,
          }),
          fix: { title: t('fix.replace', { text: issue.expectedText }), edits: [{ ...marker.span, newText: issue.expectedText }] },
        });
      } else {
        report({ span: marker.span, message: t('structure.subitem-parent.missing', { found: marker.text, parent }) });
      }
    }
  },
};
