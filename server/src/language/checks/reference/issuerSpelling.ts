import type { CitationMatch } from '../../parse/citations';
import type { Span } from '../../text/source';
import { Check } from '../types';
import { rewriteOf } from './format';
import { checkedCitations, spanIn } from './shared';

/** "TƯ" (or "Tư" ending a code) in the issuer: its span, and whether the fix may be offered (not under a rewrite). */
export function issuerSpellingProblem(c: CitationMatch): (Span & { fixable: boolean }) | undefined {
  if (!c.issuerCode || !/TƯ|Tư(?=$|-)/.test(c.issuerCode.text)) return undefined;
  return { start: c.issuerCode.start, end: c.issuerCode.end, fixable: rewriteOf(c) === undefined };
}

/** "49-KL/TƯ": TƯ for TW. Read as TW everywhere; only a style hint. */
export const referenceIssuerSpelling: Check = {
  code: 'reference.issuer-spelling',
  category: 'reference',
  defaultSeverity: 'hint',
  fixable: true,
  description: {
    vi: 'Trong ký hiệu văn bản của Đảng, Trung ương viết tắt là “TW” (“49-KL/TW”), không viết “TƯ”.',
    en: 'In Party symbols the Centre is abbreviated “TW” (“49-KL/TW”), not “TƯ”.',
  },
  run({ model, t, report }) {
    for (const found of checkedCitations(model)) {
      const c = found.item;
      const problem = issuerSpellingProblem(c);
      if (!problem || !c.issuerCode) continue;
      const span = spanIn(found, problem.start, problem.end);
      const expected = c.issuerCode.normalized;
      report({
        span,
        message: t('reference.issuer-spelling', { found: c.issuerCode.text, expected }),
        ...(problem.fixable ? { fix: { title: t('fix.replace', { text: expected }), edits: [{ ...span, newText: expected }] } } : {}),
      });
    }
  },
};
