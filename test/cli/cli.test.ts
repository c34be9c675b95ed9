import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI, CliResult, parseJson, runCli } from '../helpers/cli';
import { BULLETIN, DOUBLE_DOT, GAP_45, REPEAT_A } from '../helpers/fixtures';
import { fmtRange, textAt } from '../helpers/text';
import { REPO_ROOT } from '../helpers/paths';

interface JsonDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: string;
  code: string;
  message: string;
}
type JsonReport = Array<{ file: string; diagnostics: JsonDiagnostic[] }>;

const SEQ = 'structure.numbering-sequence';
const FMT = 'structure.number-format';
const STRUCTURE_CODES = [
  'structure.title-missing', 'structure.title-period', SEQ, FMT, 'structure.subitem-parent', 'structure.empty-section',
  'structure.enumeration-sequence', 'structure.enumeration-style', 'structure.heading-level',
];
/** A title with month 13: structure.title-period, an error, on "THÁNG 13 NĂM 2024" (0:27-0:44). */
const BAD_TITLE = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 13 NĂM 2024\n\nA. THỜI SỰ\nNội dung.\n';
const CLEAN = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024\n\nA. THỜI SỰ\nNội dung.\n';

const compact = (d: JsonDiagnostic) => `${d.severity} ${d.code}@${fmtRange(d.range)}`;
const EXPECTED_BULLETIN = [`warning ${SEQ}@${GAP_45.range}`, `warning ${SEQ}@${REPEAT_A.range}`, `warning ${FMT}@${DOUBLE_DOT.range}`];

