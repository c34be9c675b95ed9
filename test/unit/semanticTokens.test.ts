import * as assert from 'node:assert/strict';
import { builtinCatalog, loadCatalog, parseBulletin, runChecks, semanticTokens, SemanticToken } from '../../server/src/language';

const TEXT = [
  'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024', // 0
  '',
  'A. THÔNG TIN THỜI SỰ', // 2
  '1. Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về khoa học, công nghệ.', // 3: verified entry
  '2. Nghị quyết số 34-NQ/TW, ngày 09/01/2022 của Bộ Chính trị.', // 4: an unverified entry
  '3. Kế hoạch số 777-KH/TU, ngày 02/3/2024 của Ban Thường vụ Tỉnh ủy.', // 5: not in the catalog
  '45. Mục bốn', // 6: skips (numbering-sequence)
  'Nội dung.',
  'B. ĐỊNH HƯỚNG', // 8
  '1. Tuyên truyền',
  '2.. Tuyên truyền tiếp', // 10: number-format
  'Nội dung.',
].join('\n');

function tokensOf(text: string, options: { severities?: Record<string, 'off'>; catalog?: typeof builtinCatalog; lines?: { start: number; end: number } } = {}) {
  const model = parseBulletin(text, { declaredBulletin: true });
  const findings = runChecks(model, { severities: options.severities });
  return semanticTokens(model, { catalog: options.catalog ?? builtinCatalog, findings, lines: options.lines });
}

const on = (tokens: SemanticToken[], line: number, type: SemanticToken['type']) => tokens.filter((t) => t.line === line && t.type === type);
const textOf = (text: string, t: SemanticToken) => text.split('\n')[t.line].slice(t.character, t.character + t.length);

describe('semanticTokens', () => {
  it('marks a citation a verified catalog entry names with defaultLibrary, the others without', () => {
    const tokens = tokensOf(TEXT);
    const [known] = on(tokens, 3, 'citation');
    const [unverified] = on(tokens, 4, 'citation');
    const [unknown] = on(tokens, 5, 'citation');
    assert.equal(textOf(TEXT, known), '57-NQ/TW');
    assert.deepEqual(known.modifiers, ['defaultLibrary']);
    assert.equal(textOf(TEXT, unverified), '34-NQ/TW');
    assert.deepEqual(unverified.modifiers, [], 'an unverified entry does not make a citation known');
    assert.equal(textOf(TEXT, unknown), '777-KH/TU');
    assert.deepEqual(unknown.modifiers, []);
  });

  it('knows the documents of a user catalog that marks them verified', () => {
    const catalog = loadCatalog({
      version: 1,
      documents: [{ number: '777-KH/TU', type: 'Kế hoạch', issuerCode: 'TU', issuer: 'Ban Thường vụ Tỉnh ủy', date: '2024-03-02', title: 'về một việc', source: 'bản lưu', verification: 'verified-external', category: 'party' }],
    }, builtinCatalog);
    assert.deepEqual(on(tokensOf(TEXT, { catalog }), 5, 'citation')[0].modifiers, ['defaultLibrary']);
  });

  it('marks a heading number invalid only when a numbering check reports it', () => {
    const tokens = tokensOf(TEXT);
    const numbers = tokens.filter((t) => t.type === 'headingNumber');
    assert.deepEqual(numbers.filter((t) => t.modifiers.includes('invalid')).map((t) => [t.line, textOf(TEXT, t)]), [[6, '45.'], [10, '2..']]);
    for (const line of [2, 3, 4, 5, 8, 9]) {
      const [t] = on(tokens, line, 'headingNumber');
      assert.ok(t, `no heading number on line ${line}`);
      assert.deepEqual(t.modifiers, [], `line ${line} is numbered correctly`);
    }
    assert.equal(textOf(TEXT, on(tokens, 2, 'headingNumber')[0]), 'A.');
  });

  it('marks "2.3." under item "1." (subitem-parent) but not a right number whose Markdown level is wrong (heading-level)', () => {
    const md = ['THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024', '', '## A. PHẦN', '### 1. Tin', '#### 1.1. Giáo dục', 'x', '## 1.2. Khoa học', 'x', '#### 1.3. Y tế', 'x', '#### 2.3. Lạc', 'x'].join('\n');
    const model = parseBulletin(md, { flavor: 'markdown' });
    const findings = runChecks(model);
    assert.ok(findings.some((f) => f.code === 'structure.heading-level' && f.range.start.line === 6), 'the fixture needs a heading-level finding on line 6');
    const tokens = semanticTokens(model, { catalog: builtinCatalog, findings });
    assert.deepEqual(tokens.filter((t) => t.modifiers.includes('invalid')).map((t) => [t.line, textOf(md, t)]), [[10, '2.3.']]);
    assert.equal(textOf(md, on(tokens, 6, 'headingNumber')[0]), '1.2.');
  });

  it('follows the findings as the user sees them: a check turned off marks nothing', () => {
    const tokens = tokensOf(TEXT, { severities: { 'structure.numbering-sequence': 'off', 'structure.number-format': 'off' } });
    assert.deepEqual(tokens.filter((t) => t.modifiers.includes('invalid')), []);
    const silenced = tokensOf(TEXT.replace('45. Mục bốn', '45. Mục bốn <!-- bantin-disable-line structure.numbering-sequence -->'));
    assert.deepEqual(silenced.filter((t) => t.modifiers.includes('invalid')).map((t) => t.line), [10]);
  });

  it('gives positions in UTF-16 columns of the original text, NFD included, in document order', () => {
    const nfd = TEXT.normalize('NFD');
    const tokens = tokensOf(nfd);
    assert.equal(textOf(nfd, on(tokens, 3, 'citation')[0]), '57-NQ/TW');
    assert.equal(textOf(nfd, on(tokens, 10, 'headingNumber')[0]), '2..');
    const order = tokens.map((t) => [t.line, t.character]);
    assert.deepEqual(order, [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });

  it('answers a range with the tokens of its lines only', () => {
    const tokens = tokensOf(TEXT, { lines: { start: 4, end: 6 } });
    assert.deepEqual([...new Set(tokens.map((t) => t.line))], [4, 5, 6]);
  });

  it('gives nothing for a text without headings or citations, and never throws on odd input', () => {
    assert.deepEqual(tokensOf('Một đoạn văn.\n'), []);
    for (const text of ['', '\n\n', '2..', 'số -NQ/TW', '\uFEFF1. Nghị quyết số 57-NQ/TW\r\n1. x']) assert.doesNotThrow(() => tokensOf(text));
  });
});
