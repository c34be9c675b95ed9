// Known documents over the real protocol: completion and resolve, citation hover, the workspace index (a bulletin
// that is never opened), user catalogs (reload on change, a broken file), work-done progress.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionItem, CompletionList, Hover, Location, MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../helpers/lspClient';

const HEAD = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 06 NĂM 2025\n\nI. THÔNG TIN\n';
const CLOSED = HEAD + '1. Thực hiện Kế hoạch số 163-KH/TU, ngày 16/02/2024 của Tỉnh ủy về chuyển đổi số.\nNội dung.\n';
const OPEN = HEAD + '1. Kế hoạch số 163-KH/TU, ngày 18/02/2024 của Tỉnh ủy về chuyển đổi số.\n2. Học tập Nghị quyết kinh te tu nhan';
const USER_ENTRY = {
  number: '15-KH/ĐU', type: 'Kế hoạch', typeAbbr: 'KH', issuerCode: 'ĐU', issuer: 'Đảng ủy Khối', date: '2025-03-10',
  title: 'về học tập chuyên đề năm 2025', source: 'văn bản lưu tại văn phòng', verification: 'unverified', category: 'party',
};

function workspace(files: Record<string, string>): { dir: string; uri: (name: string) => string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-known-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return { dir, uri: (name) => pathToFileURL(path.join(dir, name)).href };
}

const lineOf = (text: string) => text.split('\n').length - 1;
const endOf = (text: string) => ({ line: lineOf(text), character: text.split('\n').pop()!.length });

