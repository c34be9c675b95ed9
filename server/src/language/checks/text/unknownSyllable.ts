import { EXTRA_SYLLABLES } from '../../domain/words';
import { NearCompound, nearCompounds } from '../../analysis/nearWords';
import { isKnownSyllable, isSyllable, withCaseOf } from '../../text/syllables';
import { isGarbled, lettersOf, lexemeProperty, memoWords, Word } from '../../text/lexicon';
import { memoByText } from '../../text/memo';
import { Check } from '../types';
import { userWords } from './userWords';
import { forEachFound } from '../../analysis/distinctTexts';

const LOWER_CASE = /^\p{Ll}+$/u;

/**
 * A lower-case word that is shaped like a Vietnamese syllable (a known onset and rhyme, the tone its final allows) but
 * is no syllable of the language ("doang", "tưỡng"): a letter or a tone mistyped. Checked against the syllable list of
 * the cspell Vietnamese dictionary, with the syllables it lacks added; names (capitalised), acronyms and words that are
 * no syllable shape at all (foreign words, codes) are left alone, and so is a word with no Vietnamese word beside it.
 * When one two-syllable word is near the word and its neighbour ("doang nghiệp" → "doanh nghiệp"), it is offered.
 */
export const unknownSyllable: Check = {
  code: 'text.unknown-syllable',
  category: 'text',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    vi: 'Chữ có dạng âm tiết tiếng Việt nhưng không có trong tiếng Việt (“doang”, “tưỡng”): gõ sai chữ cái hoặc dấu thanh.',
    en: 'A word shaped like a Vietnamese syllable that the language does not have (“doang”, “tưỡng”): a letter or a tone mistyped.',
  },
  run(context) {
    const { model, t, report } = context;
    const allowed = userWords(context);
    forEachFound(model, unknownIn, (paragraph, { word, meant }) => {
      if (allowed.has(word.text)) return;
      const span = paragraph.view.span(word.start, word.end);
      if (meant) {
        const replaced = paragraph.view.span(meant.start, meant.end);
        report({
          span,
          message: t('text.unknown-syllable.near', { found: word.text, expected: meant.text }),
          fix: { title: t('fix.replace', { text: meant.text }), edits: [{ ...replaced, newText: meant.text }], preferred: meant.certain },
        });
      } else {
        report({ span, message: t('text.unknown-syllable', { found: word.text }) });
      }
    });
  },
};

/**
 * The unknown words of a text that stand next to a Vietnamese word, with the two-syllable word meant when one is
 * near: remembered per text (an edit reads again only its paragraph).
 */
const unknownIn = memoByText((text: string): { word: Word; meant: Suggestion | undefined }[] => {
  const out: { word: Word; meant: Suggestion | undefined }[] = [];
  if (isGarbled(text)) return out;
  const words = memoWords(text);
  const { lexemes } = words;
  for (let i = 0; i < lexemes.length; i++) {
    if (!isUnknownLowerCase(lexemes[i])) continue;
    if (!(lexemes[i - 1]?.vietnamese || lexemes[i + 1]?.vietnamese)) continue;
    const word = words.at(i)!;
    const before = words.adjacent(i - 1, i) ? words.at(i - 1) : undefined;
    const after = words.adjacent(i, i + 1) ? words.at(i + 1) : undefined;
    out.push({ word, meant: suggestion(before, word, after) });
  }
  return out;
});

/** Whether a word, in lower case, has the shape of a syllable that Vietnamese does not have (remembered per spelling). */
export const isUnknown = lexemeProperty((lexeme): boolean => {
  const read = lettersOf(lexeme);
  const word = lexeme.lower;
  if (!read || read.marks > 1 || !isSyllable(read.base, read.tone)) return false;
  if (isKnownSyllable(read.base, read.tone) || EXTRA_SYLLABLES.has(word)) return false;
  // "sỹ", "kĩ", "lí": i and y are written either way at the end of a syllable after a consonant.
  const variant = /[bcdđghklmnprstvx]y$/.test(read.base) ? read.base.slice(0, -1) + 'i' : /[bcdđhklmnprstvx]i$/.test(read.base) ? read.base.slice(0, -1) + 'y' : '';
  return variant === '' || !isKnownSyllable(variant, read.tone);
});

/** A word written in lower case that `isUnknown` (names and acronyms are left alone). */
const isUnknownLowerCase = lexemeProperty((lexeme) => LOWER_CASE.test(lexeme.text) && isUnknown(lexeme));


interface Suggestion {
  start: number;
  end: number;
  text: string;
  /** No other word is as near or one edit further: the fix may be applied by "fix all". */
  certain: boolean;
}

/** The two-syllable word most likely meant by the unknown word and a neighbour, in the case written. */
function suggestion(before: Word | undefined, word: Word, after: Word | undefined): Suggestion | undefined {
  const found: (NearCompound & { start: number; end: number })[] = [];
  if (before) for (const near of nearCompounds(before.text.toLowerCase(), word.text)) found.push({ ...near, start: before.start, end: word.end, text: withCaseOf(before.text, near.text) });
  if (after) for (const near of nearCompounds(word.text, after.text.toLowerCase())) found.push({ ...near, start: word.start, end: after.end });
  if (found.length === 0) return undefined;
  found.sort((x, y) => x.edits - y.edits);
  const [best, next] = found;
  if (next && next.edits === best.edits) return undefined;
  return { start: best.start, end: best.end, text: best.text, certain: !next || next.edits > best.edits + 1 };
}
