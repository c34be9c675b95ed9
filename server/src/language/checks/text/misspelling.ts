import { COMPOUNDS } from '../../domain/words';
import { MISSPELLINGS } from '../../domain/misspellings';
import { isSyllable, readLetters } from '../../text/syllables';
import { isGarbled, Lexeme, lexemeOf, lexemeProperty, lettersOf, memoWords, Words } from '../../text/lexicon';
import { memoByText } from '../../text/memo';
import { Check } from '../types';
import { isUnknown } from './unknownSyllable';
import { forEachFound } from '../../analysis/distinctTexts';

/** A syllable as a key that ignores case and where the tone mark sits ("Uỷ" = "ủy"); undefined for a non-syllable. */
const keyOf = lexemeProperty((lexeme): string | undefined => {
  const read = lettersOf(lexeme);
  return read && read.marks <= 1 ? read.base + read.tone : undefined;
});

function key(syllable: string): string | undefined {
  return keyOf(lexemeOf(syllable));
}

/** Whether a listed misspelling starts with the syllable. */
const startsMisspelling = lexemeProperty((lexeme: Lexeme) => tables().starts.has(keyOf(lexeme) ?? ''));

interface Tables {
  /** Misspelling (syllable keys joined by spaces) → the word meant. */
  misspellings: Map<string, string>;
  /** The first syllable key of every misspelling: a pair is looked up only after one of them. */
  starts: Set<string>;
  /** Every two-syllable word, as syllable keys. */
  compounds: Set<string>;
  /** The two-syllable words by the key of their first syllable, with the letters of their second one (no marks). */
  byFirst: Map<string, { word: string; second: string }[]>;
}

let built: Tables | undefined;

function tables(): Tables {
  if (built) return built;
  const t: Tables = { misspellings: new Map(), starts: new Set(), compounds: new Set(), byFirst: new Map() };
  for (const [written, meant] of MISSPELLINGS) {
    const keys = written.split(' ').map(key);
    t.misspellings.set(keys.join(' '), meant);
    t.starts.add(keys[0] ?? '');
  }
  for (const word of COMPOUNDS) {
    const keys = word.split(' ').map(key);
    t.compounds.add(keys.join(' '));
    const first = keys[0] ?? '';
    const second = readLetters(word.slice(word.indexOf(' ') + 1));
    if (second) t.byFirst.set(first, [...(t.byFirst.get(first) ?? []), { word, second: second.base }]);
  }
  return (built = t);
}

/** Whether words i and j of `words` stand side by side and make a two-syllable word (false when either is outside). */
function isCompound(words: Words, i: number, j: number): boolean {
  return words.adjacent(i, j) && tables().compounds.has(`${keyOf(words.lexemes[i])} ${keyOf(words.lexemes[j])}`);
}

/**
 * Words misspelt into other real syllables, which `text.unknown-syllable` cannot see: the confusions of a list
 * ("chủ chương" → "chủ trương", "sát nhập" → "sáp nhập"), unless a neighbour makes a word with the edge syllable
 * ("chủ chương trình"); and a two-syllable word cut short before a punctuation mark ("trực tuy;" → "trực tuyến").
 */
export const misspelling: Check = {
  code: 'text.misspelling',
  category: 'text',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    vi: 'Từ viết sai thành những âm tiết có thật (“chủ chương” → “chủ trương”, “sát nhập” → “sáp nhập”), hoặc bị cắt cụt (“trực tuy;” → “trực tuyến”).',
    en: 'A word misspelt into real syllables (“chủ chương” → “chủ trương”, “sát nhập” → “sáp nhập”), or cut short (“trực tuy;” → “trực tuyến”).',
  },
  run({ model, t, report }) {
    forEachFound(model, misspellingsIn, (paragraph, found) => {
      const span = paragraph.view.span(found.start, found.end);
      report({
        span,
        message: t(found.cut ? 'text.misspelling.cut' : 'text.misspelling', { found: found.written, expected: found.expected }),
        fix: { title: t('fix.replace', { text: found.expected }), edits: [{ ...span, newText: found.expected }], preferred: true },
      });
    });
  },
};

