/** The marker a run waited for, written the way the found marker is written ("2.1.", "(iii)", "Thứ ba"). */
import { intToRoman } from '../../text/roman';
import type { MarkerKind, Punctuation } from '../../parse/markers';
import { capitalize, cardinalWord, ordinalWord } from '../../parse/ordinals';

/** What the writing of a marker depends on: a marker of the model, or a point read inside a paragraph. */
export interface WrittenMarker {
  kind: MarkerKind;
  style: string;
  /** The marker as written. */
  text: string;
  values: number[];
  punctuation: Punctuation;
}

/** The marker with `value`, written the way `found` is written; an item under `parent` (default: the one it names). */
export function expectedText(found: WrittenMarker, value: number, parent?: number[]): string {
  switch (found.kind) {
    case 'part':
      return `${String.fromCodePoint(value)}.`;
    case 'section':
      return `${intToRoman(value) ?? value}.`;
    case 'item':
      return formatItem([...(parent ?? found.values.slice(0, -1)), value], found);
    case 'alpha':
      return `${String.fromCodePoint(value).toLocaleLowerCase('vi')})`;
    case 'paren': {
      const token =
        found.style === 'decimal' ? String(value) : found.style === 'roman' ? (intToRoman(value) ?? String(value)).toLowerCase() : String.fromCodePoint(value).toLocaleLowerCase('vi');
      return `(${token})${found.punctuation === 'extra-dot' ? '.' : ''}`;
    }
    case 'ordinal': {
      const upper = found.text.charAt(0) === found.text.charAt(0).toLocaleUpperCase('vi');
      const text = found.style === 'thu' ? `thứ ${ordinalWord(value)}` : `${cardinalWord(value)} là`;
      return upper ? capitalize(text) : text;
    }
  }
}

/** "2.1." with the same zero padding as the marker it replaces. */
export function formatItem(path: number[], like: { text: string }): string {
  const padded = /^0\d/.test(like.text);
  const parts = path.map((v, i) => (i === 0 && padded && v < 10 ? `0${v}` : String(v)));
  return `${parts.join('.')}.`;
}
