import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allChecks } from '../../server/src/language';
import { withHeader } from '../helpers/docsHeader';

const DOCS = path.resolve(__dirname, '..', '..', '..', 'docs', 'checks');

describe('docs pages: header lines generated from the check metadata', () => {
  for (const check of allChecks) {
    it(`docs/checks/${check.code}.md is up to date (else run npm run docs:headers)`, () => {
      const page = fs.readFileSync(path.join(DOCS, `${check.code}.md`), 'utf8');
      assert.equal(page, withHeader(page, check));
    });
  }
});
