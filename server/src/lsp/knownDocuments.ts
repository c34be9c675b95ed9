import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CompletionItem, CompletionItemKind, CompletionList, Connection, DidChangeWatchedFilesNotification, FileChangeType, FileSystemWatcher, InitializeParams,
  InsertTextFormat, MarkupKind, ServerCapabilities, TextDocuments, WatchKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  BulletinModel, citationCompletions, citationHover, citationStyleOf, citationText, describeDocument, detailOf, Locale, ReferenceWorkspace,
  queryOf, searchCatalog, translator,
} from '../language';
import { UserCatalogs } from './userCatalogs';
import { UserWords } from './userWords';
import { WorkspaceIndex } from './workspaceIndex';

/** Custom request of the "Chèn trích dẫn…" command: the merged catalog searched for a query. */
export const CATALOG_SEARCH_REQUEST = 'bantin/catalogSearch';

export interface CatalogSearchParams {
  query: string;
  /** The document the citation goes into: its form (date style, comma) and month are followed. */
  uri?: string;
  limit?: number;
}

export interface CatalogSearchItem {
  symbol: string;
  detail: string;
  title: string;
  citation: string;
}

interface Host {
  documents: TextDocuments<TextDocument>;
  model(document: TextDocument): BulletinModel;
  workspace(uri: string): ReferenceWorkspace;
  locale(uri: string): Promise<Locale>;
  /** The catalog or the index changed: cached findings are stale. */
  sourcesChanged(): void;
}

/**
 * Known documents in the language server: the merged catalog (built-in + user files), the workspace index of every
 * bulletin on disk, completion with resolve, citation hover, and the catalog search behind "Chèn trích dẫn…".
 */
export class KnownDocuments {
  readonly index: WorkspaceIndex;
  readonly catalogs: UserCatalogs;
  readonly words: UserWords;
  private folders: string[] = [];
  private canProgress = false;
  private canWatch = false;
  private canPullSettings = false;
  private snippets = false;
  private initialCatalogFiles: string[] = [];
  private initialPlain = false;
  /** Whether the index also reads plain text and Markdown (the setting when it was last built). */
  private plain = false;
  private ready: Promise<void> = Promise.resolve();

  constructor(private readonly connection: Connection, private readonly host: Host) {
    this.index = new WorkspaceIndex(() => host.sourcesChanged());
    this.words = new UserWords(() => this.folders);
    this.catalogs = new UserCatalogs(connection, () => this.folders, (folderUri) => this.catalogFiles(folderUri), () => host.locale(this.folders[0] ?? ''));
  }

  static readonly capabilities: ServerCapabilities = {
    completionProvider: { triggerCharacters: [' ', '-', '/'], resolveProvider: true },
  };

