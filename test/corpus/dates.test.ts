import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../server/src/language';
import { check } from '../fixtures/load';

/**
 * Acceptance of the `date.*` checks on the real bulletins in ../shared/corpus: each date defect of the corpus README
 * is reported on its line, and nothing else above hint severity (mixed date styles in one sentence are hints).
 */
const CORPUS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const present = fs.existsSync(CORPUS);

function dateFindings(name: string) {
  const text = fs.readFileSync(path.join(CORPUS, name), 'utf8');
  const findings = check(name, text).filter((f) => f.code.startsWith('date.'));
  return { text, findings, keys: findings.filter((f) => f.severity !== 'hint').map((f) => `${f.range.start.line + 1}:${f.code}`) };
}

(present ? describe : describe.skip)('corpus acceptance: dates (../shared/corpus)', () => {
  it('ban-tin-2024-01-yen-bai:113 "110 năm … (01/01/1914- 01/01/2014)": the span is 100 years; the fix ends it in 2024', () => {
    const { text, findings, keys } = dateFindings('ban-tin-2024-01-yen-bai.txt');
    assert.deepEqual(keys, ['113:date.anniversary']);
    const f = findings.find((x) => x.code === 'date.anniversary')!;
    assert.match(f.message, /110 năm.*100 năm/);
    assert.equal(text.slice(f.span.start, f.span.end), '110 năm');
    assert.ok(f.fix?.preferred);
    assert.match(applyEdits(text, f.fix!.edits), /\(01\/01\/1914- 01\/01\/2024\)/);
  });

  it('chuong-trinh-khoa-giao: "20230 - 2035" (28) and "133 năm Ngày sinh" in a 2024 programme (206); 134 on line 170 is right', () => {
    const { text, findings, keys } = dateFindings('chuong-trinh-khoa-giao-2024-tphcm.md');
    assert.deepEqual(keys, ['28:date.invalid', '206:date.anniversary']);
    const invalid = findings.find((x) => x.code === 'date.invalid')!;
    assert.equal(text.slice(invalid.span.start, invalid.span.end), '20230');
    assert.equal(invalid.fix, undefined, 'the intended year is not known: no fix');
    const count = findings.find((x) => x.code === 'date.anniversary')!;
    assert.match(count.message, /133 năm.*134/);
    assert.equal(count.fix?.edits[0].newText, '134');
  });

  it('ban-tin-2024-03-yen-bai and ban-tin-2020-12: no date defect (ranges, anniversaries and terms are right)', () => {
    assert.deepEqual(dateFindings('ban-tin-2024-03-yen-bai.txt').keys, []);
    assert.deepEqual(dateFindings('ban-tin-2020-12-khoi-co-quan.txt').keys, []);
  });

  it('fractions and counts are never dates: "thứ 7/14", "02/14", "3/5 nền kinh tế", "14/20 chỉ tiêu", "67/67", "298.925/253.596"', () => {
    for (const name of fs.readdirSync(CORPUS).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')) {
      const { text, findings } = dateFindings(name);
      for (const f of findings) {
        const found = text.slice(f.span.start, f.span.end);
        assert.ok(!/^(7\/14|02\/14|3\/5|14\/20|67\/67|298\.925\/253\.596)$/.test(found), `${name}: ${f.code} on “${found}”`);
      }
    }
  });

  it('style hints stay hints', () => {
    for (const name of ['chuong-trinh-khoa-giao-2024-tphcm.md', 'ban-tin-2024-03-yen-bai.txt']) {
      for (const f of dateFindings(name).findings.filter((x) => x.code === 'date.mixed-format' || x.code === 'date.padding')) assert.equal(f.severity, 'hint');
    }
  });
});
