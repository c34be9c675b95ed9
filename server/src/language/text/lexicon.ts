import { isSpace } from './chars';
import { memoByText } from './memo';
import { parsedSyllable, readLetters } from './syllables';

/**
 * The words of running text, each tied to the one record of its spelling (a lexeme). A bulletin of a million words
 * uses a few thousand spellings: what the spelling checks work out about a word (its letters and tone, whether it is
 * a syllable, what its keystrokes stand for) is worked out once per spelling and kept on the lexeme, so that every
 * later occurrence, in every check, is read back without a lookup. Pure: the lexicon is a bounded cache.
 */

/** One spelling, exactly as written (case and marks included). */
export interface Lexeme {
  readonly text: string;
  readonly lower: string;
  /** Holds a Vietnamese letter (đ or a vowel with a diacritic): the word sits in Vietnamese text. */
  readonly vietnamese: boolean;
  /** What `lexemeProperty` functions remembered, by slot. */
  readonly memory: unknown[];
}

/** A word of running text: letters (and digits, for VNI) between spaces, with the punctuation around it cut off. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Holds a Vietnamese letter (đ or a vowel with a diacritic): the word sits in Vietnamese text. */
  vietnamese: boolean;
  lexeme: Lexeme;
}

const LIMIT = 200_000;
let lexicon = new Map<string, Lexeme>();

const VIETNAMESE_LETTER = /[đĐàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;
const LETTERS_AND_DIGITS = /^[\p{L}\d]+$/u;

/** Marks a slot that holds `undefined` as an answer (an empty slot holds `undefined` too). */
const NONE = { none: true };
/** The number of properties declared (`lexemeProperty`): the slots of a lexeme's memory. */
let slots = 0;

/** The lexeme of a spelling, made on first sight. */
export function lexemeOf(text: string): Lexeme {
  let lexeme = lexicon.get(text);
  if (!lexeme) {
    if (lexicon.size >= LIMIT) lexicon = new Map();
    // A slot for every property declared so far (all are, once the modules are loaded): filling one never grows it.
    lexeme = { text, lower: text.toLowerCase(), vietnamese: VIETNAMESE_LETTER.test(text), memory: new Array(slots) };
    lexicon.set(text, lexeme);
  }
  return lexeme;
}

/**
 * A pure function of a spelling, remembered on each lexeme: the first call for a spelling computes it, later calls
 * read it back. Declare one at module level, never per call (each takes a slot of every lexeme).
 */
export function lexemeProperty<T>(compute: (lexeme: Lexeme) => T): (lexeme: Lexeme) => T {
  const slot = slots++;
  return (lexeme) => {
    const kept = lexeme.memory[slot];
    if (kept !== undefined) return (kept === NONE ? undefined : kept) as T;
    const value = compute(lexeme);
    lexeme.memory[slot] = value === undefined ? NONE : value;
    return value;
  };
}

const WORDS = lexemeProperty((lexeme) => LETTERS_AND_DIGITS.test(lexeme.text));

const WORD_CHAR = /[\p{L}\d]/u;

/** `[\p{L}\d]` for one code unit: ASCII and the Latin and Vietnamese letters answered without a regular expression. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  if (c < 0xc0 || (c >= 0x2000 && c <= 0x206f)) return c === 0xaa || c === 0xb5 || c === 0xba;
  return WORD_CHAR.test(text[i]);
}

/**
 * The words of a text, kept compact: where each starts and its lexeme, not a record per word (the spelling checks keep
 * the words of every distinct paragraph while they run, tens of thousands of them in a large bulletin). `at(i)` makes
 * the record of one word, for the few that are reported.
 */
export class Words {
  constructor(
    readonly text: string,
    private readonly starts: readonly number[],
    readonly lexemes: readonly Lexeme[],
  ) {}

  get length(): number {
    return this.lexemes.length;
  }

  start(i: number): number {
    return this.starts[i];
  }

  /** Where word i ends: a word is its lexeme's text, as written. */
  end(i: number): number {
    return this.starts[i] + this.lexemes[i].text.length;
  }

  /** The record of word i; undefined outside the text. */
  at(i: number): Word | undefined {
    if (i < 0 || i >= this.lexemes.length) return undefined;
    const lexeme = this.lexemes[i];
    return { start: this.starts[i], end: this.end(i), text: lexeme.text, vietnamese: lexeme.vietnamese, lexeme };
  }

  /** Whether words i and j are in the text and only spaces separate them. */
  adjacent(i: number, j: number): boolean {
    if (i < 0 || j >= this.lexemes.length) return false;
    for (let k = this.end(i); k < this.starts[j]; k++) if (this.text.charCodeAt(k) !== 0x20) return false;
    return true;
  }
}

/**
 * The words of a text, in order: a chunk between spaces with leading and trailing punctuation cut off ("(27/3);" is
 * no word, "“cuuar”," is "cuuar"). A chunk with anything else inside (a URL, an e-mail, a code "188-CTr/TU", "5,2%")
 * is not a word and is skipped. Linear in the text.
 */
export function wordsOf(text: string): Words {
  const starts: number[] = [];
  const lexemes: Lexeme[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    // A chunk: the code units between white space (`\S+`).
    while (i < length && isSpace(text.charCodeAt(i))) i++;
    let end = i;
    while (end < length && !isSpace(text.charCodeAt(end))) end++;
    let from = i;
    let to = end;
    i = end;
    while (from < to && !isWordChar(text, from)) from++;
    while (to > from && !isWordChar(text, to - 1)) to--;
    if (from === to) continue;
    const lexeme = lexemeOf(text.slice(from, to));
    if (!WORDS(lexeme)) continue;
    starts.push(from);
    lexemes.push(lexeme);
  }
  return new Words(text, starts, lexemes);
}

/** `wordsOf`, remembered per text: the spelling checks read the same paragraphs. */
export const memoWords = memoByText(wordsOf);

/** A line garbled by a wrong encoding ("N ? I DUNG", "đư ? c"): its pieces are not words; `text.*` Unicode checks report it. */
export const GARBLED = /\uFFFD|(?:^|\s)\?(?=\s)[\s\S]*?\s\?(?=\s|$)/u;

/** Whether a paragraph is garbled (`GARBLED`), remembered per text. */
export const isGarbled = memoByText((text: string) => GARBLED.test(text));

/** `readLetters` of a word in lower case (undefined when it holds anything but Latin and Vietnamese letters). */
export const lettersOf = lexemeProperty((lexeme) => readLetters(lexeme.lower));

/** `parseSyllable` of a word's letters without marks: onset, rhyme and final, when they make a syllable. */
export const parsedOf = lexemeProperty((lexeme) => {
  const letters = lettersOf(lexeme);
  return letters && parsedSyllable(letters.base);
});
