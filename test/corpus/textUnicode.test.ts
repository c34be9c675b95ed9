import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, fixAllOfKind } from '../../server/src/language';
import { check } from '../fixtures/load';

/**
 * The corpus's Unicode defects (../shared/corpus/README.md, "Text"): NFD inside NFC text in yen-bai-01, yen-bai-03
 * and 2020-12, the garbled line 2020-12:100; old and new tone placement mixed in every file. Nothing else.
 */
const CORPUS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const CODES = ['text.unicode-normalization', 'text.detached-mark', 'text.replacement-char', 'text.invisible-char'];

(fs.existsSync(CORPUS) ? describe : describe.skip)('corpus acceptance: Unicode and tone style (../shared/corpus)', () => {
  const expected: Record<string, string[]> = {
    'ban-tin-2020-12-khoi-co-quan.txt': ['31:text.unicode-normalization', '100:text.replacement-char'],
    'ban-tin-2024-01-yen-bai.txt': ['41:text.unicode-normalization'],
    'ban-tin-2024-03-yen-bai.txt': ['13:text.unicode-normalization'],
    'chuong-trinh-khoa-giao-2024-tphcm.md': [],
  };
  for (const [name, keys] of Object.entries(expected)) {
    const text = () => fs.readFileSync(path.join(CORPUS, name), 'utf8');

    it(`${name}: ${keys.length ? keys.join(', ') : 'no Unicode finding'}`, () => {
      const found = check(name, text()).filter((f) => CODES.includes(f.code));
      assert.deepEqual(found.map((f) => `${f.range.start.line + 1}:${f.code}`), keys);
    });

    it(`${name}: tone style — hints only on the old placement (the minority), and fix all leaves one placement`, () => {
      const findings = check(name, text());
      const hints = findings.filter((f) => f.code === 'text.tone-style');
      assert.ok(hints.length > 0, 'the corpus mixes uỷ/ủy, hoá/hóa, khoẻ/khỏe in every file');
      for (const h of hints) assert.equal(h.severity, 'hint');
      for (const h of hints) assert.match(h.message, /kiểu cũ/, h.message);
      const fixed = applyEdits(text(), fixAllOfKind(findings, 'text.tone-style'));
      assert.deepEqual(check(name, fixed).filter((f) => f.code === 'text.tone-style'), []);
      assert.equal(fixed.length, text().length, 'a tone mark moves; no character is added or lost');
    });
  }

  it('the NFC fix composes the NFD words of a file and changes nothing else', () => {
    const text = fs.readFileSync(path.join(CORPUS, 'ban-tin-2024-03-yen-bai.txt'), 'utf8');
    const [finding] = check('ban-tin-2024-03-yen-bai.txt', text).filter((f) => f.code === 'text.unicode-normalization');
    const fixed = applyEdits(text, finding.fix!.edits);
    assert.equal(fixed, text.normalize('NFC'));
  });
});
