import { BulletinModel, Heading } from '../parse/model';
import { Range } from '../text/source';

export type OutlineKind = 'title' | 'part' | 'section' | 'item' | 'heading' | 'closing';

export interface OutlineNode {
  name: string;
  kind: OutlineKind;
  /** The whole region: the heading line to the last line before the next peer or higher heading. */
  range: Range;
  /** The heading line itself. */
  selectionRange: Range;
  startLine: number;
  endLine: number;
  children: OutlineNode[];
}

/** The outline of a bulletin: title, parts, sections, items and sub-items, closing blocks. */
export function outline(model: BulletinModel): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: Array<{ node: OutlineNode; rank: number; doc: number }> = [];
  const close = (node: OutlineNode, nextLine: number) => setEnd(model, node, nextLine - 1);

  if (model.title) {
    const t = model.title;
    roots.push(node(model, t.startLine, t.endLine, titleName(model), 'title', t.span));
  }
  const entries: Array<{ line: number; heading?: Heading; closing?: { startLine: number; endLine: number; doc: number } }> = [
    ...model.headings.map((h) => ({ line: h.line, heading: h })),
    ...model.closings.map((c) => ({ line: c.startLine, closing: c })),
  ].sort((a, b) => a.line - b.line);

  for (const entry of entries) {
    const rank = entry.heading ? entry.heading.rank : 0;
    const doc = entry.heading ? entry.heading.doc : entry.closing!.doc;
    while (stack.length && (stack[stack.length - 1].rank >= rank || stack[stack.length - 1].doc !== doc)) {
      close(stack.pop()!.node, entry.line);
    }
    let current: OutlineNode;
    if (entry.heading) {
      const h = entry.heading;
      const name = h.marker ? `${h.marker.text} ${h.text}`.trim() : h.text;
      current = node(model, h.line, h.line, truncate(name), kindOf(h), h.span);
    } else {
      const c = entry.closing!;
      const line = model.lines[c.startLine];
      current = node(model, c.startLine, c.endLine, truncate(line.form.text.trim()), 'closing', { start: line.start, end: line.end });
    }
    (stack.length ? stack[stack.length - 1].node.children : roots).push(current);
    if (entry.heading) stack.push({ node: current, rank, doc });
  }
  while (stack.length) close(stack.pop()!.node, model.lines.length);
  return roots;
}

function kindOf(h: Heading): OutlineKind {
  if (!h.marker) return 'heading';
  return h.marker.kind === 'part' ? 'part' : h.marker.kind === 'section' ? 'section' : 'item';
}

function node(model: BulletinModel, startLine: number, endLine: number, name: string, kind: OutlineKind, span: { start: number; end: number }): OutlineNode {
  const selectionRange = model.source.rangeOf(span);
  const n: OutlineNode = { name: name || '…', kind, range: selectionRange, selectionRange, startLine, endLine: startLine, children: [] };
  setEnd(model, n, endLine);
  return n;
}

/** Ends a region on `lastLine`, less the blank lines at its end. */
function setEnd(model: BulletinModel, n: OutlineNode, lastLine: number): void {
  let end = Math.max(n.startLine, Math.min(lastLine, model.lines.length - 1));
  while (end > n.startLine && model.lines[end].form.blank) end--;
  n.endLine = end;
  const endLine = model.lines[end];
  n.range = { start: { line: n.startLine, character: 0 }, end: { line: end, character: endLine.end - endLine.start } };
}

function titleName(model: BulletinModel): string {
  const line = model.lines[model.title!.line];
  return truncate(line.form.text.replace(/\s+/g, ' ').trim());
}

function truncate(text: string): string {
  const clean = text.replace(/\s+/g, ' ');
  return clean.length > 100 ? `${clean.slice(0, 99)}…` : clean;
}
