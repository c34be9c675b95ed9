import { Check } from '../types';
import { checkedCitations, spanIn } from './shared';

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
      const problem = c.form.find((p) => p.kind === 'issuer-spelling');
      if (!problem || !c.issuerCode) continue;
      const span = spanIn(found, problem.start, problem.end);
      const expected = c.issuerCode.normalized;
      report({
        span,
        message: t('reference.issuer-spelling', { found: c.issuerCode.text, expected }),
        ...(problem.fix ? { fix: { title: t('fix.replace', { text: expected }), edits: [{ ...span, newText: expected }] } } : {}),
      });
    }
  },
};
