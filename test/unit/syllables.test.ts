import * as assert from 'node:assert/strict';
import { decodeTelex, decodeVni, isSyllable, readLetters, spell, Tone } from '../../server/src/language/text/syllables';
import { wordsOf } from '../../server/src/language/text/lexicon';
import { residue } from '../../server/src/language/checks/text/typingResidue';
import { parseBulletin, runChecks } from '../../server/src/language';

function valid(word: string): boolean {
  const read = readLetters(word.normalize('NFC').toLowerCase());
  return read !== undefined && read.marks <= 1 && isSyllable(read.base, read.tone);
}

/** The spelling checks (the Unicode and tone-style checks have their own tests). */
const SPELLING = new Set(['text.doubled-word', 'text.syllable', 'text.typing-residue', 'text.unknown-syllable', 'text.misspelling', 'text.body-name']);

function findings(text: string): string[] {
  return runChecks(parseBulletin(text, { flavor: 'plain', declaredBulletin: true }))
    .filter((f) => SPELLING.has(f.code))
    .map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}${f.fix ? ' → ' + f.fix.edits[0].newText : ''}`);
}

const TONES: Array<[Tone, string]> = [
  [0, 'ngang'],
  [1, 'sắc'],
  [2, 'huyền'],
  [3, 'hỏi'],
  [4, 'ngã'],
  [5, 'nặng'],
];

describe('syllables: onset + rhyme + tone', () => {
  describe('each tone with each kind of final', () => {
    // Stop finals take only sắc or nặng; open syllables, semivowel and nasal finals take all six.
    for (const [base, stop] of [
      ['phap', true],
      ['phat', true],
      ['bac', true],
      ['sach', true],
      ['cam', false],
      ['ban', false],
      ['bang', false],
      ['xanh', false],
      ['cai', false],
      ['cao', false],
      ['ba', false],
      ['hoa', false],
    ] as Array<[string, boolean]>) {
      for (const [tone, name] of TONES) {
        const allowed = !stop || tone === 1 || tone === 5;
        it(`${base} + ${name}: ${allowed ? 'a syllable' : 'not a syllable'}`, () => {
          assert.equal(isSyllable(base, tone), allowed);
          assert.equal(spell(base, tone) !== undefined, allowed);
        });
      }
    }
  });

  it('reads the words of real text as syllables', () => {
    const text =
      'Đảng ủy Khối đã ban hành công văn hướng dẫn tuyên truyền miệng; người dân quyết tâm giữ gìn khuya khoắt ' +
      'nghiêng ngoài huỳnh quỳnh quýt gì kính xoong thuở ươm hươu khuỷu quốc yêu khuyên được học tập phát triển';
    for (const word of text.split(/[\s;]+/)) assert.ok(valid(word), word);
  });

  it('rejects what Vietnamese spelling cannot write', () => {
    for (const word of ['phảt', 'hộc', 'đựợc', 'ke', 'ca', 'ghô', 'ngi', 'cuar', 'trueyenf', 'widodo', 'ge', 'qoa']) {
      if (word === 'ke' || word === 'ca') assert.ok(valid(word), word);
      else assert.ok(!valid(word) || word === 'hộc', word);
    }
    assert.ok(valid('hộc'), 'hộc: nặng with -c is a syllable');
    assert.ok(!valid('hồc') && !valid('hổc') && !valid('hỗc') && !valid('hoc'));
  });

  it('puts the mark on its vowel: the modified one, before a final the last, else the middle of three or the first', () => {
    assert.equal(spell('đươc', 5), 'được');
    assert.equal(spell('hoat', 5), 'hoạt');
    assert.equal(spell('ngoai', 2), 'ngoài');
    assert.equal(spell('khuya', 1), 'khuýa');
    assert.equal(spell('mua', 2), 'mùa');
    assert.equal(spell('hoa', 2), 'hòa');
    assert.equal(spell('truyên', 2), 'truyền');
    assert.equal(spell('qua', 3), 'quả');
    assert.equal(spell('gin', 2), 'gìn');
    assert.equal(spell('nguoi', 2), undefined);
    assert.equal(spell('ngươi', 2), 'người');
  });
});

describe('the words of a text', () => {
  it('each word where it starts and ends, its lexeme shared by equal spellings; punctuation cut off, codes skipped', () => {
    const text = '“Nghị quyết” số 188-CTr/TU,  nghị  quyết; (27/3) đạt 5,2%.';
    const words = wordsOf(text);
    const all = Array.from({ length: words.length }, (_, i) => words.at(i)!);
    assert.deepEqual(all.map((w) => [w.text, text.slice(w.start, w.end), w.vietnamese]), [
      ['Nghị', 'Nghị', true], ['quyết', 'quyết', true], ['số', 'số', true], ['nghị', 'nghị', true], ['quyết', 'quyết', true], ['đạt', 'đạt', true],
    ]);
    assert.equal(words.lexemes[1], words.lexemes[4]);
    assert.equal(words.end(5), words.start(5) + 3);
    assert.equal(words.at(-1), undefined);
    assert.equal(words.at(words.length), undefined);
  });

  it('two words are adjacent when only spaces separate them, and never past either end', () => {
    const words = wordsOf('một  hai, ba (bốn)');
    assert.deepEqual([words.adjacent(0, 1), words.adjacent(1, 2), words.adjacent(2, 3)], [true, false, false]);
    assert.equal(words.adjacent(-1, 0), false);
    assert.equal(words.adjacent(3, 4), false);
  });
});

describe('syllables: Telex and VNI residue', () => {
  const cases: Array<[string, string]> = [
    ['trueyenf', 'truyền'],
    ['truyeenf', 'truyền'],
    ['Quaanj', 'Quận'],
    ['cuuar', 'của'],
    ['Đanmgr', 'Đảng'],
    ['truwowngf', 'trường'],
    ['dduowcj', 'được'],
    ['vieejt', 'việt'],
    ['nguwowif', 'người'],
    ['hoaj', 'họa'],
    ['tie6ng1', 'tiếng'],
    ['d9u7o7c5', 'được'],
    ['ca1c', 'các'],
    ['nguo72i', 'người'],
  ];
  for (const [typed, meant] of cases) {
    it(`${typed} → ${meant}`, () => {
      const word = wordsOf(typed).at(0)!;
      const decoded = residue(word);
      assert.ok(decoded, typed);
      assert.equal(typed[0] === typed[0].toUpperCase() ? decoded.text[0].toUpperCase() + decoded.text.slice(1) : decoded.text, meant);
    });
  }

  it('decodes Telex and VNI keys without any word list', () => {
    assert.equal(decodeTelex('ddaay')?.text, 'đây');
    assert.equal(decodeTelex('nhwngx')?.text, 'những');
    assert.equal(decodeTelex('quoocs')?.text, 'quốc');
    assert.equal(decodeVni('ho5c')?.text, 'học');
    assert.equal(decodeVni('vie6t5')?.text, 'việt');
    assert.equal(decodeTelex('xyz'), undefined);
  });

  it('leaves names, abbreviations, foreign and English words, codes, numbers, URLs and e-mails alone', () => {
    const quiet = [
      'UBND', 'HĐND', 'GRDP', 'WTO', 'iHanoi', 'Widodo', 'Lula', 'da', 'Silva', 'Thongloun', 'Covid', 'online',
      'website', 'car', 'bus', 'tax', 'see', 'door', 'Facebook', 'Zalo', 'A1', 'F0', 'G20', 'H5N1', 'Su30', 'covid19', 'Bus', 'Tax',
    ];
    for (const w of quiet) {
      const word = wordsOf(w).at(0)!;
      assert.equal(residue({ ...word, vietnamese: word.vietnamese }), undefined, w);
    }
    assert.deepEqual(
      findings(
        'Đồng chí Joko Widodo và Lula da Silva, ông Thongloun Sisoulith thăm UBND, HĐND; GRDP tăng; WTO; ứng dụng iHanoi.\n' +
          'Theo Chương trình số 188-CTr/TU, đạt 5,2%, 12km đường; xem https://dangcongsan.vn/tin-tuc, thư tuyengiao@yenbai.gov.vn; xe bus, car, tax.\n',
      ),
      [],
    );
  });

  it('does not flag words with a mark that keep the rules (old and new placement both)', () => {
    assert.deepEqual(findings('Tỉnh uỷ và Tỉnh ủy, hoà và hòa, khoẻ và khỏe, thuở ấy, người đọc học tập.\n'), []);
  });
});

describe('syllable checks on text', () => {
  it('reports the corpus defects with their fixes', () => {
    assert.deepEqual(findings('Đanmgr ủy Khối đã ban hành, đạt đựợc nhiều kết quả, bản tin cuuar Tỉnh uỷ, Ngày trueyenf thống, phảt triển, họat động.\n'), [
      'text.typing-residue Đanmgr → Đảng',
      'text.syllable đựợc → được',
      'text.typing-residue cuuar → của',
      'text.typing-residue trueyenf → truyền',
      'text.syllable phảt',
      'text.syllable họat → hoạt',
    ]);
  });

  it('keeps the case of the word in the fix, and gives no certain fix for two different marks', () => {
    assert.deepEqual(findings('QUAANJ ủy; Quaanj ủy; ĐỰỢC việc; đứợc việc.\n'), ['text.typing-residue Quaanj → Quận', 'text.syllable ĐỰỢC → ĐƯỢC', 'text.syllable đứợc']);
  });

  it('is linear: a long paragraph of words is read in one pass', () => {
    const text = 'người dân cuuar tỉnh '.repeat(20_000) + '\n';
    const found = findings(text);
    assert.equal(found.length, 20_000);
  });
});

describe('syllable checks on run-away words', () => {
  it('reads a word of thousands of letters in one pass (no Telex decoding of it)', () => {
    const text = `Tin ${'x'.repeat(5000)}Ż và ${'aw'.repeat(3000)} trong tỉnh.\n`;
    assert.deepEqual(findings(text), []);
  });
});
