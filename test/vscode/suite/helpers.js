// Helpers for the extension-host suites. Everything waits on VS Code events; nothing sleeps.
'use strict';

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const EXTENSION_ID = 'bantin.bantin';
const LANGUAGE_ID = 'bulletin';
const SOURCE = 'bantin';
const DEFAULT_TIMEOUT_MS = Number(process.env.BANTIN_VSCODE_WAIT_MS || 20000);

/**
 * Resolves with the first event value for which predicate(value) is true; rejects with
 * `message` (plus what was last seen) after timeoutMs. `check` (optional) is run once right
 * after subscribing, for the case where the condition already holds.
 */
function waitFor(event, predicate, timeoutMs = DEFAULT_TIMEOUT_MS, { message = 'condition', check, describe } = {}) {
  return new Promise((resolve, reject) => {
    let done = false;
    let last;
    const finish = (fn, value) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sub.dispose();
      fn(value);
    };
    const timer = setTimeout(() => {
      const seen = describe ? `\n  last state: ${describe()}` : last !== undefined ? `\n  last event: ${safeJson(last)}` : '\n  (no event fired)';
      finish(reject, new Error(`Timed out after ${timeoutMs} ms waiting for ${message}.${seen}`));
    }, timeoutMs);
    const sub = event((value) => {
      last = value;
      try {
        if (predicate(value)) finish(resolve, value);
      } catch (err) {
        finish(reject, err);
      }
    });
    if (check) {
      try {
        const value = check();
        if (value !== undefined && value !== false) finish(resolve, value);
      } catch (err) {
        finish(reject, err);
      }
    }
  });
}

function safeJson(v) {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

function workspaceRoot() {
  const folders = vscode.workspace.workspaceFolders;
  assert.ok(folders && folders.length > 0, 'no workspace folder is open (the runner passes test/vscode/workspace, copied to a temp dir)');
  return folders[0].uri;
}

function fixtureUri(name) {
  const uri = vscode.Uri.joinPath(workspaceRoot(), name);
  assert.ok(fs.existsSync(uri.fsPath), `fixture ${uri.fsPath} is missing`);
  return uri;
}

/** Opens a fixture in an editor; waits until VS Code reports it open and visible. */
async function openFixture(name) {
  const uri = fixtureUri(name);
  const isIt = (d) => d.uri.toString() === uri.toString();
  const existing = vscode.workspace.textDocuments.find(isIt);
  const opened = existing
    ? Promise.resolve(existing)
    : waitFor(vscode.workspace.onDidOpenTextDocument, isIt, DEFAULT_TIMEOUT_MS, { message: `${name} to open` });
  const doc = await vscode.workspace.openTextDocument(uri);
  await opened;
  const visible = waitFor(
    vscode.window.onDidChangeVisibleTextEditors,
    (eds) => eds.some((e) => isIt(e.document)),
    DEFAULT_TIMEOUT_MS,
    { message: `${name} to be visible in an editor`, check: () => vscode.window.visibleTextEditors.some((e) => isIt(e.document)) },
  );
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await visible;
  return { uri, doc, editor };
}

function ours(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function codeOf(d) {
  return d.code && typeof d.code === 'object' ? d.code.value : d.code;
}

function fmtRange(r) {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

function fmtDiag(d) {
  const sev = ['Error', 'Warning', 'Information', 'Hint'][d.severity];
  return `${codeOf(d)} @${fmtRange(d.range)} ${sev} "${d.message}" (source ${d.source})`;
}

function fmtDiags(list) {
  return list.length ? list.map((d) => '\n    ' + fmtDiag(d)).join('') : ' (none)';
}

/**
 * Waits until predicate(our diagnostics for uri) holds, then returns them. Subscribes before
 * checking the current state, so a change between the two cannot be missed.
 */
function diagnosticsWhere(uri, predicate, message, timeoutMs = DEFAULT_TIMEOUT_MS) {
  const key = uri.toString();
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    (e) => e.uris.some((u) => u.toString() === key) && predicate(ours(uri)),
    timeoutMs,
    {
      message: `${message} on ${path.basename(uri.fsPath)}`,
      check: () => (predicate(ours(uri)) ? true : undefined),
      describe: () => `${SOURCE} diagnostics:${fmtDiags(ours(uri))}\n  all diagnostics:${fmtDiags(vscode.languages.getDiagnostics(uri))}`,
    },
  ).then(() => ours(uri));
}

function findDiag(list, code, line) {
  return list.find((d) => codeOf(d) === code && d.range.start.line === line);
}

async function getExtension() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code (extensionDevelopmentPath wrong, or package.json publisher/name changed?)`);
  return ext;
}

/** Activates the extension and, if it exports { client }, waits until the client is running. */
async function ensureServer() {
  const ext = await getExtension();
  const api = await ext.activate();
  const client = api && api.client;
  if (client && typeof client.isRunning === 'function' && !client.isRunning()) {
    await waitFor(client.onDidChangeState, (e) => e.newState === 2, DEFAULT_TIMEOUT_MS, {
      message: 'the language client to be running',
      check: () => (client.isRunning() ? true : undefined),
    });
  }
  return { ext, api, client };
}

/** Replaces the text of range in uri through a WorkspaceEdit, asserting it applied. */
async function replace(uri, range, text) {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, range, text);
  assert.strictEqual(await vscode.workspace.applyEdit(edit), true, `workspace.applyEdit failed for ${fmtRange(range)} -> ${JSON.stringify(text)}`);
}

/** The current text of range in the open document uri. */
function editorText(uri, range) {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  assert.ok(doc, `${uri.fsPath} is not open`);
  return doc.getText(range);
}

function documentOf(uri) {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  assert.ok(doc, `${uri.fsPath} is not open`);
  return doc;
}

/** Reverts the document to its on-disk content (undoing test edits) and closes its editors. */
async function revertAndClose(uri) {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc) return;
  if (doc.isDirty) {
    const disk = fs.readFileSync(uri.fsPath, 'utf8');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), disk);
    await vscode.workspace.applyEdit(edit);
    await doc.save();
  }
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input && t.input.uri && t.input.uri.toString() === uri.toString());
  if (tabs.length) await vscode.window.tabGroups.close(tabs);
}

/** Closes every editor without save prompts: dirty ones (e.g. untitled files a command made) are reverted. */
async function closeAllEditors() {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

const VIETNAMESE = /[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;

module.exports = {
  EXTENSION_ID,
  LANGUAGE_ID,
  SOURCE,
  DEFAULT_TIMEOUT_MS,
  VIETNAMESE,
  waitFor,
  workspaceRoot,
  fixtureUri,
  openFixture,
  ours,
  codeOf,
  fmtRange,
  fmtDiag,
  fmtDiags,
  diagnosticsWhere,
  findDiag,
  getExtension,
  ensureServer,
  replace,
  editorText,
  documentOf,
  revertAndClose,
  closeAllEditors,
};
