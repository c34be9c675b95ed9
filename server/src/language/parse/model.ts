import { MappedText } from '../text/mapped';
import { SourceText, Span } from '../text/source';
import { Punctuation, MarkerKind } from './markers';
import type { RunCount } from './sequence';
import type { CitationMatch } from './citations';
import type { DateMatch } from './dates';
import type { AnniversaryMention } from './anniversaries';

export type Flavor = 'plain' | 'markdown';

/**
 * A line of the bulletin: its place, and its form, the reading shared by every line with the same text
 * (`parse/lines.ts`). Five fields a line: a 200 000-line input holds 200 000 of them, and on a VM where a page touched
 * for the first time costs ~10 µs, memory per line is time. Plain data like the rest of the model: what is read
 * through the form is spelt out (`line.form.text`), and the view placed in the document is made on demand (`lineView`).
 */
export interface Line {
  index: number;
  /** Original offsets of the line, without its line break. */
  start: number;
  end: number;
  /** The line as written, without its line break (one string object per distinct text: see `sharedText`). */
  raw: string;
  form: LineForm;
}

/** What a line's text is read as, wherever it stands: derived once per text, at offset 0. */
export interface LineForm {
  /** The derived text the parsers read: NFC, spaces normalised, markup removed. */
  text: string;
  /** The derived text with its map to offsets in the line (`lineView` places it in the document). */
  view: MappedText;
  /** Level of a Markdown `#` heading, when the line is one. */
  markdownLevel: number | null;
  /** The whole visible text is bold (`**…**`). */
  bold: boolean;
  /** Only white space. */
  blank: boolean;
}

/** The line's derived text with its map to the document's offsets; made at each call (keep it when read twice). */
export function lineView(line: Line): MappedText {
  return line.form.view.shifted(line.start);
}

export type LineKind = 'blank' | 'heading' | 'list' | 'bullet' | 'paragraph' | 'title' | 'closing';

export interface Marker {
  kind: MarkerKind;
  line: number;
  values: number[];
  letter?: string;
  style: string;
  /** The marker as written. */
  text: string;
  /** Original span of the marker. */
  span: Span;
  punctuation: Punctuation;
  /** Index of the document within the file (a file may hold several, each closed by "Nơi nhận:"). */
  doc: number;
  /** How the structure walk counted the marker in its run. */
  count: MarkerCount;
}

/**
 * How the structure walk counted a marker: in which run (parts; the sections of a part; the items under one parent;
 * a list), what that run waited for at this point, and, for a sub-item, the parent it was counted under.
 */
export interface MarkerCount extends RunCount {
  /**
   * Items: the parent path the item was counted under ([] for a top item). For a sub-item that is the parent it
   * names, unless the walk counted it under the parent it should have, so that one slip is one finding: the open
   * item ("2.2." under "1." is counted under "1."), or section "II." when items are numbered by section. Null when
   * there was no item to count it under: it was counted in the run of the parent it names.
   */
  under?: number[] | null;
  /**
   * A bare ordinal ("Mười một,") is counted only as the next point of an ordinal run waiting for it: the style of
   * that run, "thu" ("Thứ …") or "la" ("… là").
   */
  inRunOf?: string;
}

export interface Heading {
  line: number;
  /** 1 part, 2 section, 3 item, 4 sub-item…; below 1 for unnumbered Markdown headings. */
  rank: number;
  marker: Marker | null;
  /** Heading text after the marker, from the derived line. */
  text: string;
  /** Original span of the whole heading line content. */
  span: Span;
  markdownLevel: number | null;
  doc: number;
}

export interface Period {
  month: number;
  year: number;
  valid: boolean;
  line: number;
  span: Span;
}

export interface TitleBlock {
  /** The line that names the bulletin ("THÔNG TIN SINH HOẠT CHI BỘ …"). */
  line: number;
  startLine: number;
  endLine: number;
  span: Span;
  /** The month and year written in the title block, valid or not; null when it has none. */
  period: Period | null;
}

export interface Closing {
  startLine: number;
  endLine: number;
  doc: number;
}

/**
 * A line without a number that the walk counted as an item: "Tin trong tỉnh" before "1.1.", "1.2." where item "1."
 * belongs (a short line that reads as a heading, right before the first sub-item of an item not yet open, whose
 * number is the one the items' run waits for). The sub-items and items after it are counted as if it were numbered.
 */
export interface UnnumberedItem {
  line: number;
  /** The item path the line was counted as. */
  countedAs: number[];
  /** The line's text, trimmed. */
  text: string;
  /** An empty span where the line's text starts. */
  span: Span;
  doc: number;
}

export interface Suppression {
  /** Lines [from, to] (inclusive) the suppression covers. */
  from: number;
  to: number;
  /** Codes or prefixes ("structure", "structure.*"); empty means every check. */
  codes: string[];
}

/** A paragraph for the recognisers that read running text: usually one line, joined across page breaks. */
export interface Paragraph {
  firstLine: number;
  lastLine: number;
  view: MappedText;
}

/** Something a recogniser found in a paragraph; its offsets index `paragraph.view.text`. */
export interface Found<T> {
  paragraph: Paragraph;
  item: T;
}

/** Everything parsed from one version of a bulletin. Checks and features only read it. */
export interface BulletinModel {
  readonly source: SourceText;
  readonly version: number;
  readonly flavor: Flavor;
  readonly lines: Line[];
  readonly kinds: LineKind[];
  readonly markers: Marker[];
  readonly headings: Heading[];
  readonly title: TitleBlock | null;
  /** The bulletin's month and year (from the title, or from an early heading such as "… THÁNG 01 NĂM 2024"). */
  readonly period: Period | null;
  readonly closings: Closing[];
  /** Lines without a number that the structure walk counted as items. */
  readonly unnumberedItems: UnnumberedItem[];
  readonly suppressions: Suppression[];
  /** Paragraphs of running text, built on first use. */
  readonly paragraphs: Paragraph[];
  /** Citations of Party and State documents, read on first use. */
  readonly citations: Found<CitationMatch>[];
  /** Date expressions (dates, ranges, periods, quarters), read on first use with the bulletin's year and month. */
  readonly dates: Found<DateMatch>[];
  /** "kỷ niệm N năm …", "sau 10 năm …" mentions, read on first use. */
  readonly anniversaries: Found<AnniversaryMention>[];
  /** Whether the file is declared a bulletin (language `bulletin`, `.bulletin`/`.bantin`). */
  readonly declaredBulletin: boolean;
}
