import { MappedText } from '../text/mapped';
import { Flavor, Line, LineKind, Paragraph } from './model';

const ENDS_SENTENCE = /[.:;!?…”"»)\]]\s*$/u;
const STARTS_CONTINUATION = /^\s*[\p{Ll}\d]/u;

/**
 * Running text as paragraphs: one per line, except that a sentence cut by a page break (DOCX conversions leave two
 * or more blank lines in the middle of a sentence, in Markdown and in plain text alike) is joined back into one
 * paragraph, so that "ngày 27 tháng 01" + "năm 2015" is one date and not a date of the bulletin's year.
 */
export function buildParagraphs(lines: Line[], kinds: LineKind[], _flavor: Flavor): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank) continue;
    const group = [lines[i]];
    for (let next = nextNonBlank(lines, i); next !== undefined && isPageBreakJoin(lines, kinds, i, next); next = nextNonBlank(lines, i)) {
      group.push(lines[next]);
      i = next;
    }
    out.push({ firstLine: group[0].index, lastLine: group[group.length - 1].index, view: joinViews(group.map((l) => l.view)) });
  }
  return out;
}

function nextNonBlank(lines: Line[], from: number): number | undefined {
  for (let j = from + 1; j < lines.length; j++) if (!lines[j].blank) return j;
  return undefined;
}

function isPageBreakJoin(lines: Line[], kinds: LineKind[], at: number, next: number): boolean {
  return (
    next - at >= 3 &&
    kinds[next] === 'paragraph' &&
    kinds[at] !== 'heading' &&
    kinds[at] !== 'title' &&
    !ENDS_SENTENCE.test(lines[at].view.text) &&
    STARTS_CONTINUATION.test(lines[next].view.text)
  );
}

/** Joins line views with one space each, keeping every character's origin. */
export function joinViews(views: MappedText[]): MappedText {
  if (views.length === 1) return views[0];
  const text = views.map((v) => v.text).join(' ');
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let at = 0;
  views.forEach((view, index) => {
    for (let i = 0; i < view.text.length; i++, at++) {
      starts[at] = view.origin(i);
      ends[at] = view.originEnd(i);
    }
    if (index < views.length - 1) {
      // The joining space stands for the line breaks between the two lines.
      starts[at] = view.origin(view.text.length);
      ends[at] = views[index + 1].origin(0);
      at++;
    }
  });
  return MappedText.mapped(text, starts, ends, views[views.length - 1].origin(views[views.length - 1].text.length));
}
