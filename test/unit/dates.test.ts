import * as assert from 'node:assert/strict';
import { readDates, DateMatch, SingleDate, DateRange, PeriodRange, Quarter, keywordFilter } from '../../server/src/language/parse/dates';
import { isValidDate, weekdayOf, daysBetween } from '../../server/src/language/domain/calendar';

const CTX = { year: 2024 };

/** [start, end) of the n-th occurrence of `sub` in `text`. */
function at(text: string, sub: string, nth = 0): [number, number] {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(sub, i + 1);
    assert.ok(i >= 0, `"${sub}" not in "${text}"`);
  }
  return [i, i + sub.length];
}

function only(text: string, ctx: { year?: number; month?: number } = CTX): DateMatch {
  const r = readDates(text, ctx);
  assert.equal(r.length, 1, `expected one match in "${text}", got ${JSON.stringify(r.map((m) => m.text))}`);
  return r[0];
}

function single(text: string, ctx: { year?: number; month?: number } = CTX): SingleDate {
  const m = only(text, ctx);
  assert.equal(m.kind, 'date');
  return m as SingleDate;
}

function range(text: string, ctx: { year?: number; month?: number } = CTX): DateRange {
  const m = only(text, ctx);
  assert.equal(m.kind, 'range');
  return m as DateRange;
}

function period(text: string): PeriodRange {
  const m = only(text);
  assert.equal(m.kind, 'period');
  return m as PeriodRange;
}

function ymd(d: SingleDate): [number | undefined, number | undefined, number | undefined] {
  return [d.day, d.month, d.year];
}

function none(text: string): void {
  assert.deepEqual(
    readDates(text, CTX).map((m) => m.text),
    [],
    `expected no date in "${text}"`,
  );
}

