/**
 * Parses one version of a bulletin into the model: lines and their kinds (the structure walk), title and period,
 * and, read lazily per paragraph, citations, dates and anniversary mentions; unchanged paragraphs reuse the previous
 * version's results.
 */
import { SourceText } from '../text/source';
import { SplitReuse, splitLines } from './lines';
import {
  BulletinModel, Closing, Flavor, Found, Heading, Line, LineKind, Marker, Paragraph, Period, Suppression, TitleBlock, UnnumberedItem,
} from './model';
import { buildParagraphs } from './paragraphs';
import { readCitations, CitationMatch } from './citations';
import { readDates, DateMatch } from './dates';
import { readAnniversaryCounts, AnniversaryMention } from './anniversaries';
import { readSuppressions } from './suppressions';
import { periodFromHead, readTitle } from './title';
import { StructureWalk } from './structureWalk';

export interface ParseOptions {
  version?: number;
  /** 'auto' (default) reads DOCX-converted Markdown as Markdown. */
  flavor?: Flavor | 'auto';
  /** The file is declared a bulletin (language `bulletin`, `.bulletin`, `.bantin`). */
  declaredBulletin?: boolean;
  /** The model of the previous version of the same document: unchanged lines and paragraphs are not read again. */
  previous?: BulletinModel;
}

/** What one version keeps for the next: derived lines and recogniser results by text. */
interface Reuse {
  split: SplitReuse;
  citations: Map<string, CitationMatch[]>;
  dates: Map<string, DateMatch[]>;
  anniversaries: Map<string, AnniversaryMention[]>;
  context: string;
}

/** The year and month the date readers complete partial dates with, and its key. */
interface DateContext {
  year?: number;
  month?: number;
}

/**
 * One parsed version, its lazy parts read on first use. A class with its getters on the prototype, not an object
 * literal with getters: V8 allocates a literal's getter pair in the old generation, where it stays until a full
 * collection, dead or not. Every young collection then took the getters' closures as alive, and with them the whole
 * version: the edits of a large bulletin spent their time copying the models of earlier edits.
 */
class ParsedBulletin implements BulletinModel {
  readonly kinds: LineKind[];
  readonly markers: Marker[];
  readonly headings: Heading[];
  readonly closings: Closing[];
  readonly unnumberedItems: UnnumberedItem[];
  private paragraphList?: Paragraph[];
  private citationList?: Found<CitationMatch>[];
  private dateList?: Found<DateMatch>[];
  private anniversaryList?: Found<AnniversaryMention>[];

  constructor(
    readonly source: SourceText,
    readonly version: number,
    readonly flavor: Flavor,
    readonly lines: Line[],
    walk: StructureWalk,
    readonly title: TitleBlock | null,
    readonly period: Period | null,
    readonly suppressions: Suppression[],
    readonly declaredBulletin: boolean,
    /** What this version hands on to the next. */
    readonly reuse: Reuse,
    /** What the previous version handed on, when it can be used (same flavor). */
    private readonly usable: Reuse | undefined,
    private readonly context: DateContext,
  ) {
    this.kinds = walk.kinds;
    this.markers = walk.markers;
    this.headings = walk.headings;
    this.closings = walk.closings;
    this.unnumberedItems = walk.unnumberedItems;
  }

  get paragraphs(): Paragraph[] {
    return (this.paragraphList ??= buildParagraphs(this.lines, this.kinds, this.flavor));
  }

  get citations(): Found<CitationMatch>[] {
    return (this.citationList ??= findAll(this.paragraphs, readCitations, this.reuse.citations, this.usable?.citations));
  }

  get dates(): Found<DateMatch>[] {
    const context = this.context;
    return (this.dateList ??= findAll(this.paragraphs, (text) => readDates(text, context), this.reuse.dates, this.sameContext()?.dates));
  }

  get anniversaries(): Found<AnniversaryMention>[] {
    // The anniversary reader needs the dates of the paragraph: hand it those already read.
    if (!this.dateList) void this.dates;
    const { context, reuse } = this;
    return (this.anniversaryList ??= findAll(
      this.paragraphs, (text) => readAnniversaryCounts(text, context, reuse.dates.get(text)), reuse.anniversaries,
      this.sameContext()?.anniversaries,
    ));
  }

  /** The previous version's results, when they were read with the same year and month. */
  private sameContext(): Reuse | undefined {
    return this.usable?.context === this.reuse.context ? this.usable : undefined;
  }
}

/** Parses one version of a bulletin into the model every check and feature reads. */
export function parseBulletin(text: string, options: ParseOptions = {}): BulletinModel {
  const old = options.previous instanceof ParsedBulletin ? options.previous.reuse : undefined;
  const { lines, lineStarts, flavor, reuse: split } = splitLines(text, options.flavor, old?.split);
  const source = new SourceText(text, lineStarts);
  const usable = old && old.split.flavor === flavor ? old : undefined;
  const walk = new StructureWalk(lines);
  walk.run();
  const title = readTitle(lines, walk.kinds);
  if (title) for (let i = title.startLine; i <= title.endLine; i++) walk.kinds[i] = 'title';
  const period = title?.period?.valid ? title.period : periodFromHead(lines, walk.kinds) ?? title?.period ?? null;
  const context: DateContext = period?.valid ? { year: period.year, month: period.month } : {};
  const reuse: Reuse = {
    split, citations: new Map(), dates: new Map(), anniversaries: new Map(), context: `${context.year ?? ''}/${context.month ?? ''}`,
  };
  return new ParsedBulletin(
    source, options.version ?? 0, flavor, lines, walk, title, period, readSuppressions(text, lines),
    options.declaredBulletin ?? false, reuse, usable, context,
  );
}

/**
 * Runs a recogniser over every paragraph. Results index the paragraph's own text, so the results of an unchanged
 * paragraph of the previous version are reused as they are.
 */
function findAll<T>(paragraphs: Paragraph[], read: (text: string) => T[], keep: Map<string, T[]>, previous?: Map<string, T[]>): Found<T>[] {
  const out: Found<T>[] = [];
  // Indexed loops: this runs over every paragraph three times, mostly before it is optimised.
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p];
    const text = paragraph.view.text;
    let items = keep.get(text);
    if (items === undefined) {
      items = previous?.get(text) ?? read(text);
      keep.set(text, items);
    }
    for (let i = 0; i < items.length; i++) out.push({ paragraph, item: items[i] });
  }
  return out;
}
