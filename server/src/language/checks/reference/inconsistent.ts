import { Catalog, CATALOG_SERVICE, builtinCatalog, catalogEntry, isVerified } from '../../catalog';
import { CitationIdentity } from '../../analysis/identity';
import { dayNumber } from '../../domain/calendar';
import { CitationEntry, IndexedCitation, citationsOf, displayName, indexedCitations, workspaceFrom } from '../../analysis/citationIndex';
import { Translate } from '../../i18n';
import { Check, CheckContext } from '../types';
import { catalogBodies } from './knownDocument';
import { spanIn, ymdText, writeDateLike } from './shared';

/** A citation of the same document found elsewhere: in this file (no uri) or in another file. */
interface Sighting {
  entry: CitationEntry;
  uri?: string;
}

/** Local documents of two files may be two provinces' documents with the same symbol: compare only close dates. */
const CROSS_FILE_LOCAL_DAYS = 366;

/**
 * The same document cited with different dates, or as a Bộ Chính trị document here and a Ban Bí thư one there, in
 * this file and in the other files of the workspace when the `reference.workspace` service holds them.
 *
 * One slip, one finding: when a verified catalog entry knows the date (or body), `reference.known-document` reports
 * the citations that deviate from it and this check stays quiet on that point. Otherwise, when one form holds a clear
 * majority, each citation of another form is reported and the majority is named; with no majority the disagreement
 * itself is the defect, reported once, at the first citation in this file, with every form and where it is written.
 * A pure function of the citations it receives (this file's and the workspace's) and the catalog.
 */
export const referenceInconsistent: Check = {
  code: 'reference.inconsistent',
  category: 'reference',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    vi: 'Một văn bản (cùng số, ký hiệu, khóa) được trích dẫn với ngày ban hành hoặc cơ quan ban hành khác nhau trong tệp hoặc giữa các tệp.',
    en: 'One document (same number, symbol and term) cited with different dates or issuing bodies in the file or across files.',
  },
  run(context) {
    const local = indexedCitations(context.model).filter((x) => x.entry.key);
    const byKey = new Map<string, IndexedCitation[]>();
    for (const x of local) (byKey.get(x.entry.key!) ?? byKey.set(x.entry.key!, []).get(x.entry.key!)!).push(x);
    // The other files' citations of these documents (a workspace index holds thousands of files: it is asked by key).
    const workspace = workspaceFrom(context.services);
    const catalog = (context.services.get(CATALOG_SERVICE) as Catalog | undefined) ?? builtinCatalog;
    for (const [key, group] of byKey) {
      const sightings: Sighting[] = group.map((x) => ({ entry: x.entry }));
      const localScope = group[0].identity.system === 'party' && group[0].identity.scope?.startsWith('L');
      if (workspace) for (const s of citationsOf(workspace, key)) if (!localScope || closeToAny(s.entry, group)) sightings.push(s);
      if (sightings.length < 2) continue; // nothing to disagree with
      const known = knownTruth(group[0].identity, catalog);
      if (!known.date) dates(group, sightings, context);
      if (!known.body) bodies(group, sightings, context);
    }
  },
};

/** What a verified catalog entry settles for this document: its date, its issuing body (`reference.known-document`). */
function knownTruth(identity: CitationIdentity, catalog: Catalog): { date: boolean; body: boolean } {
  const doc = catalogEntry(identity, catalog);
  if (!doc || !isVerified(doc)) return { date: false, body: false };
  return { date: doc.date !== undefined, body: catalogBodies(doc).size > 0 };
}

function closeToAny(entry: CitationEntry, group: IndexedCitation[]): boolean {
  if (!entry.date) return false;
  return group.some((x) => x.entry.date && Math.abs(dayNumber(x.entry.date) - dayNumber(entry.date!)) <= CROSS_FILE_LOCAL_DAYS);
}

function where(s: Sighting, t: Translate): string {
  return s.uri ? t('reference.where.file', { file: displayName(s.uri), line: s.entry.line + 1 }) : t('reference.where.line', { line: s.entry.line + 1 });
}

/** How many places a message names per value; the rest are counted (a message stays short, the check linear). */
const PLACES_SHOWN = 3;

function places(at: Sighting[], t: Translate): string {
  const shown = at.slice(0, PLACES_SHOWN).map((s) => where(s, t));
  if (at.length > PLACES_SHOWN) shown.push(t('reference.where.more', { n: at.length - PLACES_SHOWN }));
  return shown.join(', ');
}

