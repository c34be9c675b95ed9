// The extension activates on a bulletin file and its language client reaches "running".
'use strict';

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const h = require('./helpers');

// vscode-languageclient's State enum.
const STATE_NAMES = { 1: 'Stopped', 2: 'Running', 3: 'Starting' };
const RUNNING = 2;

/** What we can learn about why a client is not running, for the failure message. */
function describeClient(client) {
  const lines = [`state=${STATE_NAMES[client.state] || client.state}`];
  const opts = client._serverOptions; // private field of LanguageClient; best effort only
  const run = opts && (opts.run || opts);
  if (run && run.module) {
    const exists = fs.existsSync(run.module);
    lines.push(`server module=${run.module} (${exists ? 'exists' : 'DOES NOT EXIST'})`);
  } else if (run && run.command) {
    lines.push(`server command=${run.command} ${(run.args || []).join(' ')}`);
  }
  if (client.initializeResult === undefined) lines.push('no initialize result (the server never answered "initialize")');
  return lines.join('; ');
}

async function waitForRunning(client, timeoutMs) {
  if (client.state === RUNNING) return;
  const transitions = [];
  await h.waitFor(
    (listener) => client.onDidChangeState((e) => {
      transitions.push(`${STATE_NAMES[e.oldState]}->${STATE_NAMES[e.newState]}`);
      listener(e);
    }),
    (e) => e.newState === RUNNING,
    timeoutMs,
    {
      message: 'the language client to be running',
      check: () => (client.state === RUNNING ? true : undefined),
      describe: () => `${describeClient(client)}; transitions: ${transitions.join(', ') || 'none'}`,
    },
  );
}

describe('activation', function () {
  let ext;
  let api;

  it('contributes the bulletin language for *.bulletin and *.bantin and activates on it', async function () {
    ext = await h.getExtension();
    const pj = ext.packageJSON;
    const lang = ((pj.contributes && pj.contributes.languages) || []).find((l) => l.id === h.LANGUAGE_ID);
    assert.ok(lang, `package.json contributes.languages has no "${h.LANGUAGE_ID}"`);
    assert.deepStrictEqual([...(lang.extensions || [])].sort(), ['.bantin', '.bulletin']);
    const events = pj.activationEvents || [];
    // VS Code (>= 1.74) implies onLanguage:<id> only for a language contributed with a `configuration`.
    assert.ok(events.includes(`onLanguage:${h.LANGUAGE_ID}`) || !!lang.configuration,
      `nothing activates the extension on a bulletin: activationEvents ${JSON.stringify(events)} lack onLanguage:${h.LANGUAGE_ID} ` +
      'and the language has no "configuration" (which would imply it)');
    assert.strictEqual(pj.main, './dist/client/extension.js');
  });

  it('opening a .bulletin file gives languageId "bulletin" and activates the extension', async function () {
    console.log(`      (extension active before opening a bulletin: ${ext.isActive})`);
    const wasActive = ext.isActive;
    const openedAt = Date.now();
    const { doc, uri } = await h.openFixture('numbering.bulletin');
    assert.strictEqual(doc.languageId, h.LANGUAGE_ID);
    // Diagnostics from us can only come from an activated extension: wait for them without calling activate().
    let firstDiagnostics;
    try {
      await h.diagnosticsWhere(uri, (list) => list.length > 0, 'the first diagnostics');
    } catch (err) {
      firstDiagnostics = err;
    }
    assert.strictEqual(ext.isActive, true, `opening a .bulletin file did not activate ${h.EXTENSION_ID}`);
    if (!firstDiagnostics) {
      const ms = Date.now() - openedAt;
      console.log(`      (open → activation → server → first diagnostics: ${ms} ms)`);
      // npm run bench reads this figure (the cost a user waits for on the first bulletin of a session).
      if (process.env.BANTIN_BENCH_OUT && !wasActive) fs.writeFileSync(process.env.BANTIN_BENCH_OUT, JSON.stringify({ openToFirstDiagnosticsMs: ms }));
    }
    try {
      api = await ext.activate(); // already active: returns the exports
    } catch (err) {
      const server = path.join(ext.extensionPath, 'dist', 'server', 'server.js');
      assert.fail(`activating ${h.EXTENSION_ID} failed: ${err && err.message ? err.message : err}\n` +
        `  dist/server/server.js ${fs.existsSync(server) ? 'exists' : 'DOES NOT EXIST'} (${server}).\n` +
        "  The client's output channel (\"Bản tin\" log, printed by the harness after the report) says why the server did not start.");
    }
    if (firstDiagnostics) {
      const client = api && api.client;
      assert.fail(`${firstDiagnostics.message}\n  language client: ${client ? describeClient(client) : 'activate() exported no client'}`);
    }
  });

  it('a .bantin file is a bulletin too', async function () {
    const { doc } = await h.openFixture('clean.bantin');
    assert.strictEqual(doc.languageId, h.LANGUAGE_ID);
  });

  it('the language client from activate() is running', async function () {
    assert.ok(api && typeof api === 'object', `activate() returned ${String(api)}, expected { client } (the LanguageClient)`);
    const { client } = api;
    assert.ok(client, `activate() returned an object without "client" (keys: ${Object.keys(api).join(', ') || 'none'})`);
    assert.strictEqual(typeof client.isRunning, 'function', 'exports.client is not a LanguageClient (no isRunning())');
    const opts = client._serverOptions;
    const run = opts && (opts.run || opts);
    if (run && run.module) {
      assert.ok(fs.existsSync(run.module), `language server module does not exist: ${run.module} (${describeClient(client)})`);
    }
    await waitForRunning(client, h.DEFAULT_TIMEOUT_MS);
    assert.strictEqual(client.isRunning(), true, `language client is not running: ${describeClient(client)}`);
    assert.ok(client.initializeResult && client.initializeResult.capabilities, 'the server sent no capabilities');
    console.log(`      (server: ${JSON.stringify(client.initializeResult.serverInfo || {})}, module ${run && run.module ? path.relative(ext.extensionPath, run.module) : '?'})`);
  });

  after(async function () {
    await h.revertAndClose(h.fixtureUri('clean.bantin'));
    await h.closeAllEditors();
  });
});
