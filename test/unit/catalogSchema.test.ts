import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateCatalogData } from '../../server/src/language/catalog/validate';
import { centralTermAt } from '../../server/src/language/domain/terms';
import { romanToInt } from '../../server/src/language/text/roman';
import { REPO_ROOT } from '../helpers/paths';

/**
 * The built-in catalog (server/src/language/catalog/known-documents.json), entry by entry: the schema's own rules
 * (through the validator user catalogs go through), a date that exists, a symbol that carries its type and issuer
 * codes, a Party document's term that matches its date, a source, and no document twice.
 */
const FILE = path.join(REPO_ROOT, 'server', 'src', 'language', 'catalog', 'known-documents.json');
interface Entry { number: string; typeAbbr?: string; issuerCode: string; date?: string; term?: string; source: string; verification: string; category: string }
const data = JSON.parse(fs.readFileSync(FILE, 'utf8')) as { documents: Entry[] };

describe('built-in catalog: every entry well-formed', () => {
  it('passes the schema validator, with no problem at all', () => {
    assert.deepEqual(validateCatalogData(data).problems, []);
  });

  it('has no document twice (same symbol and date)', () => {
    const keys = data.documents.map((d) => `${d.number} ${d.date ?? ''}`);
    assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), []);
  });

  for (const d of data.documents) {
    it(`${d.number}${d.date ? ` (${d.date})` : ''}`, () => {
      assert.ok(d.source.trim().length > 10, 'a source');
      if (d.date) {
        const [year, month, day] = d.date.split('-').map(Number);
        const real = new Date(Date.UTC(year, month - 1, day));
        assert.ok(real.getUTCFullYear() === year && real.getUTCMonth() === month - 1 && real.getUTCDate() === day, `${d.date} is no real date`);
      }
      assert.ok(d.number.includes(d.issuerCode), `the symbol carries the issuer code ${d.issuerCode}`);
      if (d.typeAbbr) assert.ok(d.number.includes(d.typeAbbr), `the symbol carries the type code ${d.typeAbbr}`);
      if (d.category === 'party' && d.issuerCode === 'TW' && d.date && d.term && romanToInt(d.term) !== undefined) {
        const [year, month, day] = d.date.split('-').map(Number);
        const term = centralTermAt({ year, month, day });
        if (term !== 'ambiguous' && term !== undefined) assert.equal(d.term, term.roman, `dated ${d.date}: khóa ${term.roman}, not ${d.term}`);
      }
    });
  }
});
