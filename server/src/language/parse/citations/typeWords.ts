/**
 * Type words ("Nghị quyết", "công văn", and type codes written as words, "NQ") and the lead of a symbol: the type
 * word and "số" (perhaps doubled) before it.
 */
import { ABBREVIATED_TYPE_WORDS, TYPE_WORDS } from '../../domain/documentTypes';
import { lowerBound } from '../../text/sorted';
import type { TextSpan } from './types';
import { categoryOf, characterAt, characterBefore, isLetter, skipSpacesBack } from './characters';

export interface TypeWordHit extends TextSpan {
  abbreviated: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every type word, in any case, not followed by a letter or mark. That no letter, mark or number comes before it is
 * checked by startsWord on each match: as a lookbehind at the head of the pattern it would be evaluated at every
 * position. (The lookahead stays: when it fails, a shorter type word is tried, "Chương trình" for "Chương trình
 * hành độngx".) `\p{L}|\p{M}` means [\p{L}\p{M}] and compiles faster.
 */
const TYPE_WORD_PATTERN = new RegExp(
  `(?:${TYPE_WORDS.map((w) => escapeRegExp(w).replace(/ /g, ' {1,3}')).join('|')})(?!\\p{L}|\\p{M})`,
  'giu',
);

/** No letter, mark or number before i: the lookbehind (?<![\p{L}\p{M}\p{N}]). */
function startsWord(text: string, i: number): boolean {
  return categoryOf(characterBefore(text, i)) === undefined;
}

/** Type codes written as the type word ("NQ 24-NQ/TW"), read only where a symbol's lead needs one. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(ABBREVIATED_TYPE_WORDS);
const ABBREVIATION_LENGTHS = ABBREVIATED_TYPE_WORDS.map((w) => w.length);
const ABBREVIATION_MIN = Math.min(...ABBREVIATION_LENGTHS);
const ABBREVIATION_MAX = Math.max(...ABBREVIATION_LENGTHS);

/** Neither a letter, mark or number nor "/" or "-" (a code goes on): what stands on both sides of an abbreviation. */
function abbreviationBoundary(ch: string | undefined): boolean {
  return ch !== '/' && ch !== '-' && categoryOf(ch) === undefined;
}

/**
 * The abbreviated type word that ends at `end`, if any. Two cannot overlap (one would start after a letter of the
 * other), so this is the one a left-to-right search of the paragraph would find; and one that is the start of
 * another ("QĐ" of "QĐi") is followed by a letter, so the boundary after it decides between them.
 */
function abbreviationEndingAt(text: string, end: number): TypeWordHit | undefined {
  if (!abbreviationBoundary(characterAt(text, end))) return undefined;
  for (let start = Math.max(0, end - ABBREVIATION_MAX); start <= end - ABBREVIATION_MIN; start++) {
    const word = text.slice(start, end);
    if (ABBREVIATIONS.has(word) && abbreviationBoundary(characterBefore(text, start))) return { start, end, text: word, abbreviated: true };
  }
  return undefined;
}

export interface TypeWords {
  /** Type words as a left-to-right reading finds them (never overlapping), by end. */
  byEnd: Map<number, TypeWordHit>;
  /** Ascending starts of every type word, also of one inside another ("quyết định" in "Nghị quyết định"). */
  starts: number[];
}

export function findTypeWords(text: string): TypeWords {
  const byEnd = new Map<number, TypeWordHit>();
  const starts: number[] = [];
  let readTo = 0;
  const re = TYPE_WORD_PATTERN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    // Go on from the next character, not from the end, to find every start.
    re.lastIndex = start + 1;
    if (!startsWord(text, start)) continue;
    starts.push(start);
    if (start < readTo) continue;
    readTo = start + m[0].length;
    byEnd.set(readTo, { start, end: readTo, text: m[0], abbreviated: false });
  }
  return { byEnd, starts };
}

/** Whether a (full) type word starts at i. */
export function typeWordAt(typeWords: TypeWords, i: number): boolean {
  const list = typeWords.starts;
  const k = lowerBound(list, i);
  return k < list.length && list[k] === i;
}

/** A "số" word (any case) ending at i, with an optional colon and spaces after it: start of the word, or -1. */
function soEndingAt(text: string, i: number): number {
  let j = skipSpacesBack(text, i);
  if (text[j - 1] === ':') j = skipSpacesBack(text, j - 1);
  if (j < 2) return -1;
  const word = text.slice(j - 2, j);
  if (word.toLowerCase() !== 'số' && word !== 'SỐ') return -1;
  if (isLetter(text[j - 3])) return -1;
  return j - 2;
}

export interface Lead {
  /** Where the citation starts: the type word, or "số", or the symbol. */
  start: number;
  typeWord?: TypeWordHit;
  /** The "số" words before the symbol, in order: none, one, or two ("số Số:"). */
  soWords: TextSpan[];
}

/** Looks left of a symbol for "số" (perhaps doubled, "số Số:") and a type word before it. */
export function readLead(text: string, symbolStart: number, typeWords: TypeWords): Lead {
  const so2 = soEndingAt(text, symbolStart);
  const so1 = so2 >= 0 ? soEndingAt(text, so2) : -1;
  const firstSo = so1 >= 0 ? so1 : so2;
  const soWords = [so1, so2].filter((at) => at >= 0).map((at) => ({ start: at, end: at + 2, text: text.slice(at, at + 2) }));
  const before = skipSpacesBack(text, firstSo >= 0 ? firstSo : symbolStart);
  const typeWord = typeWords.byEnd.get(before) ?? abbreviationEndingAt(text, before);
  // An abbreviation needs "số" or the symbol right after it; a full word may stand before either.
  if (typeWord) return { start: typeWord.start, typeWord, soWords };
  return { start: firstSo >= 0 ? firstSo : symbolStart, soWords };
}
