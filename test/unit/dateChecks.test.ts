import * as assert from 'node:assert/strict';
import { applyEdits, parseBulletin } from '../../server/src/language';
import { findingsOf } from '../helpers/checkSnippet';

/** Runs the date checks on a bulletin with the given title month and body lines; returns `code “found”` per finding. */
function dates(body: string, title = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 05 NĂM 2024', flavor: 'plain' | 'markdown' = 'plain') {
  const text = `${title}\n\nI. THÔNG TIN\n1. Nội dung\n${body}\n`;
  const findings = findingsOf('date', text, { flavor, declaredBulletin: true });
  return {
    text,
    findings,
    found: findings.map((f) => `${f.code} “${text.slice(f.span.start, f.span.end)}”`),
    fixed: (i = 0) => applyEdits(text, findings[i].fix!.edits),
  };
}

describe('date.invalid', () => {
  it('reports impossible days, months and years', () => {
    assert.deepEqual(dates('Ngày 31/6/2024 họp.').found, ['date.invalid “31/6/2024”']);
    assert.deepEqual(dates('Ngày 29/02/2023 ký.').found, ['date.invalid “29/02/2023”']);
    assert.deepEqual(dates('Ngày 15/13/2024 ký.').found, ['date.invalid “15/13/2024”']);
    assert.deepEqual(dates('ngày 00/5/2024 ký.').found, ['date.invalid “00/5/2024”']);
    assert.deepEqual(dates('ngày 31 tháng 4 năm 2024 ký.').found, ['date.invalid “ngày 31 tháng 4 năm 2024”']);
    assert.deepEqual(dates('giai đoạn 20230 - 2035, tầm nhìn 2045.').found, ['date.invalid “20230”']);
  });
  it('names the problem and offers no fix', () => {
    const r = dates('Ngày 31/6/2024 họp.');
    assert.match(r.findings[0].message, /tháng 6 không có ngày 31/);
    assert.equal(r.findings[0].fix, undefined);
  });
  it('stays quiet on real dates and on numbers that are not dates', () => {
    const body = [
      'Ngày 29/02/2024 là ngày có thật.',
      'Đứng thứ 7/14 tỉnh, thứ 36/63 tỉnh, thành phố; 14/20 chỉ tiêu đạt; 67/67 xã; 3/5 nền kinh tế lớn.',
      'Thu ngân sách 298.925/253.596 tỷ đồng; 02/14 đơn vị; làm việc 24/7.',
      'Nghị định số 30/2020/NĐ-CP và Chỉ thị số 38-CT/TU đã được triển khai.',
    ].join('\n');
    assert.deepEqual(dates(body).found, []);
  });
  it('leaves lunar dates alone: a lunar month may have 30 days', () => {
    assert.deepEqual(dates('Ngày 30/2/2024 âm lịch là ngày cuối tháng.').found, []);
  });
  it('leaves a year-less "29/2" alone in a common year: its year is only inferred', () => {
    assert.deepEqual(dates('Chiều 29/2, các chi bộ họp.', 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 02 NĂM 2023').found, []);
  });
  it('does not report the title: structure.title-period does', () => {
    assert.deepEqual(dates('Nội dung.', 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 13 NĂM 2024').found, []);
  });
});

describe('date.range-order', () => {
  it('reports a range that ends before it starts', () => {
    assert.deepEqual(dates('Từ ngày 20/3/2024 đến ngày 12/3/2024 tổ chức hội thi.').found, ['date.range-order “Từ ngày 20/3/2024 đến ngày 12/3/2024”']);
    assert.deepEqual(dates('Chương trình giai đoạn 2025 - 2021.').found, ['date.range-order “giai đoạn 2025 - 2021”']);
  });
  it('accepts ranges across the new year and borrowed parts', () => {
    const body = 'Hội nghị (30/12/2023 - 02/01/2024); từ ngày 30/12 đến 02/01/2025; từ ngày 09 - 16/11/2024; 21-23/11/2024; từ 12/7 – 13/7.';
    assert.deepEqual(dates(body).found, []);
  });
});

describe('date.weekday', () => {
  it('reports a weekday that does not match and fixes it in the same style', () => {
    const r = dates('Thứ Hai, ngày 16/01/2024: họp Ban Thường vụ.');
    assert.deepEqual(r.found, ['date.weekday “Thứ Hai”']);
    assert.match(r.findings[0].message, /16\/01\/2024.*Thứ Ba/);
    assert.match(r.fixed(), /Thứ Ba, ngày 16\/01\/2024/);
    assert.match(dates('Sáng thứ 3 (24/01/2024), giao ban.').fixed(), /thứ 4 \(24\/01/);
    assert.match(dates('thứ năm, ngày 26/01/2024: họp.').fixed(), /thứ sáu, ngày/);
    assert.match(dates('THỨ HAI, NGÀY 16/01/2024').fixed(), /THỨ BA, NGÀY/);
    assert.match(dates('Thứ Bảy, ngày 14/01/2024: họp.').fixed(), /Chủ nhật, ngày 14/);
  });
  it('accepts the right weekdays, with written or inferred years', () => {
    const body = 'Thứ Ba, ngày 16/01/2024 giao ban; sáng thứ 7 (20/1/2024) ra quân; Chủ nhật, ngày 21/01/2024 hiến máu; chiều Thứ Năm (23/5) họp.';
    assert.deepEqual(dates(body).found, []);
  });
});

describe('date.anniversary', () => {
  it('reports a count that does not match its span; the fix ends the span in the bulletin year', () => {
    const r = dates('Kỷ niệm 110 năm Ngày sinh Đại tướng Nguyễn Chí Thanh (01/01/1914- 01/01/2014).');
    assert.deepEqual(r.found, ['date.anniversary “110 năm”']);
    assert.match(r.findings[0].message, /110 năm.*100 năm/);
    assert.match(r.fixed(), /\(01\/01\/1914- 01\/01\/2024\)/);
  });
  it('fixes the count when the span already ends in the bulletin year', () => {
    const r = dates('Kỷ niệm 36 năm Ngày thành lập Hội Cựu chiến binh Việt Nam (06/12/1989 - 06/12/2024).');
    assert.deepEqual(r.found, ['date.anniversary “36 năm”']);
    assert.match(r.fixed(), /Kỷ niệm 35 năm/);
    assert.ok(r.findings[0].fix?.preferred);
  });
  it('checks a known founding date against the bulletin year', () => {
    const r = dates('Lễ biểu dương nhân kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh.');
    assert.deepEqual(r.found, ['date.anniversary “133 năm”']);
    assert.match(r.findings[0].message, /133 năm.*2024.*134 năm/);
    assert.match(r.fixed(), /kỷ niệm 134 năm/);
  });
  it('takes the next year for an anniversary early next year announced in December', () => {
    const december = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024';
    assert.deepEqual(dates('Chuẩn bị kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam.', december).found, []);
    assert.deepEqual(dates('Năm 2025 kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh.', december).found, []);
    const august = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 08 NĂM 2024';
    assert.deepEqual(dates('Chuẩn bị kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam.', august).found, []);
    assert.deepEqual(dates('Tổ chức kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam.', august).found, ['date.anniversary “95 năm”']);
  });
  it('accepts right counts, spans and implementation periods', () => {
    const body = [
      'Kỷ niệm 35 năm Ngày thành lập Hội Cựu chiến binh Việt Nam (06/12/1989 - 06/12/2024).',
      'Kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2024); 134 năm Ngày sinh Chủ tịch Hồ Chí Minh.',
      'Sau 10 năm (2013 - 2023) thực hiện Nghị quyết 29-NQ/TW, ngày 04-11-2013 của Ban Chấp hành Trung ương.',
      'Sau hơn 10 năm thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013, chất lượng được nâng lên.',
      'Tổng kết 20 năm thực hiện Chỉ thị số 40-CT/TW ngày 15/6/2004 của Ban Bí thư.',
      'Trong 48 năm qua, quan hệ hai nước phát triển; kỷ niệm 50 năm thiết lập quan hệ ngoại giao.',
    ].join('\n');
    assert.deepEqual(dates(body).found, []);
  });
  it('reports an implementation count longer than the time since the document', () => {
    const r = dates('Tổng kết 15 năm thực hiện Chỉ thị số 40-CT/TW ngày 15/6/2014 của Ban Bí thư.');
    assert.deepEqual(r.found, ['date.anniversary “15 năm”']);
    assert.equal(r.findings[0].fix?.preferred, false);
  });
  it('stays quiet without a bulletin year', () => {
    assert.deepEqual(dates('Kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh.', 'Bản tin nội bộ').found, []);
  });
});

describe('date.term-length', () => {
  it('reports a five-year body with another length', () => {
    const r = dates('Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020 - 2026 thành công.');
    assert.deepEqual(r.found, ['date.term-length “2020 - 2026”']);
    assert.match(r.findings[0].message, /6 năm.*5 năm/);
  });
  it('accepts chi bộ terms of 2, 3 or 5 years, Quốc hội 2021 - 2026, and unknown bodies', () => {
    const body = [
      'Đại hội chi bộ Phòng Tổng hợp nhiệm kỳ 2025 - 2027; đại hội chi bộ Phòng Kế hoạch nhiệm kỳ 2022 - 2025.',
      'Đại hội Chi bộ cơ sở Trường Tiểu học nhiệm kỳ 2020 - 2025.',
      'Quốc hội khóa XV, nhiệm kỳ 2021 - 2026; Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023 - 2025; nhiệm kỳ 2019 - 2025.',
    ].join('\n');
    assert.deepEqual(dates(body).found, []);
  });
  it('reports a chi bộ term of one year', () => {
    assert.deepEqual(dates('Đại hội chi bộ Văn phòng nhiệm kỳ 2025 - 2026.').found, ['date.term-length “2025 - 2026”']);
  });
});

describe('date.period and date.future-event', () => {
  const december = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024';
  it('reports a guidance heading for another month', () => {
    const text = `${december}\n\nB. ĐỊNH HƯỚNG NỘI DUNG TUYÊN TRUYỀN THÁNG 11/2024\n1. Kết quả công tác tháng 11/2024\nNội dung.\n`;
    const f = findingsOf('date', text, { flavor: 'auto', declaredBulletin: true });
    assert.deepEqual(f.map((x) => `${x.range.start.line + 1}:${x.code}`), ['3:date.period']);
  });
  it('reports a past event dated after the bulletin month', () => {
    assert.deepEqual(dates('Ngày 05/01/2025, Ban Chấp hành đã họp phiên thường kỳ.', december).found, ['date.future-event “05/01/2025”']);
  });
  it('leaves plans, deadlines, citations and events inside the month alone', () => {
    const body = [
      'Hội nghị dự kiến tổ chức ngày 10/01/2025, các chi bộ đã được thông báo.',
      'Các chi bộ đã nhận văn bản và nộp báo cáo trước ngày 15/01/2025.',
      'Ngày 20/01/2025, Ban Chấp hành sẽ họp.',
      'Ngày 28/12/2024, Ban Thường vụ đã tổ chức hội nghị.',
      'Đảng ủy đã ban hành Nghị quyết số 12-NQ/ĐU ngày 02/01/2025 về công tác năm 2025.',
    ].join('\n');
    assert.deepEqual(dates(body, december).found, []);
  });
});

describe('date.mixed-format and date.padding (hints)', () => {
  it('hints at two styles in one sentence, not across sentences', () => {
    const r = dates('Kế hoạch ngày 05/02/2024 và Công văn ngày 20-02-2024 đã ban hành.');
    assert.deepEqual(r.found, ['date.mixed-format “20-02-2024”']);
    assert.equal(r.findings[0].severity, 'hint');
    assert.deepEqual(dates('Kế hoạch ngày 05/02/2024. Công văn ngày 20-02-2024.').found, []);
  });
  it('pads day and months 1, 2 in the issue-date line only', () => {
    const r = dates('Hà Nội, ngày 5 tháng 2 năm 2024');
    assert.deepEqual(r.found, ['date.padding “5”', 'date.padding “2”']);
    assert.ok(r.findings.every((f) => f.severity === 'hint'));
    assert.match(r.fixed(0), /ngày 05 tháng 2/);
    assert.deepEqual(dates('Hà Nội, ngày 05 tháng 3 năm 2024').found, []);
    assert.deepEqual(dates('Hội nghị ngày 5 tháng 2 năm 2024 tại Hà Nội.').found, []);
  });
});

describe('page breaks', () => {
  it('reads "ngày 27 tháng 01" + "năm 2015" across a page break as one date, in plain text too', () => {
    const r = dates('Chỉ thị số 28-CT/TU ngày 27 tháng 01\n\n\n\nnăm 2015 của Thành ủy; Thứ Ba, ngày 21 tháng 5\n\n\n\nnăm 2024 họp.');
    assert.deepEqual(r.found, []);
    const model = parseBulletin(r.text, { flavor: 'plain' });
    const d = model.dates.map((f) => f.item).find((m) => m.kind === 'date' && m.day === 27);
    assert.ok(d && d.kind === 'date');
    assert.equal(d.year, 2015);
    assert.equal(d.yearInferred, undefined);
  });
});
