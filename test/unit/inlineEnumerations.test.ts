import * as assert from 'node:assert/strict';
import { parseBulletin, runChecks } from '../../server/src/language';

const HEAD = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024\n\nI. ĐỊNH HƯỚNG\n1. Nhiệm vụ\n';

function enumerationFindings(body: string) {
  return runChecks(parseBulletin(HEAD + body, { flavor: 'plain' })).filter((f) => f.code === 'structure.enumeration-sequence');
}

describe('structure.enumeration-sequence inside a paragraph', () => {
  it('reports the skipped point of "Một là, …; hai là, …; bốn là, …" once, with the point meant', () => {
    const got = enumerationFindings('Các nhiệm vụ: Một là, quán triệt nghị quyết; hai là, nâng cao chất lượng; bốn là, chuẩn bị đại hội.');
    assert.deepEqual(got.map((f) => f.message), ['Ý “bốn là” nhảy cóc: theo thứ tự phải là “ba là”.']);
    assert.equal(got[0].fix?.edits[0].newText, 'ba là');
  });

  it('one missing point is one finding, with no renumbering when the points after it go on from the number written', () => {
    const got = enumerationFindings('Gồm: (1) tăng trưởng; (2) thu ngân sách; (4) giảm nghèo; (5) việc làm; (6) môi trường.');
    assert.equal(got.length, 1);
    assert.equal(got[0].fix, undefined);
  });

  it('stays quiet on runs in turn, on points inside a clause that come in turn, on references and on weekdays', () => {
    assert.deepEqual(enumerationFindings('Thứ nhất, đổi mới; Thứ hai, siết chặt kỷ luật; Thứ ba, phát triển đảng viên.'), []);
    assert.deepEqual(enumerationFindings('Mục tiêu: (i) Củng cố hòa bình, đi đôi với (ii) bảo vệ chủ quyền; (iii) Tận dụng thời cơ; (iv) Nâng cao vị thế.'), []);
    assert.deepEqual(enumerationFindings('(1) Đặt hợp tác kinh tế làm trọng tâm, như đã nêu ở mục (3) phía trên.'), []);
    assert.deepEqual(enumerationFindings('Lịch họp: Thứ Hai, ngày 16/12/2024; Thứ Tư, ngày 18/12/2024.'), []);
    assert.deepEqual(enumerationFindings('Các bước: (2) rà soát; (4) báo cáo.'), []); // a run that does not start at its first point
  });
});
