import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  BulletinModel, Catalog, CATALOG_SERVICE, citationIndex, CitationEntry, Finding, groupByKey, looksLikeBulletin, parseBulletin, ReferenceWorkspace,
  runChecks, Sighting, TONE_STYLE_SERVICE, USER_WORDS, WORKSPACE_SERVICE,
} from '../language';
import { Settings, localeOf } from './settings';

export const MAX_DOCUMENT_CHARS = 10 * 1024 * 1024;

interface Entry {
  version: number;
  model: BulletinModel;
  findingsKey?: string;
  findings?: Finding[];
}

/** The bulletins on disk, as the workspace index tells them. */
export interface ClosedFiles {
  /** Those other than `exceptUri` and the `open` ones that cite one of `bases` (all when undefined). */
  others(exceptUri: string, open: ReadonlySet<string>, bases?: ReadonlySet<string>): Array<{ uri: string; entries: readonly CitationEntry[] }>;
  /** The same files' citations of one document (by key), found without a walk over them all. */
  citing(exceptUri: string, open: ReadonlySet<string>): (key: string) => readonly Sighting[];
}

/** What the analysis reads besides the open documents: the bulletins on disk and the merged catalog. */
export interface KnownSources {
  /** The bulletins on disk (the workspace index). */
  closed?: ClosedFiles;
  catalog?: () => Catalog;
  /** The words of the workspace's `.bantin/words.txt` files, and a number that changes with them. */
  words?: () => { set: ReadonlySet<string>; version: number };
}

/**
 * Parses each document version once and keeps its findings until the version, the settings or the citations of
 * another open document change (the same document cited with another date in another file is a finding too).
 */
export class Analysis {
  private readonly entries = new Map<string, Entry>();
  private readonly signatures = new Map<string, string>();
  private generation = 0;

  /** Changes whenever a result computed earlier may be out of date because another document changed. */
  get workspaceVersion(): number {
    return this.generation;
  }

  /**
   * @param openDocuments the documents open in the client (the workspace that cross-file checks compare with)
   * @param onWorkspaceChange called when the citations of a document change, so that the others are re-checked
   */
  constructor(
    private readonly openDocuments: () => TextDocument[] = () => [],
    private readonly onWorkspaceChange: (uri: string) => void = () => undefined,
    private readonly known: KnownSources = {},
  ) {}

  /** Another source of the findings changed (the workspace index, a user catalog): cached findings are stale. */
  sourcesChanged(): void {
    this.generation++;
    this.onWorkspaceChange('');
  }

  /** Whether a document is checked at all: bulletins always, plain text and Markdown when asked and bulletin-like. */
  isChecked(document: TextDocument, settings: Settings): boolean {
    if (document.languageId === 'bulletin') return true;
    if (!settings.checkPlainTextAndMarkdown) return false;
    if (document.languageId !== 'plaintext' && document.languageId !== 'markdown') return false;
    return looksLikeBulletin(document.getText());
  }

  model(document: TextDocument): BulletinModel {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    const model = parseBulletin(document.getText(), {
      version: document.version,
      previous: cached?.model,
      flavor: document.languageId === 'markdown' ? 'markdown' : document.languageId === 'plaintext' ? 'plain' : 'auto',
      declaredBulletin: document.languageId === 'bulletin',
    });
    this.entries.set(document.uri, { version: document.version, model });
    return model;
  }

