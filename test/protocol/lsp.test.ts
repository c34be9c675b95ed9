import * as assert from 'node:assert/strict';
import { CodeAction, Diagnostic, DocumentSymbol, TextEdit } from 'vscode-languageserver-protocol/node';
import { LspClient, StartOptions } from '../helpers/lspClient';
import { applyTextEdits, fmtRange, textAt } from '../helpers/text';
import { BULLETIN, CLEAN_BULLETIN, DOUBLE_DOT, GAP_45, REPEAT_A } from '../helpers/fixtures';

const URI = 'file:///ws/ban-tin-thang-12.bulletin';
const SEQ = 'structure.numbering-sequence';
const FMT = 'structure.number-format';

/** code@range: message, for compact exact comparisons. */
function summary(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${fmtRange(d.range)}: ${d.message}`);
}

const EXPECTED_VI = [`${SEQ}@${GAP_45.range}: ${GAP_45.vi}`, `${SEQ}@${REPEAT_A.range}: ${REPEAT_A.vi}`, `${FMT}@${DOUBLE_DOT.range}: ${DOUBLE_DOT.vi}`];
const EXPECTED_EN = [`${SEQ}@${GAP_45.range}: ${GAP_45.en}`, `${SEQ}@${REPEAT_A.range}: ${REPEAT_A.en}`, `${FMT}@${DOUBLE_DOT.range}: ${DOUBLE_DOT.en}`];

function editsOf(action: CodeAction, uri = URI): TextEdit[] {
  const changes = action.edit?.changes;
  assert.ok(changes, `action "${action.title}" has no edit.changes`);
  assert.deepEqual(Object.keys(changes), [uri]);
  return changes[uri];
}

describe('language server over stdio (LSP)', function () {
  this.timeout(15000);
  let clients: LspClient[] = [];
  const start = async (options?: StartOptions) => {
    const client = await LspClient.start(options);
    clients.push(client);
    return client;
  };
  afterEach(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    clients = [];
  });

  describe('lifecycle', () => {
    it('advertises its capabilities (with pull diagnostics) and exits with code 0 after shutdown + exit', async () => {
      const client = await start({ pull: true });
      const { capabilities, serverInfo } = client.initializeResult;
      assert.equal(serverInfo?.name, 'bantin-language-server');
      assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 /* Incremental */ });
      assert.deepEqual(capabilities.diagnosticProvider, { interFileDependencies: false, workspaceDiagnostics: false });
      assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.bantin'] });
      assert.ok(capabilities.documentSymbolProvider, 'documentSymbolProvider');
      assert.equal(capabilities.foldingRangeProvider, true);
      assert.equal(await client.stop(), 0);
    });

    it('does not advertise pull diagnostics to a client without textDocument.diagnostic', async () => {
      const client = await start({ pull: false });
      assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
      assert.equal(await client.stop(), 0);
    });
  });

  describe('pull diagnostics', () => {
    it('reports the findings, updates them after an incremental edit, and answers "unchanged" for the same resultId', async () => {
      const client = await start({ pull: true });
      await client.open(URI, BULLETIN);
      const first = await client.pull(URI);
      assert.equal(first.kind, 'full');
      if (first.kind !== 'full') return;
      assert.deepEqual(summary(first.items), EXPECTED_VI);
      for (const d of first.items) {
        assert.equal(d.severity, 2 /* Warning */);
        assert.equal(d.source, 'bantin');
        assert.match(d.codeDescription!.href, new RegExp(`^file:.*/docs/checks/${d.code!.toString().replace(/\./g, '\\.')}\\.md$`));
      }
      assert.equal(textAt(BULLETIN, first.items[0].range), '45.');
      assert.equal(textAt(BULLETIN, first.items[1].range), 'A.');
      assert.equal(textAt(BULLETIN, first.items[2].range), '2..');
      assert.ok(first.resultId, 'a full report carries a resultId');

      const unchanged = await client.pull(URI, first.resultId);
      assert.deepEqual(unchanged, { kind: 'unchanged', resultId: first.resultId });

      // "45" → "3" on line 8 and a new "5." item appended after line 9: one gap fixed, one gap made.
      await client.change(URI, 2, [
        { range: { start: { line: 8, character: 0 }, end: { line: 8, character: 2 } }, text: '3' },
        { range: { start: { line: 9, character: 9 }, end: { line: 9, character: 9 } }, text: '\n5. Mục năm' },
      ]);
      const second = await client.pull(URI, first.resultId);
      assert.equal(second.kind, 'full');
      if (second.kind !== 'full') return;
      assert.notEqual(second.resultId, first.resultId);
      assert.deepEqual(summary(second.items), [
        `${SEQ}@10:0-10:2: Mục “5.” nhảy cóc: theo thứ tự phải là “4.”.`,
        `${SEQ}@11:0-11:2: ${REPEAT_A.vi}`,
        `${FMT}@14:0-14:3: ${DOUBLE_DOT.vi}`,
      ]);
      assert.deepEqual(await client.pull(URI, second.resultId), { kind: 'unchanged', resultId: second.resultId });
    });

    it('answers the first pull after didOpen at once (the debounce is for edits only)', async () => {
      const client = await start({ pull: true, settings: () => ({ debounceMs: 4000 }) });
      await client.open(URI, BULLETIN);
      // A 4 s debounce would blow the 1.5 s limit; a document just opened must not wait for it.
      const report = await client.within(client.pull(URI), 'the first pull without the 4 s debounce', 1500);
      assert.equal(report.kind, 'full');
      if (report.kind === 'full') assert.deepEqual(summary(report.items), EXPECTED_VI);
    });

    it('a pull overtaken by an edit is cancelled with ServerCancelled + retriggerRequest', async () => {
      const client = await start({ pull: true, settings: () => ({ debounceMs: 300 }) });
      await client.open(URI, BULLETIN);
      await client.pullItems(URI); // settings are cached from here on
      const edit = (version: number) => client.change(URI, version, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 1 } }, text: '4' }]);
      await edit(2);
      const pending = client.pull(URI); // waits for the 300 ms debounce of version 2 …
      await edit(3); // … which version 3 outdates.
      await assert.rejects(pending, (error: { code?: number; data?: unknown }) => {
        assert.equal(error.code, -32802 /* ServerCancelled */);
        assert.deepEqual(error.data, { retriggerRequest: true });
        return true;
      });
      const items = await client.pullItems(URI);
      assert.equal(items[0].message, 'Mục “45.” nhảy cóc: theo thứ tự phải là “3.”.');
    });

    it('a document closed and re-opened with the same version number and other text is not "unchanged"', async () => {
      const client = await start({ pull: true });
      await client.open(URI, BULLETIN);
      const first = await client.pull(URI);
      assert.equal(first.kind, 'full');
      await client.close(URI);
      await client.open(URI, CLEAN_BULLETIN);
      const second = await client.pull(URI, first.resultId);
      assert.equal(second.kind, 'full', `resultId ${first.resultId} was reused for other content`);
      if (second.kind === 'full') assert.deepEqual(second.items, []);
    });

    it('returns an empty full report for a document it does not know', async () => {
      const client = await start({ pull: true });
      const report = await client.pull('file:///ws/never-opened.bulletin');
      assert.deepEqual(report, { kind: 'full', items: [] });
    });
  });

  describe('push diagnostics', () => {
    it('publishes the findings with the document version after didOpen', async () => {
      const client = await start({ pull: false });
      await client.open(URI, BULLETIN, 'bulletin', 7);
      const published = await client.waitForPublish(URI);
      assert.equal(published.version, 7);
      assert.deepEqual(summary(published.diagnostics), EXPECTED_VI);
    });

    it('after a quick run of edits publishes the last version only, never an older one after a newer one', async () => {
      const client = await start({ pull: false });
      await client.open(URI, BULLETIN);
      await client.waitForPublish(URI, 1);
      const line8 = { start: { line: 8, character: 0 }, end: { line: 8, character: 2 } };
      // Sent back to back: 45 → 3 → 7 → 3 → 4 (the last one is a gap again: "4." after "2.").
      await Promise.all([
        client.change(URI, 2, [{ range: line8, text: '3' }]),
        client.change(URI, 3, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 1 } }, text: '7' }]),
        client.change(URI, 4, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 1 } }, text: '3' }]),
        client.change(URI, 5, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 1 } }, text: '4' }]),
      ]);
      const last = await client.waitForPublish(URI, 5);
      assert.deepEqual(summary(last.diagnostics), [
        `${SEQ}@8:0-8:2: Mục “4.” nhảy cóc: theo thứ tự phải là “3.”.`,
        `${SEQ}@${REPEAT_A.range}: ${REPEAT_A.vi}`,
        `${FMT}@${DOUBLE_DOT.range}: ${DOUBLE_DOT.vi}`,
      ]);
      // A barrier: one more edit, and every publish up to its own must be in version order.
      await client.change(URI, 6, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 1 } }, text: '3' }]);
      const barrier = await client.waitForPublish(URI, 6);
      assert.deepEqual(summary(barrier.diagnostics), [`${SEQ}@${REPEAT_A.range}: ${REPEAT_A.vi}`, `${FMT}@${DOUBLE_DOT.range}: ${DOUBLE_DOT.vi}`]);
      const versions = client.published.filter((p) => p.uri === URI).map((p) => p.version!);
      assert.deepEqual([...versions].sort((a, b) => a - b), versions, `publishes out of version order: ${versions}`);
      // One publish per settled version: none for the intermediate versions 2–4, no duplicates.
      assert.deepEqual(versions, [1, 5, 6]);
    });

    it('publishes once per opened document (no duplicate from the open itself)', async () => {
      const client = await start({ pull: false, settings: () => ({ debounceMs: 0 }) });
      const other = 'file:///ws/other.bulletin';
      await client.open(URI, BULLETIN);
      await client.waitForPublish(URI, 1);
      // A barrier: pushes without a delay run in the order they were scheduled, so anything pending for URI comes
      // before this publish.
      await client.open(other, CLEAN_BULLETIN);
      assert.deepEqual((await client.waitForPublish(other, 1)).diagnostics, []);
      assert.deepEqual(client.published.map((p) => [p.uri, p.version]), [[URI, 1], [other, 1]]);
    });

    it('clears the diagnostics when the document is closed', async () => {
      const client = await start({ pull: false });
      await client.open(URI, BULLETIN);
      await client.waitForPublish(URI, 1);
      const count = client.published.length;
      await client.close(URI);
      const cleared = await client.waitForPublish(URI, undefined, count);
      assert.deepEqual(cleared.diagnostics, []);
    });
  });

  describe('settings (workspace/configuration)', () => {
    it('pull: asks for section "bantin" per document, applies severities, and refreshes after didChangeConfiguration', async () => {
      let checks: Record<string, string> = { [FMT]: 'error' };
      const client = await start({ pull: true, settings: (item) => (item.section === 'bantin' ? { checks, debounceMs: 0 } : null) });
      await client.open(URI, BULLETIN);
      const items = await client.pullItems(URI);
      assert.deepEqual(client.configurationRequests, [{ scopeUri: URI, section: 'bantin' }]);
      assert.deepEqual(items.map((d) => [d.code, d.severity]), [[SEQ, 2], [SEQ, 2], [FMT, 1 /* Error */]]);

      checks = { [FMT]: 'off', [SEQ]: 'hint' };
      await client.changeConfiguration();
      await client.waitUntil(() => (client.refreshRequests > 0 ? true : undefined), 'workspace/diagnostic/refresh');
      const after = await client.pullItems(URI);
      assert.deepEqual(after.map((d) => [d.code, d.severity, fmtRange(d.range)]), [[SEQ, 4, GAP_45.range], [SEQ, 4, REPEAT_A.range]]);
      assert.equal(client.configurationRequests.length, 2, 'settings are asked for again after the change');
    });

    it('pull: a client without refresh support gets new results on its next pull', async () => {
      let checks: Record<string, string> = {};
      const client = await start({ pull: true, refreshSupport: false, settings: () => ({ checks }) });
      await client.open(URI, BULLETIN);
      const before = await client.pull(URI);
      assert.equal(before.kind, 'full');
      checks = { [FMT]: 'off' };
      await client.changeConfiguration();
      // The server cannot refresh; the next pull (same document version) must not be "unchanged".
      const after = await client.pull(URI, before.resultId);
      assert.equal(after.kind, 'full');
      if (after.kind === 'full') assert.deepEqual(after.items.map((d) => d.code), [SEQ, SEQ]);
      assert.equal(client.refreshRequests, 0);
    });

    it('push: re-publishes with the new settings after didChangeConfiguration', async () => {
      let checks: Record<string, string> = { [FMT]: 'error' };
      const client = await start({ pull: false, settings: () => ({ checks }) });
      await client.open(URI, BULLETIN);
      const first = await client.waitForPublish(URI, 1);
      assert.deepEqual(client.configurationRequests, [{ scopeUri: URI, section: 'bantin' }]);
      assert.deepEqual(first.diagnostics.map((d) => [d.code, d.severity]), [[SEQ, 2], [SEQ, 2], [FMT, 1]]);

      checks = { [FMT]: 'off' };
      const count = client.published.length;
      await client.changeConfiguration();
      const second = await client.waitForPublish(URI, 1, count);
      assert.deepEqual(summary(second.diagnostics), EXPECTED_VI.slice(0, 2));
    });

    it('without workspace/configuration: initializationOptions.settings, then the settings of didChangeConfiguration', async () => {
      const client = await start({
        pull: false,
        configuration: false,
        initializationOptions: { settings: { checks: { [FMT]: 'error' }, language: 'en' } },
      });
      await client.open(URI, BULLETIN);
      const first = await client.waitForPublish(URI, 1);
      assert.deepEqual(client.configurationRequests, []);
      assert.deepEqual(first.diagnostics.map((d) => [d.code, d.severity]), [[SEQ, 2], [SEQ, 2], [FMT, 1]]);
      assert.deepEqual(summary(first.diagnostics), EXPECTED_EN);

      const count = client.published.length;
      await client.changeConfiguration({ bantin: { checks: { [SEQ]: 'off' } } });
      const second = await client.waitForPublish(URI, 1, count);
      assert.deepEqual(summary(second.diagnostics), [`${FMT}@${DOUBLE_DOT.range}: ${DOUBLE_DOT.vi}`]);
      assert.equal(second.diagnostics[0].severity, 2);
    });
  });

  describe('code actions', () => {
    /** Re-opens `text` under `URI` and pulls its findings. */
    const reopen = async (client: LspClient, text: string) => {
      await client.close(URI);
      await client.open(URI, text);
      return client.pullItems(URI);
    };

    it('offers the fix, "fix all of this kind" and "disable for this line"; each edit does what it says', async () => {
      const client = await start({ pull: true });
      await client.open(URI, BULLETIN);
      const diagnostics = await client.pullItems(URI);
      const gap = diagnostics[0];
      assert.equal(gap.code, SEQ);

      const actions = await client.codeActions(URI, gap.range, [gap]);
      assert.deepEqual(
        actions.map((a) => [a.kind, a.title, a.isPreferred]),
        [
          ['quickfix', 'Sửa thành “3.”', true],
          ['quickfix', `Sửa tất cả lỗi ${SEQ} trong tệp`, undefined],
          ['quickfix', `Tắt kiểm tra ${SEQ} cho dòng này`, undefined],
          ['source.fixAll.bantin', 'Sửa tất cả lỗi có thể tự sửa trong tệp', undefined],
        ],
      );
      const [fix, fixKind, disable, fixAll] = actions;
      assert.deepEqual(fix.diagnostics, [gap]);
      assert.deepEqual(disable.diagnostics, [gap]);
      assert.deepEqual(editsOf(fix), [{ range: gap.range, newText: '3.' }]);
      assert.deepEqual(editsOf(fixKind).map((e) => [fmtRange(e.range), e.newText]), [[GAP_45.range, '3.'], [REPEAT_A.range, 'B.']]);
      assert.deepEqual(editsOf(disable), [
        { range: { start: { line: 8, character: 11 }, end: { line: 8, character: 11 } }, newText: ` <!-- bantin-disable-line ${SEQ} -->` },
      ]);
      assert.equal(editsOf(fixAll).length, 3);

      // The quick fix: only the "45." finding goes.
      const fixed = applyTextEdits(BULLETIN, editsOf(fix));
      assert.equal(fixed.split('\n')[8], '3. Mục bốn');
      assert.deepEqual(summary(await reopen(client, fixed)), EXPECTED_VI.slice(1));

      // Fix all of the kind: both numbering findings go, the number-format one stays.
      const fixedKind = applyTextEdits(BULLETIN, editsOf(fixKind));
      assert.deepEqual(summary(await reopen(client, fixedKind)), EXPECTED_VI.slice(2));

      // Disable for the line: the "45." finding is silenced, nothing else changes.
      const disabled = applyTextEdits(BULLETIN, editsOf(disable));
      assert.equal(disabled.split('\n')[8], `45. Mục bốn <!-- bantin-disable-line ${SEQ} -->`);
      assert.deepEqual(summary(await reopen(client, disabled)), EXPECTED_VI.slice(1));
    });

    it('offers "fix all of this kind" once per code, and not for a code that appears once', async () => {
      const client = await start({ pull: true });
      await client.open(URI, BULLETIN);
      const diagnostics = await client.pullItems(URI);
      const all = await client.codeActions(URI, { start: { line: 0, character: 0 }, end: { line: 15, character: 0 } }, diagnostics, ['quickfix']);
      assert.deepEqual(all.map((a) => a.title), [
        'Sửa thành “3.”',
        `Sửa tất cả lỗi ${SEQ} trong tệp`,
        `Tắt kiểm tra ${SEQ} cho dòng này`,
        'Sửa thành “B.”',
        `Tắt kiểm tra ${SEQ} cho dòng này`,
        'Sửa thành “2.”',
        `Tắt kiểm tra ${FMT} cho dòng này`,
      ]);
      assert.ok(all.every((a) => a.kind === 'quickfix'), 'only: [quickfix] leaves out the source action');
    });

    it('ignores diagnostics of other sources and ranges that match no finding', async () => {
      const client = await start({ pull: true });
      await client.open(URI, BULLETIN);
      const [gap] = await client.pullItems(URI);
      const foreign = { ...gap, source: 'other-linter' };
      const moved = { ...gap, range: { start: { line: 8, character: 1 }, end: { line: 8, character: 3 } } };
      assert.deepEqual(await client.codeActions(URI, gap.range, [foreign, moved], ['quickfix']), []);
    });

    it('source.fixAll: one action of kind source.fixAll.bantin with all preferred edits; the result is clean', async () => {
      const client = await start({ pull: true });
      await client.open(URI, BULLETIN);
      const actions = await client.codeActions(URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
      assert.equal(actions.length, 1);
      assert.equal(actions[0].kind, 'source.fixAll.bantin');
      const edits = editsOf(actions[0]);
      assert.deepEqual(edits.map((e) => [fmtRange(e.range), e.newText]), [[GAP_45.range, '3.'], [REPEAT_A.range, 'B.'], [DOUBLE_DOT.range, '2.']]);
      const fixed = applyTextEdits(BULLETIN, edits);
      assert.equal(fixed, CLEAN_BULLETIN);
      assert.deepEqual(await reopen(client, fixed), []);
      // Nothing left to fix: no action at all.
      assert.deepEqual(await client.codeActions(URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']), []);
    });

    it('a fix whose intent is uncertain is not preferred and is left out of source.fixAll', async () => {
      const text = ['THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024', '', 'A. THỜI SỰ', 'Thứ nhất, ý một.', 'Thứ ba, ý ba.', ''].join('\n');
      const client = await start({ pull: true });
      await client.open(URI, text);
      const diagnostics = await client.pullItems(URI);
      assert.deepEqual(summary(diagnostics), ['structure.enumeration-sequence@4:0-4:6: Ý “Thứ ba” nhảy cóc: theo thứ tự phải là “Thứ hai”.']);
      const actions = await client.codeActions(URI, diagnostics[0].range, diagnostics);
      assert.deepEqual(actions.map((a) => [a.kind, a.title, a.isPreferred]), [
        ['quickfix', 'Sửa thành “Thứ hai”', undefined],
        ['quickfix', 'Tắt kiểm tra structure.enumeration-sequence cho dòng này', undefined],
      ]);
      const fixed = applyTextEdits(text, editsOf(actions[0]));
      assert.deepEqual(await reopen(client, fixed), []);
    });
  });

  describe('outline and folding', () => {
    const shape = (symbols: DocumentSymbol[]): unknown[] =>
      symbols.map((s) => [s.name, s.kind, fmtRange(s.range), fmtRange(s.selectionRange), shape(s.children ?? [])]);

    it('documentSymbol: title, then parts → sections → items, named after their marker, covering their region', async () => {
      const client = await start({ pull: true });
      await client.open(URI, BULLETIN);
      const symbols = await client.documentSymbols(URI);
      assert.deepEqual(shape(symbols), [
        ['THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024', 1 /* File */, '0:0-0:44', '0:0-0:44', []],
        ['A. THÔNG TIN THỜI SỰ', 2 /* Module */, '2:0-9:9', '2:0-2:20', [
          ['I. TRONG NƯỚC', 3 /* Namespace */, '3:0-9:9', '3:0-3:13', [
            ['1. Mục một', 5 /* Class */, '4:0-5:9', '4:0-4:10', []],
            ['2. Mục hai', 5, '6:0-7:9', '6:0-6:10', []],
            ['45. Mục bốn', 5, '8:0-9:9', '8:0-8:11', []],
          ]],
        ]],
        ['A. ĐỊNH HƯỚNG TUYÊN TRUYỀN', 2, '10:0-14:9', '10:0-10:26', [
          ['1. Tuyên truyền', 5, '11:0-12:9', '11:0-11:15', []],
          ['2.. Tuyên truyền tiếp', 5, '13:0-14:9', '13:0-13:21', []],
        ]],
      ]);
      for (const s of symbols) {
        for (const c of s.children ?? []) {
          assert.ok(c.range.start.line >= s.range.start.line && c.range.end.line <= s.range.end.line, `${c.name} inside ${s.name}`);
        }
      }
    });

    it('foldingRange: one region per multi-line part, section and item', async () => {
      const client = await start({ pull: true });
      await client.open(URI, BULLETIN);
      const ranges = await client.foldingRanges(URI);
      assert.deepEqual(
        ranges.map((r) => [r.startLine, r.endLine, r.kind]),
        [[2, 9, 'region'], [3, 9, 'region'], [4, 5, 'region'], [6, 7, 'region'], [8, 9, 'region'], [10, 14, 'region'], [11, 12, 'region'], [13, 14, 'region']],
      );
    });

    it('empty answers for a document that is not open', async () => {
      const client = await start({ pull: true });
      assert.deepEqual(await client.documentSymbols('file:///ws/none.bulletin'), []);
      assert.deepEqual(await client.foldingRanges('file:///ws/none.bulletin'), []);
    });
  });

  describe('plain text and Markdown', () => {
    const TXT = 'file:///ws/ban-tin.txt';
    const MD = 'file:///ws/ban-tin.md';
    const NOTES = 'file:///ws/ghi-chu.txt';
    const NOT_A_BULLETIN = 'Ghi chú cuộc họp\n1. Việc một\n3. Việc ba\n';

    it('are not checked by default', async () => {
      const client = await start({ pull: true });
      await client.open(TXT, BULLETIN, 'plaintext');
      await client.open(MD, BULLETIN, 'markdown');
      assert.deepEqual(await client.pullItems(TXT), []);
      assert.deepEqual(await client.pullItems(MD), []);
      assert.deepEqual(await client.codeActions(TXT, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']), []);
    });

    it('are checked with checkPlainTextAndMarkdown when their first lines look like a bulletin', async () => {
      const client = await start({ pull: true, settings: () => ({ checkPlainTextAndMarkdown: true }) });
      await client.open(TXT, BULLETIN, 'plaintext');
      await client.open(MD, BULLETIN, 'markdown');
      await client.open(NOTES, NOT_A_BULLETIN, 'plaintext');
      assert.deepEqual(summary(await client.pullItems(TXT)), EXPECTED_VI);
      assert.deepEqual(summary(await client.pullItems(MD)), EXPECTED_VI);
      assert.deepEqual(await client.pullItems(NOTES), []);
    });

    it('other languages are never checked', async () => {
      const client = await start({ pull: true, settings: () => ({ checkPlainTextAndMarkdown: true }) });
      await client.open('file:///ws/a.js', BULLETIN, 'javascript');
      assert.deepEqual(await client.pullItems('file:///ws/a.js'), []);
    });
  });

  describe('language of the messages', () => {
    it('English with initialize locale "en" (and its fix titles)', async () => {
      const client = await start({ pull: true, locale: 'en' });
      await client.open(URI, BULLETIN);
      const items = await client.pullItems(URI);
      assert.deepEqual(summary(items), EXPECTED_EN);
      const actions = await client.codeActions(URI, items[0].range, [items[0]]);
      assert.deepEqual(actions.map((a) => a.title), [
        'Change to “3.”',
        `Fix all ${SEQ} problems in the file`,
        `Disable ${SEQ} for this line`,
        'Fix all auto-fixable problems in the file',
      ]);
    });

    it('English with locale "en-US"; Vietnamese by default and for other locales', async () => {
      for (const [locale, expected] of [['en-US', EXPECTED_EN], [undefined, EXPECTED_VI], ['fr', EXPECTED_VI], ['vi', EXPECTED_VI]] as const) {
        const client = await start({ pull: true, locale });
        await client.open(URI, BULLETIN);
        assert.deepEqual(summary(await client.pullItems(URI)), expected, `locale ${locale}`);
      }
    });

    it('the "language" setting wins over the client locale', async () => {
      const client = await start({ pull: true, locale: 'en', settings: () => ({ language: 'vi' }) });
      await client.open(URI, BULLETIN);
      assert.deepEqual(summary(await client.pullItems(URI)), EXPECTED_VI);
    });
  });

  describe('positions', () => {
    it('NFD text, CRLF line ends and tabs: ranges are UTF-16 positions in the text as sent', async () => {
      const text = [
        'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024',
        '',
        '\tA. THÔNG TIN THỜI SỰ',
        'Thứ nhất, ý một.',
        'Thứ ba, ý ba.',
        '1. Mục một',
        'Nội dung.',
        '3. Mục ba',
        'Nội dung.',
        '\tA. ĐỊNH HƯỚNG',
        'Nội dung.',
        '',
      ].join('\r\n').normalize('NFD');
      assert.notEqual(text, text.normalize('NFC'), 'the fixture really is decomposed');
      const client = await start({ pull: true });
      await client.open(URI, text);
      const items = await client.pullItems(URI);
      assert.deepEqual(items.map((d) => [d.code, fmtRange(d.range), textAt(text, d.range)]), [
        ['text.unicode-normalization', '0:2-0:4', 'Ô'.normalize('NFD')], // the file is NFD: said once, at its first NFD letter
        ['structure.enumeration-sequence', '4:0-4:8', 'Thứ ba'.normalize('NFD')],
        [SEQ, '7:0-7:2', '3.'],
        [SEQ, '9:1-9:3', 'A.'],
      ]);
      // Messages quote the marker readably (composed).
      assert.equal(items[1].message, 'Ý “Thứ ba” nhảy cóc: theo thứ tự phải là “Thứ hai”.');

      const symbols = await client.documentSymbols(URI);
      assert.deepEqual(symbols.map((s) => [s.name, fmtRange(s.range), fmtRange(s.selectionRange)]), [
        ['THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024', '0:0-0:50', '0:0-0:50'],
        ['A. THÔNG TIN THỜI SỰ', '2:0-8:11', '2:1-2:26'],
        ['A. ĐỊNH HƯỚNG', '9:0-10:11', '9:1-9:18'],
      ]);

      // The source.fixAll edits land on the markers and keep the CRLF line ends.
      const [fixAll] = await client.codeActions(URI, items[2].range, [], ['source.fixAll']);
      const fixed = applyTextEdits(text, editsOf(fixAll));
      assert.equal(fixed, text.replace('\r\n3. ', '\r\n2. ').replace('\r\n\tA. Đ'.normalize('NFD'), '\r\n\tB. Đ'.normalize('NFD')));
      await client.close(URI);
      await client.open(URI, fixed);
      // The fix-all kept the file NFD: text.unicode-normalization's fix is applied only when chosen.
      assert.deepEqual((await client.pullItems(URI)).map((d) => d.code), ['text.unicode-normalization', 'structure.enumeration-sequence']);
    });

    it('characters outside the BMP count as two UTF-16 code units', async () => {
      const text = '🇻🇳 THÔNG TIN SINH HOẠT CHI BỘ THÁNG 13 NĂM 2024\n\nA. THỜI SỰ\nNội dung.\n';
      const client = await start({ pull: true });
      await client.open(URI, text);
      const items = await client.pullItems(URI);
      assert.deepEqual(items.map((d) => [d.code, d.severity, fmtRange(d.range), textAt(text, d.range)]), [
        ['structure.title-period', 1, '0:32-0:49', 'THÁNG 13 NĂM 2024'],
      ]);
    });
  });

  describe('silencing comments', () => {
    it('<!-- bantin-disable-next-line CODE --> removes that finding only', async () => {
      const text = BULLETIN.replace('45. Mục bốn', `<!-- bantin-disable-next-line ${SEQ} -->\n45. Mục bốn`).replace(
        '2.. Tuyên',
        `<!-- bantin-disable-next-line ${SEQ} -->\n2.. Tuyên`,
      );
      const client = await start({ pull: true });
      await client.open(URI, text);
      // "45." is silenced; the comment before "2.." names another check, so number-format still reports.
      assert.deepEqual(summary(await client.pullItems(URI)), [`${SEQ}@11:0-11:2: ${REPEAT_A.vi}`, `${FMT}@15:0-15:3: ${DOUBLE_DOT.vi}`]);
    });

    it('a silencing comment without codes silences every check on the next line', async () => {
      const text = BULLETIN.replace('2.. Tuyên', '<!-- bantin-disable-next-line -->\n2.. Tuyên');
      const client = await start({ pull: true });
      await client.open(URI, text);
      assert.deepEqual(summary(await client.pullItems(URI)), EXPECTED_VI.slice(0, 2));
    });
  });
});
