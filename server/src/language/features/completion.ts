/**
 * Completion of citations from the catalog. It reads the line before the cursor and answers after a type word
 * ("Nghị quyết số ", "Chỉ thị ", "Kết luận số 12"), after a partial symbol ("57-", "121") and after words of the
 * subject, with or without diacritics ("Nghị quyết kinh te tu nhan"). Each document gives two items: its symbol, and
 * the whole citation as a snippet in the bulletin's own form. Offsets are offsets of the original text.
 */
import { ABBREVIATED_TYPE_WORDS, foldForLookup, TYPE_WORDS } from '../domain/documentTypes';
import type { Catalog, CatalogDocument } from '../catalog';
import { isVerified } from '../catalog';
import { citationHead, citationStyleOf, shortDate, subjectOf } from '../catalog/citationText';
import { searchCatalog, SearchQuery } from '../catalog/search';
import { Locale, translator } from '../i18n';
import type { BulletinModel } from '../parse/model';

export interface CitationCompletion {
  kind: 'symbol' | 'citation';
  label: string;
  /** Date, body, term (and "chưa kiểm chứng"): what tells same-number documents apart. */
  detail: string;
  /** What the editor filters on: the text typed in the range, which the search has already matched. */
  filterText: string;
  sortText: string;
  insertText: string;
  /** insertText is a snippet (with a tab stop on the subject). */
  snippet: boolean;
  /** The same text without snippet syntax, for clients that cannot take snippets. */
  plainText: string;
  /** The original text the item replaces: from the type word, the partial symbol or the subject words to the cursor. */
  range: { start: number; end: number };
  /** Index of the entry in the catalog's documents. */
  index: number;
}

export interface CompletionOptions {
  locale?: Locale;
  /** How often the workspace cites each document (by `symbolKey`). */
  cited?: ReadonlyMap<string, number>;
  /** Documents to offer at most (two items each). */
  limit?: number;
}

interface Context {
  query: SearchQuery;
  /** Where the whole typed phrase starts (the type word, or the symbol). */
  phraseStart: number;
  /** Where the symbol or the subject words start (the cursor when none is typed yet). */
  tailStart: number;
  /** The editor typed a type word and "số". */
  typedSo: boolean;
  typedType: boolean;
}

/** Completion items at `offset` of the model's original text; empty when the cursor is not after a citation start. */
export function citationCompletions(model: BulletinModel, offset: number, catalog: Catalog, options: CompletionOptions = {}): CitationCompletion[] {
  const text = model.source.text;
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  // Long lines: only the last 120 characters can hold the phrase being typed.
  lineStart = Math.max(lineStart, offset - 120);
  const context = readContext(text.slice(lineStart, offset), lineStart);
  if (!context) return [];
  const month = model.period?.valid ? { year: model.period.year, month: model.period.month } : undefined;
  const hits = searchCatalog(catalog, context.query, { month, cited: options.cited, limit: options.limit ?? 25 });
  if (!hits.length) return [];
  const t = translator(options.locale ?? 'vi');
  const style = citationStyleOf(model);
  const typedPhrase = text.slice(context.phraseStart, offset);
  const typedTail = text.slice(context.tailStart, offset);
  const out: CitationCompletion[] = [];
  hits.forEach((hit, rank) => {
    const doc = hit.doc;
    const detail = detailOf(doc, t);
    const order = String(rank).padStart(4, '0');
    const symbolInsert = context.typedType && !context.typedSo ? `số ${doc.symbol}` : doc.symbol;
    out.push({
      kind: 'symbol', label: doc.symbol, detail, filterText: typedTail, sortText: `${order}a`, insertText: symbolInsert, snippet: false, plainText: symbolInsert,
      range: { start: context.tailStart, end: offset }, index: hit.index,
    });
    const head = citationHead(doc, style);
    out.push({
      kind: 'citation', label: head, detail, filterText: typedPhrase, sortText: `${order}b`,
      insertText: `${escapeSnippet(head)} \${1:${escapeSnippet(subjectOf(doc), true)}}$0`, snippet: true, plainText: `${head} ${subjectOf(doc)}`,
      range: { start: context.phraseStart, end: offset }, index: hit.index,
    });
  });
  return out;
}

