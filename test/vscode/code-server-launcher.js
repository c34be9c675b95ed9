#!/usr/bin/env node
// Stands in for a desktop VS Code executable when @vscode/test-electron's runTests() is given
// `vscodeExecutablePath` = this file. It accepts the same arguments runTests passes to `code`
// (--extensionDevelopmentPath=…, --extensionTestsPath=…, a workspace folder; other flags are
// ignored), runs the tests in code-server's Node extension host through headless chromium, prints
// the extension-host output and exits with the code the workbench reports (codeAutomationExit).
'use strict';

const path = require('path');
const harness = require('./harness');

const TIMEOUT_MS = Number(process.env.BANTIN_VSCODE_TIMEOUT_MS || 5 * 60 * 1000);

function parseArgs(argv) {
  const opts = { extensionDevelopmentPath: undefined, extensionTestsPath: undefined, folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--(extensionDevelopmentPath|extensionTestsPath)(?:=(.*))?$/.exec(a);
    if (m) {
      opts[m[1]] = m[2] !== undefined ? m[2] : argv[++i];
    } else if (!a.startsWith('-') && !opts.folder) {
      opts.folder = a;
    }
  }
  if (!opts.extensionDevelopmentPath || !opts.extensionTestsPath) {
    throw new Error('usage: code-server-launcher.js --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER]');
  }
  // The extension host requires the tests module by path: make it a file, like desktop VS Code accepts a folder.
  let tests = path.resolve(opts.extensionTestsPath);
  if (!/\.c?js$/.test(tests)) tests = path.join(tests, 'index.js');
  opts.extensionTestsPath = tests;
  opts.extensionDevelopmentPath = path.resolve(opts.extensionDevelopmentPath);
  opts.folder = opts.folder ? path.resolve(opts.folder) : undefined;
  return opts;
}

// Workbench chatter that is not extension-host output (shown with BANTIN_VSCODE_VERBOSE=1).
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|\[Service Worker\]|Ignoring fetching additional builtin|Updating additional builtin|ChatSessionStore)/;

function printLog(level, args) {
  const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  if (!process.env.BANTIN_VSCODE_VERBOSE && NOISE.test(text)) return;
  const stream = level === 'error' ? process.stderr : process.stdout;
  stream.write(text.endsWith('\n') ? text : text + '\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const tmpRoot = harness.makeTempDir('bantin-vscode-');
  let server;
  let browser;
  let exitCode = 1;
  let reason = '';
  let stopping = false;

  const teardown = async () => {
    if (stopping) return;
    stopping = true;
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, async () => {
      harness.log(`${sig}: stopping`);
      await teardown();
      harness.log(`kept temp dir: ${tmpRoot}`);
      process.exit(130);
    });
  }

  try {
    server = await harness.startCodeServer({ tmpRoot });
    browser = await harness.launchBrowser(tmpRoot);
    const page = await browser.newPage();
    const result = new Promise((resolve) => {
      // Exposed before goto: the workbench looks these up when the test run starts.
      page.exposeFunction('codeAutomationLog', (level, args) => printLog(level, args));
      page.exposeFunction('codeAutomationExit', (code) => resolve({ code: Number(code) }));
    });
    page.on('pageerror', (err) => {
      if (process.env.BANTIN_VSCODE_VERBOSE) harness.log(`page error: ${err.message}`);
    });
    page.on('crash', () => harness.log('the browser page crashed'));
    const url = harness.workbenchUrl(server, opts);
    harness.log(`opening ${url}`);
    await page.goto(url);
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ timeout: true }), TIMEOUT_MS);
    });
    const outcome = await Promise.race([result, timeout]);
    clearTimeout(timer);
    if (outcome.timeout) {
      reason = `TIMEOUT: the test run never reported back within ${TIMEOUT_MS / 1000} s ` +
        '(extension host did not start, or the tests hang). See the logs below.';
      exitCode = 1;
    } else {
      exitCode = outcome.code;
      if (exitCode !== 0) reason = `the test run reported exit code ${exitCode}`;
    }
  } catch (err) {
    reason = `harness error: ${err && err.stack ? err.stack : err}`;
    exitCode = 1;
  } finally {
    await teardown();
  }

  harness.log(`finished in ${((Date.now() - started) / 1000).toFixed(1)} s, exit code ${exitCode}`);
  if (exitCode === 0) {
    harness.removeDir(tmpRoot);
  } else {
    harness.log(`FAILED: ${reason}`);
    if (server) {
      harness.log(`code-server log (${server.logFile}):\n${harness.readTail(server.logFile, 2000)}`);
      const interesting = (f) => /remoteexthost\.log$/.test(f) || /[\\/]bantin\./.test(f);
      for (const f of harness.listLogFiles(server.userDataDir).filter(interesting)) {
        harness.log(`--- ${f}\n${harness.readTail(f, 4000)}`);
      }
    }
    harness.log(`kept temp dir for inspection: ${tmpRoot}`);
    if (server) {
      const errors = harness.extensionErrors(server.userDataDir);
      if (errors.length) harness.log(`errors in the extension's output channel:\n  ${errors.join('\n  ')}`);
    }
  }
  process.exit(exitCode);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
