// Citations and dates in a real VS Code: their diagnostics, quick fix, go to definition, references across files, hover.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

// citations-a.bulletin (0-based lines):
//  3 "… số 188-CTr/TU ngày 28/11/2023 …"          (citations-b.bulletin line 3 dates it 23/11/2023)
//  5 "… Công văn số Số: 1099  - CV/ĐUK, ngày 22/12/2023 …"   reference.format
//  7 "… Chương trình hành động số 188-CTr/TU của Tỉnh ủy."    a later mention of line 3
//  8 "Thứ Hai, ngày 16/01/2024 …"                   16/01/2024 was a Tuesday: date.weekday

function positionOf(doc, needle, occurrence = 0) {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" not found`);
  return doc.positionAt(at + 1);
}

describe('citations and dates', function () {
  let a;
  let b;

  before(async function () {
    b = await h.openFixture('citations-b.bulletin');
    a = await h.openFixture('citations-a.bulletin');
    await h.ensureServer();
  });

  after(async function () {
    await h.revertAndClose(a.uri);
    await h.revertAndClose(b.uri);
  });

  it('reports a malformed symbol, a wrong weekday and the same document dated differently in the other open file', async function () {
    const list = await h.diagnosticsWhere(
      a.uri,
      (l) => ['reference.format', 'date.weekday', 'reference.inconsistent'].every((code) => l.some((d) => h.codeOf(d) === code)),
      'reference.format, date.weekday and reference.inconsistent',
    );
    const format = h.findDiag(list, 'reference.format', 5);
    assert.ok(format, `no reference.format on line 5:${h.fmtDiags(list)}`);
    assert.strictEqual(format.severity, vscode.DiagnosticSeverity.Error);
    assert.match(h.editorText(a.uri, format.range), /Số: 1099 {2}- CV\/ĐUK/);
    assert.ok(h.findDiag(list, 'date.weekday', 8), `no date.weekday on line 8:${h.fmtDiags(list)}`);
    const inconsistent = h.findDiag(list, 'reference.inconsistent', 3);
    assert.ok(inconsistent, `no reference.inconsistent on line 3:${h.fmtDiags(list)}`);
    assert.match(inconsistent.message, /23\/11\/2023/);
    assert.match(inconsistent.message, /citations-b\.bulletin/);
  });

  it('the quick fix normalises the symbol and the finding disappears', async function () {
    const list = h.ours(a.uri);
    const format = h.findDiag(list, 'reference.format', 5);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', a.uri, format.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((x) => x.edit && /^Sửa thành/.test(x.title));
    assert.ok(fix, `no quick fix: ${actions.map((x) => x.title).join(' | ')}`);
    assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true);
    assert.match(a.doc.lineAt(5).text, /Công văn số 1099-CV\/ĐUK, ngày 22\/12\/2023/);
    await h.diagnosticsWhere(a.uri, (l) => !h.findDiag(l, 'reference.format', 5), 'reference.format on line 5 to disappear');
  });

  it('go to definition on the later mention lands on the full citation', async function () {
    const locations = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', a.uri, positionOf(a.doc, '188-CTr/TU', 1));
    assert.strictEqual(locations.length, 1, JSON.stringify(locations));
    const target = locations[0].targetUri ? { uri: locations[0].targetUri, range: locations[0].targetRange } : locations[0];
    assert.strictEqual(target.uri.toString(), a.uri.toString());
    assert.strictEqual(target.range.start.line, 3);
  });

  it('find references lists the citations in both open files', async function () {
    const locations = await vscode.commands.executeCommand('vscode.executeReferenceProvider', a.uri, positionOf(a.doc, '188-CTr/TU'));
    const where = locations.map((l) => `${l.uri.path.split('/').pop()}:${l.range.start.line}`).sort();
    assert.deepStrictEqual(where, ['citations-a.bulletin:3', 'citations-a.bulletin:7', 'citations-b.bulletin:3']);
  });

  it('hover on a date shows its weekday', async function () {
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', a.uri, positionOf(a.doc, '16/01/2024'));
    const text = hovers.flatMap((x) => x.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Thứ Ba/, `hover: ${text}`);
  });
});
