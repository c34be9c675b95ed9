import { isStopFinal, markIndex, spell, withCaseOf } from '../../text/syllables';
import { lettersOf, lexemeProperty, memoWords, parsedOf, Word } from '../../text/lexicon';
import { memoByText } from '../../text/memo';
import { Check } from '../types';
import { forEachFound } from '../../analysis/distinctTexts';

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
    forEachFound(model, problemsIn, (paragraph, { word, problem }) => {
      const span = paragraph.view.span(word.start, word.end);
      const expected = problem.expected && withCaseOf(word.text, problem.expected);
      const message =
        problem.kind === 'stop-final'
          ? t('text.syllable.stop-final', { found: word.text, final: `-${problem.final}` })
          : problem.kind === 'marks' && !expected
            ? t('text.syllable.marks-unsure', { found: word.text })
            : t(`text.syllable.${problem.kind}`, { found: word.text, expected: expected ?? '' });
      report({ span, message, fix: expected ? { title: t('fix.replace', { text: expected }), edits: [{ ...span, newText: expected }], preferred: true } : undefined });
    });
  },
};

/** The words of a text that break a rule of the syllable, remembered per text (an edit reads again only its paragraph). */
const problemsIn = memoByText((text: string): { word: Word; problem: Problem }[] => {
  const out: { word: Word; problem: Problem }[] = [];
  const words = memoWords(text);
  for (let i = 0; i < words.length; i++) {
    const problem = problemOf(words.lexemes[i]);
    if (problem) out.push({ word: words.at(i)!, problem });
  }
  return out;
});

interface Problem {
  kind: 'marks' | 'stop-final' | 'placement';
  /** The syllable meant, in lower case, when it is certain. */
  expected?: string;
  final?: string;
}

/** What is wrong with a spelling, worked out once per spelling. */
const problemOf = lexemeProperty((lexeme): Problem | undefined => {
  if (!lexeme.vietnamese) return undefined;
  const read = lettersOf(lexeme);
  if (!read || read.marks === 0) return undefined;
  const parsed = parsedOf(lexeme);
  if (!parsed) return undefined;
  if (read.marks > 1) return { kind: 'marks', expected: read.tones.every((tone) => tone === read.tone) ? spell(read.base, read.tone) : undefined };
  if (isStopFinal(parsed.final) && read.tone !== 1 && read.tone !== 5) return { kind: 'stop-final', final: parsed.final };
  if ((parsed.final !== '' || MODIFIED.test(parsed.rhyme)) && read.markAt !== markIndex(read.base, parsed)) {
    const expected = spell(read.base, read.tone);
    return expected ? { kind: 'placement', expected } : undefined;
  }
  return undefined;
});
