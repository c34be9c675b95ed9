import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lspClient';

const TEXT = 'BẢN TIN THÁNG 3 NĂM 2024\n\n1. Tin trong tỉnh\nĐoàn công tác thăm bản doang trong xã và các doang nghiệp.\n';
const CODE = 'text.unknown-syllable';

/** The word list: `.bantin/words.txt` per folder, the quick fix that adds to it, and `bantin.text.words`. */
describe('language server: the word list', function () {
  this.timeout(20000);
  let client: LspClient | undefined;
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-words-'));
  });
  afterEach(async () => {
    await client?.dispose();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('offers “Thêm vào danh sách từ”; the command writes .bantin/words.txt and the finding goes away', async () => {
    const uri = pathToFileURL(path.join(dir, 'ban-tin.bulletin')).href;
    const c = (client = await LspClient.start({ pull: true, workspaceFolders: [pathToFileURL(dir).href], watchFiles: true, settings: () => ({ debounceMs: 0 }) }));
    await c.open(uri, TEXT);
    const before = (await c.pullItems(uri)).filter((d) => d.code === CODE);
    assert.equal(before.length, 2, JSON.stringify(before));
    const actions = await c.codeActions(uri, before[0].range, [before[0]]);
    const add = actions.find((a) => a.command?.command === 'bantin.addToWordList');
    assert.ok(add, actions.map((a) => a.title).join(' | '));
    assert.equal(add.title, 'Thêm “doang” vào danh sách từ (.bantin/words.txt)');
    const refreshed = c.refreshRequests;
    await c.connection.sendRequest('workspace/executeCommand', { command: add.command!.command, arguments: add.command!.arguments });
    assert.equal(fs.readFileSync(path.join(dir, '.bantin', 'words.txt'), 'utf8'), 'doang\n');
    await c.waitUntil(() => (c.refreshRequests > refreshed ? true : undefined), 'workspace/diagnostic/refresh');
    assert.deepEqual((await c.pullItems(uri)).filter((d) => d.code === CODE), []);
  });

  it('reads a list edited on disk, keeps what the file holds, and reads bantin.text.words', async () => {
    fs.mkdirSync(path.join(dir, '.bantin'));
    const list = path.join(dir, '.bantin', 'words.txt');
    fs.writeFileSync(list, '# tên riêng\nWidodo');
    const uri = pathToFileURL(path.join(dir, 'ban-tin.bulletin')).href;
    let words: string[] = [];
    const c = (client = await LspClient.start({
      pull: true, workspaceFolders: [pathToFileURL(dir).href], watchFiles: true,
      settings: (item) => (item.section === 'bantin' ? { debounceMs: 0, text: { words } } : null),
    }));
    await c.open(uri, TEXT);
    assert.equal((await c.pullItems(uri)).filter((d) => d.code === CODE).length, 2);

    fs.appendFileSync(list, '\nDoang\n');
    let refreshed = c.refreshRequests;
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(list).href, type: 2 }] });
    await c.waitUntil(() => (c.refreshRequests > refreshed ? true : undefined), 'workspace/diagnostic/refresh');
    assert.deepEqual((await c.pullItems(uri)).filter((d) => d.code === CODE), []);

    fs.writeFileSync(list, '');
    refreshed = c.refreshRequests;
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(list).href, type: 2 }] });
    await c.waitUntil(() => (c.refreshRequests > refreshed ? true : undefined), 'workspace/diagnostic/refresh');
    assert.equal((await c.pullItems(uri)).filter((d) => d.code === CODE).length, 2);

    words = ['doang'];
    refreshed = c.refreshRequests;
    await c.changeConfiguration();
    await c.waitUntil(() => (c.refreshRequests > refreshed ? true : undefined), 'workspace/diagnostic/refresh');
    assert.deepEqual((await c.pullItems(uri)).filter((d) => d.code === CODE), []);
  });
});
