// `bantin check` reads the tone-mark style from --tone-style or the working directory's .vscode/settings.json.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseJson, runCli } from '../helpers/cli';

const BULLETIN = 'BẢN TIN THÁNG 3 NĂM 2024\n\n1. Tin trong tỉnh\nTỉnh ủy chỉ đạo hòa giải, chăm lo sức khỏe. Tỉnh uỷ tổng kết.\n';

describe('CLI: tone-mark style (bantin.text.toneStyle, --tone-style)', function () {
  this.timeout(20000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-cli-tone-'));
    fs.writeFileSync(path.join(dir, 'a.bulletin'), BULLETIN);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const toneFindings = (args: string[]) => {
    const r = runCli(['check', '--format', 'json', ...args, 'a.bulletin'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    return parseJson<Array<{ diagnostics: Array<{ code: string; message: string }> }>>(r)[0].diagnostics.filter((d) => d.code === 'text.tone-style');
  };

  it('auto by default: only the minority placement', () => {
    assert.deepEqual(toneFindings([]).map((d) => d.message.slice(0, 4)), ['“uỷ”']);
  });

  it('the setting of .vscode/settings.json, and --tone-style over it', () => {
    fs.mkdirSync(path.join(dir, '.vscode'));
    fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), '{\n  // as in the editor\n  "bantin.text.toneStyle": "old",\n}');
    assert.equal(toneFindings([]).length, 3);
    assert.equal(toneFindings(['--tone-style', 'new']).length, 1);
    assert.deepEqual(toneFindings(['--tone-style=auto']).map((d) => d.message.slice(0, 4)), ['“uỷ”']);
  });

  it('a bad --tone-style is a usage error', () => {
    const r = runCli(['check', '--tone-style', 'moi', 'a.bulletin'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--tone-style phải là auto, old hoặc new/);
  });
});
