import { fileURLToPath, pathToFileURL } from 'node:url';
import { Connection, Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { builtinCatalog, Catalog, CatalogDocument, Locale, translator } from '../language';
import { catalogPaths, CatalogFileResult, mergeCatalogs, readCatalogFile } from '../files/catalogFiles';

/**
 * The merged catalog the server uses: built-in plus each workspace folder's `.bantin/catalog.json` plus the files of
 * `bantin.catalogFiles`. Reloaded when one of them changes on disk or the setting changes; a broken file gets its
 * diagnostics (published on that file) and the rest keeps working.
 */
export class UserCatalogs {
  private merged: { catalog: Catalog; origins: Map<CatalogDocument, string> } = { catalog: builtinCatalog, origins: new Map() };
  private files: string[] = [];
  private published = new Set<string>();
  private generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly folders: () => string[],
    private readonly extraFiles: (folderUri: string) => Promise<string[]>,
    private readonly locale: () => Promise<Locale>,
  ) {}

  get catalog(): Catalog {
    return this.merged.catalog;
  }

  /** Changes whenever the merged catalog does. */
  get version(): number {
    return this.generation;
  }

  /** The user file an entry comes from (undefined for built-in entries). */
  originOf(doc: CatalogDocument): string | undefined {
    return this.merged.origins.get(doc);
  }

  /** Whether a changed file (by URI) is one of the catalog files. */
  watches(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const file = fileURLToPath(uri);
    return this.files.includes(file) || /[\\/]\.bantin[\\/]catalog\.json$/.test(file);
  }

  /** The files currently read (for the file watchers). */
  get paths(): readonly string[] {
    return this.files;
  }

  /** Reads every catalog file again; resolves to true when the merged catalog changed. */
  async reload(): Promise<boolean> {
    const paths: string[] = [];
    for (const folderUri of this.folders()) {
      const folder = fileURLToPath(folderUri);
      for (const p of catalogPaths(folder, await this.extraFiles(folderUri))) if (!paths.includes(p)) paths.push(p);
    }
    this.files = paths;
    const results = paths.map(readCatalogFile).filter((r): r is CatalogFileResult => r !== undefined);
    // The language is asked for only when there is something to say.
    if (results.some((r) => r.problems.length) || this.published.size) this.publish(results, await this.locale());
    const next = mergeCatalogs(results);
    const before = this.merged.catalog.documents.map((d) => JSON.stringify(d.record)).join('\n');
    const after = next.catalog.documents.map((d) => JSON.stringify(d.record)).join('\n');
    this.merged = next;
    if (before === after) return false;
    this.generation++;
    return true;
  }

  private publish(results: CatalogFileResult[], locale: Locale): void {
    const t = translator(locale);
    const now = new Set<string>();
    for (const r of results) {
      const uri = pathToFileURL(r.file).href;
      const diagnostics: Diagnostic[] = r.problems.map((p) => ({
        range: p.range,
        severity: DiagnosticSeverity.Error,
        source: 'bantin',
        code: 'catalog.invalid',
        message: p.fatal ? t('catalog.file-invalid', { file: r.file, problem: p.message }) : t('catalog.entry-invalid', { file: r.file, problem: p.message }),
      }));
      if (diagnostics.length) now.add(uri);
      if (diagnostics.length) void this.connection.sendDiagnostics({ uri, diagnostics });
      if (diagnostics.length) this.connection.console.warn(`${r.file}: ${r.problems.length} lỗi / problems; ${r.documents.length} văn bản dùng được / entries used`);
    }
    for (const uri of this.published) if (!now.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published = now;
  }
}
