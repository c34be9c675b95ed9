import * as assert from 'node:assert/strict';
import { convertDocx, describeOrigin } from '../../server/src/word/import';
import { describeWordError } from '../../server/src/word/errors';
import { listBulletin, plainDocx } from '../helpers/wordFiles';

describe('word: .docx → bulletin text (mammoth)', () => {
  it('writes out Word automatic numbering as displayed, keeps footnotes, flattens tables (listBulletin)', async () => {
    const { text, origins } = await convertDocx(await listBulletin());
    assert.deepEqual(text.split('\n'), [
      'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024',
      '',
      'A. THÔNG TIN THỜI SỰ',
      'I. TRONG NƯỚC',
      '1. Kinh tế',
      'a) Nông nghiệp',
      'b) Công nghiệp',
      'Thực hiện Nghị quyết[1] của Trung ương.',
      '2. Xã hội',
      '- Giáo dục',
      'II. QUỐC TẾ',
      'Chỉ tiêu | Kết quả',
      'GDP | 7%',
      'B. ĐỊNH HƯỚNG TUYÊN TRUYỀN',
      '1. Tuyên truyền',
      '3. Tuyên truyền tiếp',
      'Nội dung.',
      '',
      '[1] Nghị quyết số 45-NQ/TW ngày 24/11/2023.',
      '',
    ]);
    // Table cells are paragraphs of their own: row 2 starts at paragraph 14 (12, 13 are row 1's cells).
    assert.deepEqual(origins.slice(10, 15), [{ paragraph: 11 }, { paragraph: 12 }, { paragraph: 14 }, { paragraph: 16 }, { paragraph: 17 }]);
    assert.deepEqual(origins[18], { footnote: 1 });
    assert.equal(describeOrigin(origins[4]), 'đoạn 5 / paragraph 5');
  });

  it('gives one line per paragraph for a plain file', async () => {
    const { text, origins } = await convertDocx(await plainDocx(['Một', '', 'Hai']));
    assert.equal(text, 'Một\n\nHai\n');
    assert.deepEqual(origins, [{ paragraph: 1 }, { paragraph: 2 }, { paragraph: 3 }]);
  });

  it('refuses a .doc / encrypted file, a non-zip and a zip without a document with one line', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const reasons: string[] = [];
    for (const input of [ole, Buffer.from('THÔNG TIN SINH HOẠT CHI BỘ'), (await plainDocx(['x'])).subarray(0, 200)]) {
      await assert.rejects(convertDocx(input), (e) => (reasons.push(describeWordError(e)), true));
    }
    assert.match(reasons[0], /mật khẩu|\.doc/);
    assert.match(reasons[1], /không phải tệp Word/);
    assert.match(reasons[2], /hỏng|corrupt/);
    for (const r of reasons) assert.doesNotMatch(r, /\n/);
  });
});