/** "28/11/2023 (dòng 52); 23/11/2023 (dòng 46)" for every value but `own`, built once per value. */
function othersText<V>(list: Array<{ value: V; at: Sighting[] }>, own: string, keyOf: (v: V) => string, label: (g: { value: V; at: Sighting[] }) => string, t: Translate, memo: Map<string, string>): string {
  let text = memo.get(own);
  if (text === undefined) {
    text = list.filter((g) => keyOf(g.value) !== own).slice(0, PLACES_SHOWN).map((g) => `${label(g)} (${places(g.at, t)})`).join('; ');
    memo.set(own, text);
  }
  return text;
}

/** Values with their sightings, most frequent first; the majority value when one clearly wins. */
function tally<V>(sightings: Sighting[], valueOf: (s: Sighting) => V | undefined, keyOf: (v: V) => string) {
  const groups = new Map<string, { value: V; at: Sighting[] }>();
  for (const s of sightings) {
    const v = valueOf(s);
    if (v === undefined) continue;
    const k = keyOf(v);
    (groups.get(k) ?? groups.set(k, { value: v, at: [] }).get(k)!).at.push(s);
  }
  const list = [...groups.values()].sort((a, b) => b.at.length - a.at.length);
  const total = list.reduce((n, g) => n + g.at.length, 0);
  const majority = list.length > 1 && list[0].at.length >= 2 && list[0].at.length * 2 > total ? list[0] : undefined;
  return { list, majority };
}

function dates(group: IndexedCitation[], sightings: Sighting[], { t, report }: CheckContext): void {
  const dateKey = (d: { year: number; month: number; day: number }): string => ymdText(d);
  const { list, majority } = tally(sightings, (s) => s.entry.date, dateKey);
  if (list.length < 2) return;
  const memo = new Map<string, string>();
  const judged = group.filter((x) => x.entry.date && x.found.item.date && !x.found.item.tailShared);
  if (!majority) {
    // No form is known to be right: the disagreement is one defect, told once with every form.
    const x = judged[0];
    if (!x) return;
    const c = x.found.item;
    const all = othersText(list, '', dateKey, (g) => dateKey(g.value), t, memo);
    report({ span: spanIn(x.found, c.date!.start, c.date!.end), message: t('reference.inconsistent.date', { symbol: x.entry.base, forms: all }) });
    return;
  }
  const expected = dateKey(majority.value);
  for (const x of judged) {
    const c = x.found.item;
    const own = dateKey(x.entry.date!);
    if (own === expected) continue;
    const others = othersText(list, own, dateKey, (g) => dateKey(g.value), t, memo);
    const span = spanIn(x.found, c.date!.start, c.date!.end);
    const newText = writeDateLike(c.date!, majority.value);
    report({
      span,
      message: t('reference.inconsistent.date-majority', { symbol: x.entry.base, date: own, others, expected }),
      fix: { title: t('fix.replace', { text: newText }), edits: [{ ...span, newText }] },
    });
  }
}

/** Bộ Chính trị against Ban Bí thư only: "Ban Chấp hành Trung ương" is the letterhead of both and not a conflict. */
function bodies(group: IndexedCitation[], sightings: Sighting[], { t, report }: CheckContext): void {
  const valueOf = (s: Sighting): string | undefined => (s.entry.centralBody === 'bct' || s.entry.centralBody === 'bbt' ? s.entry.centralBody : undefined);
  const { list, majority } = tally(sightings, valueOf, (v) => v);
  if (list.length < 2) return;
  const memo = new Map<string, string>();
  const label = (g: { value: string; at: Sighting[] }): string => g.at[0].entry.body ?? '';
  const judged = group.filter((x) => valueOf({ entry: x.entry }) && x.found.item.body && !x.found.item.tailShared);
  if (!majority) {
    const x = judged[0];
    if (!x) return;
    const c = x.found.item;
    report({ span: spanIn(x.found, c.body!.start, c.body!.end), message: t('reference.inconsistent.body', { symbol: x.entry.base, forms: othersText(list, '', (v) => v, label, t, memo) }) });
    return;
  }
  for (const x of judged) {
    const c = x.found.item;
    const own = valueOf({ entry: x.entry })!;
    if (majority.value === own) continue;
    const others = othersText(list, own, (v) => v, label, t, memo);
    report({ span: spanIn(x.found, c.body!.start, c.body!.end), message: t('reference.inconsistent.body-majority', { symbol: x.entry.base, body: c.body!.text, others, expected: label(majority) }) });
  }
}
