// Citation completion, catalog search and citation hover (engine): what is offered after a type word, a partial
// symbol and subject words, in which order, and in which form.
import * as assert from 'node:assert/strict';
import {
  builtinCatalog, citationCompletions, citationHover, loadCatalog, parseBulletin, searchCatalog, symbolKey, validateCatalogData,
} from '../../server/src/language';
import type { CatalogRecord } from '../../server/src/language';

const rec = (number: string, type: string, date: string, issuer: string, title: string, extra: Partial<CatalogRecord> = {}): CatalogRecord => ({
  number, type, issuerCode: number.split('/').pop()!, issuer, date, title, source: 'test', verification: 'verified-external',
  category: 'party', term: date < '2021-01-30' ? 'XII' : 'XIII', ...extra,
});

const catalog = loadCatalog({
  version: 1,
  documents: [
    rec('57-NQ/TW', 'Nghị quyết', '2024-12-22', 'Bộ Chính trị', 'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia'),
    rec('68-NQ/TW', 'Nghị quyết', '2025-05-04', 'Bộ Chính trị', 'về phát triển kinh tế tư nhân'),
    rec('12-KL/TW', 'Kết luận', '2021-08-06', 'Bộ Chính trị', 'về công tác người Việt Nam ở nước ngoài'),
    rec('121-KL/TW', 'Kết luận', '2025-01-24', 'Ban Chấp hành Trung ương Đảng', 'về tổng kết Nghị quyết số 18-NQ/TW'),
    rec('05-CT/TW', 'Chỉ thị', '2016-05-15', 'Bộ Chính trị', 'về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'),
    rec('05-CT/TW', 'Chỉ thị', '2021-06-01', 'Ban Bí thư', 'về một chỉ thị khác cùng số', { verification: 'unverified' }),
    rec('35-CT/TW', 'Chỉ thị', '2024-06-14', 'Bộ Chính trị', 'về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng'),
  ],
});

const doc = (lines: string[]) => lines.join('\n');
const HEAD = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 06 NĂM 2025\n\nI. THÔNG TIN\n';

function complete(line: string, extra = '') {
  const text = HEAD + extra + line;
  const model = parseBulletin(text, { declaredBulletin: true });
  return { text, items: citationCompletions(model, text.length, catalog) };
}

describe('catalog search', () => {
  it('finds a document by words of its subject without diacritics, in any case', () => {
    assert.equal(searchCatalog(catalog, { words: ['KINH', 'te', 'tu', 'nhan'] })[0].doc.symbol, '68-NQ/TW');
    assert.equal(searchCatalog(catalog, { words: ['kinh', 'tế', 'tư', 'nhân'] })[0].doc.symbol, '68-NQ/TW');
    assert.deepEqual(searchCatalog(catalog, { words: ['kinh', 'te', 'nha', 'nuoc'] }), []);
  });

  it('a partial symbol finds the symbols it starts; digits alone also a longer number, after the exact one', () => {
    assert.deepEqual(searchCatalog(catalog, { symbol: '57-' }).map((h) => h.doc.symbol), ['57-NQ/TW']);
    assert.deepEqual(searchCatalog(catalog, { symbol: '12' }).map((h) => h.doc.symbol), ['12-KL/TW', '121-KL/TW']);
  });

  it('symbols compare without case, leading zeros or diacritics', () => {
    assert.equal(symbolKey('05-CT/TW'), symbolKey('5-ct/tw'));
    assert.equal(symbolKey('30/2020/NĐ-CP'), '30/2020/nd-cp');
  });

  it('ranks a document the workspace cites often above an otherwise better one', () => {
    const plain = searchCatalog(catalog, { type: 'Chỉ thị' }, { month: { year: 2025, month: 6 } }).map((h) => h.doc.symbol);
    assert.equal(plain[0], '35-CT/TW');
    const cited = searchCatalog(catalog, { type: 'Chỉ thị' }, { month: { year: 2025, month: 6 }, cited: new Map([[symbolKey('05-CT/TW'), 4]]) });
    assert.equal(cited[0].doc.symbol, '05-CT/TW');
  });

  it('ranks by recency relative to the bulletin month: documents after it come last', () => {
    const before = searchCatalog(catalog, { type: 'Nghị quyết' }, { month: { year: 2025, month: 1 } }).map((h) => h.doc.symbol);
    assert.deepEqual(before, ['57-NQ/TW', '68-NQ/TW']);
    const after = searchCatalog(catalog, { type: 'Nghị quyết' }, { month: { year: 2025, month: 6 } }).map((h) => h.doc.symbol);
    assert.deepEqual(after, ['68-NQ/TW', '57-NQ/TW']);
  });
});

