import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { parseJson, runCli } from '../helpers/cli';
import { BULLETIN } from '../helpers/fixtures';
import { listBulletin, plainDocx } from '../helpers/wordFiles';

type JsonReport = Array<{ file: string; diagnostics: Array<{ code: string; range: { start: { line: number } }; source?: string }> }>;
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('CLI: Word files (check, import, export)', function () {
  this.timeout(30000);
  let dir: string;
  const write = (name: string, content: string | Buffer) => (fs.writeFileSync(path.join(dir, name), content), name);
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-word-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('check file.docx: findings on the converted text, each naming its Word paragraph', async () => {
    write('list.docx', await listBulletin());
    const text = runCli(['check', 'list.docx'], { cwd: dir });
    assert.equal(text.status, 0, text.stderr);
    // "3. Tuyên truyền tiếp" typed after an automatic "1.": line 16 of the text, the 18th Word paragraph.
    assert.match(text.stdout, /^list\.docx:16:1: cảnh báo structure\.numbering-sequence .*“2\.”.* \(đoạn 18 \/ paragraph 18\)$/m);
    const json = parseJson<JsonReport>(runCli(['check', '--format', 'json', 'list.docx'], { cwd: dir }));
    assert.deepEqual(json[0].diagnostics.map((d) => [d.code, d.source]), [['structure.numbering-sequence', 'đoạn 18 / paragraph 18']]);
  });

  it('a folder includes .docx; bad Word files get one line each, the others are checked, exit code 2', async () => {
    write('good.docx', await plainDocx(BULLETIN.split('\n').slice(0, -1)));
    write('notword.docx', 'THÔNG TIN SINH HOẠT CHI BỘ, chỉ là văn bản');
    write('locked.docx', Buffer.concat([OLE_MAGIC, Buffer.alloc(504)])); // encrypted .docx are OLE packages
    write('corrupt.docx', (await plainDocx(['x'])).subarray(0, 300));
    write('old.doc', Buffer.concat([OLE_MAGIC, Buffer.alloc(504)]));
    write('b.bulletin', BULLETIN);
    const folder = runCli(['check', '--format', 'json', '.'], { cwd: dir });
    assert.equal(folder.status, 2);
    assert.deepEqual(parseJson<JsonReport>(folder).map((r) => r.file).sort(), ['b.bulletin', 'good.docx']);
    const lines = folder.stderr.trim().split('\n');
    assert.equal(lines.length, 3, folder.stderr);
    assert.match(folder.stderr, /^bantin: corrupt\.docx: .*(hỏng|corrupt)/m);
    assert.match(folder.stderr, /^bantin: locked\.docx: .*mật khẩu/m);
    assert.match(folder.stderr, /^bantin: notword\.docx: không phải tệp Word/m);
    // Same findings in the Word copy as in the text.
    const [b, good] = parseJson<JsonReport>(folder).sort((x, y) => x.file.localeCompare(y.file));
    assert.deepEqual(good.diagnostics.map((d) => d.code), b.diagnostics.map((d) => d.code));
    const doc = runCli(['check', 'old.doc', 'b.bulletin'], { cwd: dir });
    assert.equal(doc.status, 2);
    assert.match(doc.stderr, /^bantin: old\.doc: .*\.doc cũ.*$/m);
    assert.match(doc.stdout, /b\.bulletin:9:1/);
  });

  it('a .docx over 10 MB is refused with one line; one just under is checked', async () => {
    write('big.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(10 * 1024 * 1024 + 1)]));
    const big = runCli(['check', 'big.docx'], { cwd: dir });
    assert.equal(big.status, 2);
    assert.match(big.stderr, /^bantin: big\.docx: tệp quá lớn/);
    // About 9.5 MB of incompressible text, stored as is: a large real .docx to read.
    const zip = await JSZip.loadAsync(await plainDocx(['THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024', '', 'A. THỜI SỰ', 'Nội dung.']));
    zip.file('word/media/filler.bin', Buffer.from(Array.from({ length: 9_500_000 }, (_, i) => (i * 7919) % 251)));
    write('large.docx', await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }));
    const large = runCli(['check', 'large.docx'], { cwd: dir });
    assert.equal(large.status, 0, large.stderr);
    assert.match(large.stdout, /0 lỗi, 0 cảnh báo, 0 gợi ý trong 1 tệp\./);
  });

  it('import writes the bulletin text; export --format docx|html writes files that import back the same', async () => {
    write('list.docx', await listBulletin());
    assert.equal(runCli(['import', 'list.docx', '-o', 'list.bulletin'], { cwd: dir }).status, 0);
    const imported = fs.readFileSync(path.join(dir, 'list.bulletin'), 'utf8');
    assert.match(imported, /^I\. TRONG NƯỚC\n1\. Kinh tế\na\) Nông nghiệp$/m);
    assert.equal(runCli(['import', 'list.docx'], { cwd: dir }).stdout, imported);

    const exported = runCli(['export', '--format', 'docx', 'list.bulletin', '-o', 'out.docx'], { cwd: dir });
    assert.equal(exported.status, 0, exported.stderr);
    assert.equal(runCli(['import', 'out.docx'], { cwd: dir }).stdout, imported);
    // Same findings on the same lines; the paragraph differs (16, not 18): the exported table row is one paragraph.
    const findingsOf = (file: string) => runCli(['check', file], { cwd: dir }).stdout.replace(file, 'x').replace(/ \(đoạn \d+ \/ paragraph \d+\)/, '');
    assert.equal(findingsOf('out.docx'), findingsOf('list.docx'));
    assert.match(runCli(['check', 'out.docx'], { cwd: dir }).stdout, /\(đoạn 16 \/ paragraph 16\)/);

    assert.equal(runCli(['export', '--format', 'html', 'list.bulletin'], { cwd: dir }).status, 0);
    const html = fs.readFileSync(path.join(dir, 'list.html'), 'utf8');
    // The preview's renderer and stylesheet, with the print rules of the export.
    assert.match(html, /<p class="bt-name" data-line="0">THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024<\/p>/);
    assert.match(html, /<h3 class="bt-section" data-line="\d+">I\. TRONG NƯỚC<\/h3>/);
    assert.match(html, /\.bt-page \{/); // media/preview.css inlined
    assert.match(html, /font-family:"Times New Roman",serif;font-size:14pt/);
  });

  it('import and export refuse bad input with one line and exit code 2', async () => {
    write('notword.docx', 'plain text');
    const imp = runCli(['import', 'notword.docx'], { cwd: dir });
    assert.equal(imp.status, 2);
    assert.equal(imp.stderr, 'bantin: notword.docx: không phải tệp Word .docx (không phải gói zip) / not a Word .docx file\n');
    assert.equal(runCli(['export', 'x.bulletin'], { cwd: dir }).status, 2);
    assert.equal(runCli(['export', '--format', 'pdf', 'x.bulletin'], { cwd: dir }).status, 2);
    const missing = runCli(['export', '--format', 'docx', 'missing.bulletin'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^bantin: missing\.bulletin: không tìm thấy tệp/);
  });
});
