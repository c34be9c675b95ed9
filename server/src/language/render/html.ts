import { BulletinModel, Heading, LineKind } from '../parse/model';

/** A finding to mark inline in the rendered text (line and characters in the source; 0-based). */
export interface RenderMark {
  line: number;
  start: number;
  end: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
}

export interface RenderOptions {
  /** Findings to underline, with their message as a tooltip. */
  marks?: RenderMark[];
}

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/**
 * Renders a bulletin as an HTML fragment (no <html>/<head>): the centred title block, headings by level
 * (part h2, section h3, item h4, sub-item h5…), paragraphs, lists, quotes and footnote markers. Every block carries
 * `data-line`, its first source line (0-based), for scroll sync. All document text is escaped; no attribute takes
 * document text except `title` (escaped) on finding marks.
 */
export function renderBulletin(model: BulletinModel, options: RenderOptions = {}): string {
  const marksByLine = new Map<number, RenderMark[]>();
  for (const m of options.marks ?? []) {
    const list = marksByLine.get(m.line) ?? [];
    list.push(m);
    marksByLine.set(m.line, list);
  }
  const headingAt = new Map<number, Heading>(model.headings.map((h) => [h.line, h]));
  const closingAt = new Map(model.closings.map((c) => [c.startLine, c]));
  const out: string[] = [];
  const text = (i: number) => model.source.text.slice(model.lines[i].start, model.lines[i].end);
  const inline = (i: number) => inlineHtml(text(i), marksByLine.get(i) ?? []);
  let listOpen: 'ol' | 'ul' | null = null;
  const closeList = () => {
    if (listOpen) out.push(`</${listOpen}>`);
    listOpen = null;
  };

  let i = 0;
  const n = model.lines.length;
  const title = model.title;
  // Lines before the title block (issuing body, "*") belong to it.
  if (title) {
    out.push(`<header class="bt-title" data-line="0">`);
    for (let j = 0; j <= title.endLine; j++) {
      if (model.lines[j].form.blank) continue;
      const cls = j === title.line ? 'bt-name' : j < title.line ? 'bt-issuer' : 'bt-subtitle';
      out.push(`<p class="${cls}" data-line="${j}">${inline(j)}</p>`);
    }
    out.push('</header>');
    i = title.endLine + 1;
  }
  for (; i < n; i++) {
    const line = model.lines[i];
    const kind: LineKind = model.kinds[i];
    if (line.form.blank) {
      closeList();
      continue;
    }
    const closing = closingAt.get(i);
    if (closing) {
      closeList();
      out.push(`<footer class="bt-closing" data-line="${i}">`);
      for (let j = i; j <= closing.endLine && j < n; j++) {
        if (!model.lines[j].form.blank) out.push(`<p data-line="${j}">${inline(j)}</p>`);
      }
      out.push('</footer>');
      i = closing.endLine;
      continue;
    }
    const heading = headingAt.get(i);
    if (heading) {
      closeList();
      const level = Math.min(6, Math.max(2, heading.rank + 1));
      const kindClass = heading.marker ? `bt-${heading.marker.kind}` : 'bt-heading';
      out.push(`<h${level} class="${kindClass}" data-line="${i}">${inline(i)}</h${level}>`);
      continue;
    }
    const raw = text(i);
    if (/^\s*>/.test(raw)) {
      closeList();
      const stripped = raw.replace(/^\s*>\s?/, '');
      const offset = raw.length - stripped.length;
      const marks = (marksByLine.get(i) ?? []).map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
      out.push(`<blockquote data-line="${i}"><p>${inlineHtml(stripped, marks)}</p></blockquote>`);
      continue;
    }
    if (kind === 'list' || kind === 'bullet') {
      const tag = kind === 'list' ? 'ol' : 'ul';
      if (listOpen !== tag) {
        closeList();
        out.push(`<${tag} class="bt-list">`);
        listOpen = tag;
      }
      out.push(`<li data-line="${i}">${inline(i)}</li>`);
      continue;
    }
    closeList();
    out.push(`<p data-line="${i}">${inline(i)}</p>`);
  }
  closeList();
  return `<article class="bt-page">\n${out.join('\n')}\n</article>\n`;
}

/**
 * Escapes one line and applies the inline marks: Markdown bold/italic in the .md form become <strong>/<em>, footnote
 * markers ("[1]", "<sup>1</sup>", "[^1]") become <sup class="bt-fn">, findings become <span class="bt-mark">.
 */
function inlineHtml(raw: string, marks: RenderMark[]): string {
  // Cut points from the marks; each segment is escaped separately so that a mark never splits an entity.
  const cuts = new Set<number>([0, raw.length]);
  const clamped = marks
    .map((m) => ({ ...m, start: Math.max(0, Math.min(raw.length, m.start)), end: Math.max(0, Math.min(raw.length, m.end)) }))
    .filter((m) => m.end > m.start);
  for (const m of clamped) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const covering = clamped.filter((m) => m.start <= a && m.end >= b);
    let seg = decorate(escapeHtml(raw.slice(a, b)));
    if (covering.length) {
      const worst = covering.reduce((x, y) => (rankOf(y.severity) < rankOf(x.severity) ? y : x));
      const tip = escapeHtml(covering.map((m) => m.message).join('\n'));
      seg = `<span class="bt-mark bt-${worst.severity}" title="${tip}">${seg}</span>`;
    }
    html += seg;
  }
  return html;
}

function rankOf(s: RenderMark['severity']): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : s === 'information' ? 2 : 3;
}

/** Inline decorations on already-escaped text (the patterns cannot create markup from document text). */
function decorate(escaped: string): string {
  return escaped
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\\])\*([^*\s][^*]*)\*(?!\*)/g, '$1<em>$2</em>')
    .replace(/&lt;sup&gt;(\d{1,3})&lt;\/sup&gt;/g, '<sup class="bt-fn">$1</sup>')
    .replace(/\[\^?(\d{1,3})\]/g, '<sup class="bt-fn">$1</sup>');
}