describe('readDates: forms', () => {
  it('reads dd/mm/yyyy', () => {
    const text = 'Chỉ thị số 38-CT/TU, ngày 28/11/2023 của Ban Thường vụ';
    const d = single(text);
    assert.deepEqual([d.start, d.end], at(text, '28/11/2023'));
    assert.deepEqual([d.start, d.end], [26, 36]);
    assert.deepEqual(ymd(d), [28, 11, 2023]);
    assert.equal(d.form, 'slash');
    assert.equal(d.valid, true);
    assert.equal(d.padded, false);
    assert.equal(d.text, '28/11/2023');
    assert.deepEqual(d.parts.year, { text: '2023', start: 32, end: 36 });
  });

  it('reads dd-mm-yyyy, padded', () => {
    const text = 'Nghị quyết 29-NQ/TW, ngày 04-11-2013 của';
    const d = single(text);
    assert.deepEqual([d.start, d.end], at(text, '04-11-2013'));
    assert.deepEqual(ymd(d), [4, 11, 2013]);
    assert.equal(d.form, 'dash');
    assert.equal(d.padded, true);
  });

  it('reads "ngày 01 tháng 7 năm 2014" with its words', () => {
    const text = 'Nghị quyết số 36-NQ/TW ngày 01 tháng 7 năm 2014 của Bộ Chính trị';
    const d = single(text);
    assert.deepEqual([d.start, d.end], at(text, 'ngày 01 tháng 7 năm 2014'));
    assert.deepEqual(ymd(d), [1, 7, 2014]);
    assert.equal(d.form, 'words');
    assert.equal(d.padded, true);
    const m = text.indexOf('tháng 7') + 'tháng '.length;
    assert.deepEqual(d.parts.month, { text: '7', start: m, end: m + 1 });
  });

  it('reads "21 /2/2024" with a space before the slash', () => {
    const text = '3. Ngày 21 /2/2024, Ban Chỉ đạo 35 tỉnh';
    const d = single(text);
    assert.deepEqual([d.start, d.end], [8, 18]);
    assert.deepEqual(ymd(d), [21, 2, 2024]);
  });

  it('reads month-year forms', () => {
    const text = 'tháng 12/2024, tháng 3-2024 và tháng 12 năm 2024';
    const r = readDates(text, CTX) as SingleDate[];
    assert.deepEqual(
      r.map((d) => [d.text, d.form, d.day, d.month, d.year, d.start]),
      [
        ['tháng 12/2024', 'month-year', undefined, 12, 2024, 0],
        ['tháng 3-2024', 'month-year', undefined, 3, 2024, 15],
        ['tháng 12 năm 2024', 'month-year', undefined, 12, 2024, 31],
      ],
    );
  });

  it('reads a month-year in parentheses "(12/2023)"', () => {
    const text = 'Hội nghị Ngoại giao lần thứ 32 (12/2023).';
    const d = single(text);
    assert.equal(d.form, 'month-year');
    assert.deepEqual([d.start, d.end], at(text, '12/2023'));
    assert.deepEqual(ymd(d), [undefined, 12, 2023]);
  });

  it('reads "năm 2024"', () => {
    const text = 'nhiệm vụ chính trị năm 2024 của Tỉnh ủy';
    const d = single(text);
    assert.equal(d.form, 'year-only');
    assert.deepEqual([d.start, d.end], at(text, 'năm 2024'));
    assert.equal(d.year, 2024);
    assert.equal(d.yearInferred, undefined);
  });

  it('reads "Chiều 25/11" with the context year', () => {
    const text = 'Chiều 25/11, Hội nghị bế mạc';
    const d = single(text, { year: 2024 });
    assert.deepEqual([d.start, d.end], [6, 11]);
    assert.deepEqual(ymd(d), [25, 11, 2024]);
    assert.equal(d.yearInferred, true);
    assert.equal(d.parts.year, undefined);
  });

  it('takes the nearest year to context.month for a yearless date', () => {
    assert.equal(single('sáng ngày 19/12 tại Hà Nội', { year: 2024, month: 1 }).year, 2023);
    assert.equal(single('sáng ngày 19/12 tại Hà Nội', { year: 2024, month: 12 }).year, 2024);
  });

  it('leaves the year empty without a context', () => {
    const d = single('Chiều 25/11, Hội nghị', {});
    assert.equal(d.year, undefined);
    assert.equal(d.yearInferred, undefined);
  });

  it('reads "từ 12/7 – 13/7" as a range with inferred years', () => {
    const text = 'diễn ra từ 12/7 – 13/7 tại';
    const r = range(text);
    assert.deepEqual([r.start, r.end], at(text, 'từ 12/7 – 13/7'));
    assert.equal(r.cue, 'tu-den');
    assert.deepEqual(ymd(r.from), [12, 7, 2024]);
    assert.deepEqual(ymd(r.to), [13, 7, 2024]);
    assert.equal(r.from.yearInferred, true);
    assert.equal(r.to.yearInferred, true);
    assert.deepEqual([r.from.start, r.from.end], at(text, '12/7'));
  });

  it('reads "từ ngày 26/2/2024 đến hết ngày 17/3/2024"', () => {
    const text = 'Cuộc thi được tổ chức từ ngày 26/2/2024 đến hết ngày 17/3/2024.';
    const r = range(text);
    assert.deepEqual([r.start, r.end], at(text, 'từ ngày 26/2/2024 đến hết ngày 17/3/2024'));
    assert.equal(r.cue, 'tu-den');
    assert.deepEqual(ymd(r.from), [26, 2, 2024]);
    assert.deepEqual(ymd(r.to), [17, 3, 2024]);
    assert.deepEqual([r.to.start, r.to.end], at(text, '17/3/2024'));
    assert.equal(r.ordered, true);
  });

  it('reads "từ ngày 09 - 16/11/2024": the first day borrows month and year', () => {
    const text = 'từ ngày 09 - 16/11/2024';
    const r = range(text);
    assert.deepEqual([r.start, r.end], [0, 23]);
    assert.deepEqual(ymd(r.from), [9, 11, 2024]);
    assert.deepEqual(r.from.borrowed, ['month', 'year']);
    assert.deepEqual([r.from.start, r.from.end], [8, 10]);
    assert.equal(r.from.padded, true);
    assert.deepEqual(ymd(r.to), [16, 11, 2024]);
  });

  it('reads "21-23/11/2024"', () => {
    const r = range('Hội nghị 21-23/11/2024 tại Hà Nội');
    assert.equal(r.cue, 'dash');
    assert.deepEqual([r.start, r.end], [9, 22]);
    assert.deepEqual(ymd(r.from), [21, 11, 2024]);
    assert.deepEqual(ymd(r.to), [23, 11, 2024]);
  });

  it('reads "từ ngày 12 đến 13-12-2023"', () => {
    const r = range('thăm Việt Nam từ ngày 12 đến 13-12-2023.');
    assert.deepEqual(ymd(r.from), [12, 12, 2023]);
    assert.deepEqual(ymd(r.to), [13, 12, 2023]);
    assert.equal(r.text, 'từ ngày 12 đến 13-12-2023');
  });

  it('reads "từ ngày 27-11 đến 03-12-2023"', () => {
    const r = range('được thực hiện từ ngày 27-11 đến 03-12-2023, với');
    assert.deepEqual(ymd(r.from), [27, 11, 2023]);
    assert.deepEqual(r.from.borrowed, ['year']);
    assert.deepEqual(ymd(r.to), [3, 12, 2023]);
  });

  it('puts the first end in the year before when months wrap: "từ 30/12 - 02/01/2024"', () => {
    const r = range('từ 30/12 - 02/01/2024');
    assert.deepEqual(ymd(r.from), [30, 12, 2023]);
    assert.equal(r.ordered, true);
  });

  it('reads "(30/10-01/11/2022)" and "(30-10 đến 01-11-2022)"', () => {
    const a = range('Tổng Bí thư (30/10-01/11/2022) và');
    assert.equal(a.cue, 'paren');
    assert.deepEqual(ymd(a.from), [30, 10, 2022]);
    const b = range('Tổng Bí thư (30-10 đến 01-11-2022); khẳng định');
    assert.deepEqual(ymd(b.from), [30, 10, 2022]);
    assert.deepEqual(ymd(b.to), [1, 11, 2022]);
  });

  it('reads "giai đoạn 2021-2025"', () => {
    const text = 'kinh tế - xã hội 5 năm giai đoạn 2021-2025 trong bối cảnh';
    const p = period(text);
    assert.deepEqual([p.start, p.end], at(text, 'giai đoạn 2021-2025'));
    assert.equal(p.cue, 'giai-doan');
    assert.equal(p.fromYear, 2021);
    assert.equal(p.toYear, 2025);
    assert.equal(p.valid, true);
  });

  it('reads "nhiệm kỳ 2020 - 2025" with the body before it', () => {
    const text = 'Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020 - 2025; tiếp tục';
    const p = period(text);
    assert.equal(p.cue, 'nhiem-ky');
    assert.deepEqual([p.start, p.end], at(text, 'nhiệm kỳ 2020 - 2025'));
    assert.deepEqual(p.body, { text: 'Đại hội đại biểu Đảng bộ huyện lần thứ XXII', ...spanOf(text, 'Đại hội đại biểu Đảng bộ huyện lần thứ XXII') });
  });

  it('reads the body "đại hội chi bộ" and "Quốc hội khóa XV"', () => {
    assert.equal(period('tổ chức đại hội chi bộ nhiệm kỳ 2022 - 2025').body?.text, 'đại hội chi bộ');
    assert.equal(period('Quốc hội khóa XV, nhiệm kỳ 2021 - 2026').body?.text, 'Quốc hội khóa XV');
    assert.equal(period('Quyết tâm nhiệm kỳ 2020 - 2025').body, undefined);
  });

  it('reads "thời kỳ", "năm 2022 – 2023", "giai đoạn từ năm 2021-2023" and "từ năm 2021 đến năm 2023"', () => {
    assert.equal(period('thời kỳ 2021-2030, tầm nhìn').cue, 'thoi-ky');
    const n = period('năm 2022 – 2023 nhân kỷ niệm');
    assert.equal(n.cue, 'nam');
    assert.deepEqual([n.fromYear, n.toYear], [2022, 2023]);
    assert.equal(period('Trong giai đoạn từ năm 2021-2023, dù').cue, 'giai-doan');
    const t = period('từ năm 2021 đến năm 2023 đã');
    assert.equal(t.cue, 'tu-den');
    assert.deepEqual([t.start, t.end, t.fromYear, t.toYear], [0, 24, 2021, 2023]);
  });

  it('reads anniversary spans in parentheses', () => {
    const text = '35 năm Ngày thành lập Hội Cựu chiến binh (06/12/1989 - 06/12/2024)';
    const r = range(text);
    assert.equal(r.cue, 'paren');
    assert.deepEqual([r.start, r.end], at(text, '06/12/1989 - 06/12/2024'));
    assert.deepEqual(ymd(r.from), [6, 12, 1989]);
    assert.deepEqual(ymd(r.to), [6, 12, 2024]);
  });

  it('reads "(01/01/1914- 01/01/2014)"', () => {
    const text = '110 năm Ngày sinh Đại tướng Nguyễn Chí Thanh (01/01/1914- 01/01/2014);';
    const r = range(text);
    assert.deepEqual([r.from.start, r.from.end], at(text, '01/01/1914'));
    assert.deepEqual([r.to.start, r.to.end], at(text, '01/01/2014'));
    assert.equal(r.to.year, 2014);
  });

  it('reads a year span in parentheses "(2013 - 2023)"', () => {
    const p = period('Sau 10 năm (2013 - 2023) thực hiện');
    assert.equal(p.cue, 'paren');
    assert.deepEqual([p.start, p.end], [12, 23]);
  });
});

