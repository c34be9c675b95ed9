import { isSpace } from '../text/chars';
import { deriveLine } from '../text/normalize';
import { memoByText, sharedText } from '../text/memo';
import { Flavor, Line, LineForm } from './model';


/** What a version hands on to the next one. */
export interface SplitReuse {
  text: string;
  lines: Line[];
  flavor: Flavor;
  /** Whether each line carries a Markdown sign (the flavor is Markdown when any does). */
  signs: boolean[];
  signCount: number;
}

export interface SplitResult {
  lines: Line[];
  /** Offset where each line starts, as SourceText keeps them. */
  lineStarts: number[];
  flavor: Flavor;
  reuse: SplitReuse;
}

/**
 * Splits the original text into lines, decides whether it is Markdown (unless told), and derives the text each line
 * is read as. Against the previous version, the lines before and after the edited region are reused as they are
 * (moved when the edit changed the length): only the edited lines are split and derived again.
 */
export function splitLines(text: string, hint: Flavor | 'auto' | undefined, previous?: SplitReuse): SplitResult {
  const told = hint === 'plain' || hint === 'markdown' ? hint : undefined;
  if (previous) {
    const result = splitAgainst(text, told, previous);
    if (result) return result;
  }
  const raws = rawLines(text, 0, text.length, true);
  const count = raws.texts.length;
  const signs: boolean[] = new Array(count);
  let signCount = 0;
  for (let i = 0; i < count; i++) if ((signs[i] = hasMarkdownSign(raws.texts[i]))) signCount++;
  const flavor: Flavor = told ?? (signCount > 0 ? 'markdown' : 'plain');
  const lines: Line[] = new Array(count);
  for (let i = 0; i < count; i++) lines[i] = makeLine(i, raws.texts[i], raws.starts[i], flavor);
  return result(text, lines, flavor, signs, signCount, raws.starts);
}

/** What `splitLines` returns; `starts`, the lines' starts when they are already in a list of their own. */
function result(text: string, lines: Line[], flavor: Flavor, signs: boolean[], signCount: number, starts?: number[]): SplitResult {
  let lineStarts = starts;
  if (!lineStarts) {
    lineStarts = new Array(lines.length);
    for (let i = 0; i < lines.length; i++) lineStarts[i] = lines[i].start;
  }
  return { lines, lineStarts, flavor, reuse: { text, lines, flavor, signs, signCount } };
}

/**
 * The raw lines of text[from, to) and where each starts; `last` when `to` is the end of the text (the final line may be
 * empty). Each line is the one string object of its text (`sharedText`): what is worked out per line text below finds
 * a repeated line by reference.
 */
function rawLines(text: string, from: number, to: number, last: boolean): { texts: string[]; starts: number[] } {
  // The lines are counted first, so that both lists are made at their final length: a list grown step by step is
  // copied at every step, and on V8 a list of more than 16 384 items is a large object that takes fresh memory then
  // (pushing 200 000 starts costs ~20 ms here, filling a list of that length ~7).
  const count = forEachLine(text, from, to, last, () => {});
  const texts: string[] = new Array(count);
  const starts: number[] = new Array(count);
  let n = 0;
  forEachLine(text, from, to, last, (start, end) => {
    texts[n] = sharedText(text.slice(start, end));
    starts[n++] = start;
  });
  return { texts, starts };
}

/** Calls `visit` with the start and end of each raw line of text[from, to) (see `rawLines`); returns how many. */
function forEachLine(text: string, from: number, to: number, last: boolean, visit: (start: number, end: number) => void): number {
  let count = 0;
  let start = from;
  // The next "\n" and "\r" at or after `start`, each searched again only once passed: one scan of the text.
  let lf = text.indexOf('\n', from);
  let cr = text.indexOf('\r', from);
  for (;;) {
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    const at = cr < 0 ? lf : lf < 0 ? cr : Math.min(lf, cr);
    if (at < 0 || at >= to) {
      if (last) visit(start, to), count++;
      return count;
    }
    visit(start, at);
    count++;
    start = at === cr && lf === cr + 1 ? at + 2 : at + 1; // "\r\n" is one break
    if (start >= to && !last) return count;
  }
}

