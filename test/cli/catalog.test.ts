// `bantin catalog` and the user catalogs the CLI reads (.bantin/catalog.json, .vscode/settings.json, --catalog).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseJson, runCli } from '../helpers/cli';

const ENTRY = {
  number: '999-NQ/TW', type: 'Nghị quyết', typeAbbr: 'NQ', issuerCode: 'TW', issuer: 'Bộ Chính trị', date: '2024-03-01', term: 'XIII',
  title: 'về một văn bản thử nghiệm', source: 'test', verification: 'verified-external', category: 'party',
};
const BULLETIN = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 06 NĂM 2024\n\nI. THÔNG TIN\n1. Thực hiện Nghị quyết số 999-NQ/TW, ngày 02/3/2024 của Bộ Chính trị về một văn bản thử nghiệm.\n';

describe('CLI: bantin catalog and user catalogs', function () {
  this.timeout(20000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-cli-catalog-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };

  it('searches the built-in catalog by words without diacritics; json has each entry with its origin', () => {
    const r = runCli(['catalog', '--format', 'json', 'kinh', 'te', 'tu', 'nhan'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const entries = parseJson<Array<{ number: string; origin: string }>>(r);
    assert.deepEqual(entries[0], { ...entries[0], number: '68-NQ/TW', origin: 'built-in' });
  });

  it('lists the merged catalog: the workspace file and --catalog files after the built-in entries', () => {
    write('.bantin/catalog.json', JSON.stringify({ version: 1, documents: [ENTRY] }));
    write('extra.json', JSON.stringify({ version: 1, documents: [{ ...ENTRY, number: '998-NQ/TW', verification: 'unverified' }] }));
    const builtin = parseJson<unknown[]>(runCli(['catalog', '--format', 'json'], { cwd: os.tmpdir() })).length;
    const r = runCli(['catalog', '--catalog', 'extra.json'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /999-NQ\/TW +01\/3\/2024 +Nghị quyết · Bộ Chính trị · khóa XIII\n +về một văn bản thử nghiệm \[\.bantin[\\/]catalog\.json\]/);
    assert.match(r.stdout, /998-NQ\/TW[^\n]*\n[^\n]*\[chưa kiểm chứng \/ not verified; extra\.json\]/);
    const all = parseJson<unknown[]>(runCli(['catalog', '--format', 'json', '--catalog', 'extra.json'], { cwd: dir }));
    assert.equal(all.length, builtin + 2);
  });

  it('check uses a verified user entry: a date that contradicts it is reported', () => {
    write('a.bulletin', BULLETIN);
    assert.deepEqual(parseJson<Array<{ diagnostics: Array<{ code: string }> }>>(runCli(['check', '--format', 'json', 'a.bulletin'], { cwd: dir }))[0].diagnostics.filter((d) => d.code === 'reference.known-document'), []);
    write('.vscode/settings.json', '{\n  // the same setting as the editor\n  "bantin.catalogFiles": ["lists/tw.json"],\n}');
    write('lists/tw.json', JSON.stringify({ version: 1, documents: [ENTRY] }));
    const r = runCli(['check', '--format', 'json', 'a.bulletin'], { cwd: dir });
    const codes = parseJson<Array<{ diagnostics: Array<{ code: string; message: string }> }>>(r)[0].diagnostics.map((d) => d.code);
    assert.ok(codes.includes('reference.known-document'), codes.join());
  });

  it('a broken catalog file: one clear line on stderr with its position, exit 2, and the check still runs', () => {
    write('.bantin/catalog.json', '{ "version": 1, "documents": [ { "number": "1-KH/ĐU" } ');
    write('a.bulletin', BULLETIN);
    const r = runCli(['check', 'a.bulletin'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^bantin: \.bantin[\\/]catalog\.json:1:\d+: tệp bị bỏ qua \/ file skipped: JSON: /m);
    assert.match(r.stdout, /trong 1 tệp/);
    const listed = runCli(['catalog', '57-'], { cwd: dir });
    assert.equal(listed.status, 2);
    assert.match(listed.stdout, /57-NQ\/TW/);
  });
});
