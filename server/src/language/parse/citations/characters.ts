/**
 * Character tests shared by the citation readers: Unicode categories as lookarounds read them, cheap for ASCII.
 */
import { codePointBefore, codePointSize, isDigit as isDigitCode, isLetterAt, letterOrMarkLength } from '../../text/chars';

export const CODE_START = /[A-ZĐ]/;
export const CODE_CHAR = /[A-Za-zĐđƯư&]/;
export const DASHES = '-–—';

// Numbers of any script; letters and marks are told by text/chars (Every `\p{…}` class costs milliseconds to
// compile, so the word-boundary tests of the readers share these instead of each pattern carrying its lookarounds.)
const NUMBER_CATEGORY = /^\p{N}/u;

type Category = 'letter' | 'mark' | 'number' | undefined;

/** The Unicode category of one character, or of the code point a surrogate pair spells. ASCII needs no regex. */
export function categoryOf(ch: string | undefined): Category {
  if (ch === undefined) return undefined;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 'letter' : c >= 0x30 && c <= 0x39 ? 'number' : undefined;
  if (isLetterAt(ch, 0)) return 'letter';
  if (letterOrMarkLength(ch, 0) > 0) return 'mark';
  return NUMBER_CATEGORY.test(ch) ? 'number' : undefined;
}

/** The character (code point: a surrogate pair is one) that ends at i, as a lookbehind reads it; undefined at 0. */
export function characterBefore(text: string, i: number): string | undefined {
  return i <= 0 || i > text.length ? undefined : text.slice(codePointBefore(text, i), i);
}

/** The character (code point) that starts at i, as a lookahead reads it; undefined at the end. */
export function characterAt(text: string, i: number): string | undefined {
  return i < 0 || i >= text.length ? undefined : text.slice(i, i + codePointSize(text, i));
}

/** A letter or combining mark (\p{L}, \p{M}). */
export function isLetter(ch: string | undefined): ch is string {
  const category = categoryOf(ch);
  return category === 'letter' || category === 'mark';
}

/** An ASCII digit (a lookahead's character). */
export function isDigitChar(ch: string | undefined): boolean {
  return ch !== undefined && isDigitCode(ch.charCodeAt(0));
}

/** isDigit(text[i]) without making the one-character string. */
export function isDigitAt(text: string, i: number): boolean {
  return isDigitCode(text.charCodeAt(i)); // NaN outside the text: false
}

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Index after at most `max` spaces from i. */
export function skipSpaces(text: string, i: number, max = 3): number {
  let j = i;
  while (j < text.length && j - i < max && text[j] === ' ') j++;
  return j;
}

/** Index of the first of at most `max` spaces ending at i. */
export function skipSpacesBack(text: string, i: number, max = 3): number {
  let j = i;
  while (j > 0 && i - j < max && text[j - 1] === ' ') j--;
  return j;
}
