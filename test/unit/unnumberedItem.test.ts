import * as assert from 'node:assert/strict';
import { assertFindings, assertFixed, findingsOf } from '../helpers/checkSnippet';

const HEAD = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 10 NĂM 2024\n\nI. VĂN BẢN\n1. Văn bản của Trung ương\nNội dung.\nII. THÔNG TIN THỜI SỰ\n';

/** The structure checks' findings on HEAD + body. */
function structure(body: string, flavor: 'plain' | 'markdown' = 'plain') {
  const text = HEAD + body;
  return { text, found: findingsOf('structure', text, { flavor }) };
}

const lines = (findings: Array<{ code: string; range: { start: { line: number } } }>) => findings.map((f) => `${f.range.start.line + 1}:${f.code}`);

describe('an item heading written without its number', () => {
  it('reports the unnumbered line as the item its sub-items name, once, and numbers it', () => {
    const text = HEAD + 'Tin trong tỉnh\n1.1. Hội nghị Tỉnh ủy\nNội dung.\n1.2. Thu ngân sách\nNội dung.\n2. Tin trong nước\nNội dung.\n3. Tin quốc tế\n';
    // The finding sits where the number is missing: an empty range at the start of the line.
    const [found] = assertFindings('structure', text, ['7:structure.numbering-sequence “”']);
    assert.match(found.message, /“Tin trong tỉnh”.*mục “1\.”/);
    const fixed = text.replace('\nTin trong tỉnh\n', '\n1. Tin trong tỉnh\n');
    assertFixed('structure', text, fixed);
    assertFindings('structure', fixed, []);
  });

  it('also after a numbered item, and for a Markdown heading without a number', () => {
    assert.deepEqual(lines(structure('1. Tin trong tỉnh\nNội dung.\nTin trong nước\n2.1. Kinh tế\n2.2. Xã hội\n3. Tin quốc tế\n').found), ['9:structure.numbering-sequence']);
    const md = structure('### 1. Tin trong tỉnh\nNội dung.\n### Tin trong nước\n#### 2.1. Kinh tế\n#### 2.2. Xã hội\n### 3. Tin quốc tế\n', 'markdown');
    assert.deepEqual(lines(md.found.filter((f) => f.severity === 'warning')), ['9:structure.numbering-sequence']);
  });

  it('a line that does not read as that heading leaves the sub-items reported as they are', () => {
    // A sentence (final stop), a number the run does not wait for, a line in another case than its peers.
    assert.deepEqual(lines(structure('Kết quả cụ thể như sau:\n1.1. Kinh tế\n1.2. Xã hội\n').found), ['8:structure.subitem-parent', '9:structure.subitem-parent']);
    assert.deepEqual(lines(structure('Tin trong tỉnh\n3.1. Kinh tế\n').found), ['8:structure.subitem-parent']);
    assert.deepEqual(lines(structure('1. TIN TRONG TỈNH\nNội dung.\nTin trong nước\n2.1. Kinh tế\n').found), ['10:structure.subitem-parent']);
  });

  it('right under section "I.", the line is item "1." only when an item "2." follows: "1.1." may be the section-numbered style', () => {
    const head = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 10 NĂM 2024\n\nI. THÔNG TIN THỜI SỰ\nTin trong tỉnh\n1.1. Hội nghị\n1.2. Thu ngân sách\n';
    const check = (text: string) => lines(findingsOf('structure', text));
    assert.deepEqual(check(head + '2. Tin trong nước\n3. Tin quốc tế\n'), ['4:structure.numbering-sequence']);
    assert.deepEqual(check(head + 'II. ĐỊNH HƯỚNG\n2.1. Nhiệm vụ\n2.2. Giải pháp\n'), []);
  });

  it('sub-items that carry the number meant for a mistyped item are in their place', () => {
    const { found } = structure('1. Nhiệm vụ\nNội dung.\n3. Giải pháp\n2.1. Đổi mới\n2.2. Nâng cao\n3. Tổ chức thực hiện\n');
    assert.deepEqual(lines(found), ['9:structure.numbering-sequence']);
    assert.equal(found[0].fix?.edits[0].newText, '2.');
  });
});