  findings(document: TextDocument, settings: Settings, settingsVersion: number, clientLocale: string | undefined): Finding[] {
    const model = this.model(document);
    const entry = this.entries.get(document.uri)!;
    const locale = localeOf(settings, clientLocale);
    this.noteCitations(document.uri, model);
    const listed = this.known.words?.();
    const key = `${settingsVersion}|${this.generation}|${locale}|${JSON.stringify(settings.checks)}|${settings.toneStyle}|${listed?.version}|${settings.words.join(' ')}`;
    if (entry.findingsKey === key && entry.findings) return entry.findings;
    const services = new Map<string, unknown>([[WORKSPACE_SERVICE, this.workspace(document.uri)]]);
    const catalog = this.known.catalog?.();
    if (catalog) services.set(CATALOG_SERVICE, catalog);
    services.set(TONE_STYLE_SERVICE, settings.toneStyle);
    services.set(USER_WORDS, settings.words.length ? new Set([...(listed?.set ?? []), ...settings.words]) : listed?.set ?? new Set());
    entry.findings = runChecks(model, { locale, severities: settings.checks, services });
    entry.findingsKey = key;
    return entry.findings;
  }

  /** The citations of every other open bulletin (parsed on demand, once per version) and of the bulletins on disk. */
  workspace(exceptUri: string): ReferenceWorkspace {
    const open: Array<{ uri: string; entries: ReturnType<typeof citationIndex> }> = [];
    for (const document of this.openDocuments()) {
      if (document.uri === exceptUri || document.getText().length > MAX_DOCUMENT_CHARS) continue;
      if (document.languageId !== 'bulletin' && !this.entries.has(document.uri)) continue;
      const model = this.model(document);
      this.noteCitations(document.uri, model, false);
      open.push({ uri: document.uri, entries: citationIndex(model) });
    }
    const closed = this.known.closed;
    if (!closed) return { others: open };
    const openUris = new Set(this.openDocuments().map((d) => d.uri));
    const self = this.entries.get(exceptUri)?.model;
    return new Workspace(
      open,
      // Only the files on disk that cite a document this one cites can matter to it, when something lists them.
      () => closed.others(exceptUri, openUris, self && new Set(citationIndex(self).map((e) => e.base))),
      closed.citing(exceptUri, openUris),
    );
  }

  /** Tells the server when what a document says about cited documents changes; unrelated edits cost nothing. */
  private noteCitations(uri: string, model: BulletinModel, notify = true): void {
    // Alone, a document has no one to tell: skip the signature (the common case, and on every keystroke).
    if (this.openDocuments().length <= 1) {
      this.signatures.delete(uri);
      return;
    }
    const signature = JSON.stringify(citationIndex(model).map((e) => [e.refersTo, e.date && [e.date.year, e.date.month, e.date.day], e.body]));
    if (this.signatures.get(uri) === signature) return;
    const known = this.signatures.has(uri) || this.entries.size > 1;
    this.signatures.set(uri, signature);
    this.generation++;
    if (known && notify) this.onWorkspaceChange(uri);
  }

  forget(uri: string): void {
    this.entries.delete(uri);
    if (this.signatures.delete(uri)) {
      this.generation++;
      this.onWorkspaceChange(uri);
    }
  }
}

/**
 * What a document's checks see of the other files: the open ones, then those on disk. The files on disk are listed
 * only when something walks `others` (hover, references); the cross-file check asks for one document at a time
 * (`citing`), which the workspace index answers without a walk. A class with its getter on the prototype (see
 * `ParsedBulletin`).
 */
class Workspace implements ReferenceWorkspace {
  private all?: Array<{ uri: string; entries: readonly CitationEntry[] }>;
  private openByKey?: Map<string, Sighting[]>;

  constructor(
    private readonly open: Array<{ uri: string; entries: readonly CitationEntry[] }>,
    private readonly closed: () => Array<{ uri: string; entries: readonly CitationEntry[] }>,
    private readonly closedCiting: (key: string) => readonly Sighting[],
  ) {}

  get others(): Array<{ uri: string; entries: readonly CitationEntry[] }> {
    return (this.all ??= [...this.open, ...this.closed()]);
  }

  citing(key: string): readonly Sighting[] {
    const open = (this.openByKey ??= groupByKey(this.open)).get(key) ?? [];
    const closed = this.closedCiting(key);
    return open.length === 0 ? closed : closed.length === 0 ? open : [...open, ...closed];
  }
}
