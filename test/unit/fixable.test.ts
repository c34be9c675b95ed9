import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allChecks } from '../../server/src/language';
import { check, FIXTURES_DIR, loadFixtures } from '../fixtures/load';

/**
 * `fixable` is what the docs pages and the settings say of a check: it must be true. Every fixture is checked; a check
 * that offers a fix anywhere must declare itself fixable, and a check that declares it must offer one somewhere in the
 * fixtures (each fixable check has a fixture showing its fix).
 */
describe('check metadata: fixable', () => {
  const fixedCodes = new Set<string>();
  const folders = fs.readdirSync(FIXTURES_DIR).filter((d) => fs.statSync(path.join(FIXTURES_DIR, d)).isDirectory());
  for (const folder of folders) {
    for (const fixture of loadFixtures(path.join(FIXTURES_DIR, folder))) {
      for (const finding of check(fixture.name, fixture.text)) if (finding.fix) fixedCodes.add(finding.code);
    }
  }

  it('the fixtures exercise fixes at all', () => assert.ok(fixedCodes.size > 5, [...fixedCodes].join(', ')));

  for (const c of allChecks) {
    it(`${c.code} declares fixable: ${c.fixable}, and ${c.fixable ? 'offers a fix in the fixtures' : 'never offers one'}`, () => {
      assert.equal(fixedCodes.has(c.code), c.fixable);
    });
  }
});
