// Shared plumbing for the real-VS-Code tests on machines without a desktop VS Code:
// starts code-server (VS Code server + web UI, Node extension host) from the project cache
// (.cache/code-server, see scripts/install-vscode-test-deps.sh) and drives it with Debian
// chromium through playwright-core. Used by code-server-launcher.js (integration tests) and
// test/ui/run.js (UI tests). Only processes started here are ever killed, by their own PID.
'use strict';

const cp = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const CODE_SERVER_ENTRY = path.join(ROOT, '.cache', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--headless',
];

function log(...args) {
  console.log('[harness]', ...args);
}

function checkPrerequisites() {
  const missing = [];
  if (!fs.existsSync(CODE_SERVER_ENTRY)) missing.push(`code-server (${CODE_SERVER_ENTRY})`);
  if (!fs.existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  if (missing.length) {
    throw new Error(`missing: ${missing.join(', ')}.\nRun \`npm run vscode-deps\` (bash scripts/install-vscode-test-deps.sh) first, ` +
      'or set VSCODE_EXECUTABLE to a desktop VS Code.');
  }
}

function makeTempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Copies the fixture workspace to a temp folder, so settings and edits never touch the repository. */
function copyWorkspace(src, tmpRoot) {
  const dest = path.join(tmpRoot, 'workspace');
  fs.cpSync(src, dest, { recursive: true });
  return dest;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => req.destroy());
  });
}

/**
 * Starts code-server on a free loopback port, in its own process group.
 * Returns { port, url, proc, logFile, stop() }.
 */
async function startCodeServer({ tmpRoot, env = {}, startTimeoutMs = 60000 }) {
  checkPrerequisites();
  const port = await freePort();
  const userDataDir = path.join(tmpRoot, 'user-data');
  const extensionsDir = path.join(tmpRoot, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  // Quiet, offline workbench: no telemetry, no welcome page, no update or gallery checks.
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'git.enabled': false,
    'security.workspace.trust.enabled': false,
  }, null, 2));
  fs.mkdirSync(extensionsDir, { recursive: true });
  const logFile = path.join(tmpRoot, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--config', path.join(tmpRoot, 'code-server.yaml'), // not ~/.config/code-server
    '--disable-workspace-trust',
    '--disable-telemetry',
    '--disable-update-check',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  log(`starting code-server on 127.0.0.1:${port} (log: ${logFile})`);
  const proc = cp.spawn(process.execPath, args, {
    cwd: tmpRoot,
    // XDG dirs: code-server's logs and heartbeat, VS Code's device id; keep them in the temp dir, not in $HOME.
    env: { ...process.env, ...env, EXTENSIONS_GALLERY: '{}', ...xdgDirs(tmpRoot) },
    stdio: ['ignore', out, out],
    detached: true, // own process group: stop() kills exactly this tree
  });
  fs.closeSync(out);
  let exited = null;
  const exitPromise = new Promise((resolve) => proc.on('exit', (code, signal) => {
    exited = { code, signal };
    resolve(exited);
  }));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  // Poll /healthz: code-server has no other readiness signal we can wait on.
  while (!(await httpOk(`${url}/healthz`))) {
    if (exited) {
      throw new Error(`code-server exited during startup (${JSON.stringify(exited)}); log:\n${readTail(logFile)}`);
    }
    if (Date.now() > deadline) {
      await stopProcessGroup(proc, exitPromise);
      throw new Error(`code-server did not answer ${url}/healthz within ${startTimeoutMs} ms; log:\n${readTail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`code-server is up: ${url}`);
  return {
    port,
    url,
    proc,
    logFile,
    userDataDir,
    extensionsDir,
    stop: () => stopProcessGroup(proc, exitPromise),
  };
}

async function stopProcessGroup(proc, exitPromise) {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const kill = (sig) => {
    try {
      process.kill(-proc.pid, sig); // the group we created (detached), never anything else
    } catch {
      /* already gone */
    }
  };
  kill('SIGTERM');
  const timer = new Promise((r) => setTimeout(r, 5000, 'timeout'));
  if ((await Promise.race([exitPromise, timer])) === 'timeout') kill('SIGKILL');
  // Children (extension host, file watcher) share the group; make sure none outlive us.
  kill('SIGKILL');
}

function readTail(file, maxChars = 8000) {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.length > maxChars ? '…' + text.slice(-maxChars) : text;
  } catch {
    return '(no log)';
  }
}

function xdgDirs(tmpRoot) {
  return {
    XDG_DATA_HOME: path.join(tmpRoot, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(tmpRoot, 'xdg-config'),
    XDG_CACHE_HOME: path.join(tmpRoot, 'xdg-cache'),
  };
}

/** Headless Debian chromium; its crash reports and caches go to tmpRoot, not $HOME. */
async function launchBrowser(tmpRoot) {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, ...xdgDirs(tmpRoot) },
  });
}

/** The workbench URL; dev/test paths must be vscode-remote:// URIs so they run in the server's Node extension host. */
function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${path.resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  payload.push(['skipReleaseNotes', 'true']);
  let url = `${server.url}/?folder=${encodeURIComponent(path.resolve(folder))}`;
  url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** Collects the extension-host logs from the workbench's log files (for failure reports). */
function listLogFiles(dir) {
  const out = [];
  const walk = (d) => {
    let entries = [];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.log')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Distinct error lines from the extension's own log files (its output channels), for a failure summary. */
function extensionErrors(userDataDir, max = 8) {
  const seen = new Set();
  for (const f of listLogFiles(userDataDir).filter((f) => /[\\/]bantin\.bantin[\\/]/.test(f))) {
    let text = '';
    try {
      text = fs.readFileSync(f, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n')) {
      const m = /\[error\]\s+(.*(?:Error|failed|crashed|Cannot).*)$/.exec(line);
      if (m) seen.add(m[1].trim());
    }
  }
  return [...seen].slice(0, max);
}

function removeDir(dir) {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch (e) {
    log(`could not remove ${dir}: ${e.message}`);
  }
}

module.exports = {
  ROOT,
  CODE_SERVER_ENTRY,
  checkPrerequisites,
  makeTempDir,
  copyWorkspace,
  startCodeServer,
  launchBrowser,
  workbenchUrl,
  readTail,
  listLogFiles,
  extensionErrors,
  removeDir,
  log,
};