/** Reuses the unchanged lines around the edited region; undefined when the flavor changes (then all is derived). */
function splitAgainst(text: string, told: Flavor | undefined, previous: SplitReuse): SplitResult | undefined {
  const old = previous.text;
  const oldLines = previous.lines;
  const limit = Math.min(old.length, text.length);
  const prefix = commonPrefix(old, text, limit);
  const suffix = commonSuffix(old, text, limit - prefix);
  const delta = text.length - old.length;
  // Lines kept in front: the next line starts inside the unchanged prefix, so their line break is settled.
  let head = 0;
  while (head + 1 < oldLines.length && oldLines[head + 1].start < prefix) head++;
  // Lines kept at the end: the character before them is unchanged, so the break before them is settled too.
  let tail = oldLines.length;
  while (tail - 1 > head && oldLines[tail - 1].start - 1 >= old.length - suffix) tail--;
  const middleFrom = head < oldLines.length && head > 0 ? oldLines[head].start : 0;
  const keptHead = middleFrom === 0 ? 0 : head;
  const middleTo = tail < oldLines.length ? oldLines[tail].start + delta : text.length;
  const middle = rawLines(text, middleFrom, middleTo, tail >= oldLines.length);
  let signCount = previous.signCount;
  for (let i = keptHead; i < tail; i++) if (previous.signs[i]) signCount--;
  const middleSigns = middle.texts.map(hasMarkdownSign);
  signCount += middleSigns.filter(Boolean).length;
  const flavor: Flavor = told ?? (signCount > 0 ? 'markdown' : 'plain');
  if (flavor !== previous.flavor) return undefined;
  // Both lists are made at their final length: a list grown item by item is copied at each step, and past 16 384 items each copy is a large object in fresh memory.
  const count = keptHead + middle.texts.length + (oldLines.length - tail);
  const lines: Line[] = new Array(count);
  const signs: boolean[] = new Array(count);
  for (let i = 0; i < keptHead; i++) (lines[i] = oldLines[i]), (signs[i] = previous.signs[i]);
  // An edited line is usually new; a line that only moved (lines pasted or deleted above) is found by its text.
  const byText = new Map<string, Line>();
  for (let i = keptHead; i < tail && i < keptHead + 64; i++) byText.set(oldLines[i].raw, oldLines[i]);
  let n = keptHead;
  for (let k = 0; k < middle.texts.length; k++, n++) {
    const raw = middle.texts[k];
    const known = byText.get(raw);
    lines[n] = known ? moveLine(known, n, middle.starts[k]) : makeLine(n, raw, middle.starts[k], flavor);
    signs[n] = middleSigns[k];
  }
  for (let i = tail; i < oldLines.length; i++, n++) {
    lines[n] = moveLine(oldLines[i], n, oldLines[i].start + delta);
    signs[n] = previous.signs[i];
  }
  return result(text, lines, flavor, signs, signCount);
}

const BLOCK = 2048;

/** Length of the common start of a and b (at most `limit`): compared block by block, then character by character. */
function commonPrefix(a: string, b: string, limit: number): number {
  let n = 0;
  while (n + BLOCK <= limit && a.slice(n, n + BLOCK) === b.slice(n, n + BLOCK)) n += BLOCK;
  while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Length of the common end of a and b (at most `limit`). */
function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (n + BLOCK <= limit && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** The same line at another place (lines inserted or deleted above it). */
function moveLine(old: Line, index: number, start: number): Line {
  if (old.index === index && old.start === start) return old;
  return { index, start, end: start + old.raw.length, raw: old.raw, form: old.form };
}

/** A line of `raw`, one string object per distinct line text (`rawLines`): its form is derived once per text. */
function makeLine(index: number, raw: string, start: number, flavor: Flavor): Line {
  return { index, start, end: start + raw.length, raw, form: flavor === 'markdown' ? markdownForm(raw) : plainForm(raw) };
}

function formOf(raw: string, markdown: boolean): LineForm {
  const { view, markdownLevel, bold } = deriveLine(raw, 0, markdown);
  return { text: view.text, view, markdownLevel, bold, blank: isBlank(view.text) };
}

const plainForm = memoByText((raw) => formOf(raw, false));
const markdownForm = memoByText((raw) => formOf(raw, true));

/** Only white space (what `trim()` removes); most lines are told by their first character, without the expression. */
function isBlank(text: string): boolean {
  return text.length === 0 || (isSpace(text.charCodeAt(0)) && !NOT_BLANK.test(text));
}

/** Anything but white space: a line without it is blank. */
const NOT_BLANK = /\S/;

/** MARKDOWN_LINE, tried only on lines holding one of the characters it needs ("#", "*", "<"); once per line text. */
const hasMarkdownSign = memoByText((raw: string): boolean => MARKDOWN_SIGN.test(raw) && MARKDOWN_LINE.test(raw));

const MARKDOWN_SIGN = /[#*<]/;

/** A line with the marks of DOCX-converted Markdown: a `#` heading, bold, a footnote mark, an escaped star alone. */
const MARKDOWN_LINE = /^#{1,6} \S|\*\*\S|<sup>|^[^\S\r\n\u2028\u2029]*\\\*[^\S\r\n\u2028\u2029]*$/;