/** "22/12/2024 · Bộ Chính trị · khóa XIII · chưa kiểm chứng". */
export function detailOf(doc: CatalogDocument, t: ReturnType<typeof translator>): string {
  const parts: string[] = [];
  const date = shortDate(doc);
  if (date) parts.push(date);
  if (doc.record.issuer) parts.push(doc.record.issuer);
  if (doc.record.term) parts.push(doc.record.category === 'party' ? `khóa ${doc.record.term}` : doc.record.term);
  if (!isVerified(doc)) parts.push(t('catalog.unverified-short'));
  return parts.join(' · ');
}

function escapeSnippet(text: string, inPlaceholder = false): string {
  return text.replace(inPlaceholder ? /[$}\\]/g : /[$\\]/g, (c) => `\\${c}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading what is typed before the cursor

/** Type words and their abbreviations, folded, longest first; each with the form the catalog uses. */
const TYPES: ReadonlyArray<{ folded: string; word: string }> = [
  ...TYPE_WORDS.map((w) => ({ folded: foldForLookup(w), word: w })),
  ...ABBREVIATED_TYPE_WORDS.map((w) => ({ folded: foldForLookup(w), word: w })),
].sort((a, b) => b.folded.length - a.folded.length);

const TYPE_PATTERN = new RegExp(`(?:^|[^a-z0-9])(${TYPES.map((x) => x.folded).join('|')})(?= |$)`, 'g');

/**
 * The folded line with, for each folded character, its offset in the original: NFD marks fold to nothing, so an
 * index of the folded text is mapped back through this table.
 */
function foldLine(line: string): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const f = foldChar(line[i]);
    for (let k = 0; k < f.length; k++) at.push(i);
    folded += f;
  }
  at.push(line.length);
  return { folded, at };
}

function foldChar(c: string): string {
  if (c < '\u00c0') return c === '\u00a0' || c === '\t' ? ' ' : c.toLowerCase();
  if (c === 'đ' || c === 'Đ') return 'd';
  return c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const SYMBOL_TAIL = /^\d[0-9a-z\-/.&]*$/;
const WORDS_TAIL = /^[a-z0-9]+(?: [a-z0-9]+){0,7} ?$/;

export function readContext(line: string, lineStart: number): Context | undefined {
  const { folded, at } = foldLine(line);
  const original = (i: number) => lineStart + at[i];
  // The last type word whose tail up to the cursor is still part of one citation being typed.
  let typeMatch: RegExpExecArray | undefined;
  TYPE_PATTERN.lastIndex = 0;
  for (let m = TYPE_PATTERN.exec(folded); m; m = TYPE_PATTERN.exec(folded)) {
    typeMatch = m;
    TYPE_PATTERN.lastIndex = m.index + m[0].length;
  }
  if (typeMatch) {
    const typeStart = typeMatch.index + typeMatch[0].length - typeMatch[1].length;
    const typeEnd = typeStart + typeMatch[1].length;
    const afterType = folded.slice(typeEnd);
    const so = /^ so(?::? |:?$)/.exec(afterType);
    const tailFrom = typeEnd + (so ? so[0].length : afterType.startsWith(' ') ? 1 : 0);
    const tail = folded.slice(tailFrom);
    const typeWord = TYPES.find((x) => x.folded === typeMatch![1])!.word;
    const base = { phraseStart: original(typeStart), tailStart: original(tailFrom), typedSo: !!so, typedType: true };
    if (tail === '' && folded.length > typeEnd) return { ...base, query: { type: typeWord } };
    if (SYMBOL_TAIL.test(tail)) return { ...base, query: { type: typeWord, symbol: tail } };
    if (!so && WORDS_TAIL.test(tail) && !/^\d/.test(tail)) return { ...base, query: { type: typeWord, words: tail.trim().split(' ') } };
    if (tail !== '' && !/^\d/.test(tail) && !so) return undefined;
  }
  const symbol = /(?:^|[\s(“"'])(\d{1,5}(?:[-/][0-9a-z\-/.&]*)?)$/.exec(folded);
  if (!symbol) return undefined;
  const token = symbol[1];
  const start = folded.length - token.length;
  // Dates and running numbers: "ngày 22/12", "năm 2024", "thứ 7" are not symbols.
  if (/(?:ngay|thang|nam|thu|tu|den|khoa)\s*$/.test(folded.slice(0, start))) return undefined;
  if (!/[-/]/.test(token) && token.length < 2) return undefined;
  return { query: { symbol: token }, phraseStart: original(start), tailStart: original(start), typedSo: false, typedType: false };
}
