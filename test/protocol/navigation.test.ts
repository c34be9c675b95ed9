import * as assert from 'node:assert/strict';
import { Location } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../helpers/lspClient';

const A = 'file:///ws/ban-tin-thang-01.bulletin';
const B = 'file:///ws/ban-tin-thang-03.bulletin';

const TEXT_A = [
  'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 01 NĂM 2024',
  '',
  'I. THÔNG TIN',
  '1. Thực hiện Chương trình hành động số 188-CTr/TU ngày 28/11/2023 của Tỉnh ủy về nhiệm vụ năm 2024.',
  'Nội dung.',
  '2. Tiếp tục quán triệt Chương trình hành động số 188-CTr/TU của Tỉnh ủy.',
  'Nội dung.',
].join('\n');

const TEXT_B = [
  'TÀI LIỆU SINH HOẠT CHI BỘ THÁNG 03 NĂM 2024',
  '',
  'I. THÔNG TIN',
  '1. Chương trình hành động số 188-CTr/TU, ngày 23/11/2023 của Tỉnh ủy về lãnh đạo thực hiện nhiệm vụ năm 2024.',
  'Nội dung.',
].join('\n');

function at(text: string, needle: string, occurrence = 0): { line: number; character: number } {
  const lines = text.split('\n');
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    let from = 0;
    for (;;) {
      const i = lines[line].indexOf(needle, from);
      if (i < 0) break;
      if (seen++ === occurrence) return { line, character: i + 1 };
      from = i + 1;
    }
  }
  throw new Error(`${needle} not found`);
}

describe('language server: navigation and cross-file citations', function () {
  this.timeout(15000);
  let client: LspClient;
  beforeEach(async () => {
    client = await LspClient.start({ pull: true });
    await client.open(A, TEXT_A);
    await client.open(B, TEXT_B);
  });
  afterEach(() => client.dispose());

  it('advertises definition and references', () => {
    assert.equal(client.initializeResult.capabilities.definitionProvider, true);
    assert.equal(client.initializeResult.capabilities.referencesProvider, true);
  });

  it('go to definition on a later mention jumps to the full, dated citation in the same file', async () => {
    const result = (await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: A }, position: at(TEXT_A, '188-CTr/TU', 1),
    })) as Location[];
    assert.deepEqual(result.map((l) => [l.uri, l.range.start.line, l.range.start.character]), [[A, 3, TEXT_A.split('\n')[3].indexOf('188-CTr/TU')]]);
  });

  it('find references lists every citation of the document, in this file and in the other open one', async () => {
    const result = (await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: A }, position: at(TEXT_A, '188-CTr/TU'), context: { includeDeclaration: true },
    })) as Location[];
    assert.deepEqual(result.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line}`), [
      'ban-tin-thang-01.bulletin:3', 'ban-tin-thang-01.bulletin:5', 'ban-tin-thang-03.bulletin:3',
    ]);
  });

  it('hover on a date shows its weekday and its distance from the bulletin month', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: A }, position: at(TEXT_A, '28/11/2023'),
    })) as { contents: { kind: string; value: string } } | null;
    assert.ok(hover, 'no hover on the date');
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /Thứ Ba/);
    assert.match(hover.contents.value, /trước kỳ bản tin/);
  });

  it('answers nothing away from a citation', async () => {
    const result = await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: A }, position: { line: 4, character: 2 } });
    assert.deepEqual(result, []);
  });
});

describe('language server: cross-file findings follow the other open documents', function () {
  this.timeout(15000);
  const inconsistentIn = (diagnostics: Array<{ code?: string | number }>) => diagnostics.filter((d) => d.code === 'reference.inconsistent').length;

  it('push: opening a file that dates the document differently re-publishes the first one with the finding, closing it takes it away', async () => {
    const client = await LspClient.start({ pull: false });
    try {
      await client.open(A, TEXT_A);
      const first = await client.waitForPublish(A);
      assert.equal(inconsistentIn(first.diagnostics), 0);
      const before = client.published.length;
      await client.open(B, TEXT_B);
      const again = await client.waitUntil(
        () => client.published.slice(before).find((p) => p.uri === A && inconsistentIn(p.diagnostics) > 0),
        'a re-publish of A with reference.inconsistent',
      );
      const message = again.diagnostics.find((d) => d.code === 'reference.inconsistent')!.message;
      assert.match(typeof message === 'string' ? message : message.value, /23\/11\/2023.*ban-tin-thang-03\.bulletin/);
      const beforeClose = client.published.length;
      await client.close(B);
      await client.waitUntil(
        () => client.published.slice(beforeClose).find((p) => p.uri === A && inconsistentIn(p.diagnostics) === 0),
        'a re-publish of A without reference.inconsistent',
      );
    } finally {
      await client.dispose();
    }
  });

  it('pull: the server asks the client to refresh, and the next pull of the first file has the finding', async () => {
    const client = await LspClient.start({ pull: true, refreshSupport: true });
    try {
      await client.open(A, TEXT_A);
      assert.equal(inconsistentIn(await client.pullItems(A)), 0);
      const refreshes = client.refreshRequests;
      await client.open(B, TEXT_B);
      await client.pullItems(B);
      await client.waitUntil(() => (client.refreshRequests > refreshes ? true : undefined), 'workspace/diagnostic/refresh');
      assert.equal(inconsistentIn(await client.pullItems(A)), 1);
    } finally {
      await client.dispose();
    }
  });
});
