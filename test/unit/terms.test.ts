import * as assert from 'node:assert/strict';
import {
  centralTermAt,
  romanToInt,
  intToRoman,
  nationalAssemblyTermFits,
  nationalAssemblyTermAt,
  termBodyKind,
  termSpanFits,
  CENTRAL_TERMS,
} from '../../server/src/language/domain/terms';
import { ANNIVERSARIES, findAnniversary, foldForMatch } from '../../server/src/language/domain/anniversaries';
import { readAnniversaryCounts } from '../../server/src/language/parse/anniversaries';

const d = (day: number, month: number, year: number) => ({ day, month, year });

describe('terms: Central Committee', () => {
  it('has khóa IX…XIV in order', () => {
    assert.deepEqual(
      CENTRAL_TERMS.map((t) => t.roman),
      ['IX', 'X', 'XI', 'XII', 'XIII', 'XIV'],
    );
  });

  it('dates documents to their term', () => {
    assert.deepEqual(centralTermAt(d(13, 4, 2007)), { roman: 'X', value: 10 }); // 11-CT/TW, Bộ Chính trị khóa X
    assert.deepEqual(centralTermAt(d(4, 11, 2013)), { roman: 'XI', value: 11 }); // 29-NQ/TW
    assert.deepEqual(centralTermAt(d(25, 10, 2017)), { roman: 'XII', value: 12 });
    assert.deepEqual(centralTermAt(d(24, 11, 2023)), { roman: 'XIII', value: 13 });
    assert.deepEqual(centralTermAt(d(15, 6, 2004)), { roman: 'IX', value: 9 });
    assert.deepEqual(centralTermAt(d(9, 1, 2026)), { roman: 'XIII', value: 13 });
    assert.deepEqual(centralTermAt(d(1, 3, 2026)), { roman: 'XIV', value: 14 });
  });

  it('is ambiguous within ±10 days of a congress', () => {
    assert.equal(centralTermAt(d(31, 1, 2021)), 'ambiguous');
    assert.equal(centralTermAt(d(20, 1, 2021)), 'ambiguous'); // 6 days before the opening
    assert.equal(centralTermAt(d(11, 2, 2021)), 'ambiguous'); // 10 days after the closing
    assert.deepEqual(centralTermAt(d(12, 2, 2021)), { roman: 'XIII', value: 13 });
    assert.deepEqual(centralTermAt(d(9, 1, 2016)), { roman: 'XI', value: 11 }); // 11 days before the opening of XII
    assert.equal(centralTermAt(d(10, 1, 2016)), 'ambiguous');
    assert.equal(centralTermAt(d(23, 1, 2026)), 'ambiguous');
  });

  it('knows nothing before khóa IX', () => {
    assert.equal(centralTermAt(d(1, 10, 1997)), undefined);
  });
});

describe('terms: National Assembly', () => {
  it('QH13 fits 28/11/2014 (88/2014/QH13)', () => {
    assert.equal(nationalAssemblyTermFits(13, d(28, 11, 2014)), true);
  });

  it('QH15 fits 2023 but QH14 does not', () => {
    assert.equal(nationalAssemblyTermFits(15, d(9, 11, 2023)), true);
    assert.equal(nationalAssemblyTermFits(14, d(9, 11, 2023)), false);
  });

  it('QH14 window 2016-07 … 2021-07', () => {
    assert.equal(nationalAssemblyTermFits(14, d(1, 3, 2016)), false);
    assert.equal(nationalAssemblyTermFits(14, d(1, 9, 2016)), true);
    assert.equal(nationalAssemblyTermFits(14, d(1, 7, 2021)), true);
    assert.equal(nationalAssemblyTermFits(14, d(1, 12, 2021)), false);
  });

  it('QH16 fits after April 2026; QH15 up to it', () => {
    assert.equal(nationalAssemblyTermFits(16, d(1, 6, 2026)), true);
    assert.equal(nationalAssemblyTermFits(16, d(1, 1, 2026)), false);
    assert.equal(nationalAssemblyTermFits(15, d(1, 3, 2026)), true);
    assert.equal(nationalAssemblyTermFits(15, d(1, 9, 2026)), false);
  });

  it('unknown terms are undefined', () => {
    assert.equal(nationalAssemblyTermFits(12, d(1, 1, 2010)), undefined);
  });

  it('nationalAssemblyTermAt', () => {
    assert.equal(nationalAssemblyTermAt(d(1, 1, 2024))?.value, 15);
  });
});

