import * as assert from 'node:assert/strict';
import { CitationMatch, readCitations } from '../../server/src/language/parse/citations';
import { formProblems, TextFix } from '../../server/src/language/checks/reference/format';
import { issuerSpellingProblem } from '../../server/src/language/checks/reference/issuerSpelling';
import {
  bodyIssuerCodes,
  isPartyIssuerCode,
  isStateIssuerCode,
  issuerCodeAllowed,
  normalizeIssuerCode,
  typeCodesForWord,
} from '../../server/src/language/domain/documentTypes';

/** Span of the n-th occurrence (from 0) of `part` in `text`: expected offsets are computed, never hand-counted. */
function span(text: string, part: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let k = 0; k <= nth; k++) {
    start = text.indexOf(part, start + 1);
    assert.ok(start >= 0, `"${part}" #${nth} not in test text`);
  }
  return { start, end: start + part.length };
}

function one(text: string): CitationMatch {
  const found = readCitations(text);
  assert.equal(found.length, 1, `expected one citation, got ${JSON.stringify(found.map((c) => text.slice(c.start, c.end)))}`);
  return found[0];
}

interface Problem {
  kind: string;
  start: number;
  end: number;
  fix?: TextFix;
}

/**
 * The problems of a citation's written form as the reference checks judge them from what the reader recorded: the
 * abbreviated type word (reference.abbreviated-type), the form of the symbol (reference.format) and TƯ
 * (reference.issuer-spelling).
 */
function form(c: CitationMatch): Problem[] {
  const out: Problem[] = [];
  if (c.typeWord?.abbreviated) out.push({ kind: 'abbreviated-type-word', start: c.typeWord.start, end: c.typeWord.end });
  out.push(...formProblems(c));
  const issuer = issuerSpellingProblem(c);
  if (issuer && c.issuerCode) {
    const { start, end } = issuer;
    out.push({ kind: 'issuer-spelling', start, end, ...(issuer.fixable ? { fix: { start, end, newText: c.issuerCode.normalized } } : {}) });
  }
  return out;
}

function kinds(problems: Problem[]): string[] {
  return problems.map((p) => p.kind);
}

/** Applies a citation's fixes (they never overlap) right to left. */
function applyFixes(text: string, c: CitationMatch): string {
  const fixes = form(c).flatMap((p) => (p.fix ? [p.fix] : [])).sort((a, b) => b.start - a.start);
  let out = text;
  for (const f of fixes) out = out.slice(0, f.start) + f.newText + out.slice(f.end);
  return out;
}

