import { decodeTelex, decodeTelexWithSlip, decodeVni, Decoded, isSyllable, readLetters, withCaseOf } from '../../text/syllables';
import { lexemeProperty, memoWords, Word } from '../../text/lexicon';
import { memoByText } from '../../text/memo';
import { Check } from '../types';
import { userWords } from './userWords';
import { forEachFound } from '../../analysis/distinctTexts';

/**
 * English and other foreign words that Telex would read as a syllable ("car" → "cả", "tax" → "tã", "see" → "sê"):
 * never typing residue.
 */
const FOREIGN = new Set(
  (
    'as is us has was his its bus gas plus tax box fox sex max mix six fix lux hex rex lex tex ' +
    'car bar tar mar her per ter ver der ber or nor sir cur bur tour ' +
    'see bee tee tree been seen teen queen too moon soon noon boom room door boor book good cool ' +
    'des les mes pas los las mas mis nos sus tres cos dos'
  ).split(' '),
);

const MAX_KEYED_LENGTH = 14;
const LOWER = /^[\p{Ll}\d]+$/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}\d]*$/u;
const DOUBLED_LETTER = /([^aeod])\1/;

/**
 * Telex or VNI keystrokes left in a word ("trueyenf" for "truyền", "Quaanj" for "Quận", "cuuar" for "của", "Đanmgr"
 * for "Đảng", "tie6ng1" for "tiếng"). Precision first: a word is reported only when it is no Vietnamese syllable as
 * written, decodes into one, shows a clear key (a tone key at its end, or aa/ee/oo), is written in lower case or
 * with one capital (not "UBND", "iHanoi"), is no common foreign word, and stands next to a Vietnamese word.
 */
export const typingResidue: Check = {
  code: 'text.typing-residue',
  category: 'text',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    vi: 'Phím gõ Telex hoặc VNI còn sót trong chữ (“trueyenf” → “truyền”, “Quaanj” → “Quận”).',
    en: 'Telex or VNI keystrokes left in a word (“trueyenf” → “truyền”, “Quaanj” → “Quận”).',
  },
  run(context) {
    const { model, t, report } = context;
    const allowed = userWords(context);
    forEachFound(model, residuesIn, (paragraph, { word, decoded }) => {
      if (allowed.has(word.lexeme.lower)) return;
      const expected = withCaseOf(word.text, decoded.text);
      const span = paragraph.view.span(word.start, word.end);
      report({
        span,
        message: t('text.typing-residue', { found: word.text, expected }),
        fix: { title: t('fix.replace', { text: expected }), edits: [{ ...span, newText: expected }], preferred: true },
      });
    });
  },
};

/** `residue`, remembered per spelling. */
const residueOf = lexemeProperty((lexeme) => residue(lexeme));

/** The words of a text typed with their keys, next to a Vietnamese word, remembered per text. */
const residuesIn = memoByText((text: string): { word: Word; decoded: Decoded }[] => {
  const out: { word: Word; decoded: Decoded }[] = [];
  const words = memoWords(text);
  const { lexemes } = words;
  for (let i = 0; i < lexemes.length; i++) {
    const decoded = residueOf(lexemes[i]);
    if (decoded && (lexemes[i - 1]?.vietnamese || lexemes[i + 1]?.vietnamese)) out.push({ word: words.at(i)!, decoded });
  }
  return out;
});

/** The syllable a word's keystrokes stand for, when the evidence is clear; undefined otherwise. */
export function residue(word: { text: string; vietnamese: boolean }): Decoded | undefined {
  const text = word.text;
  const capitalised = CAPITALISED.test(text);
  // The longest syllable typed with its keys is about ten letters ("nghieeengx"); a longer word is none, and the
  // decoders below are not meant for run-away strings.
  if (text.length < 2 || text.length > MAX_KEYED_LENGTH || !(capitalised || LOWER.test(text))) return undefined;
  const lower = text.toLowerCase();
  if (FOREIGN.has(lower)) return undefined;
  const raw = readLetters(lower);
  if (raw && raw.marks <= 1 && isSyllable(raw.base, raw.tone)) return undefined;
  if (/\d/.test(lower)) {
    // VNI: lower case, a letter first, two letters at least, the tone or vowel digits after letters.
    if (capitalised || !/^\p{L}/u.test(lower) || lower.replace(/\d/g, '').length < 2) return undefined;
    return decodeVni(lower);
  }
  let decoded = decodeTelex(lower);
  if (decoded && !decoded.toneAtEnd && !decoded.doubled) return undefined;
  // A slipped key besides ("cuuar", "Đanmgr"): only with a Vietnamese letter already typed or a doubled letter.
  if (!decoded && (word.vietnamese || DOUBLED_LETTER.test(lower))) decoded = decodeTelexWithSlip(lower);
  if (!decoded || decoded.text === lower) return undefined;
  if (capitalised && !word.vietnamese && decoded.keys < 2) return undefined;
  return decoded;
}
