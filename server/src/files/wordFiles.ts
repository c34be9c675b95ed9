/**
 * The user's word list on disk, for the language server and the CLI alike: `.bantin/words.txt` in a workspace folder,
 * one word per line, `#` starts a comment. The text checks do not report these words (names, local and foreign words).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const WORKSPACE_WORDS = path.join('.bantin', 'words.txt');

/** The words of a list's text, lower case and NFC; blank lines and `#` comments skipped. */
export function parseWords(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const word = line.replace(/^\ufeff/, '').replace(/#.*$/, '').trim().normalize('NFC').toLowerCase();
    if (word !== '') words.push(word);
  }
  return words;
}

/** The words of a list file; none when it does not exist or cannot be read. */
export function readWordFile(file: string): string[] {
  try {
    return parseWords(fs.readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
}

/** The words of the user's settings (`bantin.text.words`), lower case and NFC. */
export function settingWords(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').flatMap((v) => parseWords(v)) : [];
}

/**
 * Adds a word at the end of a list file, creating the file and its folder when missing; the text already there is kept
 * as it is. Returns false when the word was there already.
 */
export function appendWord(file: string, word: string): boolean {
  const clean = word.trim().normalize('NFC');
  if (clean === '' || /[\r\n#]/.test(clean)) throw new Error(`not a word: ${JSON.stringify(word)}`);
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (parseWords(text).includes(clean.toLowerCase())) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const separator = text === '' || /[\r\n]$/.test(text) ? '' : '\n';
  fs.appendFileSync(file, `${separator}${clean}\n`, 'utf8');
  return true;
}
