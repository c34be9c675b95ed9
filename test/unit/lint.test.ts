import * as assert from 'node:assert/strict';
import { REPO_ROOT } from '../helpers/paths';

// The layering rules of eslint.config.mjs, tried on code that breaks them: the lint (run by `npm test`) must fail on
// each, so a deliberate import of lsp/ from the engine cannot land.
interface LintMessage { ruleId: string | null; message: string }
interface Linter { lintText(code: string, options: { filePath: string }): Promise<Array<{ messages: LintMessage[] }>> }
// eslint is an ES module-friendly CommonJS package; its types are not needed for this test.
const { ESLint } = require('eslint') as { ESLint: new (options: { cwd: string }) => Linter };

async function lint(code: string, file: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: REPO_ROOT }).lintText(code, { filePath: `${REPO_ROOT}/${file}` });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint: the engine layering (eslint.config.mjs)', function () {
  this.timeout(60000);

  const broken: Array<[string, string, string]> = [
    ['an import of lsp/', "import { startServer } from '../../lsp/startServer';\nexport const x = startServer;", 'server/src/language/checks/x.ts'],
    ['an import of cli/', "import { main } from '../cli/main';\nexport const x = main;", 'server/src/language/x.ts'],
    ['an import of word/', "import * as w from '../../word';\nexport const x = w;", 'server/src/language/parse/x.ts'],
    ['a Node built-in', "import * as fs from 'node:fs';\nexport const x = fs;", 'server/src/language/text/x.ts'],
    ['a bare Node built-in', "import * as path from 'path';\nexport const x = path;", 'server/src/language/x.ts'],
    ['the editor API', "import * as vscode from 'vscode';\nexport const x = vscode;", 'server/src/language/x.ts'],
    ['the protocol', "import { Diagnostic } from 'vscode-languageserver';\nexport type X = Diagnostic;", 'server/src/language/x.ts'],
    ['a host global', 'export const x = process.env.HOME;', 'server/src/language/x.ts'],
  ];
  for (const [what, code, file] of broken) {
    it(`fails on ${what} in the engine`, async () => {
      const messages = await lint(code, file);
      assert.ok(messages.some((m) => /^no-restricted-(imports|globals):/.test(m)), `${file}: ${messages.join('; ') || 'no finding'}`);
    });
  }

  const upward: Array<[string, string]> = [
    ["import { readDates } from '../parse/dates';\nexport const x = readDates;", 'server/src/language/domain/x.ts'],
    ["import { readDates } from '../../parse/dates';\nexport const x = readDates;", 'server/src/language/domain/sub/x.ts'],
    ["import { citationIndex } from '../../analysis/citationIndex';\nexport const x = citationIndex;", 'server/src/language/parse/dates/x.ts'],
    ["import { dateHover } from '../../features/dateHover';\nexport const x = dateHover;", 'server/src/language/checks/date/x.ts'],
    ["import { allChecks } from '../checks';\nexport const x = allChecks;", 'server/src/language/catalog/x.ts'],
    ["import { memoByText } from '../parse/model';\nexport const x = memoByText;", 'server/src/language/text/x.ts'],
  ];
  for (const [code, file] of upward) {
    it(`fails on an import up the engine's layers: ${code.split('\n')[0]} in ${file}`, async () => {
      const messages = await lint(code, file);
      assert.ok(messages.some((m) => /^no-restricted-imports:.*engine's layers/.test(m)), `${file}: ${messages.join('; ') || 'no finding'}`);
    });
  }

  it('lets a folder import the layers below it', async () => {
    const below: Array<[string, string]> = [
      ["import { daysBetween } from '../../domain/calendar';\nexport const x = daysBetween;", 'server/src/language/parse/dates/x.ts'],
      ["import { citationIndex } from '../../analysis/citationIndex';\nexport const x = citationIndex;", 'server/src/language/checks/reference/x.ts'],
      ["import { readCitations } from '../parse/citations';\nexport const x = readCitations;", 'server/src/language/analysis/x.ts'],
    ];
    for (const [code, file] of below) assert.deepEqual(await lint(code, file), [], file);
  });

  it('lets the engine import itself, and the layers above import the engine', async () => {
    assert.deepEqual(await lint("import { parseBulletin } from '../parse/parse';\nexport const x = parseBulletin;", 'server/src/language/checks/x.ts'), []);
    assert.deepEqual(await lint("import { parseBulletin } from '../language';\nimport * as fs from 'node:fs';\nexport const x = [parseBulletin, fs];", 'server/src/lsp/x.ts'), []);
  });
});
