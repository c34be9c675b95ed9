// Quick fixes from the code action provider: a Vietnamese title, an edit that touches only the
// marker, and the finding gone afterwards.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

async function quickFixesFor(uri, diag) {
  const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value)) || [];
  return actions.filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
}

function describeActions(actions) {
  return actions.map((a) => `\n    "${a.title}" kind=${a.kind && a.kind.value} diagnostics=${(a.diagnostics || []).map(h.codeOf).join(',')}`).join('') || ' (none)';
}

/** Applies the quick fix for `code` at `line` and checks that only the marker [start, end) changed. */
async function applyFix(uri, code, line, expectedMarker) {
  const diags = await h.diagnosticsWhere(uri, (list) => !!h.findDiag(list, code, line), `${code} on line ${line}`);
  const diag = h.findDiag(diags, code, line);
  const actions = await quickFixesFor(uri, diag);
  const fixes = actions.filter((a) => !a.diagnostics || a.diagnostics.some((d) => h.codeOf(d) === code));
  assert.ok(fixes.length > 0, `no quickfix for ${h.fmtDiag(diag)}; code actions:${describeActions(actions)}`);
  const fix = fixes.find((a) => a.isPreferred) || fixes[0];
  assert.match(fix.title, h.VIETNAMESE, `quick fix title is not Vietnamese: "${fix.title}"`);
  assert.ok(fix.edit, `quick fix "${fix.title}" has no WorkspaceEdit (command-only fixes are not in the contract)`);

  const doc = h.documentOf(uri);
  const before = doc.getText();
  const start = doc.offsetAt(diag.range.start);
  const end = doc.offsetAt(diag.range.end);
  assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true, `applyEdit failed for "${fix.title}"`);
  const after = doc.getText();
  const tail = before.length - end;
  assert.strictEqual(after.slice(0, start), before.slice(0, start), `"${fix.title}" changed text before the marker`);
  assert.strictEqual(after.slice(after.length - tail), before.slice(end), `"${fix.title}" changed text after the marker`);
  const marker = after.slice(start, after.length - tail);
  if (expectedMarker !== undefined) assert.strictEqual(marker, expectedMarker, `"${fix.title}" wrote the wrong marker`);
  await h.diagnosticsWhere(uri, (list) => !h.findDiag(list, code, line), `${code} on line ${line} to disappear after "${fix.title}"`);
  return { fix, marker };
}

describe('quick fixes', function () {
  let uri;

  before(async function () {
    ({ uri } = await h.openFixture('quickfix.bulletin'));
    await h.ensureServer();
  });

  it('renumbers "45." to "3." and the finding disappears', async function () {
    const { fix } = await applyFix(uri, 'structure.numbering-sequence', 8, '3.');
    console.log(`      (title: "${fix.title}")`);
    assert.strictEqual(h.documentOf(uri).lineAt(8).text, '3. Mục bốn');
  });

  it('renumbers the second "A." to "B." and the finding disappears', async function () {
    await applyFix(uri, 'structure.numbering-sequence', 10, 'B.');
    assert.strictEqual(h.documentOf(uri).lineAt(10).text, 'B. ĐỊNH HƯỚNG TUYÊN TRUYỀN');
  });

  it('repairs "2.." to "2." and the finding disappears', async function () {
    await applyFix(uri, 'structure.number-format', 13, '2.');
    assert.strictEqual(h.documentOf(uri).lineAt(13).text, '2. Tuyên truyền tiếp');
    const left = h.ours(uri).filter((d) => d.code && /^structure\.number/.test(h.codeOf(d)));
    assert.deepStrictEqual(left.map(h.fmtDiag), [], 'numbering findings remain after all fixes');
  });

  after(async function () {
    if (uri) await h.revertAndClose(uri);
  });
});
