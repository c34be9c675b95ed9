// text/chars answers regular-expression character classes in code (by code range for Vietnamese text): every
// answer must be the one the class itself gives, for every code point.
import * as assert from 'node:assert/strict';
import { codePointBefore, codePointSize, isDigit, isLetterAt, isSpace, isUpperAt, letterOrMarkLength } from '../../server/src/language/text/chars';

const codePoints = (): number[] => {
  const out: number[] = [];
  for (let cp = 0; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) out.push(cp);
  for (let cp = 0x10000; cp <= 0x1ffff; cp += 7) out.push(cp); // a sample of astral code points, letters among them
  return out;
};

describe('chars: character classes in code agree with the regular expressions', () => {
  it('\\s, \\d, \\p{L}, [\\p{L}\\p{M}] and \\p{Lu} for every BMP code point and astral samples', () => {
    for (const cp of codePoints()) {
      const ch = String.fromCodePoint(cp);
      const text = `a${ch}b`;
      const label = `U+${cp.toString(16)}`;
      assert.equal(isLetterAt(text, 1), /^\p{L}$/u.test(ch), `${label} \\p{L}`);
      assert.equal(letterOrMarkLength(text, 1), /^[\p{L}\p{M}]$/u.test(ch) ? ch.length : 0, `${label} [\\p{L}\\p{M}]`);
      assert.equal(isUpperAt(text, 1), /^\p{Lu}$/u.test(ch), `${label} \\p{Lu}`);
      if (cp <= 0xffff) {
        assert.equal(isSpace(cp), /^\s$/.test(ch), `${label} \\s`);
        assert.equal(isDigit(cp), /^\d$/u.test(ch), `${label} \\d`);
      }
    }
  });

  it('finds code point boundaries around surrogate pairs, and answers false past the ends', () => {
    const text = 'x😀y';
    assert.equal(codePointSize(text, 1), 2);
    assert.equal(codePointSize(text, 0), 1);
    assert.equal(codePointSize('\ud800x', 0), 1); // a lone high surrogate is one unit
    assert.equal(codePointBefore(text, 3), 1);
    assert.equal(codePointBefore(text, 1), 0);
    assert.equal(isLetterAt(text, -1), false);
    assert.equal(isLetterAt(text, 4), false);
    assert.equal(letterOrMarkLength(text, 4), 0);
  });
});