describe('readDates: weekdays', () => {
  it('reads "Thứ Hai, ngày 15/01/2024"', () => {
    const text = 'Thứ Hai, ngày 15/01/2024';
    const d = single(text);
    assert.deepEqual([d.start, d.end], [14, 24]);
    assert.deepEqual(d.weekday, { value: 1, text: 'Thứ Hai', start: 0, end: 7 });
    assert.equal(weekdayOf(15, 1, 2024), 1);
  });

  it('reads "thứ Bảy (20/1)" and "Chủ nhật, 21/1"', () => {
    const text = 'vào thứ Bảy (20/1) và Chủ nhật, 21/1';
    const r = readDates(text, CTX) as SingleDate[];
    assert.equal(r.length, 2);
    assert.deepEqual(ymd(r[0]), [20, 1, 2024]);
    assert.deepEqual(r[0].weekday, { value: 6, text: 'thứ Bảy', ...spanOf(text, 'thứ Bảy') });
    assert.deepEqual(ymd(r[1]), [21, 1, 2024]);
    assert.deepEqual(r[1].weekday, { value: 0, text: 'Chủ nhật', ...spanOf(text, 'Chủ nhật') });
  });

  it('reads "thứ 7, ngày 20/01/2024"', () => {
    const d = single('thứ 7, ngày 20/01/2024');
    assert.equal(d.weekday?.value, 6);
  });

  it('does not take an enumeration "Thứ hai, …" for a weekday', () => {
    none('Thứ hai, tiếp tục rà soát, hoàn thiện thể chế');
  });
});