describe('language server: known documents', function () {
  this.timeout(20000);
  let client: LspClient;
  let ws: ReturnType<typeof workspace>;
  afterEach(async () => {
    await client?.dispose();
    fs.rmSync(ws.dir, { recursive: true, force: true });
  });

  async function start(files: Record<string, string>, snippets = true, plainTextAndMarkdown = false) {
    ws = workspace(files);
    client = await LspClient.start({
      pull: true, workspaceFolders: [pathToFileURL(ws.dir).href], workDoneProgress: true, watchFiles: true, snippets,
      settings: (item) => (item.section === 'bantin.checkPlainTextAndMarkdown' ? plainTextAndMarkdown : item.section === 'bantin' ? { checkPlainTextAndMarkdown: plainTextAndMarkdown } : null),
    });
  }
  const indexed = () => client.waitUntil(() => (client.progress.some((p) => p.value.kind === 'end') ? true : undefined), 'the end of indexing');
  const complete = async (uri: string, position: { line: number; character: number }) =>
    (await client.within(client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position }), 'completion')) as CompletionList;
  const hover = async (uri: string, position: { line: number; character: number }) =>
    (await client.within(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }), 'hover')) as Hover | null;
  const changed = (uri: string, type: 1 | 2 | 3 = 2) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type }] });

  it('indexes a bulletin that is not open, with work-done progress; the cross-file check, references and hover use it', async () => {
    await start({ 'thang-05.bulletin': CLOSED, 'con/thang-06.bulletin': OPEN });
    await indexed();
    const begin = client.progress.find((p) => p.value.kind === 'begin');
    assert.match(begin!.value.title!, /Bản tin/);
    assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
    const uri = ws.uri('con/thang-06.bulletin');
    await client.open(uri, OPEN);
    const items = await client.pullItems(uri);
    const inconsistent = items.filter((d) => d.code === 'reference.inconsistent');
    assert.equal(inconsistent.length, 1, JSON.stringify(items));
    assert.match(String(inconsistent[0].message), /thang-05\.bulletin/);

    const at = { line: 3, character: OPEN.split('\n')[3].indexOf('163-KH') + 2 };
    const refs = (await client.connection.sendRequest('textDocument/references', { textDocument: { uri }, position: at, context: { includeDeclaration: true } })) as Location[];
    const closedLine = CLOSED.split('\n')[3];
    assert.deepEqual(refs.find((r) => r.uri === ws.uri('thang-05.bulletin'))?.range, {
      start: { line: 3, character: closedLine.indexOf('163-KH/TU') }, end: { line: 3, character: closedLine.indexOf('163-KH/TU') + 9 },
    });
    const md = ((await hover(uri, at))!.contents as MarkupContent).value;
    assert.match(md, /không có trong danh mục/);
    assert.match(md, /thang-05\.bulletin: dòng 4/);

    // The closed file is corrected on disk: the index follows and the finding goes.
    fs.writeFileSync(path.join(ws.dir, 'thang-05.bulletin'), CLOSED.replace('16/02/2024', '18/02/2024'));
    const refreshes = client.refreshRequests;
    await changed(ws.uri('thang-05.bulletin'));
    await client.waitUntil(() => (client.refreshRequests > refreshes ? true : undefined), 'a diagnostics refresh');
    assert.deepEqual((await client.pullItems(uri)).filter((d) => d.code === 'reference.inconsistent'), []);
    // …and when it is deleted, it is no longer cited elsewhere.
    fs.rmSync(path.join(ws.dir, 'thang-05.bulletin'));
    await changed(ws.uri('thang-05.bulletin'), 3);
    assert.doesNotMatch(((await hover(uri, at))!.contents as MarkupContent).value, /thang-05/);
  });

  it('a folder moved in with one event for itself is indexed; moved away with one event, what was in it goes', async () => {
    await start({ 'con/thang-06.bulletin': OPEN });
    await indexed();
    const registration = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    const watchers = (registration?.registerOptions as { watchers: { globPattern: unknown; kind?: number }[] }).watchers;
    assert.ok(watchers.some((w) => w.globPattern === '**/*' && w.kind === 1 + 4), JSON.stringify(watchers)); // Create | Delete
    const uri = ws.uri('con/thang-06.bulletin');
    await client.open(uri, OPEN);
    const inconsistent = async () => (await client.pullItems(uri)).filter((d) => d.code === 'reference.inconsistent').map((d) => String(d.message));
    assert.deepEqual(await inconsistent(), []);

    // The folder arrives whole (as a move or a copy does): VS Code may report it with one event, none for its files.
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-moved-'));
    fs.mkdirSync(path.join(outside, 'tuan-2'));
    fs.writeFileSync(path.join(outside, 'tuan-2', 'thang-05.bulletin'), CLOSED);
    // A refresh asked for earlier (the open above) may come in first: the findings are pulled again at every refresh
    // until they change, and the wait fails if no refresh brings the change.
    const afterRefreshes = async (done: (found: string[]) => boolean): Promise<string[]> => {
      for (;;) {
        const refreshes = client.refreshRequests;
        const found = await inconsistent();
        if (done(found)) return found;
        await client.waitUntil(() => (client.refreshRequests > refreshes ? true : undefined), 'a diagnostics refresh');
      }
    };
    fs.renameSync(outside, path.join(ws.dir, 'thang-05'));
    await changed(ws.uri('thang-05'), 1);
    const found = await afterRefreshes((f) => f.length > 0);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0], /thang-05\.bulletin/);

    fs.renameSync(path.join(ws.dir, 'thang-05'), outside);
    await changed(ws.uri('thang-05'), 3);
    assert.deepEqual(await afterRefreshes((f) => f.length === 0), []);
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('a large workspace is read in the index worker: every file counts, in order', async () => {
    const files: Record<string, string> = { 'con/thang-06.bulletin': OPEN };
    for (let i = 0; i < 80; i++) files[`thu-muc-${i % 4}/ban-tin-${i}.bulletin`] = i === 57 ? CLOSED : HEAD + `1. Tin số ${i}.\n`;
    await start(files);
    await indexed();
    const uri = ws.uri('con/thang-06.bulletin');
    await client.open(uri, OPEN);
    const inconsistent = (await client.pullItems(uri)).filter((d) => d.code === 'reference.inconsistent');
    assert.equal(inconsistent.length, 1);
    assert.match(String(inconsistent[0].message), /ban-tin-57\.bulletin/);
    const progress = client.progress.filter((p) => p.value.kind === 'report').map((p) => p.value.message);
    assert.equal(progress[progress.length - 1], '81/81');
  });

  it('with bantin.checkPlainTextAndMarkdown, indexes the Markdown and text files that look like a bulletin, and only those', async () => {
    const notBulletin = '# Ghi chú\n\nKế hoạch số 163-KH/TU, ngày 01/01/2024 của Tỉnh ủy (bản nháp).\n';
    for (const plain of [false, true]) {
      await start({ 'thang-05.md': CLOSED, 'ghi-chu.md': notBulletin, 'con/thang-06.bulletin': OPEN }, true, plain);
      await indexed();
      const uri = ws.uri('con/thang-06.bulletin');
      await client.open(uri, OPEN);
      const messages = (await client.pullItems(uri)).filter((d) => d.code === 'reference.inconsistent').map((d) => String(d.message));
      assert.equal(messages.length, plain ? 1 : 0, messages.join('\n'));
      if (plain) assert.match(messages[0], /thang-05\.md/);
      if (plain) assert.doesNotMatch(messages[0], /ghi-chu/);
      // A window-scoped setting is asked for without a resource: VS Code warns when one is read for a resource.
      const asked = client.configurationRequests.filter((i) => i.section === 'bantin.checkPlainTextAndMarkdown');
      assert.ok(asked.length > 0 && asked.every((i) => i.scopeUri === undefined), JSON.stringify(asked));
      await client.dispose();
      fs.rmSync(ws.dir, { recursive: true, force: true });
    }
  });

  it('an open bulletin is not compared with its own file on disk, however its URI is spelled', async () => {
    await start({ 'ban tin (1).bulletin': CLOSED });
    await indexed();
    // VS Code's spelling of the same file (Node writes "(1)" unescaped); the editor holds an unsaved change of date.
    const uri = `${pathToFileURL(ws.dir).href}/ban%20tin%20%281%29.bulletin`;
    await client.open(uri, CLOSED.replace('16/02/2024', '18/02/2024'));
    assert.deepEqual((await client.pullItems(uri)).filter((d) => d.code === 'reference.inconsistent'), []);
  });

  it('completes from words without diacritics, with the symbol and the whole citation; resolve adds the documentation', async () => {
    await start({});
    const uri = ws.uri('a.bulletin');
    await client.open(uri, OPEN);
    const list = await complete(uri, endOf(OPEN));
    assert.ok(list.isIncomplete);
    const [symbol, citation] = list.items;
    assert.equal(symbol.label, '68-NQ/TW');
    assert.deepEqual(symbol.textEdit, { range: { start: { line: 4, character: OPEN.split('\n')[4].indexOf('kinh') }, end: endOf(OPEN) }, newText: 'số 68-NQ/TW' });
    assert.match(citation.label, /^Nghị quyết số 68-NQ\/TW, ngày 04\/05\/2025 của Bộ Chính trị$/); // the form of its other citation (18/02/2024)
    assert.equal(citation.insertTextFormat, 2);
    assert.match((citation.textEdit as { newText: string }).newText, /của Bộ Chính trị \$\{1:về phát triển kinh tế tư nhân\}\$0$/);
    assert.match(symbol.detail!, /04\/5\/2025 · Bộ Chính trị/);
    const resolved = (await client.connection.sendRequest('completionItem/resolve', symbol)) as CompletionItem;
    assert.match((resolved.documentation as MarkupContent).value, /kinh tế tư nhân[\s\S]*Cơ quan ban hành: Bộ Chính trị[\s\S]*Nguồn:/);
  });

  it('a client without snippet support gets the whole citation as plain text', async () => {
    await start({}, false);
    const uri = ws.uri('a.bulletin');
    await client.open(uri, OPEN);
    const citation = (await complete(uri, endOf(OPEN))).items[1];
    assert.equal(citation.insertTextFormat, 1);
    assert.match((citation.textEdit as { newText: string }).newText, /^Nghị quyết số 68-NQ\/TW, ngày 04\/05\/2025 của Bộ Chính trị về phát triển kinh tế tư nhân$/);
  });

  it('completes after a partial symbol and after a type word; nothing in plain text', async () => {
    await start({});
    const uri = ws.uri('a.bulletin');
    const text = HEAD + 'Triển khai 57-\nChi bộ có 12 đảng viên';
    await client.open(uri, text);
    const list = await complete(uri, { line: 3, character: 'Triển khai 57-'.length });
    assert.equal(list.items[0].label, '57-NQ/TW');
    assert.deepEqual((await complete(uri, { line: 4, character: 'Chi bộ có 12 đảng viên'.length })).items, []);
  });

  it('reads .bantin/catalog.json, reloads it when it changes, and marks its unverified entries', async () => {
    const catalogPath = '.bantin/catalog.json';
    await start({ [catalogPath]: JSON.stringify({ version: 1, documents: [USER_ENTRY] }) });
    const uri = ws.uri('a.bulletin');
    const text = HEAD + 'Thực hiện Kế hoạch số 15-KH/ĐU, ngày 10/3/2025 của Đảng ủy Khối.\nKế hoạch số 16';
    await client.open(uri, text);
    const md = ((await hover(uri, { line: 3, character: 25 }))!.contents as MarkupContent).value;
    assert.match(md, /học tập chuyên đề năm 2025/);
    assert.match(md, /chưa kiểm chứng — chỉ dùng để gợi ý/);
    assert.match(md, /Danh mục: \.bantin[\\/]catalog\.json/);
    assert.deepEqual((await complete(uri, endOf(text))).items, []);

    fs.writeFileSync(path.join(ws.dir, catalogPath), JSON.stringify({ version: 1, documents: [USER_ENTRY, { ...USER_ENTRY, number: '16-KH/ĐU', title: 'về một kế hoạch mới' }] }));
    await changed(ws.uri(catalogPath));
    await client.waitUntil(() => (client.refreshRequests > 0 ? true : undefined), 'a diagnostics refresh');
    assert.deepEqual((await complete(uri, endOf(text))).items.map((i) => i.label), ['16-KH/ĐU', 'Kế hoạch số 16-KH/ĐU, ngày 10/3/2025 của Đảng ủy Khối']);
    // The output channel says that the change was seen and what was read.
    const said = await client.waitUntil(() => {
      const seen = client.logs.find((l) => /catalog changed, reading again: .*catalog\.json/.test(l));
      const read = client.logs.find((l) => /\d+ văn bản trong danh mục, kiểm tra lại \/ catalog entries, checking again/.test(l));
      return seen && read ? [seen, read] : undefined;
    }, 'the catalog change in the log');
    assert.match(said[1], /^Bản tin: \d+ văn bản/);
  });

  it('a .bantin folder created with its files in it is read on the folder\'s event alone (the watcher can miss the files\' own)', async () => {
    await start({});
    await indexed();
    const registration = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    const globs = (registration?.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => w.globPattern);
    assert.ok(globs.includes('**/.bantin'), JSON.stringify(globs));
    const uri = ws.uri('a.bulletin');
    const text = HEAD + 'Kế hoạch số 16';
    await client.open(uri, text);
    assert.deepEqual((await complete(uri, endOf(text))).items, []);

    fs.mkdirSync(path.join(ws.dir, '.bantin'));
    fs.writeFileSync(path.join(ws.dir, '.bantin', 'catalog.json'), JSON.stringify({ version: 1, documents: [{ ...USER_ENTRY, number: '16-KH/ĐU' }] }));
    const refreshes = client.refreshRequests;
    await changed(ws.uri('.bantin'), 1);
    await client.waitUntil(() => (client.refreshRequests > refreshes ? true : undefined), 'a diagnostics refresh');
    assert.equal((await complete(uri, endOf(text))).items[0]?.label, '16-KH/ĐU');
  });

  it('a broken catalog file gets a clear diagnostic on that file; the built-in catalog keeps working', async () => {
    const catalogPath = '.bantin/catalog.json';
    await start({ [catalogPath]: '{ "version": 1, "documents": [ { "number": "1-KH/ĐU" ' });
    const catalogUri = ws.uri(catalogPath);
    const published = await client.waitForPublish(catalogUri);
    assert.equal(published.diagnostics[0].code, 'catalog.invalid');
    assert.match(String(published.diagnostics[0].message), /catalog\.json không dùng được: JSON: thiếu dấu/);
    assert.match(String(published.diagnostics[0].message), /Danh mục có sẵn vẫn được dùng/);
    const uri = ws.uri('a.bulletin');
    await client.open(uri, HEAD + 'Triển khai 57-');
    assert.equal((await complete(uri, { line: 3, character: 'Triển khai 57-'.length })).items[0].label, '57-NQ/TW');

    // Fixed but with one bad entry: the diagnostic points at that entry's field; the good entry is used.
    const count = client.published.length;
    fs.writeFileSync(path.join(ws.dir, catalogPath), JSON.stringify({ version: 1, documents: [USER_ENTRY, { ...USER_ENTRY, number: '17-KH/ĐU', date: '2025-13-01' }] }, null, 1));
    await changed(catalogUri);
    const next = await client.waitForPublish(catalogUri, undefined, count);
    assert.equal(next.diagnostics.length, 1);
    assert.match(String(next.diagnostics[0].message), /bị bỏ qua: ngày “2025-13-01”/);
    const line = fs.readFileSync(path.join(ws.dir, catalogPath), 'utf8').split('\n')[next.diagnostics[0].range.start.line];
    assert.match(line, /"date": "2025-13-01"/);
    assert.ok(client.process.exitCode === null);
  });
});
