/** The marker a sequence expected, written the way the found marker is written ("2.1.", "(iii)", "Thứ ba"). */
import { intToRoman } from '../text/roman';
import type { RawMarker } from './markers';
import { capitalize, cardinalWord, ordinalWord } from './ordinals';

/** The marker that was expected, written the way the found one is written. */
export function expectedText(raw: RawMarker, value: number, parent?: number[]): string {
  switch (raw.kind) {
    case 'part':
      return `${String.fromCodePoint(value)}.`;
    case 'section':
      return `${intToRoman(value) ?? value}.`;
    case 'item':
      return formatItem([...(parent ?? raw.values.slice(0, -1)), value], raw);
    case 'alpha':
      return `${String.fromCodePoint(value).toLocaleLowerCase('vi')})`;
    case 'paren': {
      const token =
        raw.style === 'decimal' ? String(value) : raw.style === 'roman' ? (intToRoman(value) ?? String(value)).toLowerCase() : String.fromCodePoint(value).toLocaleLowerCase('vi');
      return `(${token})${raw.punctuation === 'extra-dot' ? '.' : ''}`;
    }
    case 'ordinal': {
      const upper = raw.text.charAt(0) === raw.text.charAt(0).toLocaleUpperCase('vi');
      const text = raw.style === 'thu' ? `thứ ${ordinalWord(value)}` : `${cardinalWord(value)} là`;
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
