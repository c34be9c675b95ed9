// `npm run test:vscode`: runs test/vscode/suite/*.test.js inside a real VS Code extension host
// through @vscode/test-electron's runTests().
//  - VSCODE_EXECUTABLE=/path/to/code: that desktop VS Code is used as is.
//  - otherwise: code-server-launcher.js stands in for the executable (code-server + headless
//    chromium; install them with `npm run vscode-deps`).
// Needs dist/ (npm run build). The fixture workspace is copied to a temp folder, so settings the
// suites write (.vscode/settings.json) and edits never touch the repository.
'use strict';

const fs = require('fs');
const path = require('path');
const { runTests } = require('@vscode/test-electron');
const harness = require('./harness');

const ROOT = harness.ROOT;

async function main() {
  const started = Date.now();
  // BANTIN_EXTENSION_PATH: run the suites against another copy of the extension (npm run test:vsix uses the installed .vsix).
  const extensionDevelopmentPath = process.env.BANTIN_EXTENSION_PATH || ROOT;
  const extensionTestsPath = path.join(__dirname, 'suite', 'index.js');
  const pj = require(path.join(extensionDevelopmentPath, 'package.json'));
  const main = path.join(extensionDevelopmentPath, pj.main || 'dist/client/extension.js');
  if (!fs.existsSync(main)) {
    console.error(`[test:vscode] ${main} does not exist: run \`npm run build\` first.`);
    process.exit(1);
  }

  const desktop = process.env.VSCODE_EXECUTABLE;
  const launcher = path.join(__dirname, 'code-server-launcher.js');
  if (!desktop) harness.checkPrerequisites();
  try {
    fs.chmodSync(launcher, 0o755); // git may drop the mode bit on some checkouts
  } catch {
    /* read-only checkout: the mode is then whatever git gave it */
  }

  const tmpRoot = harness.makeTempDir('bantin-vscode-ws-');
  const workspace = harness.copyWorkspace(path.join(__dirname, 'workspace'), tmpRoot);
  const vscodeExecutablePath = desktop || launcher;
  console.log(`[test:vscode] executable: ${vscodeExecutablePath}`);
  console.log(`[test:vscode] workspace:  ${workspace}`);

  let ok = false;
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: { BANTIN_TEST_WORKSPACE: workspace },
    });
    ok = true;
  } catch (err) {
    console.error(`[test:vscode] FAILED: ${err && err.message ? err.message : err}`);
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (ok) {
    harness.removeDir(tmpRoot);
    console.log(`[test:vscode] passed in ${secs} s`);
  } else {
    console.error(`[test:vscode] failed after ${secs} s; workspace kept at ${workspace}`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
