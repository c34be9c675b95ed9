import { foldForLookup, typeCodesForWord, typeWordsForCode } from '../../domain/documentTypes';
import { Check } from '../types';
import { checkedCitations, capitalised, fullTypeWord, spanIn } from './shared';

/** Local variants accepted silently; they are not the code the word expects, so they are not offered as fixes. */
const VARIANTS: ReadonlySet<string> = new Set(['CTrHĐ']);

/** "Chỉ thị số 24-NQ/TW", "Thông tư số 10-TT/TU" (TT is Thông tri in Party documents): type word against code. */
export const referenceTypeMismatch: Check = {
  code: 'reference.type-mismatch',
  category: 'reference',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    vi: 'Tên loại văn bản khớp với chữ viết tắt trong ký hiệu: Nghị quyết – NQ, Chỉ thị – CT, Quy định – QĐ hoặc QĐi, Thông tri – TT (văn bản Đảng), Thông tư – TT (văn bản nhà nước)…',
    en: 'The type word matches the type code: Nghị quyết – NQ, Chỉ thị – CT, Quy định – QĐ or QĐi, Thông tri – TT (Party), Thông tư – TT (State)…',
  },
  run({ model, t, report }) {
    for (const found of checkedCitations(model)) {
      const c = found.item;
      const code = c.typeCode?.normalized;
      const system = c.intendedSystem === 'unknown' ? c.system : c.intendedSystem;
      if (!c.typeCode || !code || !c.typeWord || system === 'unknown') continue;
      const written = fullTypeWord(c);
      // "Thông tư" in a Party symbol has no Party code: it is still judged, against the codes of its own system.
      const allowed = written ? typeCodesForWord(written, system) : [c.typeWord.text];
      const known = allowed.length > 0 || (written !== undefined && typeCodesForWord(written).length > 0);
      // A word of no known type, or a code the tables do not know (reference.unknown-code), is not judged here.
      if (!known || typeWordsForCode(code, system).length === 0 || allowed.includes(code)) continue;
      if (!written && code === 'QĐi' && c.typeWord.text === 'QĐ') continue;
      // "Thông báo kết luận số 159-TB/TW", "Kế hoạch triển khai Nghị quyết số 05-KH/ĐU": the number is the outer one's.
      if (outerTypeWordFits(found.paragraph.view.text, c.typeWord.start, typeWordsForCode(code, system))) continue;
      const expectedCodes = allowed.filter((x) => !VARIANTS.has(x));
      const expectedWords = typeWordsForCode(code, system);
      const params = {
        word: written ? capitalised(written) : c.typeWord.text,
        code,
        expectedCodes: expectedCodes.join(t('reference.or')),
        expectedWords: expectedWords.join(t('reference.or')),
      };
      const span = spanIn(found, c.typeCode.start, c.typeCode.end);
      const fix = expectedCodes.length === 1 && !c.typeWord.shared
        ? { title: t('fix.replace', { text: expectedCodes[0] }), edits: [{ ...span, newText: expectedCodes[0] }] }
        : undefined;
      report({ span, message: t(expectedCodes.length > 0 ? 'reference.type-mismatch' : `reference.type-mismatch.no-code-${system}`, params), ...(fix ? { fix } : {}) });
    }
  },
};

/** How far back, within the clause, a type word may govern the number after a second one. */
const OUTER_WINDOW = 60;

function outerTypeWordFits(text: string, typeWordStart: number, words: readonly string[]): boolean {
  const before = text.slice(Math.max(0, typeWordStart - OUTER_WINDOW), typeWordStart);
  const clause = foldForLookup(before.slice(Math.max(...[...'.,;:!?()“”"'].map((ch) => before.lastIndexOf(ch))) + 1));
  return words.some((w) => new RegExp(`(?:^| )${foldForLookup(w)}(?: |$)`).test(clause));
}