describe('readCitations: full citations', () => {
  it('reads a Party directive with date, body and subject', () => {
    const t = 'Thực hiện Chỉ thị số 38-CT/TU, ngày 28/11/2023 của Ban Thường vụ Tỉnh ủy về một số nhiệm vụ trước Tết.';
    const c = one(t);
    assert.equal(c.kind, 'full');
    assert.deepEqual({ start: c.start, end: c.end }, { start: span(t, 'Chỉ thị').start, end: span(t, ' Tết.').end - 1 });
    assert.deepEqual(c.typeWord, { ...span(t, 'Chỉ thị'), text: 'Chỉ thị' });
    assert.deepEqual(c.symbol, { ...span(t, '38-CT/TU'), raw: '38-CT/TU' });
    assert.deepEqual(c.number, { ...span(t, '38'), text: '38', value: 38 });
    assert.deepEqual(c.typeCode, { ...span(t, 'CT/TU', 0), end: span(t, 'CT/TU').start + 2, text: 'CT', normalized: 'CT' });
    assert.deepEqual(c.issuerCode, { ...span(t, 'TU,'), end: span(t, 'TU,').start + 2, text: 'TU', normalized: 'TU' });
    assert.deepEqual(c.issuerParts, ['TU']);
    assert.equal(c.system, 'party');
    assert.equal(c.intendedSystem, 'party');
    assert.deepEqual(form(c), []);
    assert.deepEqual(c.date, { ...span(t, '28/11/2023'), text: '28/11/2023', day: 28, month: 11, year: 2023 });
    assert.deepEqual(c.body, { ...span(t, 'Ban Thường vụ Tỉnh ủy'), text: 'Ban Thường vụ Tỉnh ủy' });
    assert.equal(c.term, undefined);
    assert.deepEqual(c.subject, { start: span(t, 'về một').start, end: span(t, '.').start });
  });

  it('reads a resolution without "số", with a dd-mm-yyyy date and a term', () => {
    const t = 'Nghị quyết 29-NQ/TW, ngày 04-11-2013 của Ban Chấp hành Trung ương Đảng khóa XI về đổi mới căn bản giáo dục';
    const c = one(t);
    assert.equal(c.kind, 'full');
    assert.equal(c.start, 0);
    assert.equal(c.end, t.length);
    assert.deepEqual(c.symbol, { ...span(t, '29-NQ/TW'), raw: '29-NQ/TW' });
    assert.deepEqual(c.date, { ...span(t, '04-11-2013'), text: '04-11-2013', day: 4, month: 11, year: 2013 });
    assert.deepEqual(c.body, { ...span(t, 'Ban Chấp hành Trung ương Đảng'), text: 'Ban Chấp hành Trung ương Đảng' });
    assert.deepEqual(c.term, { ...span(t, 'khóa XI'), roman: 'XI', value: 11 });
    assert.deepEqual(c.subject, { start: span(t, 'về').start, end: t.length });
  });

  it('reads a date written "ngày dd tháng mm năm yyyy"', () => {
    const t = 'Kết luận số 69-KL/TW ngày 11 tháng 01 năm 2024 của Bộ Chính trị';
    const c = one(t);
    assert.deepEqual(c.date, { ...span(t, '11 tháng 01 năm 2024'), text: '11 tháng 01 năm 2024', day: 11, month: 1, year: 2024 });
    assert.deepEqual(c.body, { ...span(t, 'Bộ Chính trị'), text: 'Bộ Chính trị' });
    assert.equal(c.end, t.length);
  });

  it('reads a date with a space before the slash: "ngày 21 /2/2024"', () => {
    const t = 'Kế hoạch số 163-KH/TU ngày 21 /2/2024 của Tỉnh ủy';
    const c = one(t);
    assert.deepEqual(c.date, { ...span(t, '21 /2/2024'), text: '21 /2/2024', day: 21, month: 2, year: 2024 });
  });

  it('reads the old-style "khoá" and a term in parentheses', () => {
    const t = 'Nghị quyết số 36-NQ/TW của Bộ Chính trị (khoá XI) về ứng dụng công nghệ thông tin';
    const c = one(t);
    assert.deepEqual(c.term, { ...span(t, 'khoá XI'), roman: 'XI', value: 11 });
    assert.deepEqual(c.subject, { start: span(t, 'về').start, end: t.length });
  });

  it('keeps a Quốc hội term and a provincial term with their own bodies', () => {
    const t1 = 'Nghị quyết số 103/2023/QH15 của Quốc hội khóa XV về kế hoạch';
    assert.deepEqual(one(t1).body, { ...span(t1, 'Quốc hội'), text: 'Quốc hội' });
    assert.deepEqual(one(t1).term, { ...span(t1, 'khóa XV'), roman: 'XV', value: 15 });
    const t2 = 'Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh khóa XIX về chuyển đổi số';
    assert.equal(one(t2).body?.text, 'Ban Chấp hành Đảng bộ tỉnh');
    assert.equal(one(t2).term?.roman, 'XIX');
  });

  it('reads Quy định with QĐi', () => {
    const t = 'Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương Đảng';
    const c = one(t);
    assert.deepEqual(c.typeCode, { start: 15, end: 18, text: 'QĐi', normalized: 'QĐi' });
    assert.equal(c.typeWord?.text, 'Quy định');
  });

  it('reads State normative numbers with a year', () => {
    const t = 'Nghị quyết số 103/2023/QH15 về Kế hoạch phát triển kinh tế';
    const c = one(t);
    assert.equal(c.system, 'state');
    assert.deepEqual(c.number, { ...span(t, '103'), text: '103', value: 103 });
    assert.deepEqual(c.year, { ...span(t, '2023'), value: 2023 });
    assert.equal(c.typeCode, undefined);
    assert.deepEqual(c.issuerCode, { ...span(t, 'QH15'), text: 'QH15', normalized: 'QH15' });

    const d = 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ';
    const n = one(d);
    assert.equal(n.system, 'state');
    assert.deepEqual(n.symbol, { ...span(d, '30/2020/NĐ-CP'), raw: '30/2020/NĐ-CP' });
    assert.deepEqual(n.year, { ...span(d, '2020'), value: 2020 });
    assert.deepEqual(n.typeCode, { ...span(d, 'NĐ'), text: 'NĐ', normalized: 'NĐ' });
    assert.deepEqual(n.issuerCode, { ...span(d, 'CP'), text: 'CP', normalized: 'CP' });
    assert.equal(n.body?.text, 'Chính phủ');
  });

  it('reads a Prime Minister decision in State form', () => {
    const t = 'Quyết định số 1234/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ phê duyệt Chiến lược';
    const c = one(t);
    assert.equal(c.system, 'state');
    assert.equal(c.intendedSystem, 'state');
    assert.deepEqual(c.typeCode, { ...span(t, 'QĐ'), text: 'QĐ', normalized: 'QĐ' });
    assert.deepEqual(c.issuerCode, { ...span(t, 'TTg'), text: 'TTg', normalized: 'TTg' });
    assert.deepEqual(c.body, { ...span(t, 'Thủ tướng Chính phủ'), text: 'Thủ tướng Chính phủ' });
    assert.deepEqual(form(c), []);
  });

  it('reads a State công văn without a type code', () => {
    const t = 'Công văn số 4021/VPCP-CN của Văn phòng Chính phủ';
    const c = one(t);
    assert.equal(c.typeCode, undefined);
    assert.deepEqual(c.issuerCode, { ...span(t, 'VPCP-CN'), text: 'VPCP-CN', normalized: 'VPCP-CN' });
    assert.equal(c.system, 'state');
  });

  it('reads Party công văn, thông tri, programme and plan', () => {
    for (const [t, code, issuer] of [
      ['Công văn số 1142-CV/ĐUK', 'CV', 'ĐUK'],
      ['Thông tri số 10-TT/TU', 'TT', 'TU'],
      ['Chương trình hành động số 135-CTr/TU', 'CTr', 'TU'],
      ['Kế hoạch số 163-KH/TU', 'KH', 'TU'],
      ['Chương trình hành động số 46-CTrHĐ/TU', 'CTrHĐ', 'TU'],
    ]) {
      const c = one(t);
      assert.equal(c.kind, 'full', t);
      assert.equal(c.typeCode?.normalized, code, t);
      assert.equal(c.issuerCode?.normalized, issuer, t);
      assert.equal(c.end, t.length, t);
      assert.deepEqual(form(c), [], t);
    }
    assert.equal(one('Chương trình hành động số 135-CTr/TU').typeWord?.text, 'Chương trình hành động');
  });

  it('reads a bare type word without "số": "Chỉ thị 05-CT/TW"', () => {
    const t = 'tiếp tục thực hiện Chỉ thị 05-CT/TW năm 2024.';
    const c = one(t);
    assert.equal(c.kind, 'full');
    assert.deepEqual({ start: c.start, end: c.end }, { start: span(t, 'Chỉ thị').start, end: span(t, '05-CT/TW').end });
  });

  it('reads the type code used as the type word: "NQ số 18-NQ/TW"', () => {
    const t = 'NQ số 18-NQ/TW của Ban Chấp hành Trung ương';
    const c = one(t);
    assert.equal(c.kind, 'full');
    assert.deepEqual(c.typeWord, { start: 0, end: 2, text: 'NQ', abbreviated: true });
    assert.deepEqual(form(c), [{ kind: 'abbreviated-type-word', start: 0, end: 2 }]);
  });

  it('reads a lower-case type word and a lower-case body', () => {
    const t = 'theo công văn số 1142-CV/ĐUK, ngày 20/02/2024 của tỉnh ủy về việc';
    const c = one(t);
    assert.deepEqual(c.typeWord, { ...span(t, 'công văn'), text: 'công văn' });
    assert.equal(c.body?.text, 'tỉnh ủy');
  });

  it('reads a date that follows the body', () => {
    const t = 'Kết luận số 57-KL/TW của Bộ Chính trị ngày 15/6/2023 về tiếp tục nâng cao';
    const c = one(t);
    assert.equal(c.body?.text, 'Bộ Chính trị');
    assert.equal(c.date?.text, '15/6/2023');
    assert.equal(c.subject?.start, span(t, 'về').start);
  });

  it('reads a quoted subject to its closing quote', () => {
    const t = 'Chỉ thị 24-CT/TTg, ngày 28/05/2020 của Thủ tướng Chính phủ “Về đẩy mạnh phát triển nhân lực” và các văn bản.';
    const c = one(t);
    assert.equal(c.body?.text, 'Thủ tướng Chính phủ');
    assert.deepEqual(c.subject, { start: span(t, '“Về').start, end: span(t, 'lực”').end });
  });

  it('ends an unquoted subject at a closing quote opened before the citation', () => {
    const t = 'chủ đề “thực hiện Chỉ thị số 05-CT/TW về học tập và làm theo” năm 2024';
    const c = one(t);
    assert.deepEqual(c.subject, { start: span(t, 'về').start, end: span(t, '”').start });
  });

  it('stops the body at a verb, a comma or a type word', () => {
    assert.equal(one('Quyết định số 2282/QĐ-TTg của Thủ tướng Chính phủ phê duyệt').body?.text, 'Thủ tướng Chính phủ');
    assert.equal(one('Quy định số 09-QĐ/TU của Ban Thường vụ Tỉnh ủy, Quy định khác').body?.text, 'Ban Thường vụ Tỉnh ủy');
    assert.equal(one('Chỉ thị số 05/CT-TU ngày 23/3/2021 của Tỉnh ủy Yên Bái về đẩy mạnh').body?.text, 'Tỉnh ủy Yên Bái');
    assert.equal(one('Kế hoạch số 238-KH/ĐUK của Đảng ủy Khối ).').body?.text, 'Đảng ủy Khối');
    assert.equal(one('Quyết định số 12/QĐ-BGDĐT của Bộ Giáo dục và Đào tạo về').body?.text, 'Bộ Giáo dục và Đào tạo');
    assert.equal(one('Thông tư số 12/2020/TT-BKHĐT của Bộ Kế hoạch và Đầu tư về').body?.text, 'Bộ Kế hoạch và Đầu tư');
    const both = readCitations('Chỉ thị số 05-CT/TW của Bộ Chính trị và Kế hoạch số 32-KH/TU của Ban Thường vụ Tỉnh ủy');
    assert.equal(both.length, 2);
    assert.equal(both[0].body?.text, 'Bộ Chính trị');
    assert.equal(both[1].body?.text, 'Ban Thường vụ Tỉnh ủy');
  });

  it('does not take "của các cấp ủy" as a body', () => {
    assert.equal(one('Chỉ thị số 35-CT/TW của các cấp ủy').body, undefined);
  });
});

