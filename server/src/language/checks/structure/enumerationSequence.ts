import { Check } from '../types';
import { inlineIssues } from './inlineEnumerations';
import { isHeadingMarker } from './levels';

/**
 * Points — (1), (2); (i), (ii); a), b); "Thứ nhất… Thứ hai"; "Một là… Hai là" — must not skip one: points that
 * start lines, and points that start the clauses of one paragraph ("Một là, …; hai là, …; bốn là, …").
 */
export const enumerationSequence: Check = {
  code: 'structure.enumeration-sequence',
  category: 'structure',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    vi: 'Các ý liệt kê (1), (2)…; (i), (ii)…; a), b)…; “Thứ nhất, Thứ hai…”; “Một là, Hai là…” phải liên tục.',
    en: 'Enumerated points (1), (2)…; (i), (ii)…; a), b)…; “Thứ nhất, Thứ hai…”; “Một là, Hai là…” run on without gaps.',
  },
  run({ model, t, report }) {
    for (const issue of model.numberingIssues) {
      const marker = issue.marker;
      // An unnumbered line is always an item heading (structure.numbering-sequence reports it).
      if (isHeadingMarker(marker) || issue.issue === 'unnumbered') continue;
      report({
        span: marker.span,
        message: t(`structure.enumeration-sequence.${issue.issue}`, { found: marker.text, expected: issue.expectedText }),
        fix: issue.renumber
          ? { title: t('fix.replace', { text: issue.expectedText }), edits: [{ ...marker.span, newText: issue.expectedText }] }
          : undefined,
      });
    }
    for (const issue of inlineIssues(model)) {
      const span = issue.paragraph.view.span(issue.marker.start, issue.marker.end);
      report({
        span,
        message: t(`structure.enumeration-sequence.${issue.issue}`, { found: issue.marker.text, expected: issue.expectedText }),
        fix: issue.renumber ? { title: t('fix.replace', { text: issue.expectedText }), edits: [{ ...span, newText: issue.expectedText }] } : undefined,
      });
    }
  },
};
