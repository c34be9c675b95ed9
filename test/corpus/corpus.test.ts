import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../fixtures/load';

/**
 * Acceptance on the real bulletins in ../shared/corpus (not copied into the repository): every known defect is
 * reported on its line, and the correct headings around them stay quiet. Skipped when the corpus is absent.
 */
const CORPUS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const present = fs.existsSync(CORPUS);

function findingsOf(name: string) {
  const file = path.join(CORPUS, name);
  return check(name, fs.readFileSync(file, 'utf8')).map((f) => ({ line: f.range.start.line + 1, code: f.code, f }));
}

(present ? describe : describe.skip)('corpus acceptance: structure (../shared/corpus)', () => {
  it('ban-tin-2024-01-yen-bai: two "A." parts, "2..", "45.", "Thứ mười" then "Mười một", "Mười hai"', () => {
    const got = findingsOf('ban-tin-2024-01-yen-bai.txt').filter((x) => x.code.startsWith('structure.'));
    assert.deepEqual(
      got.map((x) => `${x.line}:${x.code}`),
      ['19:structure.numbering-sequence', '63:structure.enumeration-style', '64:structure.enumeration-style', '65:structure.number-format', '108:structure.numbering-sequence'],
    );
    assert.match(got[4].f.message, /“45\.”.*“4\.”/);
    assert.equal(got[0].f.fix?.edits[0].newText, 'B.');
  });

  it('ban-tin-2024-03-yen-bai: two "A." parts, "4..", "(1)." mixed with "(1)"', () => {
    const got = findingsOf('ban-tin-2024-03-yen-bai.txt').filter((x) => x.code.startsWith('structure.'));
    assert.deepEqual(
      got.map((x) => `${x.line}:${x.code}`),
      ['35:structure.enumeration-style', '36:structure.enumeration-style', '41:structure.numbering-sequence', '137:structure.number-format'],
    );
  });

  it('chuong-trinh-khoa-giao: (v) after (iii), "1.1"/"2.1" without the dot, Markdown levels against the numbering', () => {
    const got = findingsOf('chuong-trinh-khoa-giao-2024-tphcm.md').filter((x) => x.code.startsWith('structure.'));
    const keys = got.map((x) => `${x.line}:${x.code}`);
    for (const expected of ['437:structure.enumeration-sequence', '243:structure.number-format', '289:structure.number-format', '375:structure.number-format', '403:structure.number-format']) {
      assert.ok(keys.includes(expected), `missing ${expected} in ${keys.join(', ')}`);
    }
    assert.ok(got.some((x) => x.code === 'structure.heading-level'));
    // Nothing else: no sequence finding on the three documents' own numbering.
    assert.deepEqual(got.filter((x) => x.code === 'structure.numbering-sequence' || x.code === 'structure.subitem-parent'), []);
  });

  it('ban-tin-2020-12: correct structure, the garbled last line is not taken for a heading', () => {
    const got = findingsOf('ban-tin-2020-12-khoi-co-quan.txt').filter((x) => x.code.startsWith('structure.'));
    assert.deepEqual(got, []);
  });
});