describe('readCitations: short mentions and bare symbols', () => {
  it('reads "Nghị quyết số 18" and "Nghị quyết 57" as short mentions', () => {
    const t = 'Nghị quyết số 18 và Nghị quyết 57 đã đi vào cuộc sống';
    const found = readCitations(t);
    assert.equal(found.length, 2);
    assert.deepEqual(
      found.map((c) => ({ kind: c.kind, start: c.start, end: c.end, number: c.number, system: c.system, symbol: c.symbol })),
      [
        { kind: 'short', ...span(t, 'Nghị quyết số 18'), number: { ...span(t, '18'), text: '18', value: 18 }, system: 'unknown', symbol: undefined },
        { kind: 'short', ...span(t, 'Nghị quyết 57'), number: { ...span(t, '57'), text: '57', value: 57 }, system: 'unknown', symbol: undefined },
      ],
    );
  });

  it('reads a short mention with body, term and subject', () => {
    const t = 'Chỉ thị số 05 của Bộ Chính trị khóa XII về đẩy mạnh học tập';
    const c = one(t);
    assert.equal(c.kind, 'short');
    assert.equal(c.body?.text, 'Bộ Chính trị');
    assert.deepEqual(c.term, { ...span(t, 'khóa XII'), roman: 'XII', value: 12 });
    assert.equal(c.end, t.length);
  });

  it('reads a list of short mentions', () => {
    const found = readCitations('Chỉ thị 35, Chỉ thị 45, Kết luận 75 và các văn bản');
    assert.deepEqual(found.map((c) => [c.kind, c.number?.value]), [['short', 35], ['short', 45], ['short', 75]]);
  });

  it('does not read congress resolutions or a number-less "Nghị quyết số"', () => {
    assert.deepEqual(readCitations('Nghị quyết Đại hội XIII của Đảng'), []);
    assert.deepEqual(readCitations('Nghị quyết số và kế hoạch'), []);
    assert.deepEqual(readCitations('NQ Đại hội X Đảng bộ tỉnh'), []);
    assert.deepEqual(readCitations('Nghị quyết Trung ương 4 khóa XII'), []);
  });

  it('does not read quantities and periods after a type word', () => {
    assert.deepEqual(readCitations('Kế hoạch 5 năm 2021 - 2025'), []);
    assert.deepEqual(readCitations('Kế hoạch 2021-2025'), []);
    assert.deepEqual(readCitations('Kế hoạch 2024 của chi bộ'), []);
    assert.deepEqual(readCitations('kế hoạch 3 bước'), []);
    assert.deepEqual(readCitations('Nghị quyết 3 chỉ tiêu'), []);
  });

  it('reads a bare symbol with no type word', () => {
    const t = 'theo 1142-CV/ĐUK, các chi bộ';
    const c = one(t);
    assert.equal(c.kind, 'bare-symbol');
    assert.deepEqual({ start: c.start, end: c.end }, span(t, '1142-CV/ĐUK'));
    assert.equal(c.typeWord, undefined);
  });

  it('gives each member of a list its own citation sharing the type word and the tail', () => {
    const t = 'Nghị quyết số 42-NQ/TW, 43-NQ/TW, 44-NQ/TW và 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng';
    const found = readCitations(t);
    assert.deepEqual(
      found.map((c) => [c.kind, c.number?.value, c.symbol?.raw, c.start, c.typeWord?.shared ?? false]),
      [
        ['full', 42, '42-NQ/TW', 0, false],
        ['full', 43, '43-NQ/TW', span(t, '43-NQ/TW').start, true],
        ['full', 44, '44-NQ/TW', span(t, '44-NQ/TW').start, true],
        ['full', 45, '45-NQ/TW', span(t, '45-NQ/TW').start, true],
      ],
    );
    for (const c of found) {
      assert.deepEqual(c.typeWord && { start: c.typeWord.start, end: c.typeWord.end, text: c.typeWord.text }, { start: 0, end: 10, text: 'Nghị quyết' });
      assert.equal(c.body?.text, 'Ban Chấp hành Trung ương Đảng');
      assert.equal(c.date?.text, '24/11/2023');
    }
    assert.equal(found[0].end, span(t, '42-NQ/TW').end);
    assert.equal(found[0].tailShared, true);
    assert.equal(found[3].tailShared, undefined);
    assert.equal(found[3].end, t.length);
  });
});

