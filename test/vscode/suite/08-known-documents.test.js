// Known documents in a real VS Code: completion from a partial symbol and from words without diacritics, hover on a
// citation (with a bulletin that is never opened, found by the workspace index), the "Chèn trích dẫn…" command, and a
// user catalog written, broken and removed while the extension runs.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

// known-a.bulletin (0-based lines):
//  3 "… Nghị quyết số 57-NQ/TW, ngày 22/12/2024 …"   also cited by known-other.bulletin (never opened), line 4
//  4 "… Nghị quyết số 777-NQ/TW, ngày 02/3/2025 …"   in no catalog until the test writes .bantin/catalog.json
//  5 "3. Triển khai 57-"                              partial symbol
//  6 "4. Học tập Nghị quyết kinh te tu nhan"          subject words without diacritics
//  7 "5. "                                            where the command inserts

const USER_ENTRY = {
  number: '777-NQ/TW', type: 'Nghị quyết', typeAbbr: 'NQ', issuerCode: 'TW', issuer: 'Bộ Chính trị', date: '2025-03-01', term: 'XIII',
  title: 'về một văn bản của danh mục người dùng', source: 'bộ thử', verification: 'verified-external', category: 'party',
};

const labelOf = (item) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('known documents', function () {
  let a;
  let api;
  let catalogUri;

  before(async function () {
    a = await h.openFixture('known-a.bulletin');
    ({ api } = await h.ensureServer());
    catalogUri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, '.bantin', 'catalog.json');
  });

  after(async function () {
    await vscode.workspace.fs.delete(catalogUri, { useTrash: false }).then(undefined, () => undefined);
    await h.revertAndClose(a.uri);
  });

  async function completionsAt(line) {
    const position = new vscode.Position(line, a.doc.lineAt(line).text.length);
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', a.uri, position);
    return list.items.filter((i) => i.detail !== undefined && /·/.test(i.detail));
  }

  it('completes a partial symbol: "57-" offers 57-NQ/TW and its whole citation', async function () {
    const items = await completionsAt(5);
    const labels = items.map(labelOf);
    assert.ok(labels.includes('57-NQ/TW'), labels.join(' | '));
    assert.ok(labels.includes('Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị'), labels.join(' | '));
    const symbol = items.find((i) => labelOf(i) === '57-NQ/TW');
    assert.match(symbol.detail, /22\/12\/2024 · Bộ Chính trị/);
  });

  it('completes from words without diacritics: "Nghị quyết kinh te tu nhan" offers 68-NQ/TW first', async function () {
    const items = await completionsAt(6);
    assert.ok(items.length > 0, 'no completion');
    const sorted = [...items].sort((x, y) => (x.sortText || labelOf(x)).localeCompare(y.sortText || labelOf(y)));
    assert.strictEqual(labelOf(sorted[0]), '68-NQ/TW');
    assert.ok(sorted[1].insertText instanceof vscode.SnippetString, 'the whole citation is a snippet');
    assert.match(sorted[1].insertText.value, /^Nghị quyết số 68-NQ\/TW, ngày 04\/5\/2025 của Bộ Chính trị \$\{1:về phát triển kinh tế tư nhân\}/);
  });

  it('hover on a citation shows the catalog entry and where else it is cited, in a bulletin that is not open', async function () {
    const text = a.doc.getText();
    const position = a.doc.positionAt(text.indexOf('57-NQ/TW') + 2);
    // The index reads known-other.bulletin in the background: asked again (a bounded number of times) until it is in.
    let value = '';
    for (let attempt = 0; attempt < 50 && !/known-other\.bulletin/.test(value); attempt++) {
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', a.uri, position);
      value = hovers.flatMap((x) => x.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    }
    assert.match(value, /Nghị quyết số 57-NQ\/TW/);
    assert.match(value, /Ngày ban hành: 22\/12\/2024/);
    assert.match(value, /Cơ quan ban hành: Bộ Chính trị/);
    assert.match(value, /Kiểm chứng: /);
    assert.match(value, /Nguồn: /);
    assert.match(value, /known-other\.bulletin: dòng 5/);
  });

  it('"Chèn trích dẫn…" searches without diacritics and inserts the whole citation', async function () {
    const line = 7;
    a.editor.selection = new vscode.Selection(line, a.doc.lineAt(line).text.length, line, a.doc.lineAt(line).text.length);
    const shown = h.waitFor(api.onDidUpdateCitationPicker, (p) => p.items.length > 0, h.DEFAULT_TIMEOUT_MS, { message: 'the citation picker to show the catalog' });
    const done = vscode.commands.executeCommand('bantin.insertCitation');
    const picker = await shown;
    const found = h.waitFor(api.onDidUpdateCitationPicker, (p) => p.items.length > 0 && p.items[0].label === '68-NQ/TW', h.DEFAULT_TIMEOUT_MS, {
      message: '68-NQ/TW first for "kinh te tu nhan"',
      describe: () => picker.items.slice(0, 3).map((i) => i.label).join(', '),
    });
    picker.value = 'kinh te tu nhan';
    await found;
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await done;
    assert.strictEqual(a.doc.lineAt(line).text, '5. Nghị quyết số 68-NQ/TW, ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân');
  });

  it('a user catalog written while the extension runs is used at once; a broken one gets a clear message and nothing breaks', async function () {
    const knownDocument = (l) => h.findDiag(l, 'reference.known-document', 4);
    assert.ok(!knownDocument(h.ours(a.uri)), 'no catalog entry for 777-NQ/TW yet');
    await vscode.workspace.fs.writeFile(catalogUri, Buffer.from(JSON.stringify({ version: 1, documents: [USER_ENTRY] }, null, 1)));
    const list = await h.diagnosticsWhere(a.uri, (l) => !!knownDocument(l), 'reference.known-document from the user catalog');
    assert.match(knownDocument(list).message, /01\/03\/2025/);

    await vscode.workspace.fs.writeFile(catalogUri, Buffer.from('{ "version": 1, "documents": [ '));
    const broken = await h.waitFor(
      vscode.languages.onDidChangeDiagnostics,
      () => h.ours(catalogUri).length > 0,
      h.DEFAULT_TIMEOUT_MS,
      { message: 'a diagnostic on the broken catalog', check: () => (h.ours(catalogUri).length > 0 ? true : undefined) },
    ).then(() => h.ours(catalogUri));
    assert.match(broken[0].message, /catalog\.json không dùng được: JSON: .*Danh mục có sẵn vẫn được dùng/);
    await h.diagnosticsWhere(a.uri, (l) => !knownDocument(l), 'the user entry to be gone with the broken file');
    // The built-in catalog still answers.
    const labels = (await completionsAt(5)).map(labelOf);
    assert.ok(labels.includes('57-NQ/TW'), labels.join(' | '));
    assert.ok(api.client.isRunning());

    await vscode.workspace.fs.delete(catalogUri);
    await h.waitFor(vscode.languages.onDidChangeDiagnostics, () => h.ours(catalogUri).length === 0, h.DEFAULT_TIMEOUT_MS, {
      message: 'the catalog diagnostic to be cleared', check: () => (h.ours(catalogUri).length === 0 ? true : undefined),
    });
  });
});
