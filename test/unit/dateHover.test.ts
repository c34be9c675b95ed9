import * as assert from 'node:assert/strict';
import { dateHover, parseBulletin } from '../../server/src/language';

const TEXT = [
  'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 05 NĂM 2024',
  '',
  'Thứ Hai, ngày 16/01/2024 họp; ngày 20/5/2024 giao ban; ngày 10/02/2022 ký; ngày 02/6/2024 khai mạc.',
  'Từ ngày 26/2/2024 đến hết ngày 17/3/2024; giai đoạn 2021-2025; quý I/2025; tháng 12/2021; năm 2020.',
  'Kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh; 110 năm Ngày sinh Đại tướng Nguyễn Chí Thanh (01/01/1914- 01/01/2014).',
].join('\n');
const model = parseBulletin(TEXT, { declaredBulletin: true });
const hover = (s: string, locale: 'vi' | 'en' = 'vi') => dateHover(model, TEXT.indexOf(s), locale);

describe('dateHover', () => {
  it('gives the weekday and the distance from the bulletin month', () => {
    assert.match(hover('16/01/2024')!, /\*\*Thứ Ba\*\*, 16\/01\/2024/);
    assert.match(hover('16/01/2024')!, /trước kỳ bản tin \(05\/2024\) 3 tháng/);
    assert.match(hover('20/5/2024')!, /trong tháng của bản tin/);
    assert.match(hover('10/02/2022')!, /trước kỳ bản tin \(05\/2024\) 2 năm 2 tháng/);
    assert.match(hover('02/6/2024')!, /sau kỳ bản tin \(05\/2024\) 2 ngày/);
    assert.match(hover('tháng 12/2021')!, /2 năm 5 tháng/);
    assert.match(hover('năm 2020')!, /4 năm/);
  });
  it('gives the length of a range, a period and a quarter', () => {
    assert.match(hover('26/2/2024')!, /21 ngày/);
    assert.match(hover('26/2/2024')!, /Thứ Hai 26\/02\/2024 – Chủ nhật 17\/03\/2024/);
    assert.match(hover('2021-2025')!, /4 năm/);
    assert.match(hover('quý I')!, /01\/01\/2025 – 31\/03\/2025/);
  });
  it('computes an anniversary count from the founding date or the span', () => {
    assert.match(hover('134 năm')!, /19\/05\/1890.*2024.*\*\*134 năm\*\*/);
    assert.match(hover('110 năm')!, /\*\*110 năm\*\*/);
    assert.match(hover('110 năm')!, /Khoảng ghi kèm: \*\*100 năm\*\*/);
  });
  it('speaks English on request and is silent elsewhere', () => {
    assert.match(hover('16/01/2024', 'en')!, /3 months before the bulletin/);
    assert.equal(hover('họp'), undefined);
  });
});
