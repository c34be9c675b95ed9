import { MappedText, MappedTextBuilder } from './mapped';

/** Characters that print as a space: NBSP, tab, the typographic spaces. */
const SPACE_LIKE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
/** Characters that print as nothing: BOM, zero-width, soft hyphen. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060\ufeff]/;
const NEEDS_WORK = /[\t\u00a0\u1680\u2000-\u200f\u202f\u205f\u3000\u00ad\u180e\u2060\ufeff\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

/** Pieces of a line that are markup, not text: removed from the derived view. */
const ALWAYS_REMOVED = /<!--.*?-->|\[bookmark: [^\]\n]{0,200}\]|\[footnoteRef:\s?\d{1,4}\]/g;
const MARKDOWN_REMOVED = /<sup>[^<\n]{0,40}<\/sup>|<\/?(?:sub|sup|u|br|b|i|em|strong)\s*\/?>|\*+|\\(?=[\\`*_{}[\]()#+\-.!|<>])/g;
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+/;
const MARKDOWN_BULLET = /^[ \t]*\*[ \t]+(?=\S)/;

export interface DerivedLine {
  view: MappedText;
  /** Level of a Markdown `#` heading, when the line is one. */
  markdownLevel: number | null;
  /** True when the whole visible text of the line is bold (`**…**`), a common way to mark a heading. */
  bold: boolean;
}

function isMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/**
 * Derives the text the parsers read from one original line: NFC, space-like characters as spaces, invisible
 * characters and markup removed. Every derived character keeps its original span.
 */
export function deriveLine(raw: string, lineStart: number, markdown: boolean): DerivedLine {
  let markdownLevel: number | null = null;
  const removals: Array<[number, number]> = [];
  let bold = false;
  if (markdown) {
    const heading = MARKDOWN_HEADING.exec(raw);
    if (heading) {
      markdownLevel = heading[1].length;
      removals.push([0, heading[0].length]);
    }
    const body = raw.slice(heading ? heading[0].length : 0).trim();
    bold = body.length > 4 && body.startsWith('**') && /\*\*\s*$/.test(body);
  }
  collect(ALWAYS_REMOVED, raw, removals);
  if (markdown) {
    const bullet = MARKDOWN_BULLET.exec(raw);
    collect(MARKDOWN_REMOVED, raw, removals, bullet ? bullet[0].length : 0);
  }
  if (removals.length === 0 && !NEEDS_WORK.test(raw)) {
    return { view: MappedText.identity(raw, lineStart), markdownLevel, bold };
  }
  removals.sort((a, b) => a[0] - b[0]);
  return { view: buildView(raw, lineStart, removals), markdownLevel, bold };
}

function collect(pattern: RegExp, raw: string, into: Array<[number, number]>, from = 0): void {
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(raw))) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (m.index >= from) into.push([m.index, m.index + m[0].length]);
  }
}

function buildView(raw: string, lineStart: number, removals: Array<[number, number]>): MappedText {
  const builder = new MappedTextBuilder();
  let r = 0;
  let i = 0;
  while (i < raw.length) {
    if (r < removals.length && i >= removals[r][0]) {
      i = Math.max(i, removals[r][1]);
      r++;
      continue;
    }
    const limit = r < removals.length ? removals[r][0] : raw.length;
    // One cluster: a code point and the combining marks that follow it.
    let end = i + (isHighSurrogate(raw.charCodeAt(i)) && i + 1 < raw.length ? 2 : 1);
    if (!isMark(raw.charCodeAt(i))) {
      while (end < limit && isMark(raw.charCodeAt(end))) end++;
    }
    const cluster = raw.slice(i, end);
    builder.append(normalizeCluster(cluster), lineStart + i, lineStart + end);
    i = end;
  }
  return builder.build(lineStart + raw.length);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function normalizeCluster(cluster: string): string {
  if (cluster.length === 1) {
    if (SPACE_LIKE.test(cluster)) return ' ';
    if (INVISIBLE.test(cluster)) return '';
    return cluster;
  }
  return cluster.normalize('NFC');
}

/** Lower-cases and NFC-normalises a short phrase for comparisons (uỷ/ủy and hoá/hóa are not unified here). */
export function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}
