import { isLetterAt, isUpperAt } from '../../text/chars';
import { isCombiningMark, quotable } from '../../text/marks';
import { linesMatching } from '../../analysis/lineScan';
import { memoByText } from '../../text/memo';
import { lineView } from '../../parse/model';
import { Check } from '../types';

/**
 * Text broken by a wrong encoding: U+FFFD "�" (the character a decoder writes for bytes it cannot read), and words
 * whose Vietnamese letters became "?" when the text went through a code page without them ("N ? I DUNG", "Th?ng
 * tin", "Vi?t Nam"). One finding per line: such a line is broken as a whole and must be copied again.
 *
 * A real question mark follows a word and ends a sentence ("Tại sao?"), and one inside a URL ("?id=5") is part of
 * it: a "?" counts only where it cannot be punctuation — inside a word ("Th?ng"), or spaced between fragments of
 * words ("N ? I", "B ?"), which needs two such places in the line, or one after a one- or two-letter fragment.
 */
export const replacementChar: Check = {
  code: 'text.replacement-char',
  category: 'text',
  defaultSeverity: 'error',
  fixable: false,
  description: {
    vi: 'Chữ bị hỏng do sai bảng mã: ký tự “�” (U+FFFD) hoặc chữ bị thay bằng “?” (“N ? I DUNG”, “Th?ng tin”).',
    en: 'Text broken by a wrong encoding: the “�” character (U+FFFD) or letters turned into “?” (“N ? I DUNG”, “Th?ng tin”).',
  },
  run({ model, t, report }) {
    for (const index of linesMatching(model, QUESTION_OR_REPLACEMENT)) {
      const line = model.lines[index];
      const text = line.form.text;
      const replacement = text.indexOf('\ufffd');
      if (replacement >= 0) {
        const last = text.lastIndexOf('\ufffd');
        report({
          span: lineView(line).span(replacement, last + 1),
          message: t('text.replacement-char', { found: excerpt(text, replacement, replacement + 1), count: count(text, '\ufffd') }),
        });
      }
      if (!text.includes('?')) continue;
      const places = garbledPlacesIn(text);
      if (places.length === 0) continue;
      const [first, last] = [places[0], places[places.length - 1]];
      report({
        span: lineView(line).span(first[0], last[1]),
        message: t('text.replacement-char.garbled', { found: excerpt(text, first[0], first[1]), count: places.length }),
      });
    }
  },
};

const QUESTION_OR_REPLACEMENT = /[?\ufffd]/;

/** `garbledPlaces`, worked out once per distinct line text. */
const garbledPlacesIn = memoByText(garbledPlaces);

type Place = [start: number, end: number];

/** The runs of "?" of a line that stand for lost letters; none unless the line surely has some. */
export function garbledPlaces(text: string): Place[] {
  const strong: Place[] = [];
  const spaced: Place[] = [];
  const weak: Place[] = [];
  // The token (run of non-spaces) of the last "?" and whether it is an address: many "?" in one token read it once.
  let token = { start: -1, end: -1, url: false };
  for (let p = text.indexOf('?'); p >= 0; p = text.indexOf('?', p)) {
    let q = p;
    while (text.charCodeAt(q) === 0x3f) q++;
    const place: Place = [p, q];
    const before = letterBefore(text, p);
    const after = isLetterAt(text, q);
    if (p >= token.end) token = tokenAt(text, p);
    if (token.url) {
      // part of an address
    } else if (before && after) {
      // "Th?ng", "Vi?t"; not "sao?Vì" (a sentence run on: a lower-case letter, then a capital)
      if (!(isLowerLetter(text, p - 1) && isUpperAt(text, q))) strong.push(place);
    } else if (text.charCodeAt(p - 1) === 0x20 && letterBefore(text, p - 1) && (after || q === text.length || text.charCodeAt(q) === 0x20)) {
      // "N ? I", "B ?", " ?ng": a sign with a space before it, after a word
      // after a fragment and before more of the word: "N ? I DUNG", "c ? a" (not "LÀ GÌ ?" ending a title)
      const next = after ? q : text.charCodeAt(q) === 0x20 && isLetterAt(text, q + 1) ? q + 1 : -1;
      if (fragmentBefore(text, p - 1, 2) && next >= 0 && (isUpperAt(text, p - 2) || isLowerLetter(text, next))) strong.push(place);
      // between short pieces ("Ch ? th ?"), not after a whole word ("Bạn đã đọc chưa ? Thế à ? Vâng.")
      else if (fragmentBefore(text, p - 1, 3) && (next < 0 || fragmentAfter(text, next, 3))) spaced.push(place);
    } else if (before) {
      weak.push(place); // "s? k?t" — or an ordinary question mark after a word
    }
    p = q;
  }
  if (strong.length === 0 && spaced.length < 2) return [];
  return [...strong, ...spaced, ...weak].sort((a, b) => a[0] - b[0]);
}

/** A letter (or a mark on one) ends right before i. */
function letterBefore(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isCombiningMark(text.charCodeAt(j))) j--;
  return j >= 0 && isLetterAt(text, j);
}

function isLowerLetter(text: string, i: number): boolean {
  return isLetterAt(text, i) && !isUpperAt(text, i);
}

/** The word that ends at `end` has at most `max` letters: a syllable cut at its lost vowel ("N", "Th", "HƯ"). */
function fragmentBefore(text: string, end: number, max: number): boolean {
  let s = end;
  while (s > 0 && (isLetterAt(text, s - 1) || isCombiningMark(text.charCodeAt(s - 1)))) s--;
  return end - s <= max;
}

/** The word that starts at `start` has at most `max` letters ("I", "NH", "ng"). */
function fragmentAfter(text: string, start: number, max: number): boolean {
  let e = start;
  while (e < text.length && (isLetterAt(text, e) || isCombiningMark(text.charCodeAt(e)))) e++;
  return e - start <= max;
}

/** The run of non-spaces around i, and whether it reads as an address or a query ("…/tin?id=5", "www.…"). */
function tokenAt(text: string, i: number): { start: number; end: number; url: boolean } {
  let s = i;
  while (s > 0 && text.charCodeAt(s - 1) > 0x20) s--;
  let e = i;
  while (e < text.length && text.charCodeAt(e) > 0x20) e++;
  return { start: s, end: e, url: /:\/\/|^www\.|[/=&]/.test(text.slice(s, e)) };
}

function count(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}

/** The place with the words around it, at most about 40 characters. */
function excerpt(text: string, start: number, end: number): string {
  let s = start;
  for (let words = 0; s > 0 && start - s < 20; s--) if (text.charCodeAt(s - 1) === 0x20 && ++words === 2) break;
  let e = end;
  for (let words = 0; e < text.length && e - end < 20; e++) if (text.charCodeAt(e) === 0x20 && ++words === 2) break;
  return quotable(text.slice(s, e).trim());
}