describe('readCitations: malformed symbols', () => {
  it('"Công văn số Số: 1099  - CV/ĐUK": doubled "số" and spaces around the hyphen', () => {
    const t = 'Đảng ủy Khối đã ban hành Công văn số Số: 1099  - CV/ĐUK, ngày 22/12/2023, trong đó';
    const c = one(t);
    assert.equal(c.kind, 'full');
    assert.equal(c.start, span(t, 'Công văn').start);
    assert.deepEqual(c.symbol, { ...span(t, '1099  - CV/ĐUK'), raw: '1099  - CV/ĐUK' });
    assert.deepEqual(c.number, { ...span(t, '1099'), text: '1099', value: 1099 });
    const so = span(t, 'số Số: ');
    const gap = span(t, '  - ');
    assert.deepEqual(form(c), [
      { kind: 'doubled-so', start: so.start, end: so.end, fix: { start: so.start, end: so.end, newText: 'số ' } },
      { kind: 'spaces-in-symbol', start: gap.start, end: gap.end, fix: { start: gap.start, end: gap.end, newText: '-' } },
    ]);
    assert.equal(c.date?.text, '22/12/2023');
    assert.equal(applyFixes(t, c), 'Đảng ủy Khối đã ban hành Công văn số 1099-CV/ĐUK, ngày 22/12/2023, trong đó');
  });

  it('"Kế hoạch  số Số 234-KH/ĐUK": doubled "số" after a double space', () => {
    const t = 'Kế hoạch  số Số 234-KH/ĐUK, ngày 22/12/2023 về lãnh đạo thực hiện nhiệm vụ';
    const c = one(t);
    assert.equal(c.typeWord?.text, 'Kế hoạch');
    assert.deepEqual(kinds(form(c)), ['doubled-so']);
    assert.equal(applyFixes(t, c), 'Kế hoạch  số 234-KH/ĐUK, ngày 22/12/2023 về lãnh đạo thực hiện nhiệm vụ');
    assert.equal(c.subject?.start, span(t, 'về').start);
  });

  it('"số Số 1117 -CV/ĐUK": space before the hyphen', () => {
    const t = 'công văn số Số 1117 -CV/ĐUK, ngày 17/01/2024';
    const c = one(t);
    assert.deepEqual(kinds(form(c)), ['doubled-so', 'spaces-in-symbol']);
    assert.deepEqual(form(c)[1], { kind: 'spaces-in-symbol', ...span(t, ' -'), fix: { ...span(t, ' -'), newText: '-' } });
    assert.equal(applyFixes(t, c), 'công văn số 1117-CV/ĐUK, ngày 17/01/2024');
  });

  it('"264- KH/BCĐ": space after the hyphen', () => {
    const t = 'ban hành Kế hoạch số 264- KH/BCĐ tổ chức Cuộc thi';
    const c = one(t);
    assert.deepEqual(form(c), [{ kind: 'spaces-in-symbol', ...span(t, '- '), fix: { ...span(t, '- '), newText: '-' } }]);
    assert.equal(c.issuerCode?.normalized, 'BCĐ');
  });

  it('"35 - CT/TW": spaces on both sides', () => {
    const t = 'Chỉ thị số 35 - CT/TW của Bộ Chính trị';
    const c = one(t);
    assert.equal(c.kind, 'full');
    assert.deepEqual(kinds(form(c)), ['spaces-in-symbol']);
    assert.equal(applyFixes(t, c), 'Chỉ thị số 35-CT/TW của Bộ Chính trị');
  });

  it('"Số 69 – HD/BTGTW": en dash with spaces, bare symbol starting at "Số"', () => {
    const t = 'Số 69 – HD/BTGTW';
    const c = one(t);
    assert.equal(c.kind, 'bare-symbol');
    assert.equal(c.start, 0);
    assert.deepEqual(c.symbol, { start: 3, end: t.length, raw: '69 – HD/BTGTW' });
    assert.deepEqual(form(c), [
      { kind: 'spaces-in-symbol', start: 5, end: 8, fix: { start: 5, end: 8, newText: '-' } },
      { kind: 'dash-in-symbol', start: 6, end: 7 },
    ]);
    assert.equal(applyFixes(t, c), 'Số 69-HD/BTGTW');
  });

  it('"69–HD/BTGTW": an en dash alone gets its own fix', () => {
    const t = 'Hướng dẫn số 69–HD/BTGTW';
    const c = one(t);
    assert.deepEqual(form(c), [{ kind: 'dash-in-symbol', ...span(t, '–'), fix: { ...span(t, '–'), newText: '-' } }]);
  });

  it('"188/CTr/TU": a Party symbol with two slashes', () => {
    const t = 'Chương trình Hành động số 188/CTr/TU, ngày 23/11/2023 của tỉnh ủy về lãnh đạo';
    const c = one(t);
    assert.equal(c.kind, 'full');
    assert.equal(c.system, 'unknown');
    assert.equal(c.intendedSystem, 'party');
    const sym = span(t, '188/CTr/TU');
    assert.deepEqual(form(c), [{ kind: 'slash-form', ...sym, fix: { ...sym, newText: '188-CTr/TU' } }]);
    assert.equal(c.body?.text, 'tỉnh ủy');
  });

  it('"05/CT-TU": a Party document in State form', () => {
    const t = 'Chỉ thị số 05/CT-TU ngày 23/3/2021 của Tỉnh ủy Yên Bái';
    const c = one(t);
    assert.equal(c.system, 'state');
    assert.equal(c.intendedSystem, 'party');
    assert.deepEqual(c.typeCode, { ...span(t, 'CT'), text: 'CT', normalized: 'CT' });
    assert.deepEqual(c.issuerCode, { ...span(t, 'TU'), text: 'TU', normalized: 'TU' });
    const sym = span(t, '05/CT-TU');
    assert.deepEqual(form(c), [{ kind: 'party-in-state-form', ...sym, fix: { ...sym, newText: '05-CT/TU' } }]);
  });

  it('"24-CT/TTg": a State document in Party form', () => {
    const t = 'Chỉ thị 24-CT/TTg, ngày 28/05/2020 của Thủ tướng Chính phủ';
    const c = one(t);
    assert.equal(c.system, 'party');
    assert.equal(c.intendedSystem, 'state');
    const sym = span(t, '24-CT/TTg');
    assert.deepEqual(form(c), [{ kind: 'state-in-party-form', ...sym, fix: { ...sym, newText: '24/CT-TTg' } }]);
  });

  it('"CT/Tr/BTGTU": a split type code and no number', () => {
    const t = '- CT/Tr/BTGTU';
    const c = one(t);
    assert.equal(c.kind, 'bare-symbol');
    assert.equal(c.number, undefined);
    assert.deepEqual(c.typeCode, { start: 2, end: 7, text: 'CT/Tr', normalized: 'CTr' });
    assert.deepEqual(c.issuerCode, { start: 8, end: 13, text: 'BTGTU', normalized: 'BTGTU' });
    assert.equal(c.system, 'party');
    assert.deepEqual(form(c), [
      { kind: 'split-type-code', start: 2, end: 7, fix: { start: 2, end: 7, newText: 'CTr' } },
      { kind: 'missing-number', start: 2, end: 13 },
    ]);
  });

  it('"12-CT/Tr/TU": a split type code with a number', () => {
    const t = 'Chương trình số 12-CT/Tr/TU';
    const c = one(t);
    assert.equal(c.typeCode?.normalized, 'CTr');
    assert.deepEqual(kinds(form(c)), ['split-type-code']);
    assert.equal(applyFixes(t, c), 'Chương trình số 12-CTr/TU');
  });

  it('"Số -CV/ĐUK": a blank left for the number', () => {
    const t = 'Công văn Số -CV/ĐUK';
    const c = one(t);
    assert.equal(c.kind, 'full');
    assert.deepEqual(kinds(form(c)), ['missing-number']);
    assert.equal(c.typeCode?.normalized, 'CV');
  });

  it('"49-KL/TƯ": TƯ is read as TW', () => {
    const t = 'Kết luận số 49-KL/TƯ ngày 10/5/2019 của Ban Bí thư';
    const c = one(t);
    assert.deepEqual(c.issuerCode, { ...span(t, 'TƯ'), text: 'TƯ', normalized: 'TW' });
    assert.deepEqual(form(c), [{ kind: 'issuer-spelling', ...span(t, 'TƯ'), fix: { ...span(t, 'TƯ'), newText: 'TW' } }]);
  });

  it('"05-QC/BTCTU-BDVTU": joint issuers', () => {
    const t = 'Quy chế số 05-QC/BTCTU-BDVTU về phối hợp';
    const c = one(t);
    assert.deepEqual(c.issuerCode, { ...span(t, 'BTCTU-BDVTU'), text: 'BTCTU-BDVTU', normalized: 'BTCTU-BDVTU' });
    assert.deepEqual(c.issuerParts, ['BTCTU', 'BDVTU']);
    assert.equal(c.intendedSystem, 'party');
    assert.deepEqual(form(c), []);
  });
});