describe('citation completion', () => {
  it('after "Nghị quyết số " offers each resolution: its symbol and its whole citation', () => {
    const { items } = complete('Thực hiện Nghị quyết số ');
    const symbols = items.filter((i) => i.kind === 'symbol').map((i) => i.label);
    assert.deepEqual(symbols, ['68-NQ/TW', '57-NQ/TW']);
    const citation = items.find((i) => i.kind === 'citation' && i.label.includes('57-NQ/TW'))!;
    assert.equal(citation.label, 'Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị');
    assert.ok(citation.snippet);
    assert.match(citation.insertText, /^Nghị quyết số 57-NQ\/TW, ngày 22\/12\/2024 của Bộ Chính trị \$\{1:về đột phá/);
  });

  it('the symbol item replaces what follows "số"; the citation item replaces from the type word', () => {
    const { text, items } = complete('Thực hiện Kết luận số 12');
    const symbol = items.find((i) => i.kind === 'symbol' && i.label === '12-KL/TW')!;
    assert.equal(text.slice(symbol.range.start, symbol.range.end), '12');
    assert.equal(symbol.insertText, '12-KL/TW');
    const citation = items.find((i) => i.kind === 'citation' && i.label.includes('12-KL/TW'))!;
    assert.equal(text.slice(citation.range.start, citation.range.end), 'Kết luận số 12');
    assert.equal(citation.filterText, 'Kết luận số 12');
    assert.ok(items.some((i) => i.label === '121-KL/TW'));
  });

  it('after a type word without "số", the symbol item adds it', () => {
    const { items } = complete('Quán triệt Chỉ thị ');
    assert.deepEqual(items.filter((i) => i.kind === 'symbol').map((i) => i.insertText).slice(0, 1), ['số 35-CT/TW']);
  });

  it('after a partial symbol alone', () => {
    const { text, items } = complete('Triển khai 57-');
    assert.deepEqual(items.map((i) => i.kind + ' ' + i.label.slice(0, 24)), ['symbol 57-NQ/TW', 'citation Nghị quyết số 57-NQ/TW, ']);
    assert.equal(text.slice(items[0].range.start), '57-');
    const { items: digits } = complete('theo 121');
    assert.equal(digits[0].label, '121-KL/TW');
  });

  it('after words of the subject without diacritics: "Nghị quyết kinh te tu nhan" finds 68-NQ/TW', () => {
    const { text, items } = complete('Học tập Nghị quyết kinh te tu nhan');
    assert.equal(items[0].label, '68-NQ/TW');
    assert.equal(items[0].insertText, 'số 68-NQ/TW');
    assert.equal(text.slice(items[0].range.start), 'kinh te tu nhan');
    assert.equal(text.slice(items[1].range.start), 'Nghị quyết kinh te tu nhan');
  });

  it('works on decomposed (NFD) text: ranges point into the original', () => {
    const line = 'Thực hiện Nghị quyết kinh tế tư nhân'.normalize('NFD');
    const { text, items } = complete(line);
    assert.equal(items[0].label, '68-NQ/TW');
    assert.equal(text.slice(items[1].range.start), 'Nghị quyết kinh tế tư nhân'.normalize('NFD'));
  });

  it('same-number documents of different issuers are all offered, each with its date and body', () => {
    const { items } = complete('Chỉ thị số 05-');
    const details = items.filter((i) => i.kind === 'symbol').map((i) => i.detail);
    assert.deepEqual(details.sort(), ['01/6/2021 · Ban Bí thư · khóa XIII · chưa kiểm chứng', '15/5/2016 · Bộ Chính trị · khóa XII']);
  });

  it('follows the bulletin form: date in words and no comma when its citations write them so', () => {
    const earlier = 'Thực hiện Chỉ thị số 35-CT/TW ngày 14 tháng 6 năm 2024 của Bộ Chính trị.\n';
    const { items } = complete('Nghị quyết số 68', earlier);
    assert.equal(items[1].label, 'Nghị quyết số 68-NQ/TW ngày 04 tháng 5 năm 2025 của Bộ Chính trị');
  });

  it('offers nothing in running text, after a date or after a finished citation', () => {
    assert.deepEqual(complete('Chi bộ họp ngày 22/12').items, []);
    assert.deepEqual(complete('Chi bộ có 12 đảng viên').items, []);
    assert.deepEqual(complete('Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về ').items, []);
    assert.deepEqual(complete('Nghị quyết này đã đi vào cuộc sống').items, []);
  });

  it('the built-in catalog answers the example of the issue', () => {
    const text = HEAD + 'Nghị quyết kinh te tu nhan';
    const items = citationCompletions(parseBulletin(text, { declaredBulletin: true }), text.length, builtinCatalog);
    assert.equal(items[0].label, '68-NQ/TW');
  });
});

describe('citation hover', () => {
  const text = doc([
    HEAD.trimEnd(),
    '1. Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội.',
    '2. Chỉ thị số 05-CT/TW của Bộ Chính trị.',
    '3. Kế hoạch số 12-KH/ĐU, ngày 01/02/2025 của Đảng ủy.',
    '4. Tiếp tục thực hiện Chỉ thị số 35-CT/TW.',
  ]);
  const model = parseBulletin(text, { declaredBulletin: true });
  const workspace = { others: [{ uri: 'file:///ws/thang-05.bulletin', entries: [{ base: '35-CT/TW', symbol: '35-CT/TW', key: 'k', refersTo: 'k', span: { start: 0, end: 8 }, line: 7 }] }] };

  it('shows title, date, issuing body, term, verification and source', () => {
    const md = citationHover(model, text.indexOf('35-CT/TW'), catalog)!;
    for (const part of ['**Chỉ thị số 35-CT/TW** về tổ chức đại hội', 'Ngày ban hành: 14/6/2024', 'Cơ quan ban hành: Bộ Chính trị', 'Khóa: XIII', 'đã kiểm chứng', 'Nguồn: test']) {
      assert.ok(md.includes(part), `${part} in ${md}`);
    }
  });

  it('lists where else the document is cited, in this file and in others', () => {
    const ws = { others: workspace.others.map((o) => ({ ...o, entries: o.entries.map((e) => ({ ...e, key: undefined, refersTo: undefined })) })) };
    const md = citationHover(model, text.indexOf('35-CT/TW'), catalog, { workspace: ws })!;
    assert.match(md, /Trong tệp này: dòng 7/);
  });

  it('an undated symbol with two catalog documents shows both, the unverified one marked', () => {
    const md = citationHover(model, text.indexOf('05-CT/TW'), catalog, { locale: 'en' })!;
    assert.match(md, /2 documents with this number/);
    assert.match(md, /not verified — used for completion only/);
  });

  it('a citation the catalog lacks says so; text that is no citation has no hover', () => {
    assert.match(citationHover(model, text.indexOf('12-KH/ĐU'), catalog)!, /không có trong danh mục/);
    assert.equal(citationHover(model, text.indexOf('Thực hiện'), catalog), undefined);
  });
});

describe('user catalog validation', () => {
  it('keeps the good entries and names the bad ones by path', () => {
    const good = rec('01-NQ/TU', 'Nghị quyết', '2025-01-02', 'Tỉnh ủy', 'về một việc');
    const result = validateCatalogData({ version: 1, documents: [good, { ...good, date: '2025-02-30' }, { number: '2-CT/TU' }, 'x'] });
    assert.deepEqual(result.file.documents, [good]);
    assert.deepEqual(result.problems.map((p) => p.path.join('.')), ['documents.1.date', ...Array(6).fill('documents.2'), 'documents.3']);
  });

  it('reads the fields, their enums and patterns from the catalog schema', () => {
    const good = rec('01-NQ/TU', 'Nghị quyết', '2025-01-02', 'Tỉnh ủy', 'về một việc', { notes: 'ghi chú' });
    assert.deepEqual(validateCatalogData({ version: 1, documents: [good] }).problems, []);
    const problems = validateCatalogData({ version: 1, documents: [{ ...good, verification: 'maybe', category: 'other', color: 'red', date: '2.1.2025', title: 3 }] }).problems;
    // In the order of the entry's keys (date and title come before verification in `rec`).
    assert.deepEqual(problems.map((p) => `${p.path.slice(2).join('.')}: ${p.message.split(' / ')[1]}`), [
      'date: date must be a real YYYY-MM-DD date',
      'title: must be a string',
      'verification: must be one of these',
      'category: must be one of these',
      'color: unknown field',
    ]);
  });

  it('a file that is not a catalog is one problem at its root', () => {
    assert.deepEqual(validateCatalogData([1, 2]).problems.map((p) => p.path), [[]]);
    assert.deepEqual(validateCatalogData({ version: 1 }).problems.map((p) => p.path), [['documents']]);
  });
});
