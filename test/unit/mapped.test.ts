// The offset map of derived text is kept as segments. This suite checks it, character by character, against an
// independent oracle: the derived text and the span of every character worked out directly from the rules
// (markup removed, clusters composed to NFC, space-like characters replaced, invisibles dropped).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { deriveLine } from '../../server/src/language/text/normalize';
import { MappedText } from '../../server/src/language/text/mapped';

const MARK = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;
const SPACE_LIKE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const DROPPED = /[\u00ad\u180e\u200b-\u200f\u2060\ufeff]/;

interface Oracle {
  text: string;
  starts: number[];
  ends: number[];
}

/** What deriveLine must produce, given the markup ranges it removes (found by the same rules, listed here). */
function oracle(raw: string, lineStart: number, markdown: boolean): Oracle {
  const removed = new Array<boolean>(raw.length).fill(false);
  const cut = (from: number, to: number) => {
    for (let k = from; k < to; k++) removed[k] = true;
  };
  if (markdown) {
    const heading = /^(#{1,6})[ \t]+/.exec(raw);
    if (heading) cut(0, heading[0].length);
  }
  for (let open = raw.indexOf('<!--'); open >= 0; ) {
    const close = raw.indexOf('-->', open + 4);
    if (close < 0) break;
    cut(open, close + 3);
    open = raw.indexOf('<!--', close + 3);
  }
  for (const m of raw.matchAll(/\[bookmark: [^\]\n]{0,200}\]|\[footnoteRef:\s?\d{1,4}\]/g)) cut(m.index!, m.index! + m[0].length);
  if (markdown) {
    const bullet = /^[ \t]*\*[ \t]+(?=\S)/.exec(raw);
    const from = bullet ? bullet[0].length : 0;
    for (const m of raw.matchAll(/<sup>[^<\n]{0,40}<\/sup>|<\/?(?:sub|sup|u|br|b|i|em|strong)\s*\/?>|\*+|\\(?=[\\`*_{}[\]()#+\-.!|<>])/g)) {
      if (m.index! >= from) cut(m.index!, m.index! + m[0].length);
    }
  }
  const out: Oracle = { text: '', starts: [], ends: [] };
  const emit = (s: string, start: number, end: number) => {
    out.text += s;
    for (let k = 0; k < s.length; k++) {
      out.starts.push(lineStart + start);
      out.ends.push(lineStart + end);
    }
  };
  for (let i = 0; i < raw.length; ) {
    if (removed[i]) {
      i++;
      continue;
    }
    let end = i + 1;
    if (!MARK.test(raw[i])) while (end < raw.length && !removed[end] && MARK.test(raw[end])) end++;
    if (end > i + 1) emit(raw.slice(i, end).normalize('NFC'), i, end);
    else if (SPACE_LIKE.test(raw[i])) emit(' ', i, i + 1);
    else if (!DROPPED.test(raw[i])) emit(raw[i], i, i + 1);
    i = end;
  }
  return out;
}

function assertSameMap(view: MappedText, expected: Oracle, base: number, label: string): void {
  assert.equal(view.text, expected.text, label);
  for (let i = 0; i < expected.text.length; i++) {
    assert.equal(view.origin(i), expected.starts[i], `${label}: origin(${i})`);
    assert.equal(view.originEnd(i), expected.ends[i], `${label}: originEnd(${i})`);
  }
  assert.equal(view.origin(expected.text.length), base, `${label}: origin past the end`);
}

const PIECES = [
  'Nghị quyết', 'ngày 5/3/2024', ' ', '\t', '\u00a0', '\u2003', '\u200b', '\u00ad', '\ufeff', 'e\u0301', 'u\u031b\u0301',
  '\u0301', 'Đ', '**', '*', '\\*', '<sup>1</sup>', '<b>', '</em>', '<!-- x -->', '<!--', '-->', '[bookmark: _H1]',
  '[footnoteRef:2]', '### ', '# ', '1.', '\u0958', 'x',
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('text: segment offset maps against a character-by-character oracle', () => {
  it('deriveLine maps every derived character to the span it came from (plain and Markdown)', () => {
    fc.assert(
      fc.property(line, fc.nat({ max: 5000 }), fc.boolean(), (raw, lineStart, markdown) => {
        const expected = oracle(raw, lineStart, markdown);
        const { view } = deriveLine(raw, lineStart, markdown);
        assertSameMap(view, expected, lineStart + raw.length, JSON.stringify(raw));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('every BMP character, alone, after a letter and before a mark, derives as the oracle says', () => {
    // The fast paths (one scan for a line without work, a native search to the next special character or mark)
    // must know every character the rules treat specially.
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const raw of [`ab${ch}cd`, `a ${ch}\u0301b`]) {
        assertSameMap(deriveLine(raw, 3, false).view, oracle(raw, 3, false), 3 + raw.length, `U+${c.toString(16)} in ${JSON.stringify(raw)}`);
      }
    }
  });

  it('a shifted view maps every character to the same span moved by the shift', () => {
    fc.assert(
      fc.property(line, fc.nat({ max: 5000 }), fc.integer({ min: -100, max: 5000 }), (raw, lineStart, delta) => {
        const expected = oracle(raw, lineStart + delta, true);
        const view = deriveLine(raw, lineStart, true).view.shifted(delta);
        assertSameMap(view, expected, lineStart + delta + raw.length, JSON.stringify(raw));
      }),
      { seed: 11, numRuns: 1000 },
    );
  });

  it('joined views keep each character’s span and map each joining space to the line breaks it stands for', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 4 }), fc.array(fc.nat({ max: 3 }), { minLength: 4, maxLength: 4 }), (raws, gaps) => {
        const views: MappedText[] = [];
        const expected: Oracle = { text: '', starts: [], ends: [] };
        let at = 0;
        raws.forEach((raw, k) => {
          // Some lines are derived at another place and shifted into position, as unchanged lines are reused.
          const view = k % 2 ? deriveLine(raw, at + 7, true).view.shifted(-7) : deriveLine(raw, at, true).view;
          const o = oracle(raw, at, true);
          if (k > 0) {
            expected.text += ' ';
            expected.starts.push(views[k - 1].origin(views[k - 1].text.length));
            expected.ends.push(view.origin(0));
          }
          expected.text += o.text;
          expected.starts.push(...o.starts);
          expected.ends.push(...o.ends);
          views.push(view);
          at += raw.length + 1 + gaps[k];
        });
        const joined = MappedText.join(views);
        const last = views[views.length - 1];
        assertSameMap(joined, expected, last.origin(last.text.length), JSON.stringify(raws));
      }),
      { seed: 13, numRuns: 1000 },
    );
  });
});
