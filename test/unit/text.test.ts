import * as assert from 'node:assert/strict';
import { deriveLine } from '../../server/src/language/text/normalize';
import { SourceText } from '../../server/src/language/text/source';
import { parseBulletin, runChecks } from '../../server/src/language';

describe('text: normalisation with an offset map', () => {
  it('leaves plain NFC text as an identity view', () => {
    const d = deriveLine('1. Nội dung', 10, false);
    assert.equal(d.view.text, '1. Nội dung');
    assert.ok(d.view.isIdentity);
    assert.deepEqual(d.view.span(0, 2), { start: 10, end: 12 });
  });

  it('composes NFD and maps composed characters back to their whole cluster', () => {
    const raw = 'Thứ nhất'.normalize('NFD');
    const d = deriveLine(raw, 0, false);
    assert.equal(d.view.text, 'Thứ nhất');
    // "ứ" is three code units in NFD (u + horn + acute): the composed character spans all three.
    assert.deepEqual(d.view.span(2, 3), { start: 2, end: 5 });
    assert.deepEqual(d.view.span(0, d.view.text.length), { start: 0, end: raw.length });
  });

  it('turns NBSP and tabs into spaces and drops BOM, zero-width and soft hyphens', () => {
    const d = deriveLine('\ufeff\t70-KL/TW,\u00a0ngày\u200b 11/01/2024', 0, false);
    assert.equal(d.view.text, ' 70-KL/TW, ngày 11/01/2024');
    assert.equal(d.view.origin(1), 2);
  });

  it('keeps a combining mark cut off from its letter (it is reported by the text checks, not lost)', () => {
    const d = deriveLine('tư \u0300ngày', 0, false);
    assert.equal(d.view.text, 'tư \u0300ngày');
  });

  it('removes Markdown markup and Word leftovers but keeps the offsets of the text', () => {
    const raw = '### **1.3. Lĩnh vực y tế**<sup>2</sup> [bookmark: _Hlk1]';
    const d = deriveLine(raw, 100, true);
    assert.equal(d.markdownLevel, 3);
    assert.equal(d.view.text, '1.3. Lĩnh vực y tế ');
    assert.deepEqual(d.view.span(0, 4), { start: 100 + raw.indexOf('1.3.'), end: 100 + raw.indexOf('1.3.') + 4 });
  });

  it('keeps a Markdown bullet "* " but drops emphasis stars', () => {
    assert.equal(deriveLine('* **Đậm** và *nghiêng*', 0, true).view.text, '* Đậm và nghiêng');
  });

  it('does not treat stars in plain text as markup', () => {
    assert.equal(deriveLine(' \t* Thông tin thời sự', 0, false).view.text, '  * Thông tin thời sự');
  });
});

describe('text: positions', () => {
  it('counts UTF-16 code units and every kind of line break', () => {
    const s = new SourceText('a\r\nb\rc\nd😀e');
    assert.deepEqual(s.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(s.positionAt(5), { line: 2, character: 0 });
    assert.deepEqual(s.positionAt(10), { line: 3, character: 3 });
    assert.equal(s.offsetAt({ line: 3, character: 3 }), 10);
    assert.equal(s.offsetAt({ line: 99, character: 0 }), s.text.length);
  });

  it('reports findings on the original text when it is NFD, CRLF and tab-indented', () => {
    const text = ['THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024', '', '\tA. THÔNG TIN', 'Nội dung.', '\tA. ĐỊNH HƯỚNG', 'Nội dung.']
      .join('\r\n')
      .normalize('NFD');
    const [finding] = runChecks(parseBulletin(text)).filter((f) => f.code === 'structure.numbering-sequence');
    assert.deepEqual(finding.range, { start: { line: 4, character: 1 }, end: { line: 4, character: 3 } });
    assert.equal(text.slice(finding.span.start, finding.span.end), 'A.');
  });
});
