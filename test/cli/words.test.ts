// `bantin check` reads the word list: .bantin/words.txt and bantin.text.words of the working directory.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseJson, runCli } from '../helpers/cli';
import { appendWord, parseWords } from '../../server/src/files/wordFiles';

const BULLETIN = 'BẢN TIN THÁNG 3 NĂM 2024\n\n1. Tin trong tỉnh\nĐoàn công tác thăm bản doang trong xã; Quaanj ủy họp.\n';

describe('CLI: the word list (.bantin/words.txt, bantin.text.words)', function () {
  this.timeout(20000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-cli-words-'));
    fs.writeFileSync(path.join(dir, 'a.bulletin'), BULLETIN);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const codes = () => {
    const r = runCli(['check', '--format', 'json', 'a.bulletin'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    return parseJson<Array<{ diagnostics: Array<{ code: string }> }>>(r)[0].diagnostics.map((d) => d.code).filter((c) => c.startsWith('text.'));
  };

  it('a word of the list or the setting is not reported', () => {
    assert.deepEqual(codes(), ['text.unknown-syllable', 'text.typing-residue']);
    fs.mkdirSync(path.join(dir, '.bantin'));
    fs.writeFileSync(path.join(dir, '.bantin', 'words.txt'), '\ufeff# từ địa phương\ndoang  # tên một bản\n');
    assert.deepEqual(codes(), ['text.typing-residue']);
    fs.mkdirSync(path.join(dir, '.vscode'));
    fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), '{ "bantin.text.words": ["Quaanj"] }');
    assert.deepEqual(codes(), []);
  });

  it('appendWord keeps the file as it is, adds a line break where missing, and adds a word once', () => {
    const file = path.join(dir, '.bantin', 'words.txt');
    assert.equal(appendWord(file, 'Widodo'), true);
    assert.equal(fs.readFileSync(file, 'utf8'), 'Widodo\n');
    fs.writeFileSync(file, '# danh sách\r\nThongloun');
    assert.equal(appendWord(file, 'doang'), true);
    assert.equal(appendWord(file, 'DOANG'), false);
    assert.equal(fs.readFileSync(file, 'utf8'), '# danh sách\r\nThongloun\ndoang\n');
    assert.deepEqual(parseWords(fs.readFileSync(file, 'utf8')), ['thongloun', 'doang']);
    assert.throws(() => appendWord(file, 'a\nb'));
  });
});
