// Semantic tokens from the language server: a citation the catalog knows (verified) and one it does not, and a
// heading number a numbering check reports, get different tokens; `bantin.semanticHighlighting.enabled` turns them off.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

/** VS Code's SemanticTokens (relative, 5 integers a token) as { line, text, type, modifiers } through the legend. */
function decode(tokens, legend, doc) {
  const out = [];
  const data = tokens ? Array.from(tokens.data) : [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const text = doc.lineAt(line).text.slice(character, character + data[i + 2]);
    const modifiers = legend.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
    out.push({ line, text, type: legend.tokenTypes[data[i + 3]], modifiers });
  }
  return out;
}

/** Resolves once the language client has sent the next workspace/didChangeConfiguration to the server. */
function configurationSent(client) {
  return new Promise((resolve) => {
    const options = client.clientOptions;
    options.middleware = options.middleware || {};
    const workspace = (options.middleware.workspace = options.middleware.workspace || {});
    const previous = workspace.didChangeConfiguration;
    workspace.didChangeConfiguration = async (sections, next) => {
      workspace.didChangeConfiguration = previous;
      await (previous ? previous(sections, next) : next(sections));
      resolve();
    };
  });
}

describe('semantic tokens', function () {
  let uri;
  let doc;
  let client;
  let legend;

  const setEnabled = (value) => vscode.workspace.getConfiguration('bantin').update('semanticHighlighting.enabled', value, vscode.ConfigurationTarget.Workspace);
  const tokens = async () => decode(await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', uri), legend, doc);
  const one = (list, text) => {
    const found = list.filter((t) => t.text === text);
    assert.strictEqual(found.length, 1, `expected one token "${text}", got ${JSON.stringify(list)}`);
    return found[0];
  };

  before(async function () {
    await h.closeAllEditors();
    ({ uri, doc } = await h.openFixture('semantic.bulletin'));
    ({ client } = await h.ensureServer());
    legend = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokensLegend', uri);
    assert.ok(legend, 'no semantic tokens legend for a bulletin: the server does not provide semantic tokens');
  });

  it('the legend names the token types and modifiers package.json declares', function () {
    assert.deepStrictEqual(legend.tokenTypes, ['citation', 'headingNumber']);
    assert.deepStrictEqual(legend.tokenModifiers, ['defaultLibrary', 'invalid']);
    const pj = vscode.extensions.getExtension(h.EXTENSION_ID).packageJSON.contributes;
    assert.deepStrictEqual(pj.semanticTokenTypes.map((t) => t.id).sort(), ['citation', 'headingNumber']);
    assert.ok(pj.semanticTokenModifiers.some((m) => m.id === 'invalid'));
  });

  it('a known citation, an unknown citation and a mis-numbered heading get different tokens', async function () {
    const list = await tokens();
    const known = one(list, '57-NQ/TW');
    const unknown = one(list, '777-KH/TU');
    const wrong = one(list, '45.');
    const right = one(list, 'A.');
    assert.deepStrictEqual([known.type, known.modifiers], ['citation', ['defaultLibrary']]);
    assert.deepStrictEqual([unknown.type, unknown.modifiers], ['citation', []]);
    assert.deepStrictEqual([wrong.line, wrong.type, wrong.modifiers], [7, 'headingNumber', ['invalid']]);
    assert.deepStrictEqual([right.type, right.modifiers], ['headingNumber', []]);
  });

  it('the tokens follow an edit: a heading renumbered right loses "invalid"', async function () {
    await h.replace(uri, new vscode.Range(7, 0, 7, 3), '3.');
    const fixed = one(await tokens(), '3.');
    assert.deepStrictEqual([fixed.line, fixed.modifiers], [7, []]);
    await h.replace(uri, new vscode.Range(7, 0, 7, 2), '45.');
  });

  it('"bantin.semanticHighlighting.enabled": false gives no tokens; true brings them back', async function () {
    let sent = configurationSent(client);
    await setEnabled(false);
    await sent;
    assert.deepStrictEqual(await tokens(), []);
    sent = configurationSent(client);
    await setEnabled(undefined);
    await sent;
    assert.ok((await tokens()).some((t) => t.text === '57-NQ/TW'), 'tokens did not come back');
  });

  after(async function () {
    await setEnabled(undefined);
    if (uri) await h.revertAndClose(uri);
  });
});
