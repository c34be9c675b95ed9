import * as assert from 'node:assert/strict';
import { readInlineRuns } from '../../server/src/language/parse/inlineMarkers';

const runs = (text: string): string[][] => readInlineRuns(text).map((run) => run.map((m) => `${m.text}@${m.start}`));

describe('inline enumerations (parse/inlineMarkers)', () => {
  it('reads the points that start clauses of one paragraph, by style', () => {
    const text = 'Các nhiệm vụ: Một là, quán triệt nghị quyết; hai là, nâng cao chất lượng; bốn là, chuẩn bị đại hội.';
    assert.deepEqual(runs(text), [[`Một là@${text.indexOf('Một')}`, `hai là@${text.indexOf('hai là')}`, `bốn là@${text.indexOf('bốn')}`]]);
    const paren = '(1) tăng trưởng 7%; (2) thu ngân sách vượt dự toán; (4) giảm nghèo 1%.';
    assert.deepEqual(runs(paren), [['(1)@0', `(2)@${paren.indexOf('(2)')}`, `(4)@${paren.indexOf('(4)')}`]]);
    const thu = 'Chi bộ tập trung: Thứ nhất, đổi mới phương thức lãnh đạo. Thứ hai, siết chặt kỷ luật.';
    assert.deepEqual(readInlineRuns(thu).map((r) => r.map((m) => m.values[0])), [[1, 2]]);
  });

  it('keeps a point written inside a clause, marked, for the judge to count when it comes in turn', () => {
    const text = 'tập trung vào các mục tiêu sau: (i) Tiếp tục củng cố môi trường hòa bình, đi đôi với (ii) bảo vệ vững chắc độc lập; (iii) Tận dụng các yếu tố quốc tế; (iv) Nâng cao vị thế đất nước.';
    assert.deepEqual(readInlineRuns(text).map((r) => r.map((m) => `${m.text}:${m.clause}`)), [['(i):true', '(ii):false', '(iii):true', '(iv):true']]);
  });

  it('keeps no lone point, no point inside a clause, no weekday and no run of the line start alone', () => {
    assert.deepEqual(runs('(1) Đặt hợp tác kinh tế làm trọng tâm, như đã nêu ở mục (2) phía trên.'), []);
    assert.deepEqual(runs('Đại hội lần thứ hai, nhiệm kỳ 2020 - 2025; lần thứ ba, nhiệm kỳ 2025 - 2030.'), []);
    assert.deepEqual(runs('Lịch họp: Thứ Hai, ngày 16/12/2024; Thứ Ba, ngày 17/12/2024.'), []);
    assert.deepEqual(runs('Thứ nhất, tập trung hoàn thành các chỉ tiêu năm 2024.'), []);
    assert.deepEqual(runs('Theo khoản (1), (2) Điều 5 của Quy định.'), []);
  });
});
