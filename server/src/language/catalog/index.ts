/**
 * The catalog of known central documents: a versioned JSON file (known-documents.json, schema in
 * known-documents.schema.json) read into typed entries, with lookups by number, type, issuer and term or date.
 * Pure: the built-in data is imported, user data can be merged in with `loadCatalog`.
 */
import { CitationIdentity, isCentralPartyIssuer } from '../analysis/identity';
import { centralTermAt, YMD } from '../domain/terms';
import { readCitations } from '../parse/citations';
import { foldForLookup } from '../domain/documentTypes';
import builtinData from './known-documents.json';
import { memoByObjectPair } from '../text/memo';

export type Verification = 'verified-external' | 'verified-thirdparty' | 'sample-consistent' | 'unverified';

/** One entry as stored in the JSON file. */
export interface CatalogRecord {
  number: string;
  type: string;
  typeAbbr?: string;
  issuerCode: string;
  issuer?: string;
  date?: string;
  term?: string;
  title: string;
  source: string;
  verification: Verification;
  category: 'party' | 'state';
  notes?: string;
}

export interface CatalogFile {
  version: number;
  documents: CatalogRecord[];
}

/** An entry read for lookups. */
export interface CatalogDocument {
  record: CatalogRecord;
  /** The symbol as the catalog writes it: "20-NQ/TW". */
  symbol: string;
  number: number;
  typeCode?: string;
  issuerCode: string;
  year?: number;
  date?: YMD;
  /** Central Committee term (Party documents of the centre). */
  term?: string;
}

export interface Catalog {
  version: number;
  documents: readonly CatalogDocument[];
}

export const CATALOG_VERSION = 1;

/** Service key under which a catalog other than the built-in one may be passed to the checks. */
export const CATALOG_SERVICE = 'reference.catalog';

function readRecord(record: CatalogRecord): CatalogDocument | undefined {
  const c = readCitations(record.number)[0];
  if (!c?.number || !c.issuerCode) return undefined;
  const doc: CatalogDocument = { record, symbol: record.number, number: c.number.value, issuerCode: c.issuerCode.normalized };
  if (c.typeCode) doc.typeCode = c.typeCode.normalized;
  if (c.year) doc.year = c.year.value;
  const m = record.date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(record.date) : null;
  if (m) doc.date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (record.category === 'party' && record.term && /^[IVXL]+$/.test(record.term)) doc.term = record.term;
  return doc;
}

/** Reads catalog data (the built-in file, or user data of the same format); entries it cannot read are skipped. */
export function loadCatalog(file: CatalogFile, base?: Catalog): Catalog {
  const documents = file.documents.map(readRecord).filter((d): d is CatalogDocument => d !== undefined);
  return { version: file.version, documents: base ? [...base.documents, ...documents] : documents };
}

/**
 * The built-in catalog. Its entries are read on first use (a check or a feature that asks for a document), not when
 * the engine loads: `bantin --version`, the server's start and a bulletin without citations do not pay for them.
 */
export const builtinCatalog: Catalog = lazyCatalog(builtinData as CatalogFile);

function lazyCatalog(file: CatalogFile): Catalog {
  let documents: readonly CatalogDocument[] | undefined;
  return {
    version: file.version,
    get documents() {
      return (documents ??= loadCatalog(file).documents);
    },
  };
}

export function isVerified(doc: CatalogDocument): boolean {
  return doc.record.verification === 'verified-external' || doc.record.verification === 'verified-thirdparty';
}

export interface DocumentQuery {
  number: number;
  typeCode?: string;
  issuerCode?: string;
  /** Year in a State number. */
  year?: number;
  /** Central Committee term ("XIII"). */
  term?: string;
  /** A date: narrows Party documents of the centre to the term it falls in. */
  date?: YMD;
  /** Words of the subject ("về …"): narrows several candidates to those whose title shares most words. */
  topic?: string;
}

/** Quy định is written QĐ as often as QĐi (HD 36 says QĐi): both find the same entries. */
function sameType(a: string | undefined, b: string | undefined): boolean {
  return typeKey(a) === typeKey(b);
}

function typeKey(code: string | undefined): string {
  return code === 'QĐi' ? 'QĐ' : code ?? '';
}

/** Catalog entries that fit the query, narrowed by term, date and topic as far as they tell. */
export function findDocuments(query: DocumentQuery, catalog: Catalog = builtinCatalog): CatalogDocument[] {
  const candidates = byNumber(catalog, query.number);
  // A number the catalog does not have needs no more work.
  if (candidates.length === 0) return [];
  let term = query.term;
  if (!term && query.date) {
    const t = centralTermAt(query.date);
    if (typeof t === 'object') term = t.roman;
  }
  let out: CatalogDocument[] = [];
  for (const d of candidates) {
    if (query.typeCode !== undefined && !sameType(d.typeCode, query.typeCode)) continue;
    if (query.issuerCode !== undefined && d.issuerCode !== query.issuerCode) continue;
    if (query.year !== undefined && d.year !== undefined && d.year !== query.year) continue;
    if (term && isCentralPartyIssuer(d.issuerCode) && d.term !== undefined && d.term !== term) continue;
    out.push(d);
  }
  if (out.length > 1 && query.topic) out = byTopic(out, query.topic);
  return out;
}

/** Entries by number, built once per catalog: a bulletin asks for every citation it has. */
const NUMBER_INDEX = new WeakMap<Catalog, Map<number, CatalogDocument[]>>();

function byNumber(catalog: Catalog, number: number): CatalogDocument[] {
  let index = NUMBER_INDEX.get(catalog);
  if (!index) {
    index = new Map();
    for (const d of catalog.documents) index.set(d.number, [...(index.get(d.number) ?? []), d]);
    NUMBER_INDEX.set(catalog, index);
  }
  return index.get(number) ?? [];
}

function words(text: string): Set<string> {
  return new Set(foldForLookup(text).split(/[^a-z0-9]+/).filter((w) => w.length > 1));
}

function byTopic(docs: CatalogDocument[], topic: string): CatalogDocument[] {
  const wanted = words(topic);
  const scored = docs.map((d) => ({ d, score: [...words(d.record.title)].filter((w) => wanted.has(w)).length }));
  const best = Math.max(...scored.map((s) => s.score));
  return best >= 3 ? scored.filter((s) => s.score === best).map((s) => s.d) : docs;
}

/**
 * The one catalog entry a citation identity names, or undefined when none or several fit. Remembered per catalog and
 * identity object: a citation's identity is made once (`identityOf`), and its paragraph's every occurrence asks again.
 */
export function catalogEntry(identity: CitationIdentity, catalog: Catalog = builtinCatalog): CatalogDocument | undefined {
  return entryOf(identity, catalog);
}

const entryOf = memoByObjectPair(findEntry);

function findEntry(identity: CitationIdentity, catalog: Catalog): CatalogDocument | undefined {
  if (identity.scope === undefined) return undefined;
  const query: DocumentQuery = { number: identity.number, issuerCode: identity.issuerCode };
  if (identity.typeCode) query.typeCode = identity.typeCode;
  if (identity.year) query.year = identity.year;
  if (identity.system === 'party' && isCentralPartyIssuer(identity.issuerCode)) query.term = identity.scope;
  const found = findDocuments(query, catalog);
  return found.length === 1 ? found[0] : undefined;
}
