import { Check } from '../types';
import { isHeadingMarker, levelName } from './levels';

/** Parts, sections and items must run on: no gap ("45." after "3."), no repeat (two "A."), no step back. */
export const numberingSequence: Check = {
  code: 'structure.numbering-sequence',
  category: 'structure',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    vi: 'Số thứ tự phần, mục, tiểu mục phải liên tục: không nhảy cóc, không lặp, không ngược.',
    en: 'Parts, sections and items are numbered in sequence: no gaps, repeats or steps back.',
  },
  run({ model, t, report }) {
    for (const issue of model.numberingIssues) {
      const marker = issue.marker;
      if (!isHeadingMarker(marker)) continue;
      report({
        span: marker.span,
        message: t(`structure.numbering-sequence.${issue.issue}`, {
          level: levelName(marker, t), found: marker.text, expected: issue.expectedText,
        }),
        fix: issue.renumber
          ? { title: t('fix.replace', { text: issue.expectedText }), edits: [{ ...marker.span, newText: issue.expectedText }], preferred: issue.issue !== 'order' }
          : undefined,
      });
    }
  },
};
