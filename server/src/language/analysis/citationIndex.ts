/**
 * Every numbered citation of a bulletin with the identity of the document it names, its date and body, and where
 * it is in the original text. The entries are plain data, so that the language server and the CLI can keep them
 * for other files and pass them back in as the `reference.workspace` service.
 */
import { CentralBody, centralBodyOf, CitationIdentity, identityOf } from './identity';
import type { CitationMatch } from '../parse/citations';
import type { BulletinModel, Found } from '../parse/model';
import type { Span } from '../text/source';

export interface CitationEntry {
  /** Identity key (number + type + issuer + term or year); undefined when the document cannot be told. */
  key?: string;
  /**
   * The key this citation most likely names: its own key, or for an undated later mention ("Chỉ thị số
   * 05-CT/TW" after the full citation) the key of the nearest dated citation of the same symbol before it.
   */
  refersTo?: string;
  /** Canonical symbol without term: "05-CT/TW", "30/2020/NĐ-CP". */
  base: string;
  /** The symbol as written. */
  symbol: string;
  date?: { year: number; month: number; day: number; text: string };
  body?: string;
  centralBody?: CentralBody;
  /** Original span of the symbol (what navigation selects). */
  span: Span;
  /** Original span of the date, when written. */
  dateSpan?: Span;
  /** 0-based line of the symbol. */
  line: number;
}

/** A citation in another file. */
export interface Sighting {
  uri: string;
  entry: CitationEntry;
}

/** What the `reference.workspace` service holds: the citations of the other open or checked files. */
export interface ReferenceWorkspace {
  others: ReadonlyArray<{ uri: string; entries: readonly CitationEntry[] }>;
  /**
   * The citations of one document (`CitationEntry.key`) in those same files, in the same order, when the holder can
   * tell them without a walk over every file (the language server's index of thousands of bulletins, on every
   * keystroke). Without it they are found in `others`.
   */
  citing?(key: string): readonly Sighting[];
}

const grouped = new WeakMap<ReferenceWorkspace, Map<string, Sighting[]>>();

/** The citations of document `key` in the workspace's files: as `citing` tells them, else from `others`, grouped once. */
export function citationsOf(workspace: ReferenceWorkspace, key: string): readonly Sighting[] {
  if (workspace.citing) return workspace.citing(key);
  let byKey = grouped.get(workspace);
  if (!byKey) grouped.set(workspace, (byKey = groupByKey(workspace.others)));
  return byKey.get(key) ?? [];
}

/** The citations of files grouped by the document they name (`key`), in file order. */
export function groupByKey(files: ReadonlyArray<{ uri: string; entries: readonly CitationEntry[] }>): Map<string, Sighting[]> {
  const byKey = new Map<string, Sighting[]>();
  for (const file of files) {
    for (const entry of file.entries) {
      if (!entry.key) continue;
      const list = byKey.get(entry.key);
      if (list) list.push({ uri: file.uri, entry });
      else byKey.set(entry.key, [{ uri: file.uri, entry }]);
    }
  }
  return byKey;
}

export const WORKSPACE_SERVICE = 'reference.workspace';

/** An entry with the parsed citation it came from (engine use only: not serialisable). */
export interface IndexedCitation {
  entry: CitationEntry;
  identity: CitationIdentity;
  found: Found<CitationMatch>;
}

const cache = new WeakMap<BulletinModel, IndexedCitation[]>();

/** The citations of a model with their identities, built once per model. */
export function indexedCitations(model: BulletinModel): IndexedCitation[] {
  let list = cache.get(model);
  if (!list) {
    list = build(model);
    cache.set(model, list);
  }
  return list;
}

/** The citation entries of one file, for the workspace index and for navigation. */
export function citationIndex(model: BulletinModel): CitationEntry[] {
  return indexedCitations(model).map((x) => x.entry);
}

function build(model: BulletinModel): IndexedCitation[] {
  const out: IndexedCitation[] = [];
  const lastKeyOfBase = new Map<string, string>();
  for (const found of model.citations) {
    const c = found.item;
    const identity = identityOf(c);
    if (!identity || !c.symbol) continue;
    const view = found.paragraph.view;
    const span = view.span(c.symbol.start, c.symbol.end);
    const entry: CitationEntry = { base: identity.base, symbol: c.symbol.raw, span, line: model.source.positionAt(span.start).line };
    if (identity.key) {
      entry.key = identity.key;
      entry.refersTo = identity.key;
      lastKeyOfBase.set(identity.base, identity.key);
    } else if (!c.date) {
      const previous = lastKeyOfBase.get(identity.base);
      if (previous) entry.refersTo = previous;
    }
    if (c.date) {
      entry.date = { year: c.date.year, month: c.date.month, day: c.date.day, text: c.date.text };
      entry.dateSpan = view.span(c.date.start, c.date.end);
    }
    if (c.body) {
      entry.body = c.body.text;
      const central = centralBodyOf(c.body.text);
      if (central) entry.centralBody = central;
    }
    out.push({ entry, identity, found });
  }
  // An undated mention before any dated one names the only document of that symbol in the file, if there is one.
  const keysOfBase = new Map<string, Set<string>>();
  for (const { entry } of out) if (entry.key) (keysOfBase.get(entry.base) ?? keysOfBase.set(entry.base, new Set()).get(entry.base)!).add(entry.key);
  for (const { entry } of out) {
    const keys = keysOfBase.get(entry.base);
    if (!entry.refersTo && !entry.date && keys?.size === 1) entry.refersTo = [...keys][0];
  }
  return out;
}

/** The workspace service if one was passed in and has the expected shape. */
export function workspaceFrom(services: ReadonlyMap<string, unknown>): ReferenceWorkspace | undefined {
  const value = services.get(WORKSPACE_SERVICE) as ReferenceWorkspace | undefined;
  // One that answers by key is not asked for `others` here: listing them may be what it saves.
  return value && (typeof value.citing === 'function' || Array.isArray(value.others)) ? value : undefined;
}

/** A short name for a file in messages: the last path segment of a URI or path. */
export function displayName(uri: string): string {
  const parts = uri.split(/[\\/]/);
  let name = parts[parts.length - 1] || uri;
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep it as written
  }
  return name;
}
