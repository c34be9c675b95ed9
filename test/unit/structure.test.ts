import * as assert from 'node:assert/strict';
import { foldingRegions, outline, parseBulletin, runChecks } from '../../server/src/language';

const BULLETIN = [
  'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024',
  '',
  'A. THÔNG TIN THỜI SỰ',
  'I. TRONG NƯỚC',
  '1. Mục một',
  'Nội dung.',
  '1.1. Tiểu mục',
  'Nội dung.',
  '2. Mục hai',
  'Nội dung.',
  'B. ĐỊNH HƯỚNG',
  '1. Tuyên truyền',
  'Nội dung.',
].join('\n');

describe('structure model', () => {
  const model = parseBulletin(BULLETIN, { declaredBulletin: true });

  it('reads the title and the bulletin period', () => {
    assert.equal(model.title?.line, 0);
    assert.deepEqual([model.period?.month, model.period?.year, model.period?.valid], [12, 2024, true]);
  });

  it('reads the period from "Phục vụ sinh hoạt chi bộ tháng 12/2020" under the title', () => {
    const m = parseBulletin('ĐẢNG ỦY KHỐI\n\tTHÔNG TIN SINH HOẠT NỘI BỘ\n(Phục vụ sinh hoạt chi bộ tháng 12/2020)\n\nI. NỘI DUNG\n');
    assert.deepEqual([m.period?.month, m.period?.year], [12, 2020]);
  });

  it('classifies parts, sections, items and sub-items by rank', () => {
    assert.deepEqual(
      model.headings.map((h) => [h.line, h.rank, h.marker?.text]),
      [[2, 1, 'A.'], [3, 2, 'I.'], [4, 3, '1.'], [6, 4, '1.1.'], [8, 3, '2.'], [10, 1, 'B.'], [11, 3, '1.']],
    );
  });

  it('reports nothing on a correct bulletin', () => {
    assert.deepEqual(runChecks(model), []);
  });

  it('builds the outline and the folding ranges from the headings', () => {
    const [title, a, b] = outline(model);
    assert.equal(title.kind, 'title');
    assert.equal(a.name, 'A. THÔNG TIN THỜI SỰ');
    assert.equal(a.children[0].name, 'I. TRONG NƯỚC');
    assert.deepEqual(a.children[0].children.map((c) => c.name), ['1. Mục một', '2. Mục hai']);
    assert.deepEqual([a.startLine, a.endLine, b.startLine, b.endLine], [2, 9, 10, 12]);
    assert.deepEqual(foldingRegions(model).slice(0, 3), [{ startLine: 2, endLine: 9 }, { startLine: 3, endLine: 9 }, { startLine: 4, endLine: 7 }]);
  });

  it('takes "I." as a letter only where a lettered part sequence waits for it', () => {
    const m = parseBulletin('A. Một\nx\nB. Hai\nx\nC. Ba\nx\nD. Bốn\nx\nĐ. Năm\nx\nE. Sáu\nx\nG. Bảy\nx\nH. Tám\nx\nI. Chín\nx');
    assert.equal(m.headings[m.headings.length - 1].marker?.kind, 'part');
    assert.deepEqual(runChecks(m), []);
  });

  it('does not read a weekday as an enumeration point', () => {
    const m = parseBulletin('Thứ nhất, một.\nThứ Hai, ngày 15/01/2024, họp.\nThứ hai, hai.');
    assert.deepEqual(m.markers.map((x) => x.text), ['Thứ nhất', 'Thứ hai']);
  });

  it('restarts numbering after a closing block (several documents in one file)', () => {
    const m = parseBulletin('I. Một\nx\nII. Hai\nx\nNơi nhận:\n- Lưu.\n\n**Tài liệu khác**\n\nI. Bối cảnh\nx\n');
    assert.equal(m.closings.length, 1);
    assert.deepEqual(runChecks(m), []);
  });

  it('writes messages in English on request', () => {
    const [f] = runChecks(parseBulletin('I. Một\nx\nI. Hai\nx'), { locale: 'en' });
    assert.equal(f.message, 'Section “I.” is repeated: the sequence expects “II.”.');
  });

  it('follows severity settings: per code, per category, off', () => {
    const m = parseBulletin('1. Một\nx\n2.. Hai\nx');
    assert.equal(runChecks(m)[0].severity, 'warning');
    assert.equal(runChecks(m, { severities: { 'structure.number-format': 'error' } })[0].severity, 'error');
    assert.equal(runChecks(m, { severities: { structure: 'hint' } })[0].severity, 'hint');
    assert.deepEqual(runChecks(m, { severities: { 'structure.number-format': 'off' } }), []);
  });
});