describe('readDates: quarters', () => {
  it('reads "quý I/2025"', () => {
    const m = only('trong quý I/2025 sẽ') as Quarter;
    assert.equal(m.kind, 'quarter');
    assert.deepEqual([m.start, m.end, m.quarter, m.year, m.roman], [6, 16, 1, 2025, 'I']);
  });

  it('reads "quý IV năm 2024"', () => {
    const text = 'trình Chính phủ (Quý IV năm 2024); tiếp tục';
    const m = only(text) as Quarter;
    assert.deepEqual([m.start, m.end], at(text, 'Quý IV năm 2024'));
    assert.equal(m.quarter, 4);
    assert.equal(m.year, 2024);
  });

  it('reads "quý II" with the context year', () => {
    const m = only('so với quý II, đạt') as Quarter;
    assert.equal(m.quarter, 2);
    assert.equal(m.yearInferred, true);
  });

  it('does not read "bài học quý" as a quarter', () => {
    none('những bài học quý, kinh nghiệm hay');
  });
});

describe('readDates: impossible values are read and marked', () => {
  const cases: Array<[string, string]> = [
    ['31/6/2024', 'day-out-of-range'],
    ['29/02/2023', 'not-leap-year'],
    ['15/13/2024', 'month-out-of-range'],
    ['0/5/2024', 'day-out-of-range'],
    ['31-4-2024', 'day-out-of-range'],
    ['ngày 30 tháng 2 năm 2024', 'day-out-of-range'],
    ['12/5/20240', 'year-digits'],
  ];
  for (const [text, problem] of cases) {
    it(`"${text}" → ${problem}`, () => {
      const d = single(`ngày ${text.replace(/^ngày /, '')} của`);
      assert.equal(d.valid, false);
      assert.equal(d.problem, problem);
    });
  }

  it('accepts 29/02/2024 (leap year)', () => {
    const d = single('ngày 29/02/2024');
    assert.equal(d.valid, true);
  });

  it('reads the five-digit year "20230 - 2035"', () => {
    const text = 'quốc tế ở 08 ngành giai đoạn 20230 - 2035 và Đại học';
    const p = period(text);
    assert.equal(p.valid, false);
    assert.equal(p.problem, 'year-digits');
    assert.equal(p.fromYear, 20230);
    assert.deepEqual([p.fromPart.start, p.fromPart.end], at(text, '20230'));
  });
});

