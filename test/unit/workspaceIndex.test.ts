// The workspace index on its own: what it hands to the checks for one document (only the files and citations that
// name a document it cites), updates and removals.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { groupByKey, Sighting } from '../../server/src/language';
import { WorkspaceIndex } from '../../server/src/lsp/workspaceIndex';

const HEAD = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 06 NĂM 2025\n\nI. VĂN BẢN\n';

describe('workspace index', () => {
  let dir: string;
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-index-'));
    fs.writeFileSync(path.join(dir, 'a.bulletin'), HEAD + '1. Kế hoạch số 163-KH/TU, ngày 16/02/2024 của Tỉnh ủy; Kế hoạch số 12-KH/TU, ngày 01/3/2024 của Tỉnh ủy.\n');
    fs.writeFileSync(path.join(dir, 'b.bulletin'), HEAD + '1. Kế hoạch số 99-KH/TU, ngày 16/02/2024 của Tỉnh ủy.\n');
    fs.writeFileSync(path.join(dir, 'c.md'), HEAD + '1. Kế hoạch số 163-KH/TU, ngày 18/02/2024 của Tỉnh ủy.\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('hands over only the files, and of each only the citations, that name one of the documents asked about', async () => {
    let changes = 0;
    const index = new WorkspaceIndex(() => changes++);
    await index.build([pathToFileURL(dir).href]);
    assert.equal(index.size, 2); // c.md only with plain text and Markdown
    assert.equal(changes, 1);
    const all = index.others('', new Set());
    assert.deepEqual(all.map((f) => [path.basename(f.uri), f.entries.length]).sort(), [['a.bulletin', 2], ['b.bulletin', 1]]);
    const some = index.others('', new Set(), new Set(['163-KH/TU']));
    assert.deepEqual(some.map((f) => [path.basename(f.uri), f.entries.map((e) => e.base)]), [['a.bulletin', ['163-KH/TU']]]);
    assert.deepEqual(index.others(uri('a.bulletin'), new Set(), new Set(['163-KH/TU'])), []);
    assert.deepEqual(index.others('', new Set([uri('a.bulletin')]), new Set(['163-KH/TU'])), []);
  });

  it('follows changes and removals; reads Markdown that looks like a bulletin when asked', async () => {
    const index = new WorkspaceIndex();
    await index.build([pathToFileURL(dir).href], undefined, true);
    assert.equal(index.size, 3);
    fs.writeFileSync(path.join(dir, 'b.bulletin'), HEAD + '1. Kế hoạch số 163-KH/TU, ngày 16/02/2024 của Tỉnh ủy.\n');
    index.update(uri('b.bulletin'));
    assert.deepEqual(index.others('', new Set(), new Set(['163-KH/TU'])).map((f) => path.basename(f.uri)).sort(), ['a.bulletin', 'b.bulletin', 'c.md']);
    index.removed([uri('a.bulletin')]);
    assert.equal(index.citedCounts().get('163-kh/tu'), 2);
  });

  it('reads the bulletins of a folder that appears with one event (copied or moved in), once, and none the search skips', async () => {
    let changes = 0;
    const index = new WorkspaceIndex(() => changes++);
    await index.build([pathToFileURL(dir).href]);
    changes = 0;
    const write = (name: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), HEAD + '1. Kế hoạch số 163-KH/TU, ngày 16/02/2024 của Tỉnh ủy.\n');
    };
    write('thang-12/x.bulletin');
    write('thang-12/tuan-1/y.bantin');
    write('thang-12/node_modules/z.bulletin');
    write('thang-12/.cu/w.bulletin');
    write('.an/v.bulletin');
    fs.writeFileSync(path.join(dir, 'ghi-chu.docx'), 'x');
    // The folder, a folder inside it, a hidden folder, a file that is no folder, a path that is gone, one outside the workspace.
    await index.added([uri('thang-12'), uri('thang-12/tuan-1'), uri('.an'), uri('ghi-chu.docx'), uri('khong-co'), pathToFileURL(os.tmpdir()).href]);
    assert.deepEqual(index.others('', new Set(), new Set(['163-KH/TU'])).map((f) => path.relative(dir, fileURLToPath(f.uri))).sort(), [
      'a.bulletin', path.join('thang-12', 'tuan-1', 'y.bantin'), path.join('thang-12', 'x.bulletin'),
    ]);
    assert.equal(changes, 1);
    await index.added([uri('ghi-chu.docx')]);
    assert.equal(changes, 1, 'nothing read, no change');
  });

  it('drops what was under a folder deleted or moved away (one event for the folder), and nothing of a folder that only shares its name\'s start', async () => {
    for (const name of ['thang-1/x.bulletin', 'thang-1/con/y.bulletin', 'thang-12/z.bulletin']) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), HEAD + '1. Kế hoạch số 163-KH/TU, ngày 16/02/2024 của Tỉnh ủy.\n');
    }
    let changes = 0;
    const index = new WorkspaceIndex(() => changes++);
    await index.build([pathToFileURL(dir).href]);
    assert.equal(index.size, 5);
    changes = 0;
    index.removed([uri('thang-1'), uri('khong-co.txt')]);
    assert.deepEqual(index.others('', new Set()).map((f) => path.relative(dir, fileURLToPath(f.uri))).sort(), ['a.bulletin', 'b.bulletin', path.join('thang-12', 'z.bulletin')]);
    assert.equal(changes, 1);
    index.removed([uri('khong-co')]);
    assert.equal(changes, 1, 'nothing dropped, no change');
  });

  it('tells the citations of one document as `others` holds them, in the same order, without the files left out', async () => {
    fs.writeFileSync(path.join(dir, 'd.bulletin'), HEAD + '1. Kế hoạch số 163-KH/TU, ngày 17/02/2024 của Tỉnh ủy.\n2. Kế hoạch số 163-KH/TU, ngày 16/02/2024 của Tỉnh ủy.\n');
    const index = new WorkspaceIndex();
    await index.build([pathToFileURL(dir).href]);
    const plain = (list: readonly Sighting[] | undefined) => (list ?? []).map((s) => [path.basename(s.uri), s.entry.line, s.entry.date?.day]);
    const key = index.others('', new Set())[0].entries[0].key!;
    for (const [except, open] of [['', []], [uri('a.bulletin'), []], ['', [uri('d.bulletin')]], [uri('a.bulletin'), [uri('d.bulletin')]]] as const) {
      const expected = groupByKey(index.others(except, new Set(open))).get(key);
      assert.deepEqual(plain(index.citing(except, new Set(open))(key)), plain(expected), `except ${except}, open ${open.join()}`);
    }
    assert.deepEqual(plain(index.citing('', new Set())(key)), [['a.bulletin', 3, 16], ['d.bulletin', 3, 17], ['d.bulletin', 4, 16]]);
    // The index changes: what it tells follows.
    fs.writeFileSync(path.join(dir, 'a.bulletin'), HEAD + '1. Nội dung.\n');
    index.update(uri('a.bulletin'));
    assert.deepEqual(plain(index.citing('', new Set())(key)), [['d.bulletin', 3, 17], ['d.bulletin', 4, 16]]);
  });

  it('reads a large folder that appears (in the index worker when the build has one), every file, nothing twice', async () => {
    const index = new WorkspaceIndex();
    await index.build([pathToFileURL(dir).href]);
    fs.mkdirSync(path.join(dir, 'nam-2023'));
    for (let i = 0; i < 60; i++) {
      fs.writeFileSync(path.join(dir, 'nam-2023', `ban-tin-${i}.bulletin`), HEAD + `1. Kế hoạch số 163-KH/TU, ngày ${i === 41 ? 18 : 16}/02/2024 của Tỉnh ủy.\n`);
    }
    await index.added([uri('nam-2023')]);
    assert.equal(index.size, 62);
    const days = index.citing('', new Set())(index.others('', new Set())[0].entries[0].key!).map((s) => s.entry.date?.day);
    assert.equal(days.filter((d) => d === 18).length, 1);
    assert.equal(days.length, 61);
  });
});
