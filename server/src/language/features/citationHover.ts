/**
 * Hover on a citation: what the catalog knows of the document (title, date, issuing body, term, verification and
 * source) and where else the workspace cites it. Returns Markdown, or undefined when the offset is on no citation.
 */
import { Catalog, CatalogDocument, findDocuments } from '../catalog';
import { shortDate, subjectOf } from '../catalog/citationText';
import { identityOf } from '../analysis/identity';
import { Locale, Translate, translator } from '../i18n';
import type { BulletinModel } from '../parse/model';
import { displayName, indexedCitations, ReferenceWorkspace } from '../analysis/citationIndex';
import { sameDocumentCitations } from './references';

export interface CitationHoverOptions {
  locale?: Locale;
  workspace?: ReferenceWorkspace;
  /** Names the catalog an entry comes from, for entries of user catalogs ("…/.bantin/catalog.json"). */
  originOf?: (doc: CatalogDocument) => string | undefined;
}

export function citationHover(model: BulletinModel, offset: number, catalog: Catalog, options: CitationHoverOptions = {}): string | undefined {
  const cited = indexedCitations(model).find(({ found }) => {
    const span = found.paragraph.view.span(found.item.start, found.item.end);
    return span.start <= offset && offset < Math.max(span.end, span.start + 1);
  });
  if (!cited) return undefined;
  const t = translator(options.locale ?? 'vi');
  const c = cited.found.item;
  const identity = identityOf(c) ?? cited.identity;
  const docs = findDocuments({
    number: identity.number,
    typeCode: identity.typeCode,
    issuerCode: identity.issuerCode,
    year: identity.year,
    date: c.date ? { year: c.date.year, month: c.date.month, day: c.date.day } : undefined,
  }, catalog);
  const sections: string[] = [];
  if (docs.length === 0) sections.push(`**${cited.entry.symbol}** — ${t('catalog.not-in-catalog')}`);
  else {
    if (docs.length > 1) sections.push(t('catalog.several', { count: docs.length }));
    for (const doc of docs.slice(0, 5)) sections.push(describe(doc, t, options.originOf?.(doc)));
  }
  const where = whereCited(model, cited.entry.span.start, options.workspace, t);
  if (where) sections.push(where);
  return sections.join('\n\n---\n\n');
}

/** One catalog entry as Markdown (also the documentation of a resolved completion item). */
export function describeDocument(doc: CatalogDocument, locale: Locale = 'vi', origin?: string): string {
  return describe(doc, translator(locale), origin);
}

function describe(doc: CatalogDocument, t: Translate, origin?: string): string {
  const r = doc.record;
  const lines = [`**${escape(r.type)} số ${escape(doc.symbol)}** ${escape(subjectOf(doc))}`, ''];
  const date = shortDate(doc);
  if (date) lines.push(`- ${t('catalog.date')}: ${date}`);
  if (r.issuer) lines.push(`- ${t('catalog.issuer')}: ${escape(r.issuer)}`);
  if (r.term) lines.push(`- ${t('catalog.term')}: ${escape(r.term)}`);
  lines.push(`- ${t('catalog.verification')}: ${t(`catalog.${r.verification}`)}`);
  lines.push(`- ${t('catalog.source')}: ${escape(r.source)}`);
  if (origin) lines.push(`- ${t('catalog.origin')}: ${escape(origin)}`);
  return lines.join('\n');
}

function whereCited(model: BulletinModel, offset: number, workspace: ReferenceWorkspace | undefined, t: Translate): string | undefined {
  const same = sameDocumentCitations(model, offset, workspace);
  if (!same) return undefined;
  const lines: string[] = [];
  const hereLines = same.here.filter((e) => e !== same.entry).map((e) => e.line + 1);
  const byFile = new Map<string, number[]>();
  for (const o of same.others) byFile.set(o.uri, [...(byFile.get(o.uri) ?? []), o.entry.line + 1]);
  if (!hereLines.length && !byFile.size) return undefined;
  lines.push(`**${t('catalog.cited-elsewhere')}**`, '');
  if (hereLines.length) lines.push(`- ${t('catalog.cited-here', { lines: hereLines.join(', ') })}`);
  const files = [...byFile].sort((a, b) => a[0].localeCompare(b[0]));
  for (const [uri, fileLines] of files.slice(0, 10)) lines.push(`- ${escape(displayName(uri))}: ${t('catalog.line', { line: fileLines.join(', ') })}`);
  if (files.length > 10) lines.push(`- … (+${files.length - 10})`);
  return lines.join('\n');
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}
