/**
 * Go to definition / find references between citations of the same document: the citation under the cursor and
 * every citation that names the same document (same number, type, issuer and term), in this file and in others.
 */
import type { BulletinModel } from '../parse/model';
import { CitationEntry, ReferenceWorkspace, indexedCitations } from '../analysis/citationIndex';

export interface SameDocumentCitations {
  /** The citation under the offset. */
  entry: CitationEntry;
  /** Every citation of the same document in this file, the one under the offset included, in order. */
  here: CitationEntry[];
  /** Citations of the same document in other files. */
  others: Array<{ uri: string; entry: CitationEntry }>;
}

/**
 * The citation whose symbol contains `offset` (original text) and the citations of the same document. Undefined
 * when the offset is not on a citation's symbol. A citation whose document cannot be told (an undated symbol that
 * follows no dated one) only finds the citations with the same symbol in this file.
 */
export function sameDocumentCitations(model: BulletinModel, offset: number, others?: ReferenceWorkspace): SameDocumentCitations | undefined {
  const entries = indexedCitations(model).map((x) => x.entry);
  const entry = entries.find((e) => e.span.start <= offset && offset <= e.span.end);
  if (!entry) return undefined;
  const target = entry.refersTo;
  if (!target) return { entry, here: entries.filter((e) => e.base === entry.base && !e.refersTo), others: [] };
  const here = entries.filter((e) => e.refersTo === target);
  const elsewhere: SameDocumentCitations['others'] = [];
  for (const file of others?.others ?? []) for (const e of file.entries) if (e.refersTo === target) elsewhere.push({ uri: file.uri, entry: e });
  return { entry, here, others: elsewhere };
}
