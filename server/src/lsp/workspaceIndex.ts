import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CitationEntry, citationIndex, groupByKey, looksLikeBulletin, parseBulletin, Sighting, symbolKey } from '../language';
import { readText } from '../cli/files';

/** The files the index reads: bulletins by extension; plain text and Markdown that look like one when asked. */
export const INDEXED_EXTENSIONS = ['.bulletin', '.bantin'];
const PLAIN_EXTENSIONS = ['.txt', '.md'];
/** Folders never searched. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);
/** A workspace with more bulletins than this is indexed up to here. */
const MAX_FILES = 20_000;

export interface IndexedFile {
  uri: string;
  entries: CitationEntry[];
  /** Start and end position of each entry's symbol: line, character, line, character. */
  positions: Uint32Array;
}

export interface IndexProgress {
  report(done: number, total: number): void;
}

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/**
 * The citations of every bulletin in the workspace folders, open or not: read in the background on start, then kept
 * up to date from file events. Only the citation entries are kept (a few hundred bytes each), never the models.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, IndexedFile>();
  private counts: Map<string, number> | undefined;
  /** Symbol base → keys of the files citing it, built on demand. */
  private byBase: Map<string, string[]> | undefined;
  /** Document key → its citations in every file, in index order, built on demand. */
  private byKey: Map<string, Sighting[]> | undefined;
  /** See folders(). */
  private folderKeys: Set<string> | undefined;
  private generation = 0;

  /** Also plain text and Markdown files whose first lines look like a bulletin (`bantin.checkPlainTextAndMarkdown`). */
  private plain = false;

  /** The workspace folders last built (paths): a folder event is judged by its path inside one of them. */
  private roots: string[] = [];

  /** @param onChange called after the index changed (a file added, changed or removed) */
  constructor(private readonly onChange: () => void = () => undefined) {}

  /** Changes whenever the index does. */
  get version(): number {
    return this.generation;
  }

  get size(): number {
    return this.files.size;
  }

  /** Lists and reads every bulletin in the folders (file: URIs), yielding to other work between files. */
  async build(folderUris: readonly string[], progress?: IndexProgress, plainTextAndMarkdown = false): Promise<void> {
    this.plain = plainTextAndMarkdown;
    this.files.clear();
    this.folderKeys = undefined;
    this.roots = folderUris.filter((u) => u.startsWith('file:')).map((u) => path.normalize(fileURLToPath(u)));
    const found: string[] = [];
    const extensions = this.extensions();
    for (const folderUri of folderUris) if (folderUri.startsWith('file:')) await listBulletins(fileURLToPath(folderUri), found, extensions);
    const done = await this.readInWorker(found, progress);
    for (let i = done; i < found.length; i++) {
      this.read(found[i]);
      if (i % 20 === 19 || i === found.length - 1) progress?.report(i + 1, found.length);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    this.changed();
  }

  /**
   * Reads the files in a worker thread when the bundle has one (dist/server/indexWorker.js): the garbage of parsing
   * thousands of files then lives in the worker's heap, which is given back when it ends, and the server's own heap
   * grows by the entries only. Resolves with how many files (from the start of the list) were read; the caller reads
   * the rest itself (no worker, or one that failed).
   */
  private readInWorker(files: readonly string[], progress?: IndexProgress): Promise<number> {
    const script = path.join(__dirname, 'indexWorker.js');
    if (files.length < 50 || !fs.existsSync(script)) return Promise.resolve(0);
    return new Promise((resolve) => {
      let received = 0;
      let worker: Worker;
      try {
        worker = new Worker(script, { workerData: { files, plain: this.plain }, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      } catch {
        resolve(0);
        return;
      }
      const finish = () => {
        void worker.terminate();
        resolve(received);
      };
      worker.on('message', (message: { index: number; file?: IndexedFile } | { done: true }) => {
        if ('done' in message) return finish();
        if (message.index !== received) return finish();
        const key = keyOf(pathToFileURL(files[received]).href);
        if (message.file) this.files.set(key, message.file);
        else this.files.delete(key);
        this.folderKeys = undefined;
        received++;
        if (received % 20 === 0 || received === files.length) progress?.report(received, files.length);
      });
      worker.on('error', finish);
      worker.on('exit', () => resolve(received));
    });
  }

  /** A file was created or changed on disk: read it again (or drop it when it is no longer a bulletin). */
  update(uri: string): void {
    if (!uri.startsWith('file:')) return;
    const file = fileURLToPath(uri);
    if (!this.extensions().includes(path.extname(file).toLowerCase())) return;
    this.read(file);
    this.changed();
  }

  /** Whether `uri` names a file the index would read by its extension (else it may be a folder). */
  reads(uri: string): boolean {
    return uri.startsWith('file:') && this.extensions().includes(path.extname(fileURLToPath(uri)).toLowerCase());
  }

  /**
   * Things appeared that are not bulletins by their names: those that are folders the index searches (created, copied
   * or moved in) have their bulletins read. VS Code may report such a folder with one event and none for the files in
   * it (it folds them into the folder's, and files written before the folder was watched have none). A folder inside
   * another of the same batch is read with it, once.
   */
  async added(uris: readonly string[]): Promise<void> {
    const paths = uris.map((u) => this.searchedPath(u)).filter((p): p is string => p !== undefined).sort((a, b) => a.length - b.length);
    const folders: string[] = [];
    for (const dir of paths) {
      if (folders.some((f) => dir === f || dir.startsWith(f + path.sep))) continue;
      if (await fs.promises.stat(dir).then((s) => s.isDirectory(), () => false)) folders.push(dir);
    }
    const found: string[] = [];
    for (const dir of folders) await listBulletins(dir, found, this.extensions(), MAX_FILES - this.files.size);
    // A folder of a year's bulletins is read in the worker, as on start.
    const done = await this.readInWorker(found);
    for (let i = done; i < found.length; i++) {
      this.read(found[i]);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (found.length) this.changed();
  }

  /**
   * Files or folders were deleted or moved away: drops them and every file under them. VS Code reports a folder's
   * deletion as one event for the folder (microsoft/vscode#109754), not one per file in it.
   */
  removed(uris: readonly string[]): void {
    // Most deletions are of files the index never held (an editor's temporary files): told apart without a walk.
    const gone = new Set(uris.filter((u) => u.startsWith('file:')).map(keyOf).filter((key) => this.files.has(key) || this.folders().has(key)));
    if (!gone.size) return;
    let dropped = false;
    for (const key of [...this.files.keys()]) {
      // The file itself or one of its folders, up to the root of the file system.
      for (let at = key, up = path.dirname(at); ; at = up, up = path.dirname(at)) {
        if (gone.has(at)) {
          this.files.delete(key);
          dropped = true;
          break;
        }
        if (up === at) break;
      }
    }
    if (dropped) this.changed();
  }

  /** Every folder that holds an indexed file, at any depth (by the same keys as the files), built on demand. */
  private folders(): Set<string> {
    if (!this.folderKeys) {
      this.folderKeys = new Set();
      for (const key of this.files.keys()) {
        for (let up = path.dirname(key); !this.folderKeys.has(up); up = path.dirname(up)) {
          this.folderKeys.add(up);
          if (path.dirname(up) === up) break;
        }
      }
    }
    return this.folderKeys;
  }

  /** The path of `uri` when the index searches it: inside a workspace folder, through no skipped or hidden folder. */
  private searchedPath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const file = path.normalize(fileURLToPath(uri));
    const root = this.roots.find((r) => file.startsWith(r + path.sep));
    if (!root) return undefined;
    const inside = path.relative(root, file).split(path.sep);
    return inside.some((name) => SKIPPED_DIRS.has(name) || name.startsWith('.')) ? undefined : file;
  }

  /**
   * The indexed files other than `exceptUri` and the ones in `skip` (open documents, whose text is newer); with
   * `bases`, only the files that cite one of those symbols, and of each only those citations.
   */
  others(exceptUri: string, skip: ReadonlySet<string>, bases?: ReadonlySet<string>): Array<{ uri: string; entries: CitationEntry[] }> {
    const except = keyOf(exceptUri);
    const open = new Set([...skip].map(keyOf));
    const out: Array<{ uri: string; entries: CitationEntry[] }> = [];
    for (const key of bases ? this.filesCiting(bases) : this.files.keys()) {
      const file = this.files.get(key)!;
      if (key === except || open.has(key) || !file.entries.length) continue;
      // Only the citations of the documents asked about: the checks then compare tens of entries, not thousands.
      out.push({ uri: file.uri, entries: bases ? file.entries.filter((e) => bases.has(e.base)) : file.entries });
    }
    return out;
  }

  /**
   * The citations of one document (by key) in the indexed files other than `exceptUri` and the ones in `skip`, in
   * index order: what `others` holds of it, without a walk over every file (asked on every keystroke).
   */
  citing(exceptUri: string, skip: ReadonlySet<string>): (key: string) => readonly Sighting[] {
    // The files left out, as the index spells their URIs (an open document's URI may be spelled otherwise).
    const left = new Set([...skip, exceptUri].map((u) => this.files.get(keyOf(u))?.uri).filter((u): u is string => u !== undefined));
    return (key) => {
      const all = (this.byKey ??= groupByKey([...this.files.values()])).get(key) ?? [];
      return left.size && all.some((s) => left.has(s.uri)) ? all.filter((s) => !left.has(s.uri)) : all;
    };
  }

  /** Keys of the files that cite at least one of `bases`, in index order. */
  private filesCiting(bases: ReadonlySet<string>): string[] {
    if (!this.byBase) {
      this.byBase = new Map();
      for (const [key, file] of this.files) {
        for (const base of new Set(file.entries.map((e) => e.base))) {
          const list = this.byBase.get(base);
          if (list) list.push(key);
          else this.byBase.set(base, [key]);
        }
      }
    }
    const keys = new Set<string>();
    for (const base of bases) for (const key of this.byBase.get(base) ?? []) keys.add(key);
    return keys.size ? [...this.files.keys()].filter((key) => keys.has(key)) : [];
  }

  /** Where an entry of an indexed file is, as a range. */
  rangeOf(uri: string, entry: CitationEntry): Range | undefined {
    const file = this.files.get(keyOf(uri));
    const i = file ? file.entries.indexOf(entry) : -1;
    if (!file || i < 0) return undefined;
    const p = file.positions;
    return { start: { line: p[4 * i], character: p[4 * i + 1] }, end: { line: p[4 * i + 2], character: p[4 * i + 3] } };
  }

  /** How many citations of each document (by `symbolKey` of its symbol) the workspace holds. */
  citedCounts(): ReadonlyMap<string, number> {
    if (!this.counts) {
      this.counts = new Map();
      for (const file of this.files.values()) for (const e of file.entries) this.counts.set(symbolKey(e.base), (this.counts.get(symbolKey(e.base)) ?? 0) + 1);
    }
    return this.counts;
  }

  private extensions(): string[] {
    return this.plain ? [...INDEXED_EXTENSIONS, ...PLAIN_EXTENSIONS] : INDEXED_EXTENSIONS;
  }

  private read(file: string): void {
    const uri = pathToFileURL(file).href;
    const read = readIndexedFile(file, this.plain);
    if (read) this.files.set(keyOf(uri), read);
    else this.files.delete(keyOf(uri));
    this.folderKeys = undefined;
  }

  private changed(): void {
    this.counts = undefined;
    this.byBase = undefined;
    this.byKey = undefined;
    this.folderKeys = undefined;
    this.generation++;
    this.onChange();
  }
}

/**
 * One key per file whatever the URI's spelling: VS Code writes "ban tin (1).bulletin" as "ban%20tin%20%281%29…" and
 * a drive letter as "c%3A", Node as "ban%20tin%20(1)…" and "C:". An open document and its file on disk must meet.
 */
function keyOf(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    const file = path.normalize(fileURLToPath(uri));
    return process.platform === 'win32' || process.platform === 'darwin' ? file.toLowerCase() : file;
  } catch {
    return uri;
  }
}

/**
 * Reads and parses one file and keeps its citations: what the index holds of it, or undefined when it is not a
 * bulletin (or cannot be read). Also run in the index worker.
 */
export function readIndexedFile(file: string, plainTextAndMarkdown: boolean): IndexedFile | undefined {
  const ext = path.extname(file).toLowerCase();
  const declared = INDEXED_EXTENSIONS.includes(ext);
  if (!declared && !(plainTextAndMarkdown && PLAIN_EXTENSIONS.includes(ext))) return undefined;
  const read = readText(file);
  if (!read.ok || (!declared && !looksLikeBulletin(read.text))) return undefined;
  const model = parseBulletin(read.text, { declaredBulletin: declared, flavor: ext === '.md' ? 'markdown' : ext === '.txt' ? 'plain' : 'auto' });
  const entries = citationIndex(model);
  const positions = new Uint32Array(entries.length * 4);
  entries.forEach((e, i) => {
    const start = model.source.positionAt(e.span.start);
    const end = model.source.positionAt(e.span.end);
    positions.set([start.line, start.character, end.line, end.character], 4 * i);
  });
  // Strings sliced from the file would keep the whole file alive: copy the few the entries hold.
  return { uri: pathToFileURL(file).href, entries: entries.map(detach), positions };
}

function detach(e: CitationEntry): CitationEntry {
  const out: CitationEntry = { ...e, base: copy(e.base), symbol: copy(e.symbol) };
  if (e.key) out.key = copy(e.key);
  if (e.refersTo) out.refersTo = copy(e.refersTo);
  if (e.body) out.body = copy(e.body);
  if (e.date) out.date = { ...e.date, text: copy(e.date.text) };
  return out;
}

/** A flat copy of a string: V8 keeps a slice as a view of its parent otherwise. */
function copy(s: string): string {
  return (' ' + s).slice(1);
}

/** Adds to `out` the files under `dir` with one of `extensions`, skipping SKIPPED_DIRS and hidden folders, up to `limit` in all. */
async function listBulletins(dir: string, out: string[], extensions: readonly string[], limit = MAX_FILES): Promise<void> {
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (out.length >= limit) return;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.')) await listBulletins(full, out, extensions, limit);
    } else if (e.isFile() && extensions.includes(path.extname(e.name).toLowerCase())) out.push(full);
  }
}
