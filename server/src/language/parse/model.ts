import { MappedText } from '../text/mapped';
import { SourceText, Span } from '../text/source';
import { Punctuation, MarkerKind } from './markers';
import { SequenceIssue } from './sequence';
import type { CitationMatch } from './citations';
import type { DateMatch } from './dates';
import type { AnniversaryMention } from './anniversaries';

export type Flavor = 'plain' | 'markdown';

export interface Line {
  index: number;
  /** Original offsets of the line, without its line break. */
  start: number;
  end: number;
  /** The derived text the parsers read: NFC, spaces normalised, markup removed. */
  view: MappedText;
  markdownLevel: number | null;
  bold: boolean;
  blank: boolean;
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

export interface NumberingIssue {
  /** For 'unnumbered': the item the line should be, with an empty text and a span at the start of the line. */
  marker: Marker;
  /** 'unnumbered': a line that reads as the heading of the item its sub-items name has no number ("Tin trong tỉnh"). */
  issue: SequenceIssue | 'unnumbered';
  /** For 'unnumbered': the heading text of the line. */
  heading?: string;
  /** The marker text that was expected, written in the marker's own style. */
  expectedText: string;
  /**
   * Whether renumbering this marker is the fix: false when the markers after it go on from the number as written
   * ("Thứ nhất, Thứ hai, Thứ tư, Thứ năm": a point is missing, "Thứ tư" is not a typo).
   */
  renumber: boolean;
}

export interface ParentIssue {
  marker: Marker;
  /** The parent path the sub-item should carry, or null when it has no parent item at all. */
  expectedParent: number[] | null;
  /** The marker text with the expected parent, when one is known. */
  expectedText: string | null;
}

export interface StyleIssue {
  marker: Marker;
  /** What the marker should read to match its sequence. */
  expectedText: string;
  reason: 'ordinal-form';
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
  readonly numberingIssues: NumberingIssue[];
  readonly parentIssues: ParentIssue[];
  readonly styleIssues: StyleIssue[];
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
