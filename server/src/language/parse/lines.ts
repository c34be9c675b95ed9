import { deriveLine } from '../text/normalize';
import { Flavor, Line } from './model';

const LINE_BREAK = /\r\n|\n|\r/g;

/** Splits the original text into lines and derives the text each one is read as. */
export function splitLines(text: string, flavor: Flavor): Line[] {
  const lines: Line[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    const m = LINE_BREAK.exec(text);
    const end = m ? m.index : text.length;
    lines.push(makeLine(lines.length, text.slice(start, end), start, flavor));
    if (!m) break;
    start = m.index + m[0].length;
  }
  return lines;
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

const MARKDOWN_SIGNS = /^#{1,6} \S|\*\*\S|<sup>|^\s*\\\*\s*$/m;

/** Reads a file as Markdown when told so, or when it carries the marks of DOCX-converted Markdown. */
export function detectFlavor(text: string, hint?: Flavor | 'auto'): Flavor {
  if (hint === 'plain' || hint === 'markdown') return hint;
  return MARKDOWN_SIGNS.test(text.length > 200_000 ? text.slice(0, 200_000) : text) ? 'markdown' : 'plain';
}
