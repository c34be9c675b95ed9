// Document symbols (Outline) and folding ranges for the heading tree.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

// outline.bulletin (0-based lines):
//  2 A. THÔNG TIN THỜI SỰ          (to line 10)
//  3   I. TRONG NƯỚC               (to line 7)
//  4     1. Kinh tế tăng trưởng    (to line 5)
//  6     2. Chuyển đổi số          (to line 7)
//  8   II. QUỐC TẾ                 (to line 10)
//  9     1. Hợp tác khu vực        (to line 10)
// 11 B. ĐỊNH HƯỚNG TUYÊN TRUYỀN    (to line 13)
// 12   1. Kỷ niệm ngày thành lập … (to line 13)

function find(symbols, prefix) {
  for (const s of symbols) {
    if (s.name.startsWith(prefix)) return s;
    const inner = find(s.children || [], prefix);
    if (inner) return inner;
  }
  return undefined;
}

function tree(symbols, indent = '') {
  return symbols.map((s) => `\n${indent}${s.name} [${h.fmtRange(s.range)}]${tree(s.children || [], indent + '  ')}`).join('');
}

describe('outline and folding', function () {
  let uri;
  let symbols;

  before(async function () {
    ({ uri } = await h.openFixture('outline.bulletin'));
    await h.ensureServer(); // the providers exist once the client runs
  });

  it('executeDocumentSymbolProvider returns the heading tree', async function () {
    symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
    assert.ok(Array.isArray(symbols) && symbols.length > 0, `no document symbols: ${JSON.stringify(symbols)}`);
    assert.ok(symbols.every((s) => Array.isArray(s.children)), 'expected hierarchical DocumentSymbols, got flat SymbolInformation');
    const A = find(symbols, 'A.');
    const B = find(symbols, 'B.');
    assert.ok(A && B, `no A./B. symbols; outline:${tree(symbols)}`);
    assert.ok(A.name.startsWith('A. THÔNG TIN THỜI SỰ'), A.name);
    const parentOf = (x, list = symbols, parent = null) => {
      for (const s of list) {
        if (s === x) return parent;
        const p = parentOf(x, s.children || [], s);
        if (p !== undefined) return p;
      }
      return undefined;
    };
    assert.strictEqual(parentOf(A), parentOf(B), `A. and B. are not siblings; outline:${tree(symbols)}`);

    assert.deepStrictEqual(A.children.map((c) => c.name.split(' ')[0]), ['I.', 'II.'], `children of A.; outline:${tree(symbols)}`);
    const [I, II] = A.children;
    assert.deepStrictEqual(I.children.map((c) => c.name.split(' ')[0]), ['1.', '2.'], `children of I.; outline:${tree(symbols)}`);
    assert.deepStrictEqual(II.children.map((c) => c.name.split(' ')[0]), ['1.'], `children of II.; outline:${tree(symbols)}`);
    assert.deepStrictEqual(B.children.map((c) => c.name.split(' ')[0]), ['1.'], `children of B.; outline:${tree(symbols)}`);

    const starts = [A, I, I.children[0], I.children[1], II, II.children[0], B, B.children[0]].map((s) => s.selectionRange.start.line);
    assert.deepStrictEqual(starts, [2, 3, 4, 6, 8, 9, 11, 12], `heading lines; outline:${tree(symbols)}`);
    for (const [parent, child] of [[A, I], [A, II], [I, I.children[1]], [B, B.children[0]]]) {
      assert.ok(parent.range.contains(child.range), `${parent.name} range does not contain ${child.name}; outline:${tree(symbols)}`);
    }
    assert.ok(A.range.end.line < 11, `A. range runs into B.; outline:${tree(symbols)}`);
  });

  it('executeFoldingRangeProvider folds each heading section', async function () {
    const ranges = (await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', uri)) || [];
    const shown = ranges.map((r) => `${r.start}-${r.end}`).join(', ');
    const byStart = new Map(ranges.map((r) => [r.start, r.end]));
    const expected = { 2: 10, 3: 7, 8: 10 }; // A., I., II. (B. runs to the end of the file)
    for (const [start, end] of Object.entries(expected)) {
      assert.strictEqual(byStart.get(Number(start)), end, `folding range for the heading on line ${start}; got: ${shown}`);
    }
    assert.ok(byStart.has(11) && byStart.get(11) >= 13, `folding range for B. (line 11); got: ${shown}`);
  });

  after(async function () {
    if (uri) await h.revertAndClose(uri);
  });
});
