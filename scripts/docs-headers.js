#!/usr/bin/env node
// `npm run docs:headers`: writes the generated header lines (code, category, default severity, quick fix) of every
// docs/checks/<code>.md from the checks' metadata. The logic is test/helpers/docsHeader.ts, compiled by compile-tests.
const fs = require('node:fs');
const path = require('node:path');
const ROOT = path.resolve(__dirname, '..');
const { allChecks } = require(path.join(ROOT, 'out/server/src/language'));
const { withHeader } = require(path.join(ROOT, 'out/test/helpers/docsHeader'));

let changed = 0;
for (const check of allChecks) {
  const file = path.join(ROOT, 'docs', 'checks', `${check.code}.md`);
  if (!fs.existsSync(file)) {
    console.error(`missing: docs/checks/${check.code}.md`);
    process.exitCode = 1;
    continue;
  }
  const page = fs.readFileSync(file, 'utf8');
  const updated = withHeader(page, check);
  if (updated !== page) {
    fs.writeFileSync(file, updated);
    changed++;
    console.log(`updated: docs/checks/${check.code}.md`);
  }
}
console.log(`${changed} page(s) updated`);