describe('readCitations: numbers that are not citations', () => {
  for (const t of [
    'xếp thứ 7/14 tỉnh',
    'đạt 14/20 chỉ tiêu',
    'chiếm 3/5 nền kinh tế',
    '67/67 chi bộ',
    'tăng 298.925/253.596 người',
    'thu nhập 10,6 triệu đồng/tháng',
    'điện thoại 0912.224.304',
    'ngày 28/11/2023',
    'giai đoạn 2021-2025',
    'dịch COVID-19 và Covid-19',
    'ASEAN - EU năm 2022',
    'tháng 02/14',
    'khoảng 10/Tháng',
  ]) {
    it(`stays quiet on "${t}"`, () => assert.deepEqual(readCitations(t), []));
  }
});

describe('readCitations: robustness', () => {
  it('never throws and returns nothing for empty or odd text', () => {
    assert.deepEqual(readCitations(''), []);
    assert.deepEqual(readCitations('số'), []);
    assert.deepEqual(readCitations('-/-/'), []);
    assert.deepEqual(readCitations('Nghị quyết số'), []);
  });

  for (const [name, text] of [
    ['hyphens', '-'.repeat(1 << 20)],
    ['"số số số"', 'số '.repeat(350_000)],
    ['"1-1-1-1…"', '1-'.repeat(1 << 19)],
    ['slashes', '1/'.repeat(1 << 19)],
    ['"Số -"', 'Số -'.repeat(1 << 18)],
  ] as const) {
    it(`reads 1 MB of ${name} quickly`, () => {
      const t0 = Date.now();
      readCitations(text);
      assert.ok(Date.now() - t0 < 2000, `took ${Date.now() - t0} ms`);
    });
  }
});

