import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseBulletin, runChecks } from '../../server/src/language';
import { isUnknown as isUnknownLexeme } from '../../server/src/language/checks/text/unknownSyllable';
import { lexemeOf } from '../../server/src/language/text/lexicon';
import { letterDistance, nearCompounds } from '../../server/src/language/analysis/nearWords';
import { execFileSync } from 'node:child_process';

/** The spelling checks (the Unicode and tone-style checks have their own tests). */
const SPELLING = new Set(['text.doubled-word', 'text.syllable', 'text.typing-residue', 'text.unknown-syllable', 'text.misspelling', 'text.body-name']);

const isUnknown = (word: string): boolean => isUnknownLexeme(lexemeOf(word));

function findings(text: string, services?: ReadonlyMap<string, unknown>): string[] {
  return runChecks(parseBulletin(text, { flavor: 'plain', declaredBulletin: true }), { services })
    .filter((f) => SPELLING.has(f.code))
    .map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}${f.fix ? ' → ' + f.fix.edits[0].newText + (f.fix.preferred ? '' : ' ?') : ''}`);
}

describe('words: syllables Vietnamese does not have', () => {
  it('knows the syllables of the dictionary list, with either placement of the mark and i or y', () => {
    for (const word of ['hòa', 'hoà', 'ủy', 'uỷ', 'thuý', 'thúy', 'nghiệp', 'doanh', 'sĩ', 'sỹ', 'lí', 'lý', 'kĩ', 'kỹ', 'nòng', 'quốc', 'khuya']) {
      assert.equal(isUnknown(word), false, word);
    }
  });

  it('reports syllable shapes that are no Vietnamese syllable', () => {
    for (const word of ['doang', 'tưỡng', 'thuy', 'triễn', 'điễm']) assert.equal(isUnknown(word), true, word);
  });

  it('leaves alone what is not shaped like a syllable (foreign words, codes): other checks or none', () => {
    for (const word of ['online', 'website', 'email', 'top', 'covid', 'ck', 'x']) assert.equal(isUnknown(word), false, word);
  });

  it('measures letters apart and finds the two-syllable word meant, nearest first', () => {
    assert.equal(letterDistance('doang', 'doanh'), 1);
    assert.equal(letterDistance('tuy', 'uy'), 1);
    assert.equal(letterDistance('abc', 'xyz', 1), 2);
    assert.deepEqual(nearCompounds('doang', 'nghiệp')[0], { text: 'doanh nghiệp', edits: 1 });
    assert.deepEqual(nearCompounds('thuy', 'chung')[0], { text: 'thủy chung', edits: 1 });
    const tu = nearCompounds('tu', 'tưỡng').map((c) => c.text);
    assert.deepEqual(tu.slice(0, 2), ['tu dưỡng', 'tư tưởng']);
  });

  it('offers the word meant, and leaves "fix all" out when another word is one edit further', () => {
    assert.deepEqual(findings('Sự đồng lòng của các doang nghiệp và người dân.'), ['text.unknown-syllable doang → doanh nghiệp']);
    assert.deepEqual(findings('Các đảng viên phấn đấu, tu tưỡng, rèn luyện.'), ['text.unknown-syllable tưỡng → tu dưỡng ?']);
    assert.deepEqual(findings('Lời hứa thì giữ, doang thì mất.'), ['text.unknown-syllable doang']);
  });

  it('skips words the user accepts (the word list service)', () => {
    const services = new Map<string, unknown>([['text.words', new Set(['doang'])]]);
    assert.deepEqual(findings('Sự đồng lòng của các doang nghiệp và người dân.', services), []);
  });

  it('skips lines garbled by a wrong encoding', () => {
    assert.deepEqual(findings('Đ ? NH HƯ ? NG đo àn k ? t và doang nghiệp ? c.'), []);
  });

  it('the committed syllable list is what scripts/gen-syllables.mjs writes from the package', () => {
    const committed = readFileSync(path.join(__dirname, '../../../server/src/language/text/syllableList.ts'), 'utf8');
    const root = path.join(__dirname, '../../..');
    const generated = execFileSync(process.execPath, [path.join(root, 'scripts/gen-syllables.mjs'), '--print'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    assert.equal(committed, generated);
  });
});

describe('words: misspellings into real syllables', () => {
  it('reports listed confusions with their fix, keeping a capital', () => {
    assert.deepEqual(findings('Thông tin về chủ chương của Đảng.'), ['text.misspelling chủ chương → chủ trương']);
    assert.deepEqual(findings('Sát nhập các đơn vị hành chính cấp xã.'), ['text.misspelling Sát nhập → Sáp nhập']);
    assert.deepEqual(findings('Kỷ niệm ngày Cách mạng dành chính quyền.'), ['text.misspelling dành chính quyền → giành chính quyền']);
  });

  it('is quiet when a neighbour makes a word with the edge syllable', () => {
    assert.deepEqual(findings('Làm chủ chương trình đào tạo; giám sát nhập khẩu; lịch sử lý luận; khả năng xuất khẩu.'), []);
  });

  it('reports a word cut short before a punctuation mark, not at the end of a paragraph', () => {
    assert.deepEqual(findings('Thi tìm hiểu bằng hình thức trực tuy; duy trì hoạt động.'), ['text.misspelling trực tuy → trực tuyến']);
    assert.deepEqual(findings('Thi tìm hiểu bằng hình thức trực tuy'), []);
    assert.deepEqual(findings('Tuy nhiên, việc trực tiếp kiểm tra; an toàn.'), []);
  });
});

describe('words: names of bodies', () => {
  it('reports a name one letter or one tone off, with the right spelling', () => {
    assert.deepEqual(findings('Chỉ thị của Ban Thường vụ Tỉnh tủy về Tết.'), ['text.body-name Tỉnh tủy → Tỉnh ủy']);
    assert.deepEqual(findings('Ban Thường vu Đảng ủy Khối đã họp.'), ['text.body-name Ban Thường vu → Ban Thường vụ']);
  });

  it('accepts case, either mark placement, longer names and words made with the next syllable', () => {
    const quiet = 'Tỉnh uỷ, TỈNH ỦY, Huyện uỷ, Ban Thường vụ; Thủ tướng Phạm Minh Chính chủ trì; Thủ trưởng cơ quan; Đảng bỏ phiếu; Thị uy.';
    assert.deepEqual(findings(quiet), []);
  });
});
