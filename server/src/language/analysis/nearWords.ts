import { COMPOUNDS } from '../domain/words';
import { Letters, readLetters } from '../text/syllables';
import { memoByWord } from '../text/memo';

/**
 * Two-syllable words near a pair of syllables as written ("doang nghiệp" → "doanh nghiệp", "tu tưỡng" → "tư tưởng"):
 * the words of `COMPOUNDS` each of whose syllables is within one letter and one tone of the one written. Pure; the
 * list is read once, on first use.
 */

interface Compound {
  text: string;
  first: Letters;
  second: Letters;
}

let compounds: Compound[] | undefined;

function allCompounds(): Compound[] {
  if (!compounds) {
    compounds = [];
    for (const text of COMPOUNDS) {
      const [a, b] = text.split(' ');
      const first = readLetters(a);
      const second = readLetters(b);
      if (first && second) compounds.push({ text, first, second });
    }
  }
  return compounds;
}

/** Letters changed, added or removed between two short strings (Levenshtein), stopping early past `limit`. */
export function letterDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Edits between two syllables: letters (without tone) plus one when the tone differs; `Infinity` past one letter. */
export function syllableEdits(written: Letters, meant: Letters): number {
  const letters = written.base === meant.base ? 0 : letterDistance(written.base, meant.base, 1);
  if (letters > 1) return Infinity;
  return letters + (written.tone === meant.tone ? 0 : 1);
}

/** A two-syllable word near a pair as written, and how many edits apart (letters plus tones). */
export interface NearCompound {
  text: string;
  edits: number;
}

/**
 * The two-syllable words the pair `first second` (lower case) may stand for: each syllable within one letter and one
 * tone of the word's, two edits at most in all, and not the pair itself. Nearest first, then in list order.
 */
export function nearCompounds(first: string, second: string): NearCompound[] {
  return nearPair(`${first} ${second}`);
}

/** `nearCompounds` by the pair written with a space between, remembered: the list is read once per pair. */
const nearPair = memoByWord((pair: string): NearCompound[] => {
  const space = pair.indexOf(' ');
  const first = pair.slice(0, space);
  const second = pair.slice(space + 1);
  const a = readLetters(first);
  const b = readLetters(second);
  if (!a || !b) return [];
  const found: NearCompound[] = [];
  for (const compound of allCompounds()) {
    const edits = syllableEdits(a, compound.first) + syllableEdits(b, compound.second);
    if (edits > 0 && edits <= 2) found.push({ text: compound.text, edits });
  }
  return found.sort((x, y) => x.edits - y.edits);
});
