import * as assert from 'node:assert/strict';
import { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../helpers/lspClient';

const URI = 'file:///ws/semantic.bulletin';
const TEXT = [
  'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024',
  '',
  'A. THÔNG TIN THỜI SỰ',
  '1. Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về khoa học, công nghệ.',
  '2. Kế hoạch số 777-KH/TU, ngày 02/3/2024 của Ban Thường vụ Tỉnh ủy.',
  '2.. Mục viết sai',
  'Nội dung.',
].join('\n');

interface Decoded {
  line: number;
  text: string;
  type: string;
  modifiers: string[];
}

/** The LSP relative encoding (5 integers a token) back to lines, text, type names and modifier names. */
function decode(result: SemanticTokens | null, legend: SemanticTokensLegend, text: string): Decoded[] {
  const lines = text.split('\n');
  const out: Decoded[] = [];
  let line = 0;
  let character = 0;
  const data = result?.data ?? [];
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const modifiers = legend.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
    out.push({ line, text: lines[line].slice(character, character + data[i + 2]), type: legend.tokenTypes[data[i + 3]], modifiers });
  }
  return out;
}

describe('language server: semantic tokens', function () {
  this.timeout(15000);
  let client: LspClient;
  let enabled = true;
  beforeEach(async () => {
    enabled = true;
    client = await LspClient.start({
      pull: true,
      semanticTokensRefresh: true,
      settings: (item) => (item.section === 'bantin' ? { semanticHighlighting: { enabled } } : null),
    });
    await client.open(URI, TEXT);
  });
  afterEach(() => client.dispose());

  const legend = () => client.initializeResult.capabilities.semanticTokensProvider!.legend;
  const full = async () =>
    decode(await client.within(client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } }), 'semanticTokens/full'), legend(), TEXT);

  it('advertises full and range with the legend of the engine', () => {
    const provider = client.initializeResult.capabilities.semanticTokensProvider!;
    assert.deepEqual(provider.legend, { tokenTypes: ['citation', 'headingNumber'], tokenModifiers: ['defaultLibrary', 'invalid'] });
    assert.equal(provider.full, true);
    assert.equal(provider.range, true);
  });

  it('tells a known citation from an unknown one, and a wrong heading number from a right one', async () => {
    const tokens = await full();
    assert.deepEqual(tokens, [
      { line: 2, text: 'A.', type: 'headingNumber', modifiers: [] },
      { line: 3, text: '1.', type: 'headingNumber', modifiers: [] },
      { line: 3, text: '57-NQ/TW', type: 'citation', modifiers: ['defaultLibrary'] },
      { line: 4, text: '2.', type: 'headingNumber', modifiers: [] },
      { line: 4, text: '777-KH/TU', type: 'citation', modifiers: [] },
      { line: 5, text: '2..', type: 'headingNumber', modifiers: ['invalid'] },
    ]);
  });

  it('answers a range with the tokens of its lines', async () => {
    const result = await client.within(
      client.connection.sendRequest('textDocument/semanticTokens/range', { textDocument: { uri: URI }, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 80 } } }),
      'semanticTokens/range',
    );
    assert.deepEqual(decode(result as SemanticTokens, legend(), TEXT).map((t) => t.text), ['2.', '777-KH/TU']);
  });

  it('answers no tokens when bantin.semanticHighlighting.enabled is false, and asks the client to refresh on a change', async () => {
    assert.ok((await full()).length > 0);
    enabled = false;
    const before = client.semanticTokensRefreshRequests;
    await client.changeConfiguration({ bantin: { semanticHighlighting: { enabled: false } } });
    await client.waitUntil(() => (client.semanticTokensRefreshRequests > before ? true : undefined), 'workspace/semanticTokens/refresh');
    assert.deepEqual(await full(), []);
    enabled = true;
    await client.changeConfiguration({ bantin: { semanticHighlighting: { enabled: true } } });
    assert.equal((await full()).length, 6);
  });
});
