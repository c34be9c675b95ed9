import { CheckContext } from '../types';

/** Service key of the user's own words (`.bantin/words.txt`, the `bantin.text.words` setting): a `ReadonlySet<string>`. */
export const USER_WORDS = 'text.words';

/** The checks whose findings a word of the list silences: they offer the quick fix “Thêm vào danh sách từ”. */
export const WORD_LIST_CODES: readonly string[] = ['text.unknown-syllable', 'text.typing-residue'];

const NONE: ReadonlySet<string> = new Set();

/**
 * The words the user accepts, lower case and NFC: names, foreign and local words the text checks must not report.
 * Empty when none were passed in.
 */
export function userWords(context: Pick<CheckContext, 'services'>): ReadonlySet<string> {
  const words = context.services.get(USER_WORDS);
  return words instanceof Set ? (words as ReadonlySet<string>) : NONE;
}
