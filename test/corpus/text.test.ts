import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../fixtures/load';

/** The corpus's doubled words (../shared/corpus/README.md, "Text"), each on its line, and no other `text.*` finding. */
const CORPUS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const UNICODE_AND_STYLE = new Set(['text.unicode-normalization', 'text.detached-mark', 'text.replacement-char', 'text.invisible-char', 'text.tone-style']);

(fs.existsSync(CORPUS) ? describe : describe.skip)('corpus acceptance: text (../shared/corpus)', () => {
  const expected: Record<string, string[]> = {
    'ban-tin-2024-01-yen-bai.txt': ['78:text.doubled-word'], // "bảo bảo đảm"
    'ban-tin-2024-03-yen-bai.txt': ['148:text.doubled-word'], // "khai thực hiện hiện Nghị quyết"
    // "tiếp tục thực thực hiện" three times; "trong hình hình mới" ("tình hình"), a slip the list lacks
    'chuong-trinh-khoa-giao-2024-tphcm.md': ['190:text.doubled-word', '194:text.doubled-word', '196:text.doubled-word', '309:text.doubled-word'],
    'ban-tin-2020-12-khoi-co-quan.txt': [],
  };
  for (const [name, keys] of Object.entries(expected)) {
    it(`${name}: ${keys.length ? keys.join(', ') : 'no text finding'}`, () => {
      const found = check(name, fs.readFileSync(path.join(CORPUS, name), 'utf8'))
        .filter((f) => f.code.startsWith('text.') && !UNICODE_AND_STYLE.has(f.code)) // those: textUnicode.test.ts
        .map((f) => `${f.range.start.line + 1}:${f.code}`);
      assert.deepEqual(found, keys);
    });
  }

  it('the fix is offered only where the word kept is certain, and keeps the first copy', () => {
    const text = fs.readFileSync(path.join(CORPUS, 'chuong-trinh-khoa-giao-2024-tphcm.md'), 'utf8');
    const found = check('chuong-trinh-khoa-giao-2024-tphcm.md', text).filter((f) => f.code === 'text.doubled-word');
    assert.deepEqual(found.map((f) => f.fix?.edits[0].newText), ['thực', 'thực', 'thực', undefined]);
  });
});
