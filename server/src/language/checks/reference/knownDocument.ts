import { Catalog, CATALOG_SERVICE, CatalogDocument, builtinCatalog, catalogEntry, isVerified } from '../../catalog';
import { CentralBody, CitationIdentity, centralBodyOf, identityOf, romanOf } from '../../analysis/identity';
import { centralTermAt } from '../../domain/terms';
import type { CitationMatch } from '../../parse/citations';
import { indexedCitations } from '../../analysis/citationIndex';
import { Check } from '../types';
import { sameDay, spanIn, writeDateLike, ymdText } from './shared';
import { memoByObjectPair } from '../../text/memo';

/** The site of the entry's first source, for messages: "luatminhkhue.vn". */
function hostOf(source: string): string {
  const first = source.trim().split(/[\s;]+/)[0] ?? '';
  return first.replace(/^https?:\/\//, '').replace(/^www\./, '').split('/')[0] || first;
}

/** Bodies a catalog issuer allows; "Bộ Chính trị, Ban Bí thư" (joint) allows either. */
export function catalogBodies(doc: CatalogDocument): Set<CentralBody> {
  const out = new Set<CentralBody>();
  for (const part of (doc.record.issuer ?? '').split(',')) {
    const b = centralBodyOf(part.trim());
    if (b) out.add(b);
  }
  return out;
}

/** What the messages say of the catalog entry; built only for a finding, as most citations agree with the catalog. */
function documentParams(doc: CatalogDocument): Record<string, string> {
  return { symbol: doc.symbol, type: doc.record.type, expectedDate: doc.date ? ymdText(doc.date) : '', issuer: doc.record.issuer ?? '', source: hostOf(doc.record.source) };
}

/**
 * "Nghị quyết số 20-NQ/TW ngày 01/11/2017 … khóa XI": the written term and the date disagree. When the catalog knows
 * the date's document and it is this date, the term is the slip (`reference.term`); otherwise, when it knows the
 * written term's document (verified), the date is: that entry, whose date the citation is compared with.
 */
export function writtenTermEntry(c: CitationMatch, identity: CitationIdentity, catalog: Catalog): CatalogDocument | undefined {
  if (!c.term || !c.date || !centralBodyOf(c.body?.text)) return undefined;
  const actual = centralTermAt(c.date);
  if (typeof actual !== 'object' || actual.value === c.term.value) return undefined;
  const ofDate = catalogEntry(identity, catalog);
  if (ofDate?.date && sameDay(ofDate.date, c.date)) return undefined;
  const ofTerm = catalogEntry({ ...identity, scope: romanOf(c.term.value) }, catalog);
  return ofTerm && isVerified(ofTerm) && ofTerm.date ? ofTerm : undefined;
}

/**
 * The verified catalog entry a citation names (by its date's term, else by its written term), if any. Remembered per
 * catalog and citation: every occurrence of a paragraph's text asks again.
 */
export const knownEntry = memoByObjectPair((c: CitationMatch, catalog: Catalog): CatalogDocument | undefined => {
  const identity = identityOf(c);
  if (!identity) return undefined;
  const ofDate = catalogEntry(identity, catalog);
  return ofDate && isVerified(ofDate) ? ofDate : writtenTermEntry(c, identity, catalog);
});

/**
 * Whether the verified catalog gives the citation another date: `reference.known-document` reports it, with the
 * catalog's date, and the checks that would only echo that slip (a future date, a State number's year) stay quiet.
 */
export function contradictsKnownDate(c: CitationMatch, services: ReadonlyMap<string, unknown>): boolean {
  if (!c.date) return false;
  const doc = knownEntry(c, catalogOf(services));
  return !!doc?.date && !sameDay(c.date, doc.date);
}

/** The catalog service, or the built-in catalog. */
export function catalogOf(services: ReadonlyMap<string, unknown>): Catalog {
  return (services.get(CATALOG_SERVICE) as Catalog | undefined) ?? builtinCatalog;
}

/**
 * A date or body that contradicts a verified entry of the catalog: "Nghị quyết số 20-NQ/TW, ngày 01 tháng 12 năm
 * 2012" (01/11/2012). Only entries checked against a public source are used, and only when the citation names one
 * entry (numbers recur every term). "Ban Chấp hành Trung ương" for a Bộ Chính trị or Ban Bí thư document is the
 * letterhead, not an error.
 */
export const referenceKnownDocument: Check = {
  code: 'reference.known-document',
  category: 'reference',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    vi: 'Ngày ban hành và cơ quan ban hành của văn bản Trung ương khớp với danh mục văn bản đã kiểm chứng.',
    en: 'The date and issuing body of a central document agree with the catalog of verified documents.',
  },
  run({ model, t, report, services }) {
    const catalog = catalogOf(services);
    for (const { found } of indexedCitations(model)) {
      const c = found.item;
      if (c.tailShared) continue;
      const doc = knownEntry(c, catalog);
      if (!doc) continue;
      if (c.date && doc.date && !sameDay(c.date, doc.date)) {
        const swapped = c.date.day === doc.date.month && c.date.month === doc.date.day && c.date.year === doc.date.year;
        const span = spanIn(found, c.date.start, c.date.end);
        const newText = writeDateLike(c.date, doc.date);
        report({
          span,
          message: t(swapped ? 'reference.known-document.swapped' : 'reference.known-document.date', { ...documentParams(doc), date: ymdText(c.date) }),
          fix: { title: t('fix.replace', { text: newText }), edits: [{ ...span, newText }] },
        });
      }
      const written = centralBodyOf(c.body?.text);
      if (!c.body || !written || written === 'bchtw') continue;
      const allowed = catalogBodies(doc);
      if (allowed.size > 0 && !allowed.has(written)) {
        report({ span: spanIn(found, c.body.start, c.body.end), message: t('reference.known-document.body', { ...documentParams(doc), body: c.body.text }) });
      }
    }
  },
};
