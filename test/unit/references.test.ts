import * as assert from 'node:assert/strict';
import { applyEdits, Finding, fixAllPreferred, parseBulletin, runChecks } from '../../server/src/language';
import { citationIndex, ReferenceWorkspace, WORKSPACE_SERVICE } from '../../server/src/language/analysis/citationIndex';
import { sameDocumentCitations } from '../../server/src/language/features/references';
import { builtinCatalog, catalogEntry, CatalogFile, CATALOG_SERVICE, CATALOG_VERSION, findDocuments, loadCatalog } from '../../server/src/language/catalog';
import { identityOf } from '../../server/src/language/analysis/identity';
import { readCitations } from '../../server/src/language/parse/citations';
import { findingsOf } from '../helpers/checkSnippet';

const HEAD = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 3 NĂM 2024\n\n';

function findings(body: string, services?: Map<string, unknown>, head = HEAD): Finding[] {
  return findingsOf('reference', head + body, services ? { services } : {});
}

function codes(body: string, services?: Map<string, unknown>): string[] {
  return findings(body, services).map((f) => f.code);
}

describe('reference checks', () => {
  describe('reference.format', () => {
    it('reports a doubled "số" with spaces in the symbol once, with one fix to the canonical form', () => {
      const text = HEAD + 'Đảng ủy Khối ban hành Công văn số Số: 1099  - CV/ĐUK, ngày 22/12/2023.';
      const got = runChecks(parseBulletin(text, { flavor: 'plain' })).filter((f) => f.code === 'reference.format');
      assert.equal(got.length, 1);
      assert.match(got[0].message, /“1099-CV\/ĐUK”/);
      assert.equal(got[0].fix?.preferred, true);
      assert.equal(applyEdits(text, got[0].fix!.edits), HEAD + 'Đảng ủy Khối ban hành Công văn số 1099-CV/ĐUK, ngày 22/12/2023.');
    });

    it('rewrites a Party symbol in State form and a State symbol in Party form', () => {
      const text = HEAD + 'Chỉ thị số 05/CT-TU của Tỉnh ủy và Chỉ thị số 16-CT/TTg của Thủ tướng Chính phủ; Chương trình số 188/CTr/TU.';
      const fixed = applyEdits(text, fixAllPreferred(runChecks(parseBulletin(text, { flavor: 'plain' }))));
      assert.equal(fixed, HEAD + 'Chỉ thị số 05-CT/TU của Tỉnh ủy và Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ; Chương trình số 188-CTr/TU.');
    });

    it('maps ranges and fixes to the original text when it is NFD with CRLF line ends', () => {
      const nfd = (HEAD + 'Kế hoạch  số Số 234-KH/ĐUK ngày 22/12/2023 của Đảng ủy Khối.\r\nTiếp theo.').normalize('NFD').replace(/\n/g, '\r\n');
      const got = runChecks(parseBulletin(nfd, { flavor: 'plain' })).filter((f) => f.code === 'reference.format');
      assert.equal(got.length, 1);
      const fixed = applyEdits(nfd, got[0].fix!.edits);
      assert.ok(fixed.normalize('NFC').includes('Kế hoạch  số 234-KH/ĐUK ngày'), fixed.normalize('NFC'));
      assert.equal(nfd.slice(got[0].span.end - 3, got[0].span.end).normalize('NFC'), 'ĐUK');
    });

    it('reports a missing number without a fix, and stays quiet on correct symbols and on fractions', () => {
      assert.deepEqual(codes('Số -CV/ĐUK về việc tổ chức hội nghị.'), ['reference.format']);
      assert.equal(findings('Số -CV/ĐUK về việc tổ chức hội nghị.')[0].fix, undefined);
      assert.deepEqual(codes('Thực hiện Nghị định số 30/2020/NĐ-CP, Quyết định số 1234/QĐ-TTg, Công văn số 4021/VPCP-CN, Nghị quyết số 103/2023/QH15; đạt 14/20 chỉ tiêu, 67/67 xã.'), []);
    });

    it('fixes of several malformed citations in one paragraph never overlap', () => {
      const text = HEAD + 'Theo Kế hoạch số Số 1- KH/ĐUK, 2 -KH/ĐUK và 03/KH/ĐUK, Chỉ thị 04/CT-TU.';
      const all = runChecks(parseBulletin(text, { flavor: 'plain' }));
      const edits = all.filter((f) => f.fix?.preferred).flatMap((f) => f.fix!.edits).sort((a, b) => a.start - b.start);
      for (let i = 1; i < edits.length; i++) assert.ok(edits[i].start >= edits[i - 1].end);
      const fixed = applyEdits(text, fixAllPreferred(all));
      assert.deepEqual(codes(fixed.slice(HEAD.length)), []);
    });
  });

  describe('reference.type-mismatch, reference.unknown-code, style hints', () => {
    it('Thông tri is TT in Party documents, Thông tư TT in State ones; Quy định takes QĐ or QĐi', () => {
      assert.deepEqual(codes('Thông tri số 10-TT/TU ngày 02/02/2024; Thông tư số 45/2024/TT-BTC ngày 10/01/2024.'), []);
      assert.deepEqual(codes('Thông tư số 10-TT/TU ngày 02/02/2024.'), ['reference.type-mismatch']);
      assert.deepEqual(codes('Quy định số 08-QĐi/TW ngày 25/10/2018 và Quy định số 37-QĐ/TW ngày 25/10/2021.'), []);
      assert.deepEqual(codes('Chỉ thị số 24-NQ/TW ngày 03/6/2013.'), ['reference.type-mismatch']);
    });

    it('a type word inside a compound title does not own the number: "Thông báo kết luận số 159-TB/TW"', () => {
      assert.deepEqual(codes('Thực hiện Thông báo kết luận số 159-TB/TW ngày 15/01/2024 của Bộ Chính trị.'), []);
      assert.deepEqual(codes('Thực hiện Chỉ thị số 05-CT/TW, Chương trình hành động số 12-CT/TU ngày 05/01/2024.'), ['reference.type-mismatch']);
    });

    it('accepts the local CTrHĐ, warns on a State code in a Party symbol', () => {
      assert.deepEqual(codes('Chương trình hành động số 46-CTrHĐ/TU ngày 21/6/2015 của Ban Thường vụ Thành ủy.'), []);
      assert.deepEqual(codes('Quy định số 05-QyĐ/TU ngày 08/01/2024.'), ['reference.unknown-code']);
    });

    it('"NQ 24-NQ/TW" and "49-KL/TƯ" are hints with a non-preferred fix', () => {
      const got = findings('Quán triệt NQ 24-NQ/TW; Kết luận số 49-KL/TƯ ngày 10/5/2019 của Ban Bí thư.');
      assert.deepEqual(got.map((f) => `${f.code}:${f.severity}`), ['reference.abbreviated-type:hint', 'reference.issuer-spelling:hint']);
      assert.ok(got.every((f) => f.fix && !f.fix.preferred));
      assert.equal(got[0].fix!.edits[0].newText, 'Nghị quyết');
    });

    it('a fix is written in the form of its line: decomposed (NFD) in an NFD line, composed elsewhere', () => {
      const line = 'Quán triệt NQ 24-NQ/TW của Bộ Chính trị.';
      const nfd = HEAD + line.normalize('NFD') + '\nTiếp theo là Nghị quyết.\n';
      const [fix] = runChecks(parseBulletin(nfd, { flavor: 'plain' })).filter((f) => f.code === 'reference.abbreviated-type');
      assert.equal(fix.fix!.edits[0].newText, 'Nghị quyết'.normalize('NFD'));
      const fixedLine = applyEdits(nfd, fix.fix!.edits).split('\n')[2];
      assert.equal(fixedLine, 'Quán triệt Nghị quyết 24-NQ/TW của Bộ Chính trị.'.normalize('NFD'));
      // The same line composed, or mixing both forms, gets the composed text.
      for (const mixed of [line, line.replace('Quán', 'Quán'.normalize('NFD'))]) {
        const [f] = runChecks(parseBulletin(HEAD + mixed + '\n', { flavor: 'plain' })).filter((x) => x.code === 'reference.abbreviated-type');
        assert.equal(f.fix!.edits[0].newText, 'Nghị quyết');
      }
    });
  });

  describe('reference.issuer-mismatch', () => {
    it('a city standing committee cannot issue /TW; the Central Committee letterhead of 138-QĐ/TW is not an error', () => {
      assert.deepEqual(codes('Chỉ thị số 19-CT/TW ngày 19/10/2018 của Ban Thường vụ Thành ủy.'), ['reference.issuer-mismatch']);
      assert.deepEqual(codes('Quy định số 138-QĐ/TW ngày 01/12/2023 của Ban Chấp hành Trung ương.'), []);
      assert.deepEqual(codes('Nghị quyết số 103/2023/QH15 ngày 09/11/2023 của Quốc hội; Kế hoạch số 238-KH/ĐUK ngày 13/01/2024 của Đảng ủy Khối.'), []);
    });

    it('accepts local extensions of committee codes and the Government for its Prime Minister', () => {
      assert.deepEqual(codes('Kế hoạch số 45-KH/ĐUKDN ngày 02/01/2024 của Đảng ủy Khối Doanh nghiệp tỉnh; Công văn số 12-CV/ĐUCA của Đảng ủy Công an tỉnh.'), []);
      assert.deepEqual(codes('Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Chính phủ.'), []);
    });

    it('stays quiet on a body it does not recognise and on a body shared by a list', () => {
      assert.deepEqual(codes('Chỉ thị số 38-CT/TU ngày 28/11/2023 của Ban Thường vụ Tỉnh tủy.'), []);
      assert.deepEqual(codes('Chỉ thị số 05-CT/TW và 12-CT/TU của Tỉnh ủy.'), []);
    });

    it('does not judge the right board written without its committee (85-HD/BTG of a khối\'s Ban Tuyên giáo); another board still is', () => {
      assert.deepEqual(codes('Hướng dẫn số 85-HD/BTG ngày 21/8/2023 của Ban Tuyên giáo Đảng ủy Khối.'), []);
      assert.deepEqual(codes('Hướng dẫn số 85-HD/BDV ngày 21/8/2023 của Ban Tuyên giáo Đảng ủy Khối.'), ['reference.issuer-mismatch']);
    });
  });

  describe('reference.term and reference.future-date', () => {
    it('khóa XI on a 2007 Bộ Chính trị document; a local khóa is not a Central Committee term', () => {
      assert.deepEqual(codes('Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị khóa XI.'), ['reference.term']);
      assert.deepEqual(codes('Nghị quyết số 12-NQ/TU ngày 20/7/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XIX.'), []);
      assert.deepEqual(codes('Nghị quyết số 81/2023/QH15 ngày 09/01/2023 của Quốc hội khóa XV.'), []);
    });

    it('stays quiet within ten days of a congress', () => {
      assert.deepEqual(codes('Nghị quyết số 01-NQ/TW ngày 05/02/2021 của Bộ Chính trị khóa XII.'), []);
    });

    it('State year against date, QH term against date or year', () => {
      assert.deepEqual(codes('Nghị định số 15/2019/NĐ-CP ngày 01/02/2020 của Chính phủ.'), ['reference.term']);
      assert.deepEqual(codes('Luật số 64/2025/QH15 ngày 19/02/2025; Nghị quyết số 88/2014/QH13 ngày 28/11/2014.', undefined), ['reference.future-date']);
      assert.deepEqual(codes('Nghị quyết số 68/2022/QH14 của Quốc hội.'), ['reference.term']);
    });

    it('future date only when the bulletin has a period', () => {
      const body = 'Kế hoạch số 175-KH/TU ngày 15/4/2024 của Ban Thường vụ Tỉnh ủy.';
      assert.deepEqual(codes(body), ['reference.future-date']);
      assert.deepEqual(findings(body, undefined, '').map((f) => f.code), []);
    });
  });

  describe('reference.inconsistent', () => {
    it('numbers restart every term: 35-CT/TW of 2019 and 2024 are two documents', () => {
      const head = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024\n\n';
      const body = 'Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị; Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị; Chỉ thị số 35-CT/TW của Bộ Chính trị.';
      assert.deepEqual(findings(body, undefined, head), []);
    });

    it('reports a disagreement with no majority once, naming every date; only the odd one, with a fix, when one date has a majority', () => {
      const tie = findings('Chương trình số 192-CTr/TU ngày 25/11/2023 của Tỉnh ủy.\nChương trình số 192-CTr/TU ngày 28/11/2023 của Tỉnh ủy.');
      assert.deepEqual(tie.map((f) => [f.code, f.range.start.line, !!f.fix]), [['reference.inconsistent', 2, false]]);
      assert.match(tie[0].message, /25\/11\/2023 \(dòng 3\); 28\/11\/2023 \(dòng 4\)/);
      const major = findings('Công văn số 1150-CV/ĐUK, ngày 20/01/2024.\nCông văn số 1150-CV/ĐUK, ngày 20/02/2024.\nCông văn số 1150-CV/ĐUK, ngày 20/02/2024.');
      assert.equal(major.length, 1);
      assert.equal(major[0].range.start.line, 2);
      assert.equal(major[0].fix?.edits[0].newText, '20/02/2024');
      assert.equal(major[0].fix?.preferred, false);
    });

    it('compares with other files through the reference.workspace service', () => {
      const other = parseBulletin(HEAD + 'Nghị quyết số 33-NQ/TW ngày 09/6/2014 của Ban Chấp hành Trung ương Đảng khóa XI.\nNghị quyết số 33-NQ/TW ngày 09/6/2014.', { flavor: 'plain' });
      const entries = JSON.parse(JSON.stringify(citationIndex(other)));
      const workspace: ReferenceWorkspace = { others: [{ uri: 'file:///ws/ban-tin-03.bulletin', entries }] };
      const body = 'Nghị quyết số 33-NQ/TW ngày 09/7/2014 của Ban Chấp hành Trung ương Đảng khóa XI.';
      assert.deepEqual(codes(body), []);
      const got = findings(body, new Map([[WORKSPACE_SERVICE, workspace]]));
      assert.deepEqual(got.map((f) => f.code), ['reference.inconsistent']);
      assert.match(got[0].message, /ban-tin-03\.bulletin dòng 3/);
      assert.equal(got[0].fix?.edits[0].newText, '09/6/2014');
      // A malformed service is ignored.
      assert.deepEqual(codes(body, new Map([[WORKSPACE_SERVICE, { nope: true }]])), []);
    });

    it('leaves a date or body the verified catalog knows to reference.known-document: only the deviating citation is reported', () => {
      const text = 'Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI.\nNghị quyết số 20-NQ/TW ngày 01/12/2012 của Ban Chấp hành Trung ương Đảng khóa XI.';
      assert.deepEqual(findings(text).map((f) => [f.code, f.range.start.line]), [['reference.known-document', 3]]);
      // Without the catalog's word, the same pair is a disagreement with no majority: one finding.
      const empty = new Map<string, unknown>([[CATALOG_SERVICE, loadCatalog({ version: 1, documents: [] } as unknown as CatalogFile)]]);
      assert.deepEqual(findings(text, empty).map((f) => [f.code, f.range.start.line]), [['reference.inconsistent', 2]]);
      // A wrong date in another file is that file's finding; the right one here stays quiet.
      const other = parseBulletin(HEAD + 'Nghị quyết số 20-NQ/TW ngày 01/12/2012 của Ban Chấp hành Trung ương Đảng khóa XI.', { flavor: 'plain' });
      const ws = new Map<string, unknown>([[WORKSPACE_SERVICE, { others: [{ uri: 'b.bulletin', entries: citationIndex(other) }] }]]);
      assert.deepEqual(codes('Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI.', ws), []);
    });

    it('compares local documents of two files only when their dates are close', () => {
      const other = parseBulletin(HEAD + 'Kế hoạch số 12-KH/TU ngày 05/01/2023 của Tỉnh ủy.', { flavor: 'plain' });
      const ws = new Map<string, unknown>([[WORKSPACE_SERVICE, { others: [{ uri: 'b.bulletin', entries: citationIndex(other) }] }]]);
      assert.deepEqual(codes('Kế hoạch số 12-KH/TU ngày 05/02/2023 của Tỉnh ủy.', ws), ['reference.inconsistent']);
      assert.deepEqual(codes('Kế hoạch số 12-KH/TU ngày 05/02/2024 của Tỉnh ủy.', ws), []);
    });
  });

  describe('reference.known-document and the catalog', () => {
    it('reports a date that contradicts a verified entry, with the swapped day and month named', () => {
      const got = findings('Nghị quyết số 20-NQ/TW, ngày 01 tháng 12 năm 2012 của Ban Chấp hành Trung ương Đảng khóa XI.');
      assert.deepEqual(got.map((f) => f.code), ['reference.known-document']);
      assert.equal(got[0].fix?.edits[0].newText, '01 tháng 11 năm 2012');
      assert.match(findings('Chỉ thị số 12-CT/TW ngày 01/05/2022 của Ban Bí thư.')[0].message, /đảo/);
    });

    it('stays quiet on unverified entries, on ambiguous numbers and on the letterhead body', () => {
      assert.deepEqual(codes('Kết luận số 48-KL/TW ngày 01/02/2023 của Bộ Chính trị.'), []); // unverified entry
      assert.deepEqual(codes('Chỉ thị số 12-CT/TW của Bộ Chính trị.'), []); // 2017 (BCT) or 2022 (BBT)
      assert.deepEqual(codes('Quy định số 138-QĐ/TW ngày 01/12/2023 của Ban Chấp hành Trung ương.'), []);
    });

    it('every built-in record has the fields the schema requires and a known verification mark', () => {
      const marks = new Set(['verified-external', 'verified-thirdparty', 'sample-consistent', 'unverified']);
      for (const d of builtinCatalog.documents) {
        assert.ok(d.record.number && d.record.type && d.record.issuerCode && d.record.title && d.record.source, d.symbol);
        assert.ok(marks.has(d.record.verification), `${d.symbol}: ${d.record.verification}`);
      }
    });

    it('has a version, keeps verification marks, and finds documents by term or date', () => {
      assert.equal(builtinCatalog.version, CATALOG_VERSION);
      assert.ok(builtinCatalog.documents.length >= 120);
      assert.equal(findDocuments({ number: 35, typeCode: 'CT', issuerCode: 'TW' }).length, 2);
      const y2019 = findDocuments({ number: 35, typeCode: 'CT', issuerCode: 'TW', date: { year: 2019, month: 5, day: 30 } });
      assert.deepEqual(y2019.map((d) => d.record.date), ['2019-05-30']);
      assert.equal(y2019[0].record.verification, 'verified-external');
      assert.equal(findDocuments({ number: 8, typeCode: 'QĐ', issuerCode: 'TW', term: 'XII' })[0]?.symbol, '08-QĐi/TW');
      const c = readCitations('Nghị quyết số 20-NQ/TW ngày 01/11/2012')[0];
      assert.equal(catalogEntry(identityOf(c)!)?.record.date, '2012-11-01');
      const user = loadCatalog({ version: 1, documents: [{ number: '05-NQ/TU', type: 'Nghị quyết', issuerCode: 'TU', title: 't', source: 's', verification: 'unverified', category: 'party' }] }, builtinCatalog);
      assert.equal(user.documents.length, builtinCatalog.documents.length + 1);
    });
  });

  describe('citationIndex and sameDocumentCitations', () => {
    const text = HEAD + 'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\nThực hiện Chỉ thị số 05-CT/TW.\nChỉ thị số 35-CT/TW ngày 30/5/2019.\nChỉ thị số 35-CT/TW ngày 14/6/2024.';
    const model = parseBulletin(text, { flavor: 'plain' });

    it('keys each citation by number, code, issuer and term; undated mentions refer to the dated one before', () => {
      const entries = citationIndex(model);
      assert.deepEqual(entries.map((e) => e.key ?? '-'), ['05-CT/TW@XII', '-', '35-CT/TW@XII', '35-CT/TW@XIII']);
      assert.equal(entries[1].refersTo, '05-CT/TW@XII');
      assert.deepEqual(JSON.parse(JSON.stringify(entries)), entries);
    });

    it('finds the citations of the same document here and in other files', () => {
      const at = text.indexOf('05-CT/TW', text.indexOf('Thực hiện'));
      const other = parseBulletin('Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.', { flavor: 'plain' });
      const got = sameDocumentCitations(model, at + 2, { others: [{ uri: 'b', entries: citationIndex(other) }] })!;
      assert.equal(got.entry.line, 3);
      assert.deepEqual(got.here.map((e) => e.line), [2, 3]);
      assert.deepEqual(got.others.map((o) => [o.uri, o.entry.line]), [['b', 0]]);
      const y2024 = sameDocumentCitations(model, text.lastIndexOf('35-CT/TW'))!;
      assert.deepEqual(y2024.here.map((e) => e.line), [5]);
      assert.equal(sameDocumentCitations(model, 0), undefined);
    });
  });

  it('readCitations keeps no state between texts (a type word found after another paragraph was read)', () => {
    const probe = 'Thực hiện Chương trình hành động số 12-CT/TU ngày 05/01/2024 của Ban Thường vụ Tỉnh ủy.';
    readCitations('Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị; Luật số 64/2025/QH15 là luật mới.');
    assert.equal(readCitations(probe)[0].typeWord?.text, 'Chương trình hành động');
  });

  it('speaks English', () => {
    const got = runChecks(parseBulletin(HEAD + 'Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị khóa XI.', { flavor: 'plain' }), { locale: 'en' });
    assert.match(got.find((f) => f.code === 'reference.term')!.message, /Central Committee term X\b/);
  });
});