describe('documentTypes', () => {
  it('maps bodies to the issuer codes they may use', () => {
    assert.deepEqual(bodyIssuerCodes('Ban Thường vụ Tỉnh ủy'), ['TU']);
    assert.deepEqual(bodyIssuerCodes('Ban Thường vụ Tỉnh uỷ'), ['TU']);
    assert.deepEqual(bodyIssuerCodes('Bộ Chính trị khóa XII'), ['TW']);
    assert.deepEqual(bodyIssuerCodes('Bộ chính trị khoá XII'), ['TW']);
    assert.deepEqual(bodyIssuerCodes('Ban Chấp hành Trung ương Đảng'), ['TW']);
    assert.deepEqual(bodyIssuerCodes('Ban Bí thư Trung ương Đảng'), ['TW']);
    assert.deepEqual(bodyIssuerCodes('Thủ tướng Chính phủ'), ['TTg']);
    assert.deepEqual(bodyIssuerCodes('Chính phủ'), ['CP']);
    assert.deepEqual(bodyIssuerCodes('Ban Thường vụ Thành ủy'), ['TU', 'ThU']);
    assert.deepEqual(bodyIssuerCodes('Ban Tuyên giáo Thành ủy'), ['BTGTU', 'BTGThU']);
    assert.deepEqual(bodyIssuerCodes('Ban Tuyên giáo Trung ương'), ['BTGTW']);
    assert.deepEqual(bodyIssuerCodes('Ban Tuyên giáo và Dân vận Trung ương'), ['BTGDVTW']);
    assert.deepEqual(bodyIssuerCodes('Văn phòng Trung ương Đảng'), ['VPTW']);
    assert.deepEqual(bodyIssuerCodes('Ủy ban Kiểm tra Tỉnh ủy'), ['UBKTTU']);
    assert.deepEqual(bodyIssuerCodes('Đảng ủy Khối'), ['ĐUK']);
    assert.deepEqual(bodyIssuerCodes('Ban Thường vụ Đảng uỷ Khối'), ['ĐUK']);
    assert.deepEqual(bodyIssuerCodes('Tỉnh ủy Yên Bái'), ['TU']);
    assert.deepEqual(bodyIssuerCodes('Quốc hội'), ['QH']);
    assert.deepEqual(bodyIssuerCodes('Ủy ban Thường vụ Quốc hội'), ['UBTVQH']);
    assert.deepEqual(bodyIssuerCodes('Ủy ban nhân dân tỉnh'), ['UBND']);
    assert.deepEqual(bodyIssuerCodes('Quân ủy Trung ương'), ['QUTW']);
    assert.deepEqual(bodyIssuerCodes('Quận ủy'), ['QU']);
    assert.deepEqual(bodyIssuerCodes('Ban Chỉ đạo'), ['BCĐ']);
  });

  it('returns undefined for unknown bodies', () => {
    assert.equal(bodyIssuerCodes('Ban Thường vụ Tỉnh'), undefined);
    assert.equal(bodyIssuerCodes('Ban Tuyên giáo'), undefined);
    assert.equal(bodyIssuerCodes('Hội Nông dân'), undefined);
    assert.equal(bodyIssuerCodes(''), undefined);
  });

  it('tells Party and State issuer codes apart', () => {
    assert.ok(isPartyIssuerCode('BTGTU'));
    assert.ok(isPartyIssuerCode('UBKTTW'));
    assert.ok(isPartyIssuerCode('BTGHU'));
    assert.ok(isPartyIssuerCode('TƯ'));
    assert.ok(!isPartyIssuerCode('TTg'));
    assert.ok(isStateIssuerCode('QH15'));
    assert.ok(isStateIssuerCode('UBTVQH14'));
    assert.ok(isStateIssuerCode('BNN&PTNT'));
    assert.ok(!isStateIssuerCode('TU'));
    assert.equal(normalizeIssuerCode('BTGTƯ'), 'BTGTW');
    assert.ok(issuerCodeAllowed('QH15', ['QH']));
    assert.ok(!issuerCodeAllowed('TW', ['TU', 'ThU']));
  });

  it('maps type words to codes', () => {
    assert.deepEqual(typeCodesForWord('Quy định', 'party'), ['QĐ', 'QĐi']);
    assert.deepEqual(typeCodesForWord('Quy định', 'state'), ['QyĐ']);
    assert.deepEqual(typeCodesForWord('chương trình hành động', 'party'), ['CTr', 'CTrHĐ']);
    assert.deepEqual(typeCodesForWord('Thông tri', 'party'), ['TT']);
    assert.deepEqual(typeCodesForWord('Thông tư', 'state'), ['TT']);
  });
});
