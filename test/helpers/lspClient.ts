import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import {
  ClientCapabilities, CodeAction, CodeActionRequest, ConfigurationItem, ConfigurationParams, ConfigurationRequest, Diagnostic,
  DiagnosticRefreshRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification, DocumentDiagnosticReport, DocumentDiagnosticRequest, DocumentSymbol, DocumentSymbolRequest,
  ExitNotification, FoldingRange, FoldingRangeRequest, InitializedNotification, InitializeRequest, InitializeResult, ProtocolConnection,
  PublishDiagnosticsNotification, PublishDiagnosticsParams, Range, RegistrationRequest, ShutdownRequest, TextDocumentContentChangeEvent,
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from './paths';

export const DEFAULT_WAIT_MS = 5000;

export interface StartOptions {
  /** Client capabilities; `pull: true` adds textDocument.diagnostic + refresh support. */
  pull?: boolean;
  /** Declare workspace.configuration (default true): the server then asks for section 'bantin' per document. */
  configuration?: boolean;
  /** Declare workspace.diagnostics.refreshSupport (default: same as `pull`). */
  refreshSupport?: boolean;
  locale?: string;
  initializationOptions?: unknown;
  /** Answers workspace/configuration items (default: null = server defaults). Can be replaced later via `client.settings`. */
  settings?: (item: ConfigurationItem) => unknown;
  /** Workspace folders (file: URIs) sent in initialize. */
  workspaceFolders?: string[];
  /** Declare window.workDoneProgress and workspace.didChangeWatchedFiles (dynamic registration). */
  workDoneProgress?: boolean;
  watchFiles?: boolean;
  /** Declare completion snippet support. */
  snippets?: boolean;
  /** Declare workspace.semanticTokens.refreshSupport. */
  semanticTokensRefresh?: boolean;
}

/** A real LSP client talking to `node bin/bantin-language-server.js --stdio` over the child's stdio. */
export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly configurationRequests: ConfigurationItem[] = [];
  refreshRequests = 0;
  semanticTokensRefreshRequests = 0;
  /** `$/progress` values received, and the registrations the server asked for. */
  readonly progress: Array<{ token: unknown; value: { kind: string; percentage?: number; message?: string; title?: string } }> = [];
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];
  readonly logs: string[] = [];
  settings: (item: ConfigurationItem) => unknown;
  initializeResult!: InitializeResult;
  stderr = '';
  private readonly waiters = new Set<() => void>();
  private exitCode: number | null | undefined;
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    private readonly reader: StreamMessageReader,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? (() => null);
    this.exited = new Promise((resolve) => {
      process.on('exit', (code) => {
        this.exitCode = code;
        this.notify();
        resolve(code);
      });
    });
    process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.notify();
    });
    connection.onRequest(ConfigurationRequest.type, (params: ConfigurationParams) => {
      this.configurationRequests.push(...params.items);
      this.notify();
      return params.items.map((item) => this.settings(item));
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshRequests++;
      this.notify();
    });
    connection.onRequest('workspace/semanticTokens/refresh', () => {
      this.semanticTokensRefreshRequests++;
      this.notify();
      return null;
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.notify();
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('$/progress', (params: LspClient['progress'][number]) => {
      this.progress.push(params);
      this.notify();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      this.notify();
    });
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'bantin-language-server.js'), '--stdio'], {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const reader = new StreamMessageReader(child.stdout!);
    const connection = createProtocolConnection(reader, new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, reader, options);
    connection.listen();
    const pull = options.pull ?? false;
    const capabilities: ClientCapabilities = {
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        foldingRange: {},
        ...(options.snippets ? { completion: { completionItem: { snippetSupport: true } } } : {}),
        ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
      workspace: {
        configuration: options.configuration ?? true,
        ...((options.refreshSupport ?? pull) ? { diagnostics: { refreshSupport: true } } : {}),
        ...(options.semanticTokensRefresh ? { semanticTokens: { refreshSupport: true } } : {}),
        ...(options.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } : {}),
      },
      ...(options.workDoneProgress ? { window: { workDoneProgress: true } } : {}),
    };
    client.initializeResult = await client.within(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        capabilities,
        locale: options.locale,
        initializationOptions: options.initializationOptions,
        workspaceFolders: options.workspaceFolders?.map((uri, i) => ({ uri, name: `folder${i}` })) ?? null,
      }),
      'initialize response',
    );
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Resolves `promise` or fails clearly after `ms`. */
  async within<T>(promise: Promise<T>, what: string, ms = DEFAULT_WAIT_MS): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}; server stderr:\n${this.stderr}`)), ms);
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Waits until `check` returns something other than undefined; re-evaluated on every message from the server. */
  waitUntil<T>(check: () => T | undefined, what: string, ms = DEFAULT_WAIT_MS): Promise<T> {
    const first = check();
    if (first !== undefined) return Promise.resolve(first);
    let waiter: (() => void) | undefined;
    const promise = new Promise<T>((resolve) => {
      waiter = () => {
        const value = check();
        if (value !== undefined) {
          this.waiters.delete(waiter!);
          resolve(value);
        }
      };
      this.waiters.add(waiter);
    });
    return this.within(promise, what, ms).finally(() => this.waiters.delete(waiter!));
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Waits for a publishDiagnostics for `uri` (with `version` when given) after the first `after` ones. */
  waitForPublish(uri: string, version?: number, after = 0): Promise<PublishDiagnosticsParams> {
    return this.waitUntil(
      () => this.published.slice(after).find((p) => p.uri === uri && (version === undefined || p.version === version)),
      `publishDiagnostics for ${uri}${version === undefined ? '' : ` version ${version}`}`,
    );
  }

  open(uri: string, text: string, languageId = 'bulletin', version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  changeConfiguration(settings: unknown = null): Promise<void> {
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.within(
      this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId }),
      `textDocument/diagnostic for ${uri}`,
    );
  }

  /** Pulls and returns the items of a full report (fails on an unchanged one). */
  async pullItems(uri: string): Promise<Diagnostic[]> {
    const report = await this.pull(uri);
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${JSON.stringify(report)}`);
    return report.items;
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const result = await this.within(
      this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } }),
      'textDocument/codeAction',
    );
    return (result ?? []) as CodeAction[];
  }

  async documentSymbols(uri: string): Promise<DocumentSymbol[]> {
    const result = await this.within(this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), 'textDocument/documentSymbol');
    return (result ?? []) as Array<DocumentSymbol | SymbolInformation> as DocumentSymbol[];
  }

  async foldingRanges(uri: string): Promise<FoldingRange[]> {
    return (await this.within(this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }), 'textDocument/foldingRange')) ?? [];
  }

  /** shutdown + exit; resolves with the process exit code. */
  async stop(): Promise<number | null> {
    await this.within(this.connection.sendRequest(ShutdownRequest.type), 'shutdown response');
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.within(this.exited, 'the server process to exit');
    this.connection.dispose();
    return code;
  }

  /** For after-hooks: makes sure the child is gone. */
  async dispose(): Promise<void> {
    // A server stopped in the middle of a message leaves part of it in the reader, whose timer for partial messages
    // then re-arms itself every 10 s for ever and keeps the test process from exiting (vscode-jsonrpc 8): no timer.
    this.reader.partialMessageTimeout = 0;
    if (this.exitCode === undefined) {
      this.process.kill();
      await this.exited;
    }
    this.connection.dispose();
  }
}
