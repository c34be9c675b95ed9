/**
 * User catalogs on disk, for the language server and the CLI alike: `.bantin/catalog.json` in a workspace folder and
 * the extra files of the `bantin.catalogFiles` setting (or `--catalog`). Each file is read, parsed and validated on
 * its own: a broken file is reported with positions and skipped (its well-formed entries still count), and the
 * built-in catalog keeps working whatever the user files hold.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
// jsonc-parser's UMD entry (its "main") requires its parts at run time, which a bundle cannot follow: the ES module build bundles.
import { findNodeAtLocation, parseTree, ParseError, printParseErrorCode } from 'jsonc-parser/lib/esm/main.js';
import { builtinCatalog, Catalog, CatalogDocument, CatalogRecord, loadCatalog, validateCatalogData } from '../language';

export const WORKSPACE_CATALOG = path.join('.bantin', 'catalog.json');

export interface Position {
  line: number;
  character: number;
}

export interface CatalogFileProblem {
  range: { start: Position; end: Position };
  message: string;
  /** The file as a whole cannot be read (JSON syntax, not a catalog): none of its entries are used. */
  fatal: boolean;
}

export interface CatalogFileResult {
  file: string;
  documents: CatalogRecord[];
  problems: CatalogFileProblem[];
}

/** Reads one catalog file; undefined when it does not exist. */
export function readCatalogFile(file: string): CatalogFileResult | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    const zero = { line: 0, character: 0 };
    return { file, documents: [], problems: [{ range: { start: zero, end: zero }, message: (error as Error).message, fatal: true }] };
  }
  return parseCatalogText(file, text);
}

/** Parses and validates the text of a catalog file. */
export function parseCatalogText(file: string, text: string): CatalogFileResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = body === text ? 0 : 1;
  const lines = lineStarts(text);
  const at = (offset: number): Position => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - lines[lo] };
  };
  const range = (offset: number, length: number) => ({ start: at(offset + shift), end: at(offset + shift + Math.max(length, 1)) });
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length || !tree) {
    const problems = errors.slice(0, 5).map((e) => ({ range: range(e.offset, e.length), message: `JSON: ${syntaxMessage(printParseErrorCode(e.error))}`, fatal: true }));
    if (!problems.length) problems.push({ range: range(0, 0), message: 'JSON: tệp rỗng / empty file', fatal: true });
    return { file, documents: [], problems };
  }
  const validated = validateCatalogData(JSON.parse(body));
  const fatal = !Array.isArray((JSON.parse(body) as { documents?: unknown })?.documents);
  const problems = validated.problems.map((p) => {
    const node = findNodeAtLocation(tree, p.path);
    // A missing field is reported on its entry; an unknown one on its key.
    const target = node && node.parent?.type === 'property' && typeof p.path[p.path.length - 1] === 'string' ? node.parent : node ?? tree;
    return { range: range(target.offset, target.type === 'object' || target.type === 'array' ? 1 : target.length), message: p.message, fatal };
  });
  return { file, documents: fatal ? [] : validated.file.documents, problems };
}

/** The built-in catalog followed by the entries of the user files (a user entry never hides a built-in one). */
export function mergeCatalogs(results: readonly CatalogFileResult[], base: Catalog = builtinCatalog): { catalog: Catalog; origins: Map<CatalogDocument, string> } {
  let catalog = base;
  const origins = new Map<CatalogDocument, string>();
  for (const r of results) {
    if (!r.documents.length) continue;
    const before = catalog.documents.length;
    catalog = loadCatalog({ version: 1, documents: r.documents }, catalog);
    for (let i = before; i < catalog.documents.length; i++) origins.set(catalog.documents[i], r.file);
  }
  return { catalog, origins };
}

/** The catalog files of one folder: its `.bantin/catalog.json` and the extra ones (relative to the folder). */
export function catalogPaths(folder: string, extra: readonly string[] = []): string[] {
  const out = [path.join(folder, WORKSPACE_CATALOG)];
  for (const file of extra) {
    const full = path.resolve(folder, file.replace(/^~(?=$|[\\/])/, process.env.HOME ?? '~'));
    if (!out.includes(full)) out.push(full);
  }
  return out;
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) out.push(i + 1);
  }
  return out;
}

const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'ký tự không hợp lệ / invalid symbol',
  InvalidNumberFormat: 'số viết sai / invalid number',
  PropertyNameExpected: 'thiếu tên khóa trong ngoặc kép / property name expected',
  ValueExpected: 'thiếu giá trị / value expected',
  ColonExpected: 'thiếu dấu hai chấm / colon expected',
  CommaExpected: 'thiếu dấu phẩy / comma expected',
  CloseBraceExpected: 'thiếu dấu } / closing brace expected',
  CloseBracketExpected: 'thiếu dấu ] / closing bracket expected',
  EndOfFileExpected: 'thừa nội dung sau cuối / end of file expected',
  InvalidCommentToken: 'JSON không cho phép chú thích / comments are not allowed',
  UnexpectedEndOfComment: 'chú thích chưa đóng / unterminated comment',
  UnexpectedEndOfString: 'chuỗi chưa đóng / unterminated string',
  UnexpectedEndOfNumber: 'số chưa hết / unterminated number',
  InvalidUnicode: 'mã Unicode sai / invalid unicode escape',
  InvalidEscapeCharacter: 'ký tự thoát sai / invalid escape character',
  InvalidCharacter: 'ký tự không hợp lệ / invalid character',
};

function syntaxMessage(code: string): string {
  return SYNTAX[code] ?? code;
}