describe('terms: Roman numerals', () => {
  it('round-trips 1…50', () => {
    for (let n = 1; n <= 50; n++) assert.equal(romanToInt(intToRoman(n) ?? ''), n);
  });

  it('reads term numerals', () => {
    assert.equal(romanToInt('XIII'), 13);
    assert.equal(romanToInt('xiv'), 14);
    assert.equal(romanToInt('XXII'), 22);
    assert.equal(intToRoman(19), 'XIX');
  });

  it('rejects non-canonical numerals', () => {
    assert.equal(romanToInt('IIII'), undefined);
    assert.equal(romanToInt('VX'), undefined);
    assert.equal(romanToInt('ABC'), undefined);
    assert.equal(romanToInt(''), undefined);
    assert.equal(intToRoman(0), undefined);
  });
});

describe('terms: term length by body', () => {
  const five = [
    'Đại hội đại biểu Đảng bộ huyện lần thứ XXII',
    'Đại hội Đảng bộ tỉnh Yên Bái lần thứ XIX',
    'Đảng bộ Thành phố lần thứ XI',
    'Quốc hội khóa XV',
    'Hội đồng nhân dân tỉnh',
    'Ban Chấp hành Trung ương Đảng',
    'đại hội đảng bộ các cấp',
    'Đảng bộ Khối các cơ quan tỉnh',
    'Đảng uỷ Khối',
    'đại hội Đảng các cấp',
  ];
  for (const p of five) it(`"${p}" is five-year`, () => assert.equal(termBodyKind(p), 'five-year'));

  const chiBo = ['đại hội chi bộ', 'Đại hội Chi bộ Phòng Tổng hợp thuộc Đảng bộ cơ quan', 'chi bộ'];
  for (const p of chiBo) it(`"${p}" is chi-bo`, () => assert.equal(termBodyKind(p), 'chi-bo'));

  const unclear = ['Hội đồng Nhân quyền Liên hợp quốc', 'Hội đồng Chấp hành UNESCO', 'Đại hội', 'đảng bộ bộ phận', 'Quyết tâm', ''];
  for (const p of unclear) it(`"${p}" is unclear`, () => assert.equal(termBodyKind(p), undefined));

  it('term spans', () => {
    assert.equal(termSpanFits('five-year', 2020, 2025), true);
    assert.equal(termSpanFits('five-year', 2020, 2026), false);
    assert.equal(termSpanFits('chi-bo', 2022, 2025), true);
    assert.equal(termSpanFits('chi-bo', 2025, 2027), true);
    assert.equal(termSpanFits('chi-bo', 2020, 2025), true); // chi bộ cơ sở, once in five years
    assert.equal(termSpanFits('chi-bo', 2020, 2024), false);
    assert.equal(termSpanFits('chi-bo', 2020, 2026), false);
  });
});

describe('anniversaries: table', () => {
  it('holds the 28 verified or sample-consistent entries', () => {
    assert.equal(ANNIVERSARIES.length, 28);
    assert.equal(new Set(ANNIVERSARIES.map((a) => a.id)).size, 28);
    for (const a of ANNIVERSARIES) assert.ok(a.day >= 1 && a.day <= 31 && a.month >= 1 && a.month <= 12 && a.year > 1800, a.id);
  });

  it('folds old tone placement', () => {
    assert.equal(foldForMatch('Đảng uỷ  Khối Hoá'), 'đảng ủy khối hóa');
    assert.equal(foldForMatch('quý'), 'quý');
  });
});

