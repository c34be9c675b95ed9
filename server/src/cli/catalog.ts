import * as fs from 'node:fs';
import * as path from 'node:path';
import { Catalog, CatalogDocument, isVerified, queryOf, searchCatalog, shortDate } from '../language';
import { workspaceSetting } from './workspaceSettings';
import { catalogPaths, CatalogFileResult, mergeCatalogs, readCatalogFile } from '../files/catalogFiles';

export interface UserCatalog {
  catalog: Catalog;
  origins: Map<CatalogDocument, string>;
  /** One line per problem of a user file: "file:line:column: message". */
  problems: string[];
}

/**
 * The catalog the CLI uses, like the editor's: built-in, then `.bantin/catalog.json` of the working directory, the
 * files of `bantin.catalogFiles` in its `.vscode/settings.json`, and the files given with `--catalog`.
 */
export function userCatalog(cwd: string, extra: readonly string[]): UserCatalog {
  const files = catalogPaths(cwd, [...settingsCatalogFiles(cwd), ...extra.map((f) => path.resolve(f))]);
  const results = files.map(readCatalogFile).filter((r): r is CatalogFileResult => r !== undefined);
  for (const f of extra) if (!fs.existsSync(path.resolve(f))) results.push(missing(path.resolve(f)));
  const problems = results.flatMap((r) => r.problems.map((p) => `${path.relative(cwd, r.file) || r.file}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.fatal ? 'tệp bị bỏ qua / file skipped' : 'văn bản bị bỏ qua / entry skipped'}: ${p.message}`));
  return { ...mergeCatalogs(results), problems };
}

function missing(file: string): CatalogFileResult {
  const zero = { line: 0, character: 0 };
  return { file, documents: [], problems: [{ range: { start: zero, end: zero }, message: 'không tìm thấy tệp / file not found', fatal: true }] };
}

function settingsCatalogFiles(cwd: string): string[] {
  const files = workspaceSetting(cwd, 'bantin.catalogFiles');
  return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [];
}

/** `bantin catalog [query]`: the entries in catalog order, or those a query finds, best first. */
export function listCatalog(user: UserCatalog, query: string | undefined, format: 'text' | 'json', cwd: string): string {
  const docs = query && query.trim() ? searchCatalog(user.catalog, queryOf(query), { limit: 1000 }).map((h) => h.doc) : [...user.catalog.documents];
  const origin = (d: CatalogDocument) => {
    const file = user.origins.get(d);
    return file ? path.relative(cwd, file) || file : 'built-in';
  };
  if (format === 'json') {
    return JSON.stringify(docs.map((d) => ({ ...d.record, origin: origin(d) })), null, 2);
  }
  return docs
    .map((d) => {
      const r = d.record;
      const parts = [d.symbol.padEnd(16), (shortDate(d) ?? '').padEnd(10), r.type, r.issuer ? `· ${r.issuer}` : '', r.term ? `· ${r.category === 'party' ? 'khóa ' : ''}${r.term}` : ''];
      const marks = [isVerified(d) ? '' : 'chưa kiểm chứng / not verified', user.origins.has(d) ? origin(d) : ''].filter((m) => m);
      return `${parts.filter((p) => p).join(' ')}\n    ${r.title}${marks.length ? ` [${marks.join('; ')}]` : ''}`;
    })
    .join('\n');
}
