import { Check } from '../types';
import { expectedText } from './expectedMarker';
import { inlineIssues } from './inlineEnumerations';
import { isHeadingMarker } from './levels';
import { slipOf } from './slip';

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
    for (const marker of model.markers) {
      const count = marker.count;
      if (isHeadingMarker(marker)) continue;
      // It fires when the point written is not one its run waited for; the first it waited for is the one meant.
      const value = marker.values[0];
      const meant = count.waitedFor[0];
      if (meant === undefined || count.waitedFor.includes(value)) continue;
      const expected = expectedText(marker, meant);
      report({
        span: marker.span,
        message: t(`structure.enumeration-sequence.${slipOf(marker, value, count)}`, { found: marker.text, expected }),
        // "Thứ nhất, Thứ hai, Thứ tư, Thứ năm": a point is missing, "Thứ tư" is no typo to renumber.
        fix: count.nextWentOnAsWritten ? undefined : { title: t('fix.replace', { text: expected }), edits: [{ ...marker.span, newText: expected }] },
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
