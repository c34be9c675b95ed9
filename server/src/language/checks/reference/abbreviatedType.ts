import { typeWordsForCode } from '../../domain/documentTypes';
import { Check } from '../types';
import { checkedCitations, spanIn } from './shared';

/** "NQ 24-NQ/TW": the type code written again as the type word. A style hint. */
export const referenceAbbreviatedType: Check = {
  code: 'reference.abbreviated-type',
  category: 'reference',
  defaultSeverity: 'hint',
  fixable: true,
  description: {
    vi: 'Không viết tắt tên loại văn bản trước ký hiệu (“NQ 24-NQ/TW”): viết “Nghị quyết số 24-NQ/TW”.',
    en: 'No abbreviated type word before the symbol (“NQ 24-NQ/TW”): write “Nghị quyết số 24-NQ/TW”.',
  },
  run({ model, t, report }) {
    for (const found of checkedCitations(model)) {
      const c = found.item;
      const code = c.typeCode?.normalized;
      const system = c.intendedSystem === 'unknown' ? c.system : c.intendedSystem;
      if (!c.typeWord?.abbreviated || !code || system === 'unknown') continue;
      // A different code is a contradiction, reported by reference.type-mismatch.
      if (c.typeWord.text !== code && !(c.typeWord.text === 'QĐ' && code === 'QĐi')) continue;
      const words = typeWordsForCode(code, system).filter((w) => !/ hành động$/.test(w));
      const span = spanIn(found, c.typeWord.start, c.typeWord.end);
      const word = words.length === 1 ? words[0] : undefined;
      const params = { found: c.typeWord.text, symbol: c.symbol?.raw ?? '', word: word ?? words.join(t('reference.or')) };
      report({
        span,
        message: t('reference.abbreviated-type', params),
        ...(word ? { fix: { title: t('fix.replace', { text: word }), edits: [{ ...span, newText: word }] } } : {}),
      });
    }
  },
};
