/**
 * Combining marks and the letters they go on, for the Unicode checks. Vietnamese writes five tone marks (huyền ◌̀,
 * sắc ◌́, ngã ◌̃, hỏi ◌̉, nặng ◌̣) and three letter marks (◌̂ in â ê ô, ◌̆ in ă, ◌̛ in ơ ư); decomposed text (NFD) writes
 * them as combining characters after their letter.
 */

/** The blocks of combining marks the normaliser composes (U+034F, the grapheme joiner, is invisible: not a mark here). */
export function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f && code !== 0x034f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/** A combining mark anywhere in a text (quick test before a closer look). */
export const COMBINING_MARK = /[\u0300-\u034e\u0350-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

/** The five Vietnamese tone marks as combining characters (and U+0340/U+0341, old forms of ◌̀ ◌́). */
export function isToneMark(code: number): boolean {
  return code === 0x0300 || code === 0x0301 || code === 0x0303 || code === 0x0309 || code === 0x0323 || code === 0x0340 || code === 0x0341;
}

/** The tone mark a letter carries (NFD), or 0 when it has none. */
export function toneOf(letter: string): number {
  const nfd = letter.normalize('NFD');
  for (let i = 1; i < nfd.length; i++) if (isToneMark(nfd.charCodeAt(i))) return nfd.charCodeAt(i);
  return 0;
}

/** Whether a letter (any case, with or without marks) is a Vietnamese vowel: a ă â e ê i o ô ơ u ư y. */
export function isVowelLetter(letter: string): boolean {
  return VOWEL_BASES.has(letter.normalize('NFD').charAt(0).toLowerCase());
}

const VOWEL_BASES = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * A letter with a mark put on it, when they make one precomposed character ("ư" + ◌̀ = "ừ"); undefined when they do
 * not (a second tone mark: "ú" + ◌̀), since then what was meant is not certain.
 */
export function joinMark(letter: string, mark: string): string | undefined {
  const joined = (letter + mark).normalize('NFC');
  return joined.length === 1 ? joined : undefined;
}

/**
 * A piece of the document to quote in a message: control characters and braces (which would read as a placeholder
 * left unfilled) dropped, at most 60 characters.
 */
export function quotable(piece: string): string {
  const clean = piece.replace(/[\u0000-\u001f\u007f{}]/g, '');
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}
