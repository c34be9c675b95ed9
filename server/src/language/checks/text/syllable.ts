import { isStopFinal, lettersOfWord, markIndex, memoWords, parsedSyllable, spell, withCaseOf } from '../../text/syllables';
import { Check } from '../types';

/** The vowels that carry a diacritic besides the tone: with one of them, or a final, the mark's place is fixed. */
const MODIFIED = /[ăâêôơư]/;

/**
 * A word with Vietnamese marks that breaks a rule of the syllable: a stop final (-p, -t, -c, -ch) with a tone other
 * than sắc or nặng ("phảt"), two tone marks ("đựợc"), or the mark on the wrong vowel where both the old and the new
 * placement agree ("họat" for "hoạt"). Only words whose letters make a syllable once the marks are set aside: a
 * foreign or run-together word is left alone.
 */
export const syllable: Check = {
  code: 'text.syllable',
  category: 'text',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    vi: 'Âm tiết sai quy tắc chính tả: vần tắc (-p, -t, -c, -ch) chỉ mang dấu sắc hoặc nặng, mỗi âm tiết một dấu thanh, dấu đặt đúng nguyên âm.',
    en: 'A syllable against the spelling rules: a stop final (-p, -t, -c, -ch) takes only the sắc or nặng tone, one tone mark per syllable, the mark on the right vowel.',
  },
  run({ model, t, report }) {
    for (const paragraph of model.paragraphs) {
      for (const word of memoWords(paragraph.view.text)) {
        if (!word.vietnamese) continue;
        const read = lettersOfWord(word.text);
        if (!read || read.marks === 0) continue;
        const parsed = parsedSyllable(read.base);
        if (!parsed) continue;
        const span = paragraph.view.span(word.start, word.end);
        let message: string;
        let expected: string | undefined;
        if (read.marks > 1) {
          expected = read.tones.every((tone) => tone === read.tone) ? spell(read.base, read.tone) : undefined;
          message = expected ? t('text.syllable.marks', { found: word.text, expected: withCaseOf(word.text, expected) }) : t('text.syllable.marks-unsure', { found: word.text });
        } else if (isStopFinal(parsed.final) && read.tone !== 1 && read.tone !== 5) {
          message = t('text.syllable.stop-final', { found: word.text, final: `-${parsed.final}` });
        } else if ((parsed.final !== '' || MODIFIED.test(parsed.rhyme)) && read.markAt !== markIndex(read.base, parsed)) {
          expected = spell(read.base, read.tone);
          if (!expected) continue;
          message = t('text.syllable.placement', { found: word.text, expected: withCaseOf(word.text, expected) });
        } else continue;
        const text = expected && withCaseOf(word.text, expected);
        report({ span, message, fix: text ? { title: t('fix.replace', { text }), edits: [{ ...span, newText: text }], preferred: true } : undefined });
      }
    }
  },
};
