import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { allChecks, applyEdits, fixAllOfKind, fixAllPreferred, Finding, parseBulletin, runChecks, TONE_STYLE_SERVICE } from '../../server/src/language';
import { moveTone, placementAt } from '../../server/src/language/checks/text/toneStyle';
import { garbledPlaces } from '../../server/src/language/checks/text/replacementChar';

const HEAD = 'BẢN TIN THÁNG 3 NĂM 2024\n\n1. Tin trong tỉnh\n';

function run(body: string, code: string, services?: ReadonlyMap<string, unknown>): Finding[] {
  const checks = allChecks.filter((c) => c.code === code);
  return runChecks(parseBulletin(HEAD + body), { checks, services });
}

function fixAll(body: string, code: string, services?: ReadonlyMap<string, unknown>): string {
  const text = HEAD + body;
  return applyEdits(text, fixAllOfKind(run(body, code, services), code)).slice(HEAD.length);
}

describe('text.unicode-normalization', () => {
  const nfd = (s: string) => s.normalize('NFD');

  it('is quiet on NFC text and reports a file written in NFD once, at its first decomposed word', () => {
    assert.deepEqual(run('Nghị quyết của Đảng ủy Khối.\n', 'text.unicode-normalization'), []);
    const found = run(nfd('Nghị quyết của Đảng ủy Khối.\nTiếp tục thực hiện.\n'), 'text.unicode-normalization');
    // The head is NFC: the file mixes the two forms.
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.match(found[0].message, /^Tệp lẫn hai dạng Unicode: 2 dòng .* đầu tiên là “Nghị” ở dòng 4/);
    assert.deepEqual(found[0].range.start, { line: 3, character: 3 }); // the "ị" of "Nghị"
  });

  it('says NFD, not mixed, when the whole file is decomposed', () => {
    const text = nfd(`${HEAD}Tiếp tục thực hiện Nghị quyết.\n`);
    const [found] = runChecks(parseBulletin(text), { checks: allChecks.filter((c) => c.code === 'text.unicode-normalization') });
    assert.match(found.message, /viết ở dạng Unicode tổ hợp \(NFD\), từ “BẢN”/);
    // The fix is written in NFC even though every line of the file is NFD (the engine writes fixes in a line's form).
    assert.equal(applyEdits(text, found.fix!.edits), text.normalize('NFC'));
    // Chosen by the user, not applied by "fix all" nor on save.
    assert.equal(found.fix!.preferred, false);
    assert.deepEqual(fixAllPreferred([found]), []);
  });

  it('changes only the decomposed letters: one edit per word, from its first to its last, the text between untouched', () => {
    const body = `Năng suất ${nfd('lao động')} tăng; ${nfd('Nghị')} quyết số 57-NQ/TW.\n`;
    const [found] = run(body, 'text.unicode-normalization');
    assert.deepEqual(found.fix!.edits.map((e) => e.newText), ['ộ', 'ị']);
    assert.equal(run(`${nfd('Nghị quyết')}\n`, 'text.unicode-normalization')[0].fix!.edits.length, 2);
    assert.equal(fixAll(body, 'text.unicode-normalization'), body.normalize('NFC'));
  });

  it('property: the fix changes nothing but the normalisation, and leaves NFC', () => {
    const piece = fc.constantFrom('a', 'ê', 'ư', 'ơ', 'ă', 'y', 'đ', 'Đ', 'n', 'g', 'h', ' ', ' ', '.', '?', '\n', '\r\n', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u031b', '1', '<!-- x -->', '*', '\u00a0', '\u200b');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.boolean(), (pieces, decompose) => {
        const raw = pieces.join('');
        const text = decompose ? raw.normalize('NFD') : raw;
        const findings = runChecks(parseBulletin(text), { checks: allChecks.filter((c) => c.code === 'text.unicode-normalization') });
        const fixed = findings.length ? applyEdits(text, findings[0].fix!.edits) : text;
        // Nothing but normalisation changes…
        assert.equal(fixed.normalize('NFC'), text.normalize('NFC'));
        // …and every cluster whose marks all compose is composed (what is left is a mark with no letter to go on).
        for (const line of fixed.split(/\r\n|\n/)) {
          const composable = line.replace(/[^\u0300-\u036f\s][\u0300-\u036f]+/g, (c) => (/[\u0300-\u036f]/.test(c.normalize('NFC')) ? c : c.normalize('NFC')));
          assert.equal(composable, line, JSON.stringify(line));
        }
        assert.equal(findings.length, text === text.normalize('NFC') || fixed === text ? 0 : 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('text.detached-mark', () => {
  it('joins a mark left after a space to the letter before it, dropping the space when the rest is a final', () => {
    assert.equal(fixAll('Từ ngày tư \u0300ngày 25/7 đê \u0301n nay.\n', 'text.detached-mark'), 'Từ ngày từ ngày 25/7 đến nay.\n');
  });

  it('joins a mark at the start of a line to the vowel after it; no fix when that is a consonant', () => {
    assert.equal(fixAll('\u0301anh em\n', 'text.detached-mark'), 'ánh em\n');
    const [found] = run('\u0300ngày mai\n', 'text.detached-mark');
    assert.equal(found.fix, undefined);
    assert.match(found.message, /đứng riêng/);
  });

  it('gives no fix after a consonant, nor when the letter before already has a tone', () => {
    for (const body of ['tin \u0300ngày\n', 'tú \u0300ngày\n', 'số 5 \u0301 ngày\n']) {
      const found = run(body, 'text.detached-mark');
      assert.equal(found.length, 1, body);
      assert.equal(found[0].fix, undefined, body);
    }
  });

  it('removes a mark typed twice; two different tones are reported without a fix', () => {
    assert.equal(fixAll('Nghị quyê\u0301\u0301t.\n', 'text.detached-mark'), 'Nghị quyết.\n');
    const [stacked] = run('đa\u0301\u0300t\n', 'text.detached-mark');
    assert.match(stacked.message, /hai dấu thanh/);
    assert.equal(stacked.fix, undefined);
  });

  it('is quiet on composed and decomposed words, and on marks of other languages', () => {
    assert.deepEqual(run('Tiếp tục thực hiện; ' + 'Nghị quyết'.normalize('NFD') + '; x\u0304 và q\u0307.\n', 'text.detached-mark'), []);
  });

  it('writes its fix decomposed in a decomposed line', () => {
    const body = 'Từ ngày tư \u0300ngày 25/7.'.normalize('NFD') + '\n';
    const [found] = run(body, 'text.detached-mark');
    assert.equal(found.fix!.edits[0].newText, 'ừ '.normalize('NFD'));
  });
});

describe('text.replacement-char', () => {
  const places = (line: string) => garbledPlaces(line).length;

  it('finds letters turned into "?" by a wrong encoding', () => {
    assert.equal(places('I. N ? I DUNG Đ ? NH HƯ ? NG SINH HO ? T CHI B ?'), 5);
    assert.equal(places('Th?ng tin v? Vi?t Nam'), 3);
    assert.equal(places('M ? t s ?  k ? t qu ?'), 4);
    assert.equal(places('tin Vi?t Nam'), 1);
  });

  it('leaves real question marks and addresses alone', () => {
    for (const line of [
      'Tại sao? Vì đây là nhiệm vụ trọng tâm.',
      'Bạn đã đọc chưa ? Thế à ? Vâng.',
      'Đâu là giải pháp?Làm thế nào?',
      'TẠI SAO LẠI LÀ GÌ ?',
      'Xem https://tuyengiao.vn/tin?id=5&trang=2 và www.dangcongsan.vn/?p=1',
      '?',
      '???',
      'Câu hỏi: “Vì sao?”',
    ]) {
      assert.equal(places(line), 0, line);
    }
  });

  it('reports one finding per broken line, with the count, and U+FFFD apart', () => {
    const found = run('Th?ng tin v? Vi?t Nam.\nTh\ufffdng tin tuy\ufffdn truy\ufffdn.\nTại sao? Vì vậy.\n', 'text.replacement-char');
    assert.deepEqual(found.map((f) => [f.range.start.line, f.severity]), [[3, 'error'], [4, 'error']]);
    assert.match(found[0].message, /3 chỗ/);
    assert.match(found[1].message, /3 ký tự “�”/);
    assert.ok(found.every((f) => f.fix === undefined));
  });
});

describe('text.invisible-char', () => {
  it('reports invisible characters once per line and removes them all', () => {
    const body = 'Nghị quy\u00adết\u200b và Chỉ thị\ufeff.\nĐảng\u2060 ủy\u202e.\n';
    const found = run(body, 'text.invisible-char');
    assert.deepEqual(found.map((f) => f.range.start.line), [3, 4]);
    assert.match(found[0].message, /3 ký tự vô hình \(U\+00AD, U\+200B, U\+FEFF\)/);
    assert.equal(found[0].severity, 'warning');
    assert.equal(fixAll(body, 'text.invisible-char'), 'Nghị quyết và Chỉ thị.\nĐảng ủy.\n');
  });

  it('leaves a BOM at the start, no-break spaces, emoji sequences and right-to-left lines alone', () => {
    const text = '\ufeff' + HEAD + 'Số liệu:\u00a0100%; 👨\u200d👩\u200d👧; trích \u200fمرحبا\u200e.\n';
    assert.deepEqual(runChecks(parseBulletin(text), { checks: allChecks.filter((c) => c.code === 'text.invisible-char') }), []);
  });
});

describe('text.tone-style', () => {
  it('knows which syllables alternate: open oa, oe, uy after a consonant or nothing, not after "q"', () => {
    const at = (word: string) => placementAt(word, word.search(/[oOuUòóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤ]/));
    assert.deepEqual(['hoà', 'khoẻ', 'thuý', 'uỷ', 'HOÀ', 'Toả'].map(at), ['old', 'old', 'old', 'old', 'old', 'old']);
    assert.deepEqual(['hòa', 'khỏe', 'thúy', 'ủy', 'HÒA', 'Tỏa'].map(at), ['new', 'new', 'new', 'new', 'new', 'new']);
    assert.deepEqual(['quý', 'quỹ', 'hoàn', 'thuyết', 'khuỷu', 'khoáng'].map(at), [undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('moves the tone mark to the other vowel, keeping the case', () => {
    assert.deepEqual(['oà', 'ỏe', 'uý', 'ỦY', 'Oạ', 'ùy'].map(moveTone), ['òa', 'oẻ', 'úy', 'UỶ', 'Ọa', 'uỳ']);
  });

  it('hints at the minority placement of the file and fix all makes the file consistent', () => {
    const body = 'Tỉnh ủy chỉ đạo hòa giải, chăm lo sức khỏe; văn hóa phát triển. Tỉnh uỷ và Ủy ban; khoẻ mạnh.\n';
    const found = run(body, 'text.tone-style');
    assert.deepEqual(found.map((f) => f.message.slice(0, 6)), ['“uỷ”: ', '“khoẻ”']);
    assert.equal(found[0].severity, 'hint');
    assert.equal(fixAll(body, 'text.tone-style'), body.replace('uỷ', 'ủy').replace('khoẻ', 'khỏe'));
  });

  it('is quiet when the file keeps one placement, and on syllables with one place for the mark', () => {
    assert.deepEqual(run('Tỉnh uỷ, hoà bình, sức khoẻ; quý I, hoàn thành, lý thuyết.\n', 'text.tone-style'), []);
    assert.deepEqual(run('Tỉnh ủy, hòa bình, sức khỏe; quý I, hoàn thành, lý thuyết.\n', 'text.tone-style'), []);
  });

  it('follows the setting bantin.text.toneStyle: every syllable in the other placement', () => {
    const body = 'Tỉnh ủy, hòa bình, sức khỏe, thuý.\n';
    const old = new Map([[TONE_STYLE_SERVICE, 'old']]);
    assert.equal(run(body, 'text.tone-style', old).length, 3);
    assert.match(run(body, 'text.tone-style', old)[0].message, /bantin\.text\.toneStyle/);
    assert.equal(fixAll(body, 'text.tone-style', old), 'Tỉnh uỷ, hoà bình, sức khoẻ, thuý.\n');
    assert.equal(fixAll(body, 'text.tone-style', new Map([[TONE_STYLE_SERVICE, 'new']])), 'Tỉnh ủy, hòa bình, sức khỏe, thúy.\n');
  });

  it('on a tie follows the placement written first; its fixes are certain (applied by fix all)', () => {
    const found = run('Hòa bình và hoà hợp.\n', 'text.tone-style');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^“hoà”/);
    const text = HEAD + 'Hòa bình và hoà hợp.\n';
    assert.equal(applyEdits(text, fixAllPreferred(found)).slice(HEAD.length), 'Hòa bình và hòa hợp.\n');
  });
});