  initialize(params: InitializeParams): void {
    this.folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!this.folders.length && params.rootUri) this.folders = [params.rootUri];
    this.canProgress = !!params.capabilities.window?.workDoneProgress;
    this.canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.canPullSettings = !!params.capabilities.workspace?.configuration;
    this.snippets = !!params.capabilities.textDocument?.completion?.completionItem?.snippetSupport;
    const settings = (params.initializationOptions as { settings?: { catalogFiles?: unknown; checkPlainTextAndMarkdown?: unknown } } | undefined)?.settings;
    this.initialCatalogFiles = stringList(settings?.catalogFiles);
    this.initialPlain = settings?.checkPlainTextAndMarkdown === true;
  }

  /** After `initialized`: reads the user catalogs, starts the index in the background, watches the files. */
  initialized(): void {
    this.words.reload();
    this.ready = this.catalogs.reload().then(() => this.host.sourcesChanged());
    void this.ready.then(async () => {
      this.plain = await this.plainTextAndMarkdown();
      await this.watch();
      await this.buildIndex();
    });
  }

  /** Settings changed: the list of extra catalog files may have too. */
  configurationChanged(settings?: unknown): void {
    const bantin = (settings as { bantin?: { catalogFiles?: unknown; checkPlainTextAndMarkdown?: unknown } } | undefined)?.bantin;
    if (bantin?.catalogFiles !== undefined) this.initialCatalogFiles = stringList(bantin.catalogFiles);
    if (bantin?.checkPlainTextAndMarkdown !== undefined) this.initialPlain = bantin.checkPlainTextAndMarkdown === true;
    void this.reloadCatalogs().then(async () => {
      // Plain text and Markdown switched on or off: the index is read again with or without them.
      if ((await this.plainTextAndMarkdown()) !== this.plain) await this.buildIndex();
      await this.watch();
    });
  }

  listen(): void {
    this.connection.onNotification(DidChangeWatchedFilesNotification.type, (params) => {
      const catalogsChanged: string[] = [];
      const created: string[] = [];
      const deleted: string[] = [];
      let wordsChanged = false;
      for (const change of params.changes) {
        if (isSettingsFolder(change.uri)) {
          // A new `.bantin` folder: a file written into it at once can come without its own event (inotify, parcel-watcher#243).
          wordsChanged = true;
          catalogsChanged.push(change.uri);
        } else if (this.words.watches(change.uri)) wordsChanged = true;
        else if (this.catalogs.watches(change.uri)) catalogsChanged.push(change.uri);
        else if (change.type === FileChangeType.Deleted) deleted.push(change.uri);
        else if (this.index.reads(change.uri)) this.index.update(change.uri);
        else if (change.type === FileChangeType.Created) created.push(change.uri);
      }
      // A folder copied or moved in may come as one event, without its bulletins' own.
      if (created.length) void this.index.added(created);
      // A deleted folder comes as one event: what the index held under it goes too.
      if (deleted.length) this.index.removed(deleted);
      if (catalogsChanged.length) {
        // Said in the output channel: when a catalog edit seems to go unseen, it shows whether the editor told us.
        this.connection.console.info(`Bản tin: danh mục thay đổi, đọc lại / catalog changed, reading again: ${catalogsChanged.join(', ')}`);
        void this.reloadCatalogs();
      }
      if (wordsChanged && this.words.reload()) this.host.sourcesChanged();
    });

    this.connection.onCompletion(async (params): Promise<CompletionList | null> => {
      const document = this.host.documents.get(params.textDocument.uri);
      if (!document) return null;
      await this.ready;
      const model = this.host.model(document);
      const items = citationCompletions(model, document.offsetAt(params.position), this.catalogs.catalog, {
        locale: await this.host.locale(document.uri),
        cited: this.index.citedCounts(),
      });
      const version = this.catalogs.version;
      return {
        isIncomplete: true,
        items: items.map((i): CompletionItem => ({
          label: i.label,
          kind: i.kind === 'symbol' ? CompletionItemKind.Reference : CompletionItemKind.Snippet,
          detail: i.detail,
          filterText: i.filterText,
          sortText: i.sortText,
          insertTextFormat: i.snippet && this.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
          textEdit: {
            range: { start: document.positionAt(i.range.start), end: document.positionAt(i.range.end) },
            newText: this.snippets ? i.insertText : i.plainText,
          },
          data: { index: i.index, catalog: version, uri: document.uri },
        })),
      };
    });

    this.connection.onCompletionResolve(async (item): Promise<CompletionItem> => {
      const data = item.data as { index?: number; catalog?: number; uri?: string } | undefined;
      if (!data || data.catalog !== this.catalogs.version || typeof data.index !== 'number') return item;
      const doc = this.catalogs.catalog.documents[data.index];
      if (!doc) return item;
      const locale = await this.host.locale(data.uri ?? '');
      return { ...item, documentation: { kind: MarkupKind.Markdown, value: describeDocument(doc, locale, this.origin(doc)) } };
    });

    this.connection.onRequest(CATALOG_SEARCH_REQUEST, async (params: CatalogSearchParams): Promise<CatalogSearchItem[]> => {
      await this.ready;
      const document = params.uri ? this.host.documents.get(params.uri) : undefined;
      const model = document ? this.host.model(document) : undefined;
      const style = model ? citationStyleOf(model) : undefined;
      const month = model?.period?.valid ? { year: model.period.year, month: model.period.month } : undefined;
      const t = translator(document ? await this.host.locale(document.uri) : 'vi');
      const hits = searchCatalog(this.catalogs.catalog, queryOf(String(params.query ?? '')), { month, cited: this.index.citedCounts(), limit: params.limit ?? 100 });
      return hits.map(({ doc }) => ({ symbol: doc.symbol, detail: detailOf(doc, t), title: doc.record.title, citation: citationText(doc, style) }));
    });
  }

  /** Hover on a citation (Markdown), or undefined. */
  async hover(document: TextDocument, offset: number): Promise<string | undefined> {
    await this.ready;
    return citationHover(this.host.model(document), offset, this.catalogs.catalog, {
      locale: await this.host.locale(document.uri),
      workspace: this.host.workspace(document.uri),
      originOf: (doc) => this.origin(doc),
    });
  }

  private origin(doc: Parameters<UserCatalogs['originOf']>[0]): string | undefined {
    const file = this.catalogs.originOf(doc);
    if (!file) return undefined;
    const folder = this.folders.filter((f) => f.startsWith('file:')).map((f) => fileURLToPath(f)).find((f) => file.startsWith(f + path.sep));
    return folder ? path.relative(folder, file) : file;
  }

  private async reloadCatalogs(): Promise<void> {
    this.ready = this.ready.then(async () => {
      const changed = await this.catalogs.reload();
      this.connection.console.info(`Bản tin: ${this.catalogs.catalog.documents.length} văn bản trong danh mục${changed ? ', kiểm tra lại' : ''} / catalog entries${changed ? ', checking again' : ''}`);
      if (changed) this.host.sourcesChanged();
    });
    await this.ready;
  }

  private async buildIndex(): Promise<void> {
    if (!this.folders.length) return;
    this.plain = await this.plainTextAndMarkdown();
    const progress = this.canProgress ? await this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Bản tin: đọc các bản tin trong thư mục làm việc', 0, undefined, false);
    try {
      await this.index.build(this.folders, { report: (done, total) => progress?.report(Math.round((100 * done) / total), `${done}/${total}`) }, this.plain);
    } finally {
      progress?.done();
    }
    this.connection.console.info(`Bản tin: ${this.index.size} bản tin trong chỉ mục / bulletins indexed`);
  }

  private registration: { dispose(): void } | undefined;

  private async watch(): Promise<void> {
    if (!this.canWatch) return;
    const watchers: FileSystemWatcher[] = [
      { globPattern: this.plain ? '**/*.{bulletin,bantin,txt,md}' : '**/*.{bulletin,bantin}' }, { globPattern: '**/.bantin/catalog.json' },
      { globPattern: '**/.bantin/words.txt' }, { globPattern: '**/.bantin' },
      // Folders created and deleted (the pattern cannot tell them from files): VS Code reports a folder copied, moved or
      // deleted with one event for the folder, none for the bulletins in it (microsoft/vscode#109754).
      { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
    ];
    for (const file of this.catalogs.paths) {
      if (!/[\\/]\.bantin[\\/]catalog\.json$/.test(file)) watchers.push({ globPattern: { baseUri: pathToFileURL(path.dirname(file)).href, pattern: path.basename(file) } });
    }
    const previous = this.registration;
    this.registration = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
    previous?.dispose();
  }

  private async plainTextAndMarkdown(): Promise<boolean> {
    if (!this.canPullSettings || !this.folders.length) return this.initialPlain;
    // A window-scoped setting: asked without a resource (VS Code warns when such a setting is read for one).
    const value: unknown = await this.connection.workspace.getConfiguration({ section: 'bantin.checkPlainTextAndMarkdown' }).catch(() => undefined);
    return value === true;
  }

  private async catalogFiles(folderUri: string): Promise<string[]> {
    if (!this.canPullSettings) return this.initialCatalogFiles;
    const value: unknown = await this.connection.workspace.getConfiguration({ scopeUri: folderUri, section: 'bantin.catalogFiles' }).catch(() => undefined);
    return stringList(value);
  }
}

/** The `.bantin` folder itself (created, deleted), not a file in it. */
function isSettingsFolder(uri: string): boolean {
  return /[\\/]\.bantin[\\/]?$/.test(uri);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}