describe('readDates: not dates', () => {
  const traps = [
    'đứng thứ 7/14 tỉnh vùng Trung du',
    'đứng thứ 02/14 tỉnh trong Vùng',
    'hoàn thành 14/20 chỉ tiêu',
    'chiếm 3/5 nền kinh tế thế giới',
    '67/67 (100%) đảng bộ',
    'triển khai cho 298.925/253.596 đoàn viên',
    'thu nhập 10,6 triệu đồng/tháng',
    'trực 24/7 để tiếp nhận',
    'dịch Covid-19 và nhóm G20',
    'liên hệ 0912.224.304',
    'Chỉ thị số 38-CT/TU của Tỉnh ủy',
    'Nghị quyết số 103/2023/QH15 về Kế hoạch',
    'Nghị định 30/2020/NĐ-CP về công tác văn thư',
    'Kế hoạch số 188/KH-UBND, Chỉ thị số 05/CT-TU',
    'Công văn số Số: 1099  - CV/ĐUK và 264- KH/BCĐ',
    'tăng 6,0 - 6,5% và 4.700 - 4.730 đôla',
    'thực hiện 1.966 nhiệm vụ',
    'Điều 24 khoản 3',
    'đến 8h sáng',
    'trong 48 năm qua',
    '10 tháng năm',
    'cùng kỳ 2023 - 2025 Liên hợp quốc',
    'có hơn 270/538 phiếu',
    'lần thứ 32 và 12/2023',
  ];
  for (const text of traps) {
    it(`"${text}"`, () => none(text));
  }

  it('reads "24/7" after "ngày"', () => {
    assert.deepEqual(ymd(single('ngày 24/7 tới')), [24, 7, 2024]);
  });
});

describe('readDates: date cues for a day/month without year', () => {
  it('reads "Ngày Quốc tế Phụ nữ (8/3)"', () => {
    const text = 'Ngày Quốc tế Phụ nữ (8/3); 93 năm';
    const d = single(text);
    assert.deepEqual([d.start, d.end], at(text, '8/3'));
    assert.deepEqual(ymd(d), [8, 3, 2024]);
    assert.equal(d.yearInferred, true);
  });

  it('reads "( 10/3 âm lịch)" as lunar', () => {
    const d = single('ngày Giỗ Tổ Hùng Vương ( 10/3 âm lịch)');
    assert.equal(d.lunar, true);
  });

  it('reads "Ngày Thầy thuốc Việt Nam 27/2, Ngày Thể thao Việt Nam 27/3"', () => {
    const r = readDates('Ngày Thầy thuốc Việt Nam 27/2, Ngày Thể thao Việt Nam 27/3, và', CTX) as SingleDate[];
    assert.deepEqual(
      r.map((d) => d.text),
      ['27/2', '27/3'],
    );
  });

  it('reads "Quốc hội Nhật Bản (29-11)"', () => {
    const d = single('tại Quốc hội Nhật Bản (29-11), Chủ tịch nước', { year: 2023 });
    assert.equal(d.form, 'dash');
    assert.deepEqual(ymd(d), [29, 11, 2023]);
  });

  it('reads "từ ngày 25/7 đến nay"', () => {
    assert.deepEqual(ymd(single('(từ ngày 25/7 đến nay là trên 550 ca)', { year: 2020 })), [25, 7, 2020]);
  });

  it('reads a list "ngày 12/7 và 15/7"', () => {
    const r = readDates('vào ngày 12/7 và 15/7.', CTX);
    assert.deepEqual(
      r.map((m) => m.text),
      ['12/7', '15/7'],
    );
  });

  it('skips a bare d/m without a cue', () => {
    none('đạt 12/7 so với');
  });
});

