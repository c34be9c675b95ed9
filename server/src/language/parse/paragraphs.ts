import { MappedText } from '../text/mapped';
import { Flavor, Line, LineKind, lineView, Paragraph } from './model';

const ENDS_SENTENCE = /[.:;!?…”"»)\]]\s*$/u;
const STARTS_CONTINUATION = /^\s*[\p{Ll}\d]/u;

/**
 * Running text as paragraphs: one per line, except that a sentence cut by a page break (DOCX conversions leave two
 * or more blank lines in the middle of a sentence, in Markdown and in plain text alike) is joined back into one
 * paragraph, so that "ngày 27 tháng 01" + "năm 2015" is one date and not a date of the bulletin's year.
 */
export function buildParagraphs(lines: Line[], kinds: LineKind[], _flavor: Flavor): Paragraph[] {
  // Made at its largest length, a paragraph a line, and cut to what it holds: a list grown item by item is copied at each step, and past 16 384 items each copy is a large object in fresh memory.
  const out: Paragraph[] = new Array(lines.length);
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].form.blank) continue;
    const first = lines[i];
    let joined: Line[] | undefined; // only when a page break cut the paragraph: most are one line
    for (let next = nextNonBlank(lines, i); next !== undefined && isPageBreakJoin(lines, kinds, i, next); next = nextNonBlank(lines, i)) {
      (joined ??= [first]).push(lines[next]);
      i = next;
    }
    out[count++] = { firstLine: first.index, lastLine: lines[i].index, view: joined ? MappedText.join(joined.map(lineView)) : lineView(first) };
  }
  out.length = count;
  return out;
}

function nextNonBlank(lines: Line[], from: number): number | undefined {
  for (let j = from + 1; j < lines.length; j++) if (!lines[j].form.blank) return j;
  return undefined;
}

function isPageBreakJoin(lines: Line[], kinds: LineKind[], at: number, next: number): boolean {
  return (
    next - at >= 3 &&
    kinds[next] === 'paragraph' &&
    kinds[at] !== 'heading' &&
    kinds[at] !== 'title' &&
    !ENDS_SENTENCE.test(lines[at].form.text) &&
    STARTS_CONTINUATION.test(lines[next].form.text)
  );
}
