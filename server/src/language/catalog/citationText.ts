/**
 * A catalog entry written as a bulletin cites it: "Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về …",
 * in the form the bulletin already uses (date in figures or in words, a comma before "ngày" or not, padded days).
 */
import type { BulletinModel } from '../parse/model';
import type { CatalogDocument } from './index';

export interface CitationStyle {
  /** "22/12/2024" or "ngày 22 tháng 12 năm 2024". */
  dateInWords: boolean;
  /** A comma between the symbol and "ngày". */
  comma: boolean;
  /** Day and month under 10 written with a zero: "05/3/2020" pads the day only. */
  padDay: boolean;
  padMonth: boolean;
}

/** The form of the example in the issue and of most bulletins. */
export const DEFAULT_STYLE: CitationStyle = { dateInWords: false, comma: true, padDay: true, padMonth: false };

/** The form most dated citations of the bulletin use; the default where it has none. */
export function citationStyleOf(model: BulletinModel): CitationStyle {
  let words = 0, figures = 0, comma = 0, noComma = 0, padDay = 0, bareDay = 0, padMonth = 0, bareMonth = 0;
  for (const found of model.citations) {
    const c = found.item;
    if (!c.date || !c.symbol) continue;
    if (/th[áa]ng/i.test(c.date.text)) words++;
    else figures++;
    const between = found.paragraph.view.text.slice(c.symbol.end, c.date.start);
    if (between.includes(',')) comma++;
    else noComma++;
    const parts = /(\d{1,2})\D+(\d{1,2})\D+\d{4}/.exec(c.date.text);
    if (parts && c.date.day < 10) parts[1].length === 2 ? padDay++ : bareDay++;
    if (parts && c.date.month < 10) parts[2].length === 2 ? padMonth++ : bareMonth++;
  }
  if (words + figures === 0) return DEFAULT_STYLE;
  return {
    dateInWords: words > figures,
    comma: comma >= noComma,
    padDay: padDay + bareDay === 0 ? DEFAULT_STYLE.padDay : padDay >= bareDay,
    padMonth: padMonth + bareMonth === 0 ? DEFAULT_STYLE.padMonth : padMonth > bareMonth,
  };
}

/** "22/12/2024" for a catalog date (ISO in the file). */
export function shortDate(doc: CatalogDocument, style: Pick<CitationStyle, 'padDay' | 'padMonth'> = DEFAULT_STYLE): string | undefined {
  const d = doc.date;
  if (!d) return undefined;
  const pad = (n: number, yes: boolean) => (yes && n < 10 ? `0${n}` : String(n));
  return `${pad(d.day, style.padDay)}/${pad(d.month, style.padMonth)}/${d.year}`;
}

/** The title as a "về …" clause, without the catalog's own notes in brackets at its end. */
export function subjectOf(doc: CatalogDocument): string {
  const title = doc.record.title.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return /^v[ềe]\s/i.test(title) ? title : `về ${title}`;
}

/** The citation up to the issuing body: "Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị". */
export function citationHead(doc: CatalogDocument, style: CitationStyle = DEFAULT_STYLE): string {
  let out = `${doc.record.type} số ${doc.symbol}`;
  const d = doc.date;
  if (d) {
    const pad = (n: number, yes: boolean) => (yes && n < 10 ? `0${n}` : String(n));
    const date = style.dateInWords ? `${pad(d.day, style.padDay)} tháng ${pad(d.month, style.padMonth)} năm ${d.year}` : shortDate(doc, style)!;
    out += `${style.comma ? ',' : ''} ngày ${date}`;
  }
  if (doc.record.issuer) out += ` của ${doc.record.issuer}`;
  return out;
}

/** The whole citation: head and subject. */
export function citationText(doc: CatalogDocument, style: CitationStyle = DEFAULT_STYLE): string {
  return `${citationHead(doc, style)} ${subjectOf(doc)}`;
}