interface Misspelt {
  start: number;
  end: number;
  written: string;
  expected: string;
  /** A word cut short ("trực tuy;"), not a listed confusion. */
  cut: boolean;
}

/**
 * The misspellings of a text, remembered per text as the citations and dates of a paragraph are: an edit reads again
 * only the paragraph it changed.
 */
const misspellingsIn = memoByText((text: string): Misspelt[] => {
  const out: Misspelt[] = [];
  if (isGarbled(text)) return out;
  const { misspellings, byFirst } = tables();
  const words = memoWords(text);
  const { lexemes } = words;
  const pushCut = (cut: string, i: number): void => {
    const start = words.start(i);
    const end = words.end(i + 1);
    out.push({ start, end, written: text.slice(start, end), expected: lexemes[i].text + cut.slice(cut.indexOf(' ')), cut: true });
  };
  for (let i = 0; i + 1 < lexemes.length; i++) {
    if (!words.adjacent(i, i + 1)) continue;
    if (!startsMisspelling(lexemes[i])) {
      const cut = cutShort(words, i, byFirst);
      if (cut) pushCut(cut, i);
      continue;
    }
    const first = keyOf(lexemes[i]);
    const second = keyOf(lexemes[i + 1]);
    if (first === undefined || second === undefined) continue;
    const pair = `${first} ${second}`;
    let length = 0;
    let meant = misspellings.get(pair);
    if (meant !== undefined) length = 2;
    else if (i + 2 < lexemes.length && words.adjacent(i + 1, i + 2)) {
      meant = misspellings.get(`${pair} ${keyOf(lexemes[i + 2])}`);
      if (meant !== undefined) length = 3;
    }
    if (meant !== undefined) {
      const last = i + length - 1;
      if (isCompound(words, i - 1, i) || isCompound(words, last, last + 1)) continue;
      if (lexemes.slice(i, i + length).some((lexeme) => isUnknown(lexeme))) continue; // text.unknown-syllable reports it
      const start = words.start(i);
      const end = words.end(last);
      const found = text.slice(start, end);
      const expected = found[0] !== found[0].toLowerCase() ? meant[0].toUpperCase() + meant.slice(1) : meant;
      out.push({ start, end, written: found, expected, cut: false });
      i += length - 1;
      continue;
    }
    const cut = cutShort(words, i, byFirst);
    if (cut) pushCut(cut, i);
  }
  return out;
});

/**
 * The two-syllable word that "first second" before a punctuation mark was cut from: the first
 * syllable the same, the second one unmarked and the start of the word's second syllable ("trực tuy;" →
 * "trực tuyến"). Only when exactly one word of the list fits and the pair is no word of its own.
 */
function cutShort(words: Words, i: number, byFirst: Tables['byFirst']): string | undefined {
  const { text, lexemes } = words;
  // A punctuation mark after: the end of a paragraph may be text cut by the program it came from, not by the editor.
  let k = words.end(i + 1);
  while (text.charCodeAt(k) === 0x20) k++;
  if (!';,.:!?)'.includes(text[k] ?? 'x')) return undefined;
  const start = startOfSyllable(lexemes[i + 1]);
  if (start === undefined) return undefined;
  const fits = (byFirst.get(keyOf(lexemes[i]) ?? '') ?? []).filter((c) => c.second.length > start.length && c.second.startsWith(start));
  if (fits.length !== 1 || isCompound(words, i, i + 1)) return undefined;
  return fits[0].word;
}

/** The letters of a word that may be the start of a syllable cut short: lower case, no marks, a known syllable itself. */
const startOfSyllable = lexemeProperty((lexeme): string | undefined => {
  if (lexeme.lower.length < 2 || lexeme.lower !== lexeme.text) return undefined;
  const read = lettersOf(lexeme);
  if (!read || read.marks > 0 || !isSyllable(read.base, 0) || isUnknown(lexeme)) return undefined;
  return read.base;
});