describe('anniversaries: findAnniversary', () => {
  const cases: Array<[string, string]> = [
    ['Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024)', 'hcm-sinh'],
    ['Ngày sinh Bác Hồ', 'hcm-sinh'],
    ['Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)', 'dang'],
    ['thành lập Đảng Cộng sản Việt Nam', 'dang'],
    ['Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2024)', 'qdnd'],
    ['thành lập Quân đội nhân dân Việt Nam', 'qdnd'],
    ['Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2024)', 'doan'],
    ['Ngày sinh Đại tướng Nguyễn Chí Thanh (01/01/1914- 01/01/2014)', 'nguyen-chi-thanh'],
    ['Chiến thắng Điện Biên Phủ (07/5/1954 – 07/5/2024)', 'dien-bien-phu'],
    ['Ngày hội Quốc phòng toàn dân', 'qptd'],
    ['Ngày Bác Hồ ra đi tìm đường cứu nước (05/6/1911 – 05/6/2024)', 'ra-di-tim-duong'],
    ['Thành phố vinh dự chính thức mang tên Chủ tịch Hồ Chí Minh (02/7/1976 – 02/7/2024)', 'tp-hcm'],
    ['Ngày chiến thắng chiến tranh biên giới bảo vệ biên giới Tây Nam của Tổ quốc', 'bien-gioi-tay-nam'],
    ['Ngày thành lập Hội Cựu chiến binh Việt Nam', 'hccb'],
    ['Ngày truyền thống Đảng bộ Khối các cơ quan Trung ương', 'dbk-tw'],
    ['Ngày Thương binh - Liệt sĩ', 'tbls'],
    ['Ngày Thương binh, Liệt sĩ', 'tbls'],
    ['Ngày truyền thống Văn phòng cấp uỷ', 'vp-cap-uy'],
  ];
  for (const [phrase, id] of cases) it(`"${phrase}" → ${id}`, () => assert.equal(findAnniversary(phrase)?.id, id));

  const unknown = [
    'thành lập Đảng bộ tỉnh Yên Bái',
    'Chiến thắng Điện Biên Phủ trên không',
    'quan hệ Đối tác hợp tác chiến lược toàn diện',
    'Tuyên ngôn quốc tế về nhân quyền',
    'Ngày thành lập Hội Nông dân Việt Nam', // unverified entry: excluded
    'thành lập Đoàn viên',
    '',
  ];
  for (const phrase of unknown) it(`"${phrase}" → undefined`, () => assert.equal(findAnniversary(phrase), undefined));
});

