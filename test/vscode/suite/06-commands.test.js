// Every command in package.json contributes.commands is registered and runs without throwing.
// The list is read from the extension's packageJSON at run time, so new commands are covered.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

// A command that opens a quick pick / input box waits for the user; after this long we dismiss
// such prompts and expect the command to finish then. This is a bound, not a sleep.
const PROMPT_MS = 5000;

async function runCommand(id) {
  let settled = false;
  const run = Promise.resolve(vscode.commands.executeCommand(id)).finally(() => {
    settled = true;
  });
  let timer;
  const prompt = new Promise((resolve) => {
    timer = setTimeout(resolve, PROMPT_MS);
  });
  await Promise.race([run.catch(() => {}), prompt]);
  clearTimeout(timer);
  if (!settled) {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen'); // quick pick, input box
    let timer2;
    const bound = new Promise((_, reject) => {
      timer2 = setTimeout(() => reject(new Error(`command ${id} did not finish (also after closing prompts)`)), h.DEFAULT_TIMEOUT_MS);
    });
    try {
      return await Promise.race([run, bound]);
    } finally {
      clearTimeout(timer2);
    }
  }
  return run;
}

describe('commands', function () {
  const contributed = () => {
    const ext = vscode.extensions.getExtension(h.EXTENSION_ID);
    return ((ext && ext.packageJSON.contributes && ext.packageJSON.contributes.commands) || []).map((c) => c.command);
  };

  before(async function () {
    await h.openFixture('numbering.bulletin'); // commands that act on the active bulletin get one
    await h.ensureServer();
  });

  it('contributes at least one command', function () {
    assert.ok(contributed().length > 0, 'package.json contributes.commands is empty');
  });

  it('every contributed command is registered', async function () {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed().filter((c) => !registered.has(c));
    assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('every contributed command runs without throwing', async function () {
    const failures = [];
    for (const id of contributed()) {
      // Keep a bulletin active: a previous command may have opened a preview or another editor.
      await h.openFixture('numbering.bulletin');
      try {
        await runCommand(id);
        console.log(`      ran ${id}`);
      } catch (err) {
        failures.push(`${id}: ${err && err.stack ? err.stack : err}`);
      }
    }
    assert.deepStrictEqual(failures, [], `commands threw:\n${failures.join('\n')}`);
  });

  it('the server still answers afterwards (e.g. after a restart command)', async function () {
    const { client } = await h.ensureServer();
    if (client) assert.strictEqual(client.isRunning(), true, 'the language client is not running after the commands');
    // A fix-all command may have fixed the fixture: start again from the file on disk.
    const uri = h.fixtureUri('numbering.bulletin');
    await h.revertAndClose(uri);
    await h.openFixture('numbering.bulletin');
    await h.diagnosticsWhere(uri, (list) => list.length > 0, 'diagnostics after running the commands');
  });

  after(async function () {
    await h.revertAndClose(h.fixtureUri('numbering.bulletin'));
    await h.closeAllEditors();
  });
});
