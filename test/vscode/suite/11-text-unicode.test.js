// The Unicode and tone-style checks in a real editor: a mark cut off from its letter is shown and its quick fix
// joins it; the setting bantin.text.toneStyle changes which tone-mark placement is hinted at.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const DETACHED = 'text.detached-mark';
const STYLE = 'text.tone-style';
const INVISIBLE = 'text.invisible-char';

async function quickFixesFor(uri, diag) {
  const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value)) || [];
  const fixes = actions.filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind) && a.edit && (!a.diagnostics || a.diagnostics.some((d) => h.codeOf(d) === h.codeOf(diag))));
  return fixes.sort((a, b) => Number(!!b.isPreferred) - Number(!!a.isPreferred)); // the fix itself before "fix all of this kind"
}

describe('text: Unicode and tone-mark style', function () {
  let uri;

  before(async function () {
    ({ uri } = await h.openFixture('text-unicode.bulletin'));
    await h.ensureServer();
  });

  it('shows the detached mark as an error with a Vietnamese message, and its quick fix joins it: "tư ̀ngày" → "từ ngày"', async function () {
    const diags = await h.diagnosticsWhere(uri, (list) => !!h.findDiag(list, DETACHED, 3), `${DETACHED} on line 3`);
    const diag = h.findDiag(diags, DETACHED, 3);
    assert.strictEqual(diag.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diag.message, /bị tách khỏi chữ.*“từ ngày”/);
    console.log(`      (${h.fmtDiag(diag)})`);
    const [fix] = await quickFixesFor(uri, diag);
    assert.ok(fix && fix.edit, 'no quick fix with an edit for the detached mark');
    assert.match(fix.title, h.VIETNAMESE);
    assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true);
    assert.strictEqual(h.documentOf(uri).lineAt(3).text, 'Số ca nhập cảnh từ ngày 25/7 đến nay tăng.');
    await h.diagnosticsWhere(uri, (list) => !h.findDiag(list, DETACHED, 3), `${DETACHED} to disappear after "${fix.title}"`);
  });

  it('removes an invisible character with its quick fix', async function () {
    const diags = await h.diagnosticsWhere(uri, (list) => !!h.findDiag(list, INVISIBLE, 5), `${INVISIBLE} on line 5`);
    const [fix] = await quickFixesFor(uri, h.findDiag(diags, INVISIBLE, 5));
    assert.ok(fix && fix.edit, 'no quick fix for the invisible character');
    assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true);
    assert.strictEqual(h.documentOf(uri).lineAt(5).text, 'Bản tin thông tin sinh hoạt chi bộ.');
    await h.diagnosticsWhere(uri, (list) => !h.findDiag(list, INVISIBLE, 5), `${INVISIBLE} to disappear`);
  });

  it('hints at the minority tone placement; "bantin.text.toneStyle": "old" hints at every new one instead', async function () {
    const config = () => vscode.workspace.getConfiguration('bantin');
    assert.ok(config().inspect('text.toneStyle'), 'setting bantin.text.toneStyle is not contributed');
    const styles = (list) => list.filter((d) => h.codeOf(d) === STYLE);
    const auto = styles(await h.diagnosticsWhere(uri, (list) => styles(list).length === 1, `one ${STYLE} hint (the old "uỷ")`));
    assert.strictEqual(auto[0].severity, vscode.DiagnosticSeverity.Hint);
    assert.match(auto[0].message, /^“uỷ”/);
    try {
      await config().update('text.toneStyle', 'old', vscode.ConfigurationTarget.Workspace);
      const old = styles(await h.diagnosticsWhere(uri, (list) => styles(list).length === 3, `three ${STYLE} hints (ủy, hòa, khỏe)`));
      assert.deepStrictEqual(old.map((d) => h.documentOf(uri).getText(d.range)), ['ủy', 'hòa', 'khỏe']);
    } finally {
      await config().update('text.toneStyle', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await h.diagnosticsWhere(uri, (list) => styles(list).length === 1, `${STYLE} back to one hint`);
  });

  after(async function () {
    if (uri) await h.revertAndClose(uri);
  });
});
