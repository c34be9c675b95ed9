import { MappedText } from './mapped';
import { sharedText } from './memo';

/** Characters that print as a space: NBSP, tab, the typographic spaces. */
const SPACE_LIKE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

const SPACE_LIKE_ALL = new RegExp(SPACE_LIKE.source, 'g');
/** Characters whose derived form is not one character for one: combining marks (composed) and invisibles (dropped). */
const SHIFTS_OFFSETS = /[\u00ad\u180e\u200b-\u200f\u2060\ufeff\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;
const NEEDS_WORK = /[\t\u00a0\u1680\u2000-\u200f\u202f\u205f\u3000\u00ad\u180e\u2060\ufeff\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

/** Pieces of a line that are markup, not text: removed from the derived view. */
const ALWAYS_REMOVED = /\[bookmark: [^\]\n]{0,200}\]|\[footnoteRef:\s?\d{1,4}\]/g;
const MARKDOWN_REMOVED = /<sup>[^<\n]{0,40}<\/sup>|<\/?(?:sub|sup|u|br|b|i|em|strong)\s*\/?>|\*+|\\(?=[\\`*_{}[\]()#+\-.!|<>])/g;
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+/;
const MARKDOWN_BULLET = /^[ \t]*\*[ \t]+(?=\S)/;
/** A character MARKDOWN_REMOVED needs: a line without any has nothing to remove. */
const MARKDOWN_SIGN = /[<*\\]/;
/** A character some markup needs: "<" (comments, tags), "[" (bookmarks, footnotes), "*" (bold), "\\" (escapes). */
const MARKUP_SIGN = /[<[*\\]/;

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
  let bold = false;
  // Every piece of markup holds one of these characters: a line without any (most lines) has nothing to remove.
  const marked = MARKUP_SIGN.test(raw);
  const removals: Array<[number, number]> = [];
  if (markdown) {
    const heading = raw.charCodeAt(0) === 0x23 /* # */ ? MARKDOWN_HEADING.exec(raw) : null;
    if (heading) {
      markdownLevel = heading[1].length;
      removals.push([0, heading[0].length]);
    }
    if (marked) bold = isBold(raw, heading ? heading[0].length : 0);
  }
  if (marked) {
    collectComments(raw, removals);
    if (raw.includes('[')) collect(ALWAYS_REMOVED, raw, removals);
    if (markdown && MARKDOWN_SIGN.test(raw)) {
      const bullet = MARKDOWN_BULLET.exec(raw);
      collect(MARKDOWN_REMOVED, raw, removals, bullet ? bullet[0].length : 0);
    }
  }
  const needsWork = NEEDS_WORK.test(raw);
  if (removals.length === 0 && !needsWork) {
    return { view: MappedText.identity(sharedText(raw), lineStart), markdownLevel, bold };
  }
  if (removals.length === 0 && !SHIFTS_OFFSETS.test(raw)) {
    // Only tabs and other spaces to replace, one character for one: the offsets stay those of the line.
    return { view: MappedText.identity(sharedText(raw.replace(SPACE_LIKE_ALL, ' ')), lineStart), markdownLevel, bold };
  }
  if (!isSorted(removals)) removals.sort((a, b) => a[0] - b[0]);
  return { view: needsWork ? buildView(raw, lineStart, removals) : cutView(raw, lineStart, removals), markdownLevel, bold };
}

/** The text after `from` (trimmed) is longer than 4 characters, starts with "**" and ends with "**". */
function isBold(raw: string, from: number): boolean {
  let start = from;
  let end = raw.length;
  while (start < end && WHITE.test(raw[start])) start++;
  while (end > start && WHITE.test(raw[end - 1])) end--;
  return end - start > 4 && raw.startsWith('**', start) && raw.endsWith('**', end);
}

const WHITE = /\s/;

function isSorted(removals: Array<[number, number]>): boolean {
  for (let i = 1; i < removals.length; i++) if (removals[i][0] < removals[i - 1][0]) return false;
  return true;
}

/**
 * `<!-- … -->` comments, found with indexOf rather than /<!--.*?-->/: that regex rescans the rest of the line from
 * every unclosed "<!--", quadratic on a long line of them (200 KB of "<!-- " took ~30 s).
 */
function collectComments(raw: string, into: Array<[number, number]>): void {
  for (let open = raw.indexOf('<!--'); open >= 0; ) {
    const close = raw.indexOf('-->', open + 4);
    if (close < 0) return;
    into.push([open, close + 3]);
    open = raw.indexOf('<!--', close + 3);
  }
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

/** A line with only markup to cut out (no character to compose, replace or drop): the pieces between, copied. */
function cutView(raw: string, lineStart: number, removals: Array<[number, number]>): MappedText {
  const segments: number[] = [];
  const pieces: string[] = [];
  let length = 0;
  let from = 0;
  for (let r = 0; r <= removals.length; r++) {
    const to = r < removals.length ? removals[r][0] : raw.length;
    if (to > from) {
      segments.push(length, lineStart + from, -1);
      pieces.push(raw.slice(from, to));
      length += to - from;
    }
    if (r < removals.length) from = Math.max(from, removals[r][1]);
  }
  return MappedText.fromSegments(sharedText(pieces.join('')), segments, lineStart + raw.length);
}

function buildView(raw: string, lineStart: number, removals: Array<[number, number]>): MappedText {
  const segments: number[] = [];
  const chunks: string[] = [];
  let length = 0;
  let run = -1; // start of a run of characters copied as they are
  const flush = (end: number) => {
    if (run < 0) return;
    chunks.push(raw.slice(run, end));
    segments.push(length, lineStart + run, -1);
    length += end - run;
    run = -1;
  };
  let r = 0;
  let i = 0;
  while (i < raw.length) {
    if (r < removals.length && i >= removals[r][0]) {
      flush(i);
      i = Math.max(i, removals[r][1]);
      r++;
      continue;
    }
    const limit = r < removals.length ? removals[r][0] : raw.length;
    const code = raw.charCodeAt(i);
    const composes = i + 1 < limit && isMark(raw.charCodeAt(i + 1)) && !isMark(code);
    if (!composes && !isSpecial(code)) {
      if (run < 0) run = i;
      i++;
      continue;
    }
    flush(i);
    // One cluster: a character and the combining marks that follow it, composed (NFC) or replaced.
    let end = i + 1;
    if (composes) while (end < limit && isMark(raw.charCodeAt(end))) end++;
    const derived = composes ? composed(raw.slice(i, end)) : SPACE_LIKE.test(raw[i]) ? ' ' : '';
    if (derived.length > 0) {
      chunks.push(derived);
      segments.push(length, lineStart + i, lineStart + end);
      length += derived.length;
    }
    i = end;
  }
  flush(raw.length);
  return MappedText.fromSegments(sharedText(chunks.join('')), segments, lineStart + raw.length);
}

/** NFC of one cluster; the few hundred clusters of Vietnamese recur, so each is composed once. */
function composed(cluster: string): string {
  let nfc = COMPOSED.get(cluster);
  if (nfc === undefined) {
    if (COMPOSED.size > 10_000) COMPOSED.clear();
    COMPOSED.set(cluster, (nfc = cluster.normalize('NFC')));
  }
  return nfc;
}

const COMPOSED = new Map<string, string>();

/** A space-like or invisible character: replaced or dropped in the derived text. */
function isSpecial(code: number): boolean {
  return (
    code === 0x09 || code === 0xa0 || code === 0xad || code === 0x1680 || code === 0x180e || (code >= 0x2000 && code <= 0x200f) ||
    code === 0x202f || code === 0x205f || code === 0x2060 || code === 0x3000 || code === 0xfeff
  );
}

/** Lower-cases and NFC-normalises a short phrase for comparisons (uỷ/ủy and hoá/hóa are not unified here). */
export function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}
