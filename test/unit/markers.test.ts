// readMarker looks at the first character of a line to choose which readers to try: these cases pin what each kind
// of line start is read as, so that the choice never skips a marker.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { mayBeOrdinal, readMarker } from '../../server/src/language/parse/markers';
import { WORD_PATTERN } from '../../server/src/language/parse/ordinals';

const read = (text: string) => {
  const m = readMarker(text);
  return m ? `${m.kind}/${m.style}/${m.values.join('.')}` : '-';
};

describe('markers: what a line start is read as', () => {
  const cases: Array<[string, string]> = [
    ['A. THÔNG TIN', 'part/plain/65'],
    ['Đ. Nội dung', 'part/plain/272'],
    ['II. TRONG NƯỚC', 'section/plain/2'],
    ['  \t2.1. Tiểu mục', 'item/plain/2.1'],
    ['1 Một số', 'item/plain/1'],
    ['1.966 nhiệm vụ', '-'],
    ['(iv) Nội dung', 'paren/roman/4'],
    ['(2). Nội dung', 'paren/decimal/2'],
    ['b) Nội dung', 'alpha/plain/66'],
    ['Thứ nhất, nội dung', 'ordinal/thu/1'],
    ['THỨ BA; nội dung', 'ordinal/thu/3'],
    ['thứ hai: nội dung', 'ordinal/thu/2'],
    ['  Hai là, nội dung', 'ordinal/la/2'],
    ['Sáu là, nội dung', 'ordinal/la/6'],
    ['Bảy là: nội dung', 'ordinal/la/7'],
    ['Chín là; nội dung', 'ordinal/la/9'],
    ['Năm là, nội dung', 'ordinal/la/5'],
    ['Mười một, nội dung', 'ordinal/bare/11'],
    ['Hai mươi, nội dung', 'ordinal/bare/20'],
    ['Khi đó, nội dung', '-'],
    ['Hai là một', '-'],
    ['Nội dung thường.', '-'],
    ['', '-'],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected}`, () => assert.equal(read(text), expected));
  }
});

describe('markers: the pre-filter of the ordinal patterns never hides a match', () => {
  // The patterns as markers.ts writes them: whenever one matches, mayBeOrdinal must let the line through.
  const patterns = [
    new RegExp(`^(thứ\\s+(${WORD_PATTERN}))(?=\\s*[,:;])`, 'iu'),
    new RegExp(`^((${WORD_PATTERN})\\s+là)(?=\\s*[,:;])`, 'iu'),
    new RegExp(`^((?:mười|hai\\s+mươi)(?:\\s+(?:${WORD_PATTERN}))?)(?=\\s*[,:;])`, 'iu'),
  ];
  const words = ['thứ', 'THỨ', 'Thứ', 'là', 'LÀ', 'Là', 'mười', 'MƯỜI', 'hai', 'Hai', 'mươi', 'nhất', 'NHẤT', 'tư', 'Tư', 'sáu', 'ſáu', 'năm', 'ba'];
  const glue = [' ', '  ', '\t', '\u00a0', '\u3000', ',', ':', ';', '.', 'x', ' ngày', '1'];
  const line = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 8 }).map((p) => p.join(''));

  it('holds on generated lines', () => {
    fc.assert(
      fc.property(line, (text) => {
        if (patterns.some((p) => p.test(text))) assert.ok(mayBeOrdinal(text), JSON.stringify(text));
      }),
      { seed: 5, numRuns: 20000 },
    );
  });

  it('lets the written forms through and stops running text early', () => {
    for (const text of ['Thứ nhất, nội dung', 'THỨ   BA; x', 'Hai là: x', 'Mười một , x', 'Hai mươi, x']) assert.ok(mayBeOrdinal(text), text);
    for (const text of ['Trong năm qua, các cấp', 'Thực hiện Nghị quyết', 'Hai là một']) assert.ok(!mayBeOrdinal(text), text);
  });
});
