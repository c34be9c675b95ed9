// "Bản tin: Xuất ra Word (.docx)" and "Bản tin: Nhập từ Word (.docx)" in a real extension host: export the
// ui.bulletin fixture to a .docx (the server writes it), read its XML back, import it, and get the same text and the
// same findings in the new bulletin. Both commands take a Uri instead of asking, which is how the suite drives them.
'use strict';

const assert = require('assert');
const fs = require('fs');
const JSZip = require('jszip');
const vscode = require('vscode');
const h = require('./helpers');

describe('Word import and export', function () {
  let original;
  let target;

  before(async function () {
    original = await h.openFixture('ui.bulletin'); // the client starts when a bulletin is open
    await h.ensureServer();
    target = vscode.Uri.joinPath(original.uri, '..', 'ui-export.docx');
    if (fs.existsSync(target.fsPath)) fs.unlinkSync(target.fsPath);
  });

  after(() => {
    if (target && fs.existsSync(target.fsPath)) fs.unlinkSync(target.fsPath);
  });

  it('exports the active bulletin to a Word document (A4, Times New Roman, bold headings)', async function () {
    await h.openFixture('ui.bulletin');
    const written = await vscode.commands.executeCommand('bantin.exportDocx', target);
    assert.strictEqual(written && written.toString(), target.toString());
    const zip = await JSZip.loadAsync(fs.readFileSync(target.fsPath));
    const xml = await zip.file('word/document.xml').async('string');
    assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(await zip.file('word/styles.xml').async('string'), /Times New Roman/);
    const firstLine = original.doc.lineAt(0).text;
    assert.ok(xml.includes(`>${firstLine}</w:t>`), `the title "${firstLine}" is in the document`);
  });

  it('imports the Word file as a new bulletin with the same text and the same findings', async function () {
    const expected = await h.diagnosticsWhere(original.uri, (d) => d.length > 0, 'findings on the fixture');
    const doc = await vscode.commands.executeCommand('bantin.importDocx', target);
    assert.ok(doc, 'the command returns the new document');
    assert.strictEqual(doc.languageId, 'bulletin');
    assert.strictEqual(doc.uri.scheme, 'untitled');
    assert.strictEqual(doc.getText(), original.doc.getText().replace(/\r\n/g, '\n').replace(/\n?$/, '\n'));
    const compact = (list) => list.map((d) => `${h.codeOf(d)}@${h.fmtRange(d.range)}`).sort();
    const found = await h.diagnosticsWhere(doc.uri, (d) => d.length === expected.length, 'the same number of findings');
    assert.deepStrictEqual(compact(found), compact(expected));
  });

  it('says which file is not a Word file and opens nothing', async function () {
    const bad = vscode.Uri.joinPath(original.uri, '..', 'not-word.docx');
    fs.writeFileSync(bad.fsPath, 'văn bản thường');
    try {
      const before = vscode.workspace.textDocuments.length;
      const result = await vscode.commands.executeCommand('bantin.importDocx', bad);
      assert.strictEqual(result, undefined);
      assert.strictEqual(vscode.workspace.textDocuments.length, before);
    } finally {
      fs.unlinkSync(bad.fsPath);
    }
  });
});