describe('anniversaries: readAnniversaryCounts', () => {
  it('reads "kỷ niệm 35 năm Ngày thành lập …" with its span', () => {
    const text = 'kỷ niệm 35 năm Ngày thành lập Hội Cựu chiến binh Việt Nam (06/12/1989 - 06/12/2024) và';
    const [m, ...rest] = readAnniversaryCounts(text, { year: 2024 });
    assert.equal(rest.length, 0);
    assert.deepEqual(m.count, { value: 35, text: '35', start: 8, end: 10 });
    assert.equal(m.cue, 'ky-niem');
    assert.equal(m.kind, 'anniversary');
    assert.equal(m.event.text, 'Ngày thành lập Hội Cựu chiến binh Việt Nam');
    assert.equal(m.event.start, 15);
    assert.equal(m.entry?.id, 'hccb');
    assert.equal(m.span?.kind, 'range');
    assert.equal(m.span?.text, '06/12/1989 - 06/12/2024');
    assert.equal(m.start, 8);
    assert.equal(m.end, text.indexOf(')') + 1);
  });

  it('reads "93 năm Ngày thành lập Đoàn …"', () => {
    const text = 'Ngày Quốc tế Phụ nữ (8/3); 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2024) và Tháng thanh niên';
    const ms = readAnniversaryCounts(text, { year: 2024 });
    assert.equal(ms.length, 1);
    assert.equal(ms[0].count.value, 93);
    assert.equal(ms[0].entry?.id, 'doan');
    assert.equal(ms[0].event.text, 'Ngày thành lập Đoàn TNCS Hồ Chí Minh');
  });

  it('reads "134 năm Ngày sinh Chủ tịch Hồ Chí Minh" without a span', () => {
    const text = 'nhân kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh.';
    const [m] = readAnniversaryCounts(text);
    assert.equal(m.count.value, 134);
    assert.equal(m.entry?.id, 'hcm-sinh');
    assert.equal(m.span, undefined);
    assert.equal(m.event.text, 'Ngày sinh Chủ tịch Hồ Chí Minh');
  });

  it('reads "110 năm Ngày sinh Đại tướng Nguyễn Chí Thanh (01/01/1914- 01/01/2014)"', () => {
    const text = 'kỷ niệm 110 năm Ngày sinh Đại tướng Nguyễn Chí Thanh (01/01/1914- 01/01/2014); kỷ niệm 45 năm';
    const [m] = readAnniversaryCounts(text, { year: 2024 });
    assert.equal(m.entry?.id, 'nguyen-chi-thanh');
    assert.equal(m.span?.kind, 'range');
    if (m.span?.kind === 'range') {
      assert.equal(m.span.from.year, 1914);
      assert.equal(m.span.to.year, 2014);
    }
  });

  it('reads "Sau 10 năm (2013 - 2023) thực hiện …"', () => {
    const text = 'Sau 10 năm (2013 - 2023) thực hiện Nghị quyết 29-NQ/TW, ngày 04-11-2013 của Ban Chấp hành Trung ương';
    const [m] = readAnniversaryCounts(text);
    assert.equal(m.kind, 'implementation');
    assert.equal(m.span?.kind, 'period');
    assert.equal(m.span?.text, '2013 - 2023');
    assert.equal(m.event.text, 'thực hiện Nghị quyết 29-NQ/TW, ngày 04-11-2013');
    assert.equal(m.eventDate?.year, 2013);
  });

  it('reads "sau hơn 10 năm thực hiện Nghị quyết số 33-NQ/TW ngày 09-6-2014"', () => {
    const text = 'sau hơn 10 năm thực hiện Nghị quyết số 33-NQ/TW ngày 09-6-2014 của Ban Chấp hành';
    const [m] = readAnniversaryCounts(text);
    assert.deepEqual(m.approx, { text: 'hơn', start: 4, end: 7 });
    assert.equal(m.start, 4);
    assert.deepEqual(m.count, { value: 10, text: '10', start: 8, end: 10 });
    assert.equal(m.event.text, 'thực hiện Nghị quyết số 33-NQ/TW ngày 09-6-2014');
    assert.deepEqual([m.eventDate?.day, m.eventDate?.month, m.eventDate?.year], [9, 6, 2014]);
  });

  it('reads a list "75 năm … và 30 năm …"', () => {
    const text = 'Nghị quyết Kỷ niệm 75 năm Tuyên ngôn quốc tế về nhân quyền và 30 năm Tuyên bố và Chương trình hành động Vienna';
    const ms = readAnniversaryCounts(text);
    assert.deepEqual(
      ms.map((m) => [m.count.value, m.cue]),
      [
        [75, 'ky-niem'],
        [30, 'list'],
      ],
    );
    assert.equal(ms[0].event.text, 'Tuyên ngôn quốc tế về nhân quyền');
  });

  it('does not read durations', () => {
    assert.deepEqual(readAnniversaryCounts('Trong 48 năm qua, quan hệ'), []);
    assert.deepEqual(readAnniversaryCounts('kinh tế - xã hội 5 năm 2021 – 2025'), []);
    assert.deepEqual(readAnniversaryCounts('Tính chung 10 tháng năm 2020'), []);
    assert.deepEqual(readAnniversaryCounts('nhiệm kỳ 4 năm tới'), []);
  });
});

describe('anniversaries: linear time', () => {
  it('reads 1 MB of "kỷ niệm 1 năm (2013 - 2023) " quickly', () => {
    const text = 'kỷ niệm 1 năm (2013 - 2023) '.repeat(36_000);
    const t0 = process.hrtime.bigint();
    const ms0 = readAnniversaryCounts(text);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.equal(ms0.length, 36_000);
    assert.ok(ms < 5000, `took ${ms} ms`); // quadratic behaviour would take minutes
  });
});
