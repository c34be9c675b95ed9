/**
 * Parses one version of a bulletin into the model: lines and their kinds (the structure walk), title and period,
 * and, read lazily per paragraph, citations, dates and anniversary mentions; unchanged paragraphs reuse the previous
 * version's results.
 */
import { SourceText } from '../text/source';
import { SplitReuse, splitLines } from './lines';
import { BulletinModel, Flavor, Found, Paragraph } from './model';
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

const reuseOf = new WeakMap<BulletinModel, Reuse>();

/** Parses one version of a bulletin into the model every check and feature reads. */
export function parseBulletin(text: string, options: ParseOptions = {}): BulletinModel {
  const old = options.previous ? reuseOf.get(options.previous) : undefined;
  const { lines, lineStarts, flavor, reuse: split } = splitLines(text, options.flavor, old?.split);
  const source = new SourceText(text, lineStarts);
  const usable = old && old.split.flavor === flavor ? old : undefined;
  const walk = new StructureWalk(lines);
  walk.run();
  const title = readTitle(lines, walk.kinds);
  if (title) for (let i = title.startLine; i <= title.endLine; i++) walk.kinds[i] = 'title';
  const period = title?.period?.valid ? title.period : periodFromHead(lines, walk.kinds) ?? title?.period ?? null;
  let paragraphs: Paragraph[] | undefined;
  let citations: Found<CitationMatch>[] | undefined;
  let dates: Found<DateMatch>[] | undefined;
  let anniversaries: Found<AnniversaryMention>[] | undefined;
  const context = period?.valid ? { year: period.year, month: period.month } : {};
  const contextKey = `${context.year ?? ''}/${context.month ?? ''}`;
  const reuse: Reuse = {
    split, citations: new Map(), dates: new Map(), anniversaries: new Map(), context: contextKey,
  };
  const sameContext = usable?.context === contextKey;
  const model: BulletinModel = {
    source,
    version: options.version ?? 0,
    flavor,
    lines,
    kinds: walk.kinds,
    markers: walk.markers,
    headings: walk.headings,
    title,
    period,
    closings: walk.closings,
    unnumberedItems: walk.unnumberedItems,
    suppressions: readSuppressions(text, lines),
    get paragraphs() {
      return (paragraphs ??= buildParagraphs(lines, walk.kinds, flavor));
    },
    get citations() {
      return (citations ??= findAll(model.paragraphs, readCitations, reuse.citations, usable?.citations));
    },
    get dates() {
      return (dates ??= findAll(model.paragraphs, (text) => readDates(text, context), reuse.dates, sameContext ? usable?.dates : undefined));
    },
    get anniversaries() {
      // The anniversary reader needs the dates of the paragraph: hand it those already read.
      if (!dates) void model.dates;
      return (anniversaries ??= findAll(
        model.paragraphs, (text) => readAnniversaryCounts(text, context, reuse.dates.get(text)), reuse.anniversaries,
        sameContext ? usable?.anniversaries : undefined,
      ));
    },
    declaredBulletin: options.declaredBulletin ?? false,
  };
  reuseOf.set(model, reuse);
  return model;
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
