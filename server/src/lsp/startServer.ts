import {
  CancellationToken, CodeAction, CodeActionKind, CodeActionParams, Connection, Diagnostic, DocumentDiagnosticReport,
  DocumentDiagnosticReportKind, DocumentSymbol, FoldingRange, InitializeParams, InitializeResult, LSPErrorCodes,
  Hover, Location, MarkupKind, Position, ResponseError, SymbolKind, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CitationEntry, dateHover, WORD_LIST_CODES, fixAllOfKind, fixAllPreferred, foldingRegions, outline, OutlineNode, sameDocumentCitations, translator } from '../language';
import { Analysis, MAX_DOCUMENT_CHARS } from './analysis';
import { editAction, FIX_ALL_KIND, SOURCE, toDiagnostic } from './convert';
import { DEFAULT_SETTINGS, localeOf, sanitize, Settings, SettingsStore } from './settings';
import { KnownDocuments } from './knownDocuments';
import { ADD_WORD_COMMAND } from './userWords';
import { registerWordRequests } from './word';
import { SemanticTokensFeature } from './semanticTokens';

export interface ServerOptions {
  /** Base of the docs links in diagnostics (`…/docs/checks/`), ending with a slash. */
  docsBase: string;
}

/** Wires the engine to an LSP connection: diagnostics (pull or push), code actions, outline, folding. */
export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  // When the citations of one document change, the others may gain or lose a cross-file finding.
  let refreshTimer: NodeJS.Timeout | undefined;
  const analysis = new Analysis(() => documents.all(), (changedUri) => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      if (pullDiagnostics) {
        if (canRefresh) void connection.languages.diagnostics.refresh();
      } else {
        for (const document of documents.all()) if (document.uri !== changedUri) schedulePush(document, 0);
      }
    }, 50);
  }, {
    // `known` is made below: its index is reached when a check first asks.
    closed: { others: (exceptUri, open, bases) => known.index.others(exceptUri, open, bases), citing: (exceptUri, open) => known.index.citing(exceptUri, open) },
    catalog: () => known.catalogs.catalog,
    words: () => known.words,
  });
  let clientLocale: string | undefined;
  let pullDiagnostics = false;
  let canPullSettings = false;
  let canRefresh = false;
  let initSettings: Settings = DEFAULT_SETTINGS;
  const settings = new SettingsStore(connection, () => canPullSettings, () => initSettings);
  const known: KnownDocuments = new KnownDocuments(connection, {
    documents,
    model: (document) => analysis.model(document),
    workspace: (uri) => analysis.workspace(uri),
    locale: async (uri) => localeOf(await settings.get(uri), clientLocale),
    sourcesChanged: () => {
      analysis.sourcesChanged();
      semantic.refresh(); // a citation may have become known (a user catalog changed)
    },
  });
  const semantic = new SemanticTokensFeature(connection, {
    documents,
    model: (document) => analysis.model(document),
    catalog: () => known.catalogs.catalog,
    findings: async (document) => {
      const { settings: s, checked } = await wanted(document);
      return checked && s.semanticHighlighting ? analysis.findings(document, s, settings.version, clientLocale) : undefined;
    },
  });
  const lastChange = new Map<string, number>();
  // The pending push per document, as the function that cancels it.
  const pushTimers = new Map<string, () => void>();
  // What was last pushed per document: a re-check that finds the same (a catalog read at start-up that ends after the
  // open, another file's citations that changed nothing here) is not sent again.
  const lastPushed = new Map<string, string>();
  // Bumped on every didOpen: a re-opened document starts again at version 1, its resultIds must not repeat.
  const openGeneration = new Map<string, number>();
  let opens = 0;
  // TextDocuments fires onDidChangeContent right after onDidOpen; that one is not an edit and must not be debounced.
  const justOpened = new Set<string>();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    clientLocale = params.locale;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    canPullSettings = !!caps.workspace?.configuration;
    canRefresh = !!caps.workspace?.diagnostics?.refreshSupport;
    initSettings = sanitize((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
    known.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        diagnosticProvider: pullDiagnostics ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [ADD_WORD_COMMAND] },
        documentSymbolProvider: { label: 'Bản tin' },
        definitionProvider: true,
        hoverProvider: true,
        referencesProvider: true,
        foldingRangeProvider: true,
        ...KnownDocuments.capabilities,
        ...semantic.capabilities(caps),
      },
      serverInfo: { name: 'bantin-language-server', version: '0.1.0' },
    };
  });

  connection.onDidChangeConfiguration((change) => {
    if (!canPullSettings) initSettings = sanitize((change.settings as { bantin?: unknown } | undefined)?.bantin);
    settings.changed();
    known.configurationChanged(change.settings);
    semantic.refresh();
    if (pullDiagnostics) {
      if (canRefresh) void connection.languages.diagnostics.refresh();
    } else {
      for (const document of documents.all()) schedulePush(document, 0);
    }
  });

  const wanted = async (document: TextDocument): Promise<{ settings: Settings; checked: boolean }> => {
    const s = await settings.get(document.uri);
    return { settings: s, checked: analysis.isChecked(document, s) };
  };

  const diagnosticsFor = (document: TextDocument, s: Settings): Diagnostic[] => {
    if (document.getText().length > MAX_DOCUMENT_CHARS) {
      const t = translator(localeOf(s, clientLocale));
      const size = (document.getText().length / 1048576).toFixed(1);
      return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: SOURCE, code: 'input.too-large', message: t('input.too-large', { size, limit: 10 }) }];
    }
    return analysis.findings(document, s, settings.version, clientLocale).map((f) => toDiagnostic(f, options.docsBase));
  };

  // Pull: the client asks; a request for a version that is already outdated is cancelled and asked again.
  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const { settings: s, checked } = await wanted(document);
    const version = document.version;
    await settle(document.uri, s.debounceMs, token);
    if (token.isCancellationRequested || documents.get(document.uri)?.version !== version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Tài liệu đã thay đổi', { retriggerRequest: true });
    }
    // Findings are cached per version; computing them first settles the workspace version the result id names.
    const items = checked ? diagnosticsFor(document, s) : [];
    const resultId = `${openGeneration.get(document.uri) ?? 0}:${version}:${settings.version}:${analysis.workspaceVersion}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  });

  /** Waits until `debounceMs` have passed since the last edit of the document (or the request is cancelled). */
  const settle = async (uri: string, debounceMs: number, token: CancellationToken) => {
    const since = Date.now() - (lastChange.get(uri) ?? 0);
    if (since >= debounceMs || token.isCancellationRequested) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, debounceMs - since);
      token.onCancellationRequested(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  };

  // Push: for clients without pull diagnostics; debounced, and results for outdated versions are dropped.
  const schedulePush = (document: TextDocument, delay?: number) => {
    if (pullDiagnostics) return;
    pushTimers.get(document.uri)?.();
    const run = async () => {
      pushTimers.delete(document.uri);
      const current = documents.get(document.uri);
      if (!current) return;
      const version = current.version;
      const { settings: s, checked } = await wanted(current);
      if (documents.get(current.uri)?.version !== version) return;
      const diagnostics = checked ? diagnosticsFor(current, s) : [];
      if (documents.get(current.uri)?.version !== version) return;
      const pushed = `${version}\n${JSON.stringify(diagnostics)}`;
      if (lastPushed.get(current.uri) === pushed) return;
      lastPushed.set(current.uri, pushed);
      void connection.sendDiagnostics({ uri: current.uri, version, diagnostics });
    };
    void settings.get(document.uri).then((s) => {
      // Cancelled here too: an earlier call may have scheduled its push after this call's cancel above.
      pushTimers.get(document.uri)?.();
      pushTimers.set(document.uri, later(run, delay ?? s.debounceMs));
    });
  };

  documents.onDidOpen((e) => {
    lastChange.set(e.document.uri, 0);
    openGeneration.set(e.document.uri, ++opens);
    justOpened.add(e.document.uri);
    schedulePush(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    if (justOpened.delete(e.document.uri)) return;
    lastChange.set(e.document.uri, Date.now());
    schedulePush(e.document);
  });
  documents.onDidClose((e) => {
    analysis.forget(e.document.uri);
    settings.forget(e.document.uri);
    lastChange.delete(e.document.uri);
    openGeneration.delete(e.document.uri);
    pushTimers.get(e.document.uri)?.();
    pushTimers.delete(e.document.uri);
    lastPushed.delete(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[]> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const { settings: s, checked } = await wanted(document);
    if (!checked || document.getText().length > MAX_DOCUMENT_CHARS) return [];
    const findings = analysis.findings(document, s, settings.version, clientLocale);
    const t = translator(localeOf(s, clientLocale));
    const only = params.context.only;
    const allows = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
    const actions: CodeAction[] = [];
    const uri = document.uri;
    if (allows(CodeActionKind.QuickFix)) {
      const seenKinds = new Set<string>();
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== SOURCE) continue;
        const finding = findings.find((f) => f.code === diagnostic.code && sameRange(f.range, diagnostic.range));
        if (!finding) continue;
        if (finding.fix) actions.push(editAction(finding.fix.title, CodeActionKind.QuickFix, uri, finding.fix.edits, [diagnostic], finding.fix.preferred));
        const sameKind = findings.filter((f) => f.code === finding.code && f.fix);
        if (finding.fix && sameKind.length > 1 && !seenKinds.has(finding.code)) {
          seenKinds.add(finding.code);
          actions.push(editAction(t('fix.all-of-kind', { code: finding.code }), CodeActionKind.QuickFix, uri, fixAllOfKind(findings, finding.code)));
        }
        if (WORD_LIST_CODES.includes(finding.code)) {
          const word = document.getText(finding.range);
          const title = t('fix.add-word', { word });
          actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: ADD_WORD_COMMAND, arguments: [uri, word] } });
        }
        const line = document.getText({ start: { line: finding.range.start.line, character: 0 }, end: { line: finding.range.start.line + 1, character: 0 } });
        const lineEnd = { line: finding.range.start.line, character: line.replace(/\r?\n$|\r$/, '').length };
        actions.push({
          title: t('fix.disable-line', { code: finding.code }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [uri]: [{ range: { start: lineEnd, end: lineEnd }, newText: ` <!-- bantin-disable-line ${finding.code} -->` }] } },
        });
      }
    }
    if (allows(FIX_ALL_KIND)) {
      const edits = fixAllPreferred(findings);
      if (edits.length) actions.push(editAction(t('fix.all'), FIX_ALL_KIND, uri, edits));
    }
    return actions;
  });

  // “Thêm vào danh sách từ”: the word goes into the folder's .bantin/words.txt, and every document is checked again.
  connection.onExecuteCommand((params) => {
    const [uri, word] = (params.arguments ?? []) as unknown[];
    if (params.command !== ADD_WORD_COMMAND || typeof uri !== 'string' || typeof word !== 'string') return;
    try {
      known.words.add(uri, word);
    } catch (error) {
      throw new ResponseError(LSPErrorCodes.RequestFailed, (error as Error).message);
    }
    analysis.sourcesChanged();
  });

  connection.onDocumentSymbol((params): DocumentSymbol[] => {
    const document = documents.get(params.textDocument.uri);
    if (!document || document.getText().length > MAX_DOCUMENT_CHARS) return [];
    return outline(analysis.model(document)).map(toSymbol);
  });

  connection.onFoldingRanges((params): FoldingRange[] => {
    const document = documents.get(params.textDocument.uri);
    if (!document || document.getText().length > MAX_DOCUMENT_CHARS) return [];
    return foldingRegions(analysis.model(document)).map((r) => ({ startLine: r.startLine, endLine: r.endLine, kind: 'region' }));
  });

  // Go to definition: the dated citations of the same document (the full citation first); references: all of them.
  const citationsAt = (uri: string, position: Position) => {
    const document = documents.get(uri);
    if (!document || document.getText().length > MAX_DOCUMENT_CHARS) return undefined;
    const model = analysis.model(document);
    const found = sameDocumentCitations(model, document.offsetAt(position), analysis.workspace(uri));
    return found && { found, model };
  };
  connection.onDefinition((params): Location[] => {
    const at = citationsAt(params.textDocument.uri, params.position);
    if (!at) return [];
    const { found, model } = at;
    const here = found.here.filter((e) => e.date).map((e) => ({ uri: params.textDocument.uri, range: model.source.rangeOf(e.span) }));
    const elsewhere = found.others.filter((o) => o.entry.date).map((o) => ({ uri: o.uri, range: rangeIn(o.uri, o.entry.span, o.entry.line, o.entry) }));
    return here.length ? here.slice(0, 1) : elsewhere.slice(0, 1);
  });
  connection.onReferences((params): Location[] => {
    const at = citationsAt(params.textDocument.uri, params.position);
    if (!at) return [];
    const { found, model } = at;
    return [
      ...found.here.map((e) => ({ uri: params.textDocument.uri, range: model.source.rangeOf(e.span) })),
      ...found.others.map((o) => ({ uri: o.uri, range: rangeIn(o.uri, o.entry.span, o.entry.line, o.entry) })),
    ];
  });
  /** A span of another open document as a range (its model is cached by the analysis). */
  const rangeIn = (uri: string, span: { start: number; end: number }, line: number, entry?: CitationEntry) => {
    const document = documents.get(uri);
    if (document) return analysis.model(document).source.rangeOf(span);
    const indexed = entry && known.index.rangeOf(uri, entry);
    if (indexed) return indexed;
    return { start: { line, character: 0 }, end: { line, character: 0 } };
  };

  connection.onHover(async (params): Promise<Hover | null> => {
    const document = documents.get(params.textDocument.uri);
    if (!document || document.getText().length > MAX_DOCUMENT_CHARS) return null;
    const s = await settings.get(document.uri);
    const offset = document.offsetAt(params.position);
    const parts = [dateHover(analysis.model(document), offset, localeOf(s, clientLocale)), await known.hover(document, offset)];
    const value = parts.filter((p) => p).join('\n\n---\n\n');
    return value ? { contents: { kind: MarkupKind.Markdown, value } } : null;
  });

  connection.onInitialized(() => known.initialized());
  known.listen();
  semantic.listen();
  registerWordRequests(connection);
  documents.listen(connection);
  connection.listen();
}

function sameRange(a: { start: { line: number; character: number }; end: { line: number; character: number } }, b: typeof a): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

const SYMBOL_KIND: Record<OutlineNode['kind'], SymbolKind> = {
  title: SymbolKind.File,
  part: SymbolKind.Module,
  section: SymbolKind.Namespace,
  item: SymbolKind.Class,
  heading: SymbolKind.String,
  closing: SymbolKind.Key,
};

function toSymbol(node: OutlineNode): DocumentSymbol {
  return { name: node.name, kind: SYMBOL_KIND[node.kind], range: node.range, selectionRange: node.selectionRange, children: node.children.map(toSymbol) };
}

/**
 * Runs `run` after `ms` milliseconds and returns what cancels it. Without a delay it runs once pending I/O is read, not
 * on a timer: Node waits at least 1 ms for a timer of 0, and longer under load.
 */
function later(run: () => void, ms: number): () => void {
  if (ms <= 0) {
    const immediate = setImmediate(run);
    return () => clearImmediate(immediate);
  }
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
}
