// The `bantin.checks` setting changes severities live, and "off" silences a check.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const CODE = 'structure.number-format';
const LINE = 13; // "2.. Tuyên truyền tiếp"
const SEVERITY = ['Error', 'Warning', 'Information', 'Hint'];

describe('settings', function () {
  let uri;
  let initial;
  let original;

  const setChecks = (value) => vscode.workspace.getConfiguration('bantin').update('checks', value, vscode.ConfigurationTarget.Workspace);

  before(async function () {
    ({ uri } = await h.openFixture('settings.bulletin'));
    await h.ensureServer();
    original = vscode.workspace.getConfiguration('bantin').inspect('checks');
    assert.ok(original, 'setting bantin.checks is not contributed (contributes.configuration)');
    const diags = await h.diagnosticsWhere(uri, (list) => !!h.findDiag(list, CODE, LINE), `${CODE} on line ${LINE}`);
    initial = h.findDiag(diags, CODE, LINE).severity;
    console.log(`      (default severity of ${CODE}: ${SEVERITY[initial]})`);
  });

  it(`"${CODE}": "error" makes the finding an Error`, async function () {
    assert.notStrictEqual(initial, vscode.DiagnosticSeverity.Error, `${CODE} is already an Error by default; this test needs a lower default`);
    await setChecks({ [CODE]: 'error' });
    const diags = await h.diagnosticsWhere(
      uri,
      (list) => (h.findDiag(list, CODE, LINE) || {}).severity === vscode.DiagnosticSeverity.Error,
      `${CODE} to become an Error`,
    );
    // Other checks keep their severity.
    const seq = h.findDiag(diags, 'structure.numbering-sequence', 8);
    assert.ok(seq, `structure.numbering-sequence on line 8 disappeared:${h.fmtDiags(diags)}`);
  });

  it(`"${CODE}": "off" removes the finding`, async function () {
    await setChecks({ [CODE]: 'off' });
    const diags = await h.diagnosticsWhere(uri, (list) => !h.findDiag(list, CODE, LINE), `${CODE} to disappear`);
    assert.ok(h.findDiag(diags, 'structure.numbering-sequence', 8), `other findings disappeared too:${h.fmtDiags(diags)}`);
  });

  it('removing the setting restores the default severity', async function () {
    await setChecks(undefined);
    await h.diagnosticsWhere(
      uri,
      (list) => (h.findDiag(list, CODE, LINE) || {}).severity === initial,
      `${CODE} to be back with severity ${SEVERITY[initial]}`,
    );
  });

  after(async function () {
    if (original) await setChecks(original.workspaceValue);
    if (uri) await h.revertAndClose(uri);
  });
});
