/** Roman numerals, as written for Party terms (khóa XIII), sections (II.) and points ((iv)). */

const ROMAN: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

const DIGITS: Record<string, number> = { M: 1000, D: 500, C: 100, L: 50, X: 10, V: 5, I: 1 };

/** 1…3999 in canonical Roman numerals; undefined outside that range. */
export function intToRoman(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return undefined;
  if (n < SMALL.length) return (SMALL[n] ??= compose(n));
  return compose(n);
}

/** The numerals of 1…99 once composed: sections and terms ask for the same few again and again. */
const SMALL: Array<string | undefined> = new Array(100);

function compose(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** The value of a canonical Roman numeral (case-insensitive); undefined when not canonical ("IIII", "VX"). */
export function romanToInt(s: string): number | undefined {
  if (VALUES.has(s)) return VALUES.get(s);
  const value = readRoman(s);
  if (VALUES.size < 1000) VALUES.set(s, value);
  return value;
}

/** Values of the numerals already read (markers are read on every line, and the same few recur). */
const VALUES = new Map<string, number | undefined>();

function readRoman(s: string): number | undefined {
  const up = s.trim().toUpperCase();
  if (up.length === 0 || up.length > 15 || !/^[MDCLXVI]+$/.test(up)) return undefined;
  const total = romanSum(up);
  return intToRoman(total) === up ? total : undefined;
}

/**
 * The value of upper-case Roman digits read leniently, each subtracted when a larger one follows ("IIII" is 4):
 * for numerals a pattern has already matched, such as a term's "XIII".
 */
export function romanSum(up: string): number {
  let total = 0;
  for (let i = 0; i < up.length; i++) {
    const v = DIGITS[up[i]];
    const next = i + 1 < up.length ? DIGITS[up[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total;
}
