// The workspace index in a real VS Code when a folder of bulletins is moved into the workspace and out again: VS Code
// may report such a folder with one event and none for the files in it (microsoft/vscode#109754).
'use strict';

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const h = require('./helpers');

// folders.bulletin (0-based line 3): "… Kế hoạch số 163-KH/TU, ngày 18/02/2024 …"; the bulletin moved in dates it 16/02/2024.
const MOVED = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 05 NĂM 2025\n\nI. VĂN BẢN\n1. Kế hoạch số 163-KH/TU, ngày 16/02/2024 của Tỉnh ủy về chuyển đổi số.\n';

describe('workspace folders moved in and out', function () {
  let a;
  let outside;
  let inside;

  before(async function () {
    a = await h.openFixture('folders.bulletin');
    await h.ensureServer();
    const root = h.workspaceRoot().fsPath;
    // Beside the workspace (the same file system, so that the move is a rename), not in it.
    outside = fs.mkdtempSync(path.join(path.dirname(root), 'bantin-moved-'));
    fs.mkdirSync(path.join(outside, 'tuan-2'));
    fs.writeFileSync(path.join(outside, 'tuan-2', 'thang-05.bulletin'), MOVED);
    inside = path.join(root, 'thang-05-moi');
  });

  after(async function () {
    await h.revertAndClose(a.uri);
    fs.rmSync(inside, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  const inconsistent = (list) => list.filter((d) => h.codeOf(d) === 'reference.inconsistent' && d.range.start.line === 3);

  it('a folder moved in is indexed: the same document dated otherwise in its bulletin is reported in the open one', async function () {
    assert.deepEqual(inconsistent(h.ours(a.uri)).map((d) => d.message), []);
    fs.renameSync(outside, inside);
    const list = await h.diagnosticsWhere(a.uri, (l) => inconsistent(l).length === 1, 'reference.inconsistent naming the moved-in bulletin');
    assert.match(inconsistent(list)[0].message, /16\/02\/2024/);
    assert.match(inconsistent(list)[0].message, /thang-05\.bulletin/);
  });

  it('moved out again, the finding goes', async function () {
    fs.renameSync(inside, outside);
    await h.diagnosticsWhere(a.uri, (l) => inconsistent(l).length === 0, 'reference.inconsistent to go with the folder');
  });
});
