/** Small helpers the `reference.*` checks share. */
import { ABBREVIATED_TYPE_WORDS } from '../../domain/documentTypes';
import type { CitationDate, CitationMatch } from '../../parse/citations';
import type { BulletinModel, Found, Paragraph } from '../../parse/model';
import type { YMD } from '../../domain/terms';
import type { Span } from '../../text/source';
import { memoByText } from '../../text/memo';
import { pad2 } from '../../text/numbers';

export { pad2 };

/** Original span of [start, end) of a citation's paragraph. */
export function spanIn(found: Found<CitationMatch>, start: number, end: number): Span {
  return found.paragraph.view.span(start, end);
}

/** Original span of the citation's symbol, or of the whole citation when it has none. */
export function symbolSpan(found: Found<CitationMatch>): Span {
  const c = found.item;
  return c.symbol ? spanIn(found, c.symbol.start, c.symbol.end) : spanIn(found, c.start, c.end);
}


/** dd/mm/yyyy. */
export function ymdText(x: YMD): string {
  return `${pad2(x.day)}/${pad2(x.month)}/${x.year}`;
}

export function sameDay(a: YMD, b: YMD): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** `target` written the way `date` was ("25/11/2023", "01-11-2012", "01 tháng 11 năm 2012"), padding as written. */
export function writeDateLike(date: CitationDate, target: YMD): string {
  const m = /^(\d{1,2})(\D+)(\d{1,2})(\D+)(\d{4})$/.exec(date.text);
  if (!m) return ymdText(target);
  const like = (written: string, value: number): string => (written.length === 2 ? pad2(value) : String(value));
  return `${like(m[1], target.day)}${m[2]}${like(m[3], target.month)}${m[4]}${target.year}`;
}

/** The type word, when the citation has one written in full (not "NQ"). */
export function fullTypeWord(c: CitationMatch): string | undefined {
  const w = c.typeWord?.text;
  if (!w || ABBREVIATED_TYPE_WORDS.includes(w)) return undefined;
  return w.replace(/\s+/g, ' ');
}

/** Capitalised type word for messages ("công văn" → "Công văn"). */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const garbledText = memoByText((text) => text.includes('\uFFFD') || (text.match(/ \? /g)?.length ?? 0) >= 3);

/**
 * A paragraph mangled by a wrong encoding ("Th ? c hi ? n Ch ?  th ?  s ?  35 - CT/TW"): its spacing is debris, not
 * the editor's, and the text checks report the corruption itself.
 */
export function isGarbled(paragraph: Paragraph): boolean {
  return garbledText(paragraph.view.text);
}

const checked = new WeakMap<BulletinModel, readonly Found<CitationMatch>[]>();

/** The citations the checks judge: those of readable paragraphs. Found once per model for all the checks. */
export function checkedCitations(model: BulletinModel): readonly Found<CitationMatch>[] {
  let list = checked.get(model);
  if (!list) {
    list = model.citations.filter((f) => !isGarbled(f.paragraph));
    checked.set(model, list);
  }
  return list;
}
