import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../fixtures/load';

/** The corpus's spelling slips (../shared/corpus/README.md, "Text"), each on its line, and no other `text.*` finding. */
const CORPUS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const UNICODE_AND_STYLE = new Set(['text.unicode-normalization', 'text.detached-mark', 'text.replacement-char', 'text.invisible-char', 'text.tone-style', 'text.spacing']);

(fs.existsSync(CORPUS) ? describe : describe.skip)('corpus acceptance: text (../shared/corpus)', () => {
  const expected: Record<string, string[]> = {
    // "trực tuy;" (trực tuyến), "Tỉnh tủy", "bảo bảo đảm"
    'ban-tin-2024-01-yen-bai.txt': ['9:text.misspelling', '11:text.body-name', '78:text.doubled-word'],
    // "Đanmgr", "đựợc", "cuuar", "khai thực hiện hiện Nghị quyết", "trueyenf"
    'ban-tin-2024-03-yen-bai.txt': ['28:text.typing-residue', '71:text.syllable', '144:text.typing-residue', '148:text.doubled-word', '149:text.typing-residue'],
    // "chủ chương"; "tiếp tục thực thực hiện" three times; "trong hình hình mới" ("tình hình") and "bạn bè thuy chung"
    // ("thủy chung"), two slips the list lacks
    'chuong-trinh-khoa-giao-2024-tphcm.md': [
      '152:text.misspelling', '190:text.doubled-word', '194:text.doubled-word', '196:text.doubled-word', '309:text.doubled-word', '481:text.unknown-syllable',
    ],
    // "họat", "tu tưỡng" (the fix offers "tu dưỡng", which fits "phấn đấu, tu dưỡng, rèn luyện"), "doang nghiệp"
    'ban-tin-2020-12-khoi-co-quan.txt': ['25:text.syllable', '41:text.unknown-syllable', '87:text.unknown-syllable'],
  };
  for (const [name, keys] of Object.entries(expected)) {
    it(`${name}: ${keys.length ? keys.join(', ') : 'no text finding'}`, () => {
      const found = check(name, fs.readFileSync(path.join(CORPUS, name), 'utf8'))
        .filter((f) => f.code.startsWith('text.') && !UNICODE_AND_STYLE.has(f.code)) // those: textUnicode.test.ts
        .map((f) => `${f.range.start.line + 1}:${f.code}`);
      assert.deepEqual(found, keys);
    });
  }

  it('the spelling fixes write the word meant', () => {
    const fixes = (name: string) =>
      check(name, fs.readFileSync(path.join(CORPUS, name), 'utf8'))
        .filter((f) => ['text.misspelling', 'text.body-name', 'text.unknown-syllable', 'text.typing-residue', 'text.syllable'].includes(f.code))
        .map((f) => f.fix?.edits[0].newText);
    assert.deepEqual(fixes('ban-tin-2024-01-yen-bai.txt'), ['trực tuyến', 'Tỉnh ủy']);
    assert.deepEqual(fixes('ban-tin-2024-03-yen-bai.txt'), ['Đảng', 'được', 'của', 'truyền']);
    assert.deepEqual(fixes('ban-tin-2020-12-khoi-co-quan.txt'), ['hoạt', 'tu dưỡng', 'doanh nghiệp']);
  });

  it('the fix is offered only where the word kept is certain, and keeps the first copy', () => {
    const text = fs.readFileSync(path.join(CORPUS, 'chuong-trinh-khoa-giao-2024-tphcm.md'), 'utf8');
    const found = check('chuong-trinh-khoa-giao-2024-tphcm.md', text).filter((f) => f.code === 'text.doubled-word');
    assert.deepEqual(found.map((f) => f.fix?.edits[0].newText), ['thực', 'thực', 'thực', undefined]);
  });
});
