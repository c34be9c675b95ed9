// The spelling checks in a real editor: a misspelt body name, a syllable Vietnamese does not have and Telex residue
// are shown with Vietnamese messages and fixed by their quick fixes; “Thêm vào danh sách từ” writes
// .bantin/words.txt and the finding goes away.
'use strict';

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const h = require('./helpers');

async function actionsFor(uri, diag) {
  const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value)) || [];
  return actions.filter((a) => !a.diagnostics || a.diagnostics.some((d) => h.codeOf(d) === h.codeOf(diag)));
}

async function applyPreferred(uri, diag) {
  const fix = (await actionsFor(uri, diag)).find((a) => a.isPreferred && a.edit);
  assert.ok(fix, `no preferred quick fix for ${h.fmtDiag(diag)}`);
  assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true);
  return fix;
}

describe('text: spelling, typing residue, body names and the word list', function () {
  let uri;
  const wordList = () => path.join(vscode.workspace.workspaceFolders[0].uri.fsPath, '.bantin', 'words.txt');

  before(async function () {
    if (fs.existsSync(wordList())) fs.rmSync(wordList());
    ({ uri } = await h.openFixture('text-words.bulletin'));
    await h.ensureServer();
  });

  it('fixes "Tỉnh tủy" → "Tỉnh ủy", "doang nghiệp" → "doanh nghiệp" and "trueyenf" → "truyền" by their quick fixes', async function () {
    const codes = ['text.body-name', 'text.unknown-syllable', 'text.typing-residue'];
    const diags = await h.diagnosticsWhere(uri, (list) => codes.every((c) => h.findDiag(list, c, 3)), `${codes.join(', ')} on line 3`);
    for (const code of codes) {
      const diag = h.findDiag(diags, code, 3);
      assert.strictEqual(diag.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(diag.message, h.VIETNAMESE);
      console.log(`      (${h.fmtDiag(diag)})`);
    }
    // One at a time: each edit moves the ranges of the findings after it.
    for (const code of codes) {
      const now = await h.diagnosticsWhere(uri, (list) => !!h.findDiag(list, code, 3), `${code} on line 3`);
      await applyPreferred(uri, h.findDiag(now, code, 3));
      await h.diagnosticsWhere(uri, (list) => !h.findDiag(list, code, 3), `${code} to disappear`);
    }
    assert.strictEqual(h.documentOf(uri).lineAt(3).text, 'Thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy, các doanh nghiệp đã truyền thông tin.');
  });

  it('adds a name to .bantin/words.txt with “Thêm vào danh sách từ”, and the finding goes away', async function () {
    const diags = await h.diagnosticsWhere(uri, (list) => !!h.findDiag(list, 'text.unknown-syllable', 4), 'text.unknown-syllable on line 4 ("doang")');
    const diag = h.findDiag(diags, 'text.unknown-syllable', 4);
    const add = (await actionsFor(uri, diag)).find((a) => a.command && a.command.command === 'bantin.addToWordList');
    assert.ok(add, 'no “Thêm vào danh sách từ” action');
    assert.strictEqual(add.title, 'Thêm “doang” vào danh sách từ (.bantin/words.txt)');
    await vscode.commands.executeCommand(add.command.command, ...add.command.arguments);
    assert.strictEqual(fs.readFileSync(wordList(), 'utf8'), 'doang\n');
    await h.diagnosticsWhere(uri, (list) => !h.findDiag(list, 'text.unknown-syllable', 4), 'the finding on "doang" to disappear');
  });

  after(async function () {
    if (uri) await h.revertAndClose(uri);
    if (fs.existsSync(wordList())) fs.rmSync(wordList());
  });
});
