import { deriveLine } from '../text/normalize';
import { Flavor, Line } from './model';

const LINE_BREAK = /\r\n|\n|\r/g;

/**
 * Derived lines of the previous version, by raw text: deriving is a pure function of the raw line and the flavor,
 * so a line that did not change (wherever it moved) is reused instead of derived again.
 */
export type LineCache = Map<string, Line>;

/** Splits the original text into lines and derives the text each one is read as. */
export function splitLines(text: string, flavor: Flavor, previous?: LineCache): { lines: Line[]; cache: LineCache } {
  const lines: Line[] = [];
  const cache: LineCache = new Map();
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    const m = LINE_BREAK.exec(text);
    const end = m ? m.index : text.length;
    const raw = text.slice(start, end);
    const old = previous?.get(raw);
    const line = old ? moveLine(old, lines.length, start) : makeLine(lines.length, raw, start, flavor);
    lines.push(line);
    if (raw.length > 0) cache.set(raw, line);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return { lines, cache };
}

function moveLine(old: Line, index: number, start: number): Line {
  if (old.index === index && old.start === start) return old;
  return { ...old, index, start, end: start + (old.end - old.start), view: old.view.shifted(start - old.start) };
}

export function makeLine(index: number, raw: string, start: number, flavor: Flavor): Line {
  const derived = deriveLine(raw, start, flavor === 'markdown');
  return {
    index,
    start,
    end: start + raw.length,
    view: derived.view,
    markdownLevel: derived.markdownLevel,
    bold: derived.bold,
    blank: derived.view.text.trim().length === 0,
  };
}

// Blanks around "\*" exclude line breaks: /^\s*…$/m ran across runs of blank lines, quadratic (40 000 took 4.7 s).
const MARKDOWN_SIGNS = /^#{1,6} \S|\*\*\S|<sup>|^[^\S\r\n\u2028\u2029]*\\\*[^\S\r\n\u2028\u2029]*$/m;

/** Reads a file as Markdown when told so, or when it carries the marks of DOCX-converted Markdown. */
export function detectFlavor(text: string, hint?: Flavor | 'auto'): Flavor {
  if (hint === 'plain' || hint === 'markdown') return hint;
  return MARKDOWN_SIGNS.test(text.length > 200_000 ? text.slice(0, 200_000) : text) ? 'markdown' : 'plain';
}