describe('readDates: whole paragraphs', () => {
  it('reads every date of a citation-rich sentence with exact offsets', () => {
    const text =
      'Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị; Nghị quyết số 20-NQ/TW ngày 01/11/2012; Công văn số 1142-CV/ĐUK, ngày 20/02/2024.';
    const r = readDates(text, CTX) as SingleDate[];
    assert.deepEqual(
      r.map((d) => [d.text, d.start, d.end]),
      [
        ['11/01/2024', ...at(text, '11/01/2024')],
        ['01/11/2012', ...at(text, '01/11/2012')],
        ['20/02/2024', ...at(text, '20/02/2024')],
      ],
    );
  });

  it('handles double spaces', () => {
    const d = single('THÁNG  01 NĂM 2024');
    assert.equal(d.form, 'month-year');
    assert.deepEqual([d.month, d.year, d.start, d.end], [1, 2024, 0, 18]);
  });
});

describe('readDates: linear time', () => {
  it('reads 1 MB of "1/1/1/…" quickly', () => {
    const text = '1/'.repeat(500_000);
    const t0 = process.hrtime.bigint();
    const r = readDates(text, CTX);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.deepEqual(r, []);
    assert.ok(ms < 5000, `took ${ms} ms`); // quadratic behaviour would take minutes
  });

  it('reads 1 MB of "từ từ từ…" quickly', () => {
    const text = 'từ '.repeat(350_000);
    const t0 = process.hrtime.bigint();
    const r = readDates(text, CTX);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.deepEqual(r, []);
    assert.ok(ms < 5000, `took ${ms} ms`); // quadratic behaviour would take minutes
  });

  it('reads 1 MB of "ngày 1 tháng 1 năm ngày…" and "(((…" quickly', () => {
    for (const unit of ['ngày 1 tháng ', '(', '- 2020 ', 'năm ', 'quý I/']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const t0 = process.hrtime.bigint();
      readDates(text, CTX);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      assert.ok(ms < 5000, `"${unit}" took ${ms} ms`);
    }
  });
});

describe('calendar helpers', () => {
  it('isValidDate', () => {
    assert.equal(isValidDate(29, 2, 2024), true);
    assert.equal(isValidDate(29, 2, 2023), false);
    assert.equal(isValidDate(29, 2, 1900), false);
    assert.equal(isValidDate(29, 2, 2000), true);
    assert.equal(isValidDate(31, 4, 2024), false);
    assert.equal(isValidDate(0, 5, 2024), false);
    assert.equal(isValidDate(1, 13, 2024), false);
  });

  it('weekdayOf (0 = Chủ nhật)', () => {
    assert.equal(weekdayOf(1, 1, 1970), 4);
    assert.equal(weekdayOf(21, 1, 2024), 0);
    assert.equal(weekdayOf(3, 2, 1930), 1);
    assert.equal(weekdayOf(2, 9, 1945), 0);
  });

  it('daysBetween', () => {
    assert.equal(daysBetween({ day: 26, month: 2, year: 2024 }, { day: 17, month: 3, year: 2024 }), 20);
    assert.equal(daysBetween({ day: 1, month: 1, year: 2024 }, { day: 1, month: 1, year: 2025 }), 366);
    assert.equal(daysBetween({ day: 2, month: 1, year: 2024 }, { day: 1, month: 1, year: 2024 }), -1);
  });
});

function spanOf(text: string, sub: string, nth = 0): { start: number; end: number } {
  const [start, end] = at(text, sub, nth);
  return { start, end };
}

describe('dates: the keyword pre-filters of the tokenizer are exact', () => {
  it('every code point whose lower case starts a keyword is an initial; no keyword is longer than the limit; lower-casing never shortens', () => {
    const firsts = new Set([...keywordFilter.words].map((w) => w[0]));
    for (const w of keywordFilter.words) assert.ok(w.length <= keywordFilter.maxLength, w);
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const lower = ch.toLowerCase();
      assert.ok(lower.length >= ch.length, `U+${cp.toString(16)} shortens`);
      if (firsts.has(lower[0])) assert.ok(keywordFilter.initials.has(ch.charCodeAt(0)), `U+${cp.toString(16)} starts a keyword`);
    }
  });
});
