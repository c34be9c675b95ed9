import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allChecks } from '../../server/src/language';

const DOCS = path.resolve(__dirname, '..', '..', '..', 'docs', 'checks');
const README = path.resolve(__dirname, '..', '..', '..', 'README.md');

describe('every check is documented', () => {
  const codes = new Set<string>();
  for (const check of allChecks) {
    it(`${check.code}: stable code, unique, a docs page, a line in the README, both languages`, () => {
      assert.match(check.code, /^(structure|reference|date|text)\.[a-z][a-z-]*[a-z]$/);
      assert.equal(check.code.split('.')[0], check.category);
      assert.ok(!codes.has(check.code), 'duplicate code');
      codes.add(check.code);
      assert.ok(fs.existsSync(path.join(DOCS, `${check.code}.md`)), `docs/checks/${check.code}.md is missing`);
      assert.ok(fs.readFileSync(README, 'utf8').includes(`\`${check.code}\``), 'README does not list the check');
      assert.ok(check.description.vi.length > 10 && check.description.en.length > 10);
    });
  }
});
