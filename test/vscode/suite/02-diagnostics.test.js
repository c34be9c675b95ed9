// Diagnostics for a bulletin with numbering mistakes: codes, ranges, and live updates on edit.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

// numbering.bulletin (0-based lines):
//  8: "45. Mục bốn"               -> structure.numbering-sequence on "45." (expected 3.)
// 10: "A. ĐỊNH HƯỚNG TUYÊN TRUYỀN" -> structure.numbering-sequence on "A." (expected B.)
// 13: "2.. Tuyên truyền tiếp"     -> structure.number-format on "2.."
const EXPECTED = [
  { code: 'structure.numbering-sequence', range: '8:0-8:3' },
  { code: 'structure.numbering-sequence', range: '10:0-10:2' },
  { code: 'structure.number-format', range: '13:0-13:3' },
];
const STRUCTURE_CODES = new Set(EXPECTED.map((e) => e.code));

function has(list, { code, range }) {
  return list.some((d) => h.codeOf(d) === code && h.fmtRange(d.range) === range);
}

describe('diagnostics', function () {
  let uri;

  before(async function () {
    ({ uri } = await h.openFixture('numbering.bulletin'));
    await h.ensureServer();
  });

  it('reports the numbering findings with exact codes and marker ranges', async function () {
    const diags = await h.diagnosticsWhere(uri, (list) => EXPECTED.every((e) => has(list, e)), 'the three numbering findings');
    const numbering = diags.filter((d) => STRUCTURE_CODES.has(h.codeOf(d)));
    assert.deepStrictEqual(
      numbering.map((d) => ({ code: h.codeOf(d), range: h.fmtRange(d.range) })).sort((a, b) => a.range.localeCompare(b.range, 'en', { numeric: true })),
      EXPECTED,
      `numbering findings differ; got:${h.fmtDiags(diags)}`,
    );
    const others = diags.filter((d) => !STRUCTURE_CODES.has(h.codeOf(d)));
    if (others.length) console.log(`      (other findings on this fixture:${h.fmtDiags(others)})`);
  });

  it('every diagnostic has source "bantin", a { value, target: Uri } code and a message in Vietnamese', async function () {
    const diags = h.ours(uri);
    assert.ok(diags.length > 0);
    for (const d of vscode.languages.getDiagnostics(uri).filter((x) => STRUCTURE_CODES.has(h.codeOf(x)))) {
      assert.strictEqual(d.source, h.SOURCE, h.fmtDiag(d));
      assert.ok(d.code && typeof d.code === 'object', `code is not { value, target }: ${JSON.stringify(d.code)}`);
      assert.strictEqual(typeof d.code.value, 'string', h.fmtDiag(d));
      assert.ok(d.code.target instanceof vscode.Uri, `code.target is not a Uri: ${JSON.stringify(d.code.target)}`);
      assert.match(d.message, h.VIETNAMESE, `message is not Vietnamese: ${d.message}`);
    }
  });

  it('updates after an edit: replacing "45." with "3." removes that finding only', async function () {
    assert.strictEqual(h.editorText(uri, new vscode.Range(8, 0, 8, 3)), '45.');
    await h.replace(uri, new vscode.Range(8, 0, 8, 3), '3.');
    const diags = await h.diagnosticsWhere(
      uri,
      (list) => !list.some((d) => h.codeOf(d) === 'structure.numbering-sequence' && d.range.start.line === 8),
      'the numbering finding on line 8 to disappear',
    );
    assert.ok(has(diags, EXPECTED[1]), `the "A." finding disappeared too:${h.fmtDiags(diags)}`);
    assert.ok(has(diags, EXPECTED[2]), `the "2.." finding disappeared too:${h.fmtDiags(diags)}`);
  });

  after(async function () {
    if (uri) await h.revertAndClose(uri);
  });
});