describe('CLI: bantin check', function () {
  this.timeout(20000);
  let dir: string;
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return name;
  };
  const run = (...args: string[]): CliResult => runCli(args, { cwd: dir });
  /** One line of stderr per unreadable file, naming it. */
  const stderrLines = (r: CliResult) => r.stderr.split('\n').filter(Boolean);

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-cli-'));
    write('a.bulletin', BULLETIN);
    write('bad-title.bulletin', BAD_TITLE);
    write('clean.bulletin', CLEAN);
    write('empty.bulletin', '');
    write('binary.bulletin', Buffer.from([0x54, 0x48, 0x00, 0x01, 0x02, 0x00]));
    write('latin.bulletin', Buffer.from([0xc3, 0x28]));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('--format json', () => {
    it('one entry per file in argument order, each with range, severity, code and message', () => {
      const r = run('check', '--format', 'json', 'clean.bulletin', 'a.bulletin', 'bad-title.bulletin');
      assert.equal(r.stderr, '');
      const report = parseJson<JsonReport>(r);
      assert.deepEqual(report.map((e) => e.file), ['clean.bulletin', 'a.bulletin', 'bad-title.bulletin']);
      assert.deepEqual(report[0].diagnostics, []);
      assert.deepEqual(report[1].diagnostics.map(compact), EXPECTED_BULLETIN);
      assert.deepEqual(report[1].diagnostics[0], {
        range: { start: { line: 8, character: 0 }, end: { line: 8, character: 3 } },
        severity: 'warning',
        code: SEQ,
        message: GAP_45.vi,
      });
      assert.deepEqual(report[1].diagnostics.map((d) => d.message), [GAP_45.vi, REPEAT_A.vi, DOUBLE_DOT.vi]);
      for (const d of report[1].diagnostics) assert.deepEqual(Object.keys(d).sort(), ['code', 'message', 'range', 'severity']);
      assert.deepEqual(report[2].diagnostics.map(compact), ['error structure.title-period@0:27-0:44']);
      assert.equal(textAt(BAD_TITLE, report[2].diagnostics[0].range), 'THÁNG 13 NĂM 2024');
      assert.equal(r.status, 1, 'an error-level finding → exit 1');
    });

    it('--format=json (inline value) is accepted too', () => {
      const r = run('check', '--format=json', 'clean.bulletin');
      assert.equal(r.status, 0);
      assert.deepEqual(parseJson<JsonReport>(r), [{ file: 'clean.bulletin', diagnostics: [] }]);
    });
  });

  describe('exit codes', () => {
    it('0 when there are only warnings', () => {
      const r = run('check', '--format', 'json', 'a.bulletin');
      assert.equal(r.status, 0, r.stderr);
    });

    it('1 when --severity makes a finding an error', () => {
      const r = run('check', '--format', 'json', '--severity', `${FMT}=error`, 'a.bulletin');
      assert.equal(r.status, 1, r.stderr);
      assert.deepEqual(parseJson<JsonReport>(r)[0].diagnostics.map(compact), [EXPECTED_BULLETIN[0], EXPECTED_BULLETIN[1], `error ${FMT}@${DOUBLE_DOT.range}`]);
    });

    it('0 when --severity turns the only error off (by code, or by category)', () => {
      const byCode = run('check', '--format', 'json', '--severity', 'structure.title-period=off', 'bad-title.bulletin');
      assert.equal(byCode.status, 0, byCode.stderr);
      assert.deepEqual(parseJson<JsonReport>(byCode)[0].diagnostics, []);
      const byCategory = run('check', '--format', 'json', '--severity=structure=off', 'a.bulletin', 'bad-title.bulletin');
      assert.equal(byCategory.status, 0, byCategory.stderr);
      assert.deepEqual(parseJson<JsonReport>(byCategory).map((e) => e.diagnostics), [[], []]);
    });

    it('an empty file has no findings and exits 0', () => {
      const r = run('check', '--format', 'json', 'empty.bulletin');
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(parseJson<JsonReport>(r), [{ file: 'empty.bulletin', diagnostics: [] }]);
    });
  });

  describe('unreadable files: exit 2, one stderr line naming the file, the others still checked', () => {
    for (const [name, file, reason] of [
      ['a binary file (NUL bytes)', 'binary.bulletin', /binary file/],
      ['a missing path', 'missing.bulletin', /file not found/],
      ['invalid UTF-8', 'latin.bulletin', /not UTF-8/],
    ] as const) {
      it(name, () => {
        const r = run('check', '--format', 'json', 'a.bulletin', file, 'clean.bulletin');
        assert.equal(r.status, 2);
        const lines = stderrLines(r);
        assert.equal(lines.length, 1, r.stderr);
        assert.ok(lines[0].startsWith(`bantin: ${file}: `), lines[0]);
        assert.match(lines[0], reason);
        const report = parseJson<JsonReport>(r);
        assert.deepEqual(report.map((e) => e.file), ['a.bulletin', 'clean.bulletin']);
        assert.deepEqual(report[0].diagnostics.map(compact), EXPECTED_BULLETIN);
      });
    }

    it('several unreadable files: one line each, in argument order; exit 2 wins over exit 1', () => {
      const r = run('check', '--format', 'json', 'missing.bulletin', 'bad-title.bulletin', 'latin.bulletin', 'binary.bulletin');
      assert.equal(r.status, 2);
      assert.deepEqual(stderrLines(r).map((l) => l.split(': ')[1]), ['missing.bulletin', 'latin.bulletin', 'binary.bulletin']);
      assert.deepEqual(parseJson<JsonReport>(r).map((e) => e.file), ['bad-title.bulletin']);
    });
  });

  describe('arguments that name several files', () => {
    let tree: string;
    before(() => {
      tree = 'tree';
      write('tree/b.bulletin', CLEAN);
      write('tree/a.md', CLEAN);
      write('tree/sub/c.txt', BULLETIN);
      write('tree/sub/deeper/d.bantin', BAD_TITLE);
      write('tree/z.bantin', CLEAN);
      write('tree/notes.pdf', BULLETIN);
      write('tree/data.json', '{}');
      write('tree/.hidden.bulletin', BULLETIN);
      write('tree/node_modules/x.bulletin', BULLETIN);
    });

    it('a directory is expanded recursively to .bulletin/.bantin/.txt/.md files, sorted', () => {
      const r = run('check', '--format', 'json', tree);
      assert.equal(r.stderr, '');
      const report = parseJson<JsonReport>(r);
      assert.deepEqual(
        report.map((e) => e.file.split(path.sep).join('/')),
        ['tree/a.md', 'tree/b.bulletin', 'tree/sub/c.txt', 'tree/sub/deeper/d.bantin', 'tree/z.bantin'],
      );
      // The .txt file is checked as plain text (not declared a bulletin) and still reports its findings.
      assert.deepEqual(report[2].diagnostics.map(compact), EXPECTED_BULLETIN);
      assert.deepEqual(report[3].diagnostics.map(compact), ['error structure.title-period@0:27-0:44']);
      assert.equal(r.status, 1);
    });

    it('a quoted glob is expanded by the CLI itself', () => {
      const r = run('check', '--format', 'json', 'tree/*.bantin', 'tree/**/*.txt');
      assert.equal(r.stderr, '');
      assert.deepEqual(parseJson<JsonReport>(r).map((e) => e.file.split(path.sep).join('/')), ['tree/z.bantin', 'tree/sub/c.txt']);
      assert.equal(r.status, 0);
    });

    it('an absolute glob works too', () => {
      const r = run('check', '--format', 'json', path.join(dir, 'tree', 'sub', '*', '*.bantin'));
      assert.deepEqual(parseJson<JsonReport>(r).map((e) => e.file), [path.join(dir, 'tree', 'sub', 'deeper', 'd.bantin')]);
      assert.equal(r.status, 1);
    });

    it('a glob that matches nothing is reported like a missing file', () => {
      const r = run('check', '--format', 'json', 'tree/*.nothing', 'clean.bulletin');
      assert.equal(r.status, 2);
      assert.deepEqual(stderrLines(r), ['bantin: tree/*.nothing: không tìm thấy tệp / file not found']);
      assert.deepEqual(parseJson<JsonReport>(r).map((e) => e.file), ['clean.bulletin']);
    });

    it('a file named twice is reported once', () => {
      const r = run('check', '--format', 'json', 'clean.bulletin', 'clean.bulletin', tree + '/z.bantin', tree);
      assert.deepEqual(
        parseJson<JsonReport>(r).map((e) => e.file.split(path.sep).join('/')),
        ['clean.bulletin', 'tree/z.bantin', 'tree/a.md', 'tree/b.bulletin', 'tree/sub/c.txt', 'tree/sub/deeper/d.bantin'],
      );
    });

    it('a directory without bulletin files is reported on stderr (exit 2), not silently passed', () => {
      write('nothing-here/readme.pdf', 'x');
      const r = run('check', '--format', 'json', 'nothing-here', 'clean.bulletin');
      assert.equal(r.status, 2);
      const lines = stderrLines(r);
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], /^bantin: nothing-here: .*directory without bulletin files/);
      assert.deepEqual(parseJson<JsonReport>(r).map((e) => e.file), ['clean.bulletin']);
    });
  });

  describe('--format sarif', () => {
    it('is SARIF 2.1.0: rules with ids, results with ruleId, level and a 1-based region', () => {
      const r = run('check', '--format', 'sarif', 'a.bulletin', 'bad-title.bulletin', 'clean.bulletin');
      assert.equal(r.status, 1);
      const sarif = parseJson<{
        version: string;
        $schema: string;
        runs: Array<{
          tool: { driver: { name: string; version: string; rules: Array<{ id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }> } };
          columnKind: string;
          results: Array<{
            ruleId: string;
            ruleIndex: number;
            level: string;
            message: { text: string };
            locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }>;
          }>;
        }>;
      }>(r);
      assert.equal(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif-2\.1\.0/);
      assert.equal(sarif.runs.length, 1);
      const run0 = sarif.runs[0];
      assert.equal(run0.tool.driver.name, 'bantin');
      assert.equal(typeof run0.tool.driver.version, 'string');
      assert.equal(run0.columnKind, 'utf16CodeUnits');
      const ids = run0.tool.driver.rules.map((rule) => rule.id);
      assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
      for (const code of STRUCTURE_CODES) assert.ok(ids.includes(code), `rule ${code}`);
      for (const rule of run0.tool.driver.rules) {
        assert.ok(rule.shortDescription.text.length > 0, `${rule.id} has a description`);
        assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), `${rule.id} level`);
        assert.equal(rule.helpUri, `${pathToFileURL(path.join(REPO_ROOT, 'docs', 'checks')).href}/${rule.id}.md`);
        assert.ok(fs.existsSync(path.join(REPO_ROOT, 'docs', 'checks', `${rule.id}.md`)), `docs page for ${rule.id}`);
      }
      const rows = run0.results.map((res) => {
        assert.equal(ids[res.ruleIndex], res.ruleId, 'ruleIndex points at the rule');
        assert.equal(res.locations.length, 1);
        const { artifactLocation, region } = res.locations[0].physicalLocation;
        return [artifactLocation.uri, res.ruleId, res.level, region.startLine, region.startColumn, region.endLine, region.endColumn, res.message.text];
      });
      assert.deepEqual(rows, [
        ['a.bulletin', SEQ, 'warning', 9, 1, 9, 4, GAP_45.vi],
        ['a.bulletin', SEQ, 'warning', 11, 1, 11, 3, REPEAT_A.vi],
        ['a.bulletin', FMT, 'warning', 14, 1, 14, 4, DOUBLE_DOT.vi],
        ['bad-title.bulletin', 'structure.title-period', 'error', 1, 28, 1, 45, 'Tiêu đề bản tin ghi tháng, năm không hợp lệ (“THÁNG 13 NĂM 2024”): tháng từ 1 đến 12, năm đủ 4 chữ số.'],
      ]);
    });

    it('has English rule descriptions and messages with --locale en', () => {
      const r = run('check', '--format', 'sarif', '--locale', 'en', 'a.bulletin');
      const sarif = parseJson<{ runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string } }> } }; results: Array<{ message: { text: string } }> }> }>(r);
      const rule = sarif.runs[0].tool.driver.rules.find((x) => x.id === SEQ)!;
      assert.equal(rule.shortDescription.text, 'Parts, sections and items are numbered in sequence: no gaps, repeats or steps back.');
      assert.deepEqual(sarif.runs[0].results.map((x) => x.message.text), [GAP_45.en, REPEAT_A.en, DOUBLE_DOT.en]);
    });
  });

  describe('--format text', () => {
    it('prints file:line:col (1-based) lines and a summary line (the default format)', () => {
      const r = run('check', 'a.bulletin', 'bad-title.bulletin', 'clean.bulletin');
      assert.equal(r.status, 1);
      assert.equal(r.stderr, '');
      assert.deepEqual(r.stdout.split('\n'), [
        `a.bulletin:9:1: cảnh báo ${SEQ} ${GAP_45.vi}`,
        `a.bulletin:11:1: cảnh báo ${SEQ} ${REPEAT_A.vi}`,
        `a.bulletin:14:1: cảnh báo ${FMT} ${DOUBLE_DOT.vi}`,
        'bad-title.bulletin:1:28: lỗi structure.title-period Tiêu đề bản tin ghi tháng, năm không hợp lệ (“THÁNG 13 NĂM 2024”): tháng từ 1 đến 12, năm đủ 4 chữ số.',
        '1 lỗi, 3 cảnh báo, 0 gợi ý trong 3 tệp.',
        '',
      ]);
    });

    it('in English with --locale en, or BANTIN_LOCALE=en', () => {
      const expected = [
        `a.bulletin:9:1: warning ${SEQ} ${GAP_45.en}`,
        `a.bulletin:11:1: warning ${SEQ} ${REPEAT_A.en}`,
        `a.bulletin:14:1: warning ${FMT} ${DOUBLE_DOT.en}`,
        '0 error(s), 3 warning(s), 0 note(s) in 1 file(s).',
        '',
      ];
      assert.deepEqual(run('check', '--format', 'text', '--locale', 'en', 'a.bulletin').stdout.split('\n'), expected);
      assert.deepEqual(runCli(['check', 'a.bulletin'], { cwd: dir, env: { BANTIN_LOCALE: 'en-GB' } }).stdout.split('\n'), expected);
      assert.deepEqual(run('check', '--locale=en', '--format=text', 'a.bulletin').stdout.split('\n'), expected);
    });

    it('the summary for clean files', () => {
      const r = run('check', 'clean.bulletin', 'empty.bulletin');
      assert.equal(r.status, 0);
      assert.equal(r.stdout, '0 lỗi, 0 cảnh báo, 0 gợi ý trong 2 tệp.\n');
    });
  });

  describe('usage errors exit 2 with a message', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['no arguments', [], /usage: bantin check/],
      ['an unknown command', ['lint', 'a.bulletin'], /unknown command: lint/],
      ['an unknown option', ['check', '--fast', 'a.bulletin'], /unknown option: --fast/],
      ['a bad --format', ['check', '--format', 'xml', 'a.bulletin'], /must be text, json or sarif/],
      ['--format without a value', ['check', 'a.bulletin', '--format'], /must be text, json or sarif/],
      ['a bad --severity level', ['check', '--severity', `${FMT}=fatal`, 'a.bulletin'], /expects code=level/],
      ['an unknown --severity code', ['check', '--severity', 'structure.nope=error', 'a.bulletin'], /expects code=level/],
      ['check without files', ['check', '--format', 'json'], /no files given/],
    ];
    for (const [name, args, message] of cases) {
      it(name, () => {
        const r = run(...args);
        assert.equal(r.status, 2);
        assert.match(r.stdout + r.stderr, message);
        assert.doesNotMatch(r.stdout, /"diagnostics"/, 'nothing is checked');
      });
    }

    it('--help prints the usage and exits 0; --version prints a version', () => {
      const help = run('--help');
      assert.equal(help.status, 0);
      assert.match(help.stdout, /usage: bantin check/);
      const version = run('--version');
      assert.equal(version.status, 0);
      assert.match(version.stdout, /^\S+\n$/);
    });
  });

  describe('encodings', () => {
    it('reads UTF-16LE and UTF-16BE files with a BOM', () => {
      write('utf16le.bulletin', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BULLETIN, 'utf16le')]));
      const be = Buffer.from(BULLETIN, 'utf16le');
      be.swap16();
      write('utf16be.bulletin', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
      const r = run('check', '--format', 'json', 'utf16le.bulletin', 'utf16be.bulletin');
      assert.equal(r.stderr, '');
      const report = parseJson<JsonReport>(r);
      assert.deepEqual(report[0].diagnostics.map(compact), EXPECTED_BULLETIN);
      assert.deepEqual(report[1].diagnostics.map(compact), EXPECTED_BULLETIN);
      assert.deepEqual(report[0].diagnostics.map((d) => d.message), [GAP_45.vi, REPEAT_A.vi, DOUBLE_DOT.vi]);
    });

    it('a UTF-8 BOM does not shift positions', () => {
      write('bom.bulletin', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BAD_TITLE, 'utf8')]));
      const r = run('check', '--format', 'json', 'bom.bulletin');
      assert.deepEqual(parseJson<JsonReport>(r)[0].diagnostics.map(compact), ['error structure.title-period@0:27-0:44']);
    });

    it('CRLF and NFD text: positions in UTF-16 units of the text as read', () => {
      const text = BAD_TITLE.replace(/\n/g, '\r\n').normalize('NFD');
      write('nfd-crlf.bulletin', text);
      const [report] = parseJson<JsonReport>(run('check', '--format', 'json', 'nfd-crlf.bulletin'));
      // The file is NFD: text.unicode-normalization says so once, on the first decomposed letter ("Ô" of "THÔNG").
      const nfd = report.diagnostics.filter((d) => d.code === 'text.unicode-normalization');
      assert.deepEqual(nfd.map((d) => textAt(text, d.range)), ['Ô'.normalize('NFD')]);
      const entry = { diagnostics: report.diagnostics.filter((d) => d.code !== 'text.unicode-normalization') };
      assert.equal(entry.diagnostics.length, 1);
      assert.equal(textAt(text, entry.diagnostics[0].range), 'THÁNG 13 NĂM 2024'.normalize('NFD'));
      assert.equal(fmtRange(entry.diagnostics[0].range), '0:31-0:50');
    });
  });

  describe('the report through a pipe', () => {
    // 5,000 findings: about 2 MB of JSON, thirty times what a pipe holds, so the report is written in many rounds
    // while the reader reads. The CLI exits as soon as the last round is written (cli.ts).
    const MANY = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024\n\n' + 'Bài viết trueyenf tải nội dung.\n'.repeat(5000);

    it('a report thirty times larger than the pipe arrives whole', () => {
      write('many.bulletin', MANY);
      const r = run('check', '--format', 'json', 'many.bulletin');
      assert.equal(r.stderr, '');
      assert.ok(r.stdout.length > 64 * 1024 * 20, `${r.stdout.length} characters`);
      const [report] = parseJson<JsonReport>(r);
      assert.equal(report.diagnostics.length, 5000);
      assert.deepEqual(report.diagnostics.at(-1)?.range.start, { line: 5001, character: 9 });
    });

    it('a reader that closes the pipe early (`| head`) ends the report quietly: no stack trace, the usual exit code', async () => {
      write('many.bulletin', MANY);
      const child = spawn(process.execPath, [CLI, 'check', 'many.bulletin'], { cwd: dir, env: { ...process.env, BANTIN_LOCALE: 'vi' } });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      let first = '';
      child.stdout.setEncoding('utf8').once('data', (s: string) => {
        first = s;
        child.stdout.destroy();
      });
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.match(first, /^many\.bulletin:3:10: cảnh báo text\.typing-residue/);
      assert.equal(stderr, '');
      assert.equal(status, 0);
    });
  });

  describe('a long run (two files of 5.5 M characters in one process)', () => {
    it('two equal files of 5.5 M characters each: both checked, with the same findings', () => {
      // The second file is checked by the same process after 5.5 M characters: nothing the first left behind may
      // change a finding.
      const sample = fs.readFileSync(path.join(REPO_ROOT, 'samples', 'ban-tin-mau.bulletin'), 'utf8');
      const big = sample.repeat(Math.ceil(5.5e6 / sample.length));
      write('long-1.bulletin', big);
      write('long-2.bulletin', big);
      const r = runCli(['check', '--format', 'json', 'long-1.bulletin', 'long-2.bulletin'], { cwd: dir });
      assert.equal(r.stderr, '');
      const [first, second] = parseJson<JsonReport>(r);
      assert.ok(first.diagnostics.length > 0);
      assert.deepEqual(second.diagnostics, first.diagnostics);
    });
  });
});
