import { parseBulletin } from '../language';

/**
 * HTML export adapter. The preview's renderer (server/src/language/render/, issue 13) was not on this branch when
 * export was written: this adapter is the one place to point at it (replace the body of `bulletinToHtml` with a call
 * to the renderer and its stylesheet). Until then it writes a standalone page with the presentation rules of the
 * DOCX export: Times New Roman 14 pt on an A4-wide column, the title block centred and bold, headings bold.
 */
export function bulletinToHtml(text: string, options: { declaredBulletin?: boolean } = {}): string {
  const model = parseBulletin(text, { declaredBulletin: options.declaredBulletin ?? true });
  const rank = new Map(model.headings.map((h) => [h.line, h.rank]));
  const title = model.title;
  const body = model.lines.map((line) => {
    const content = escape(model.source.text.slice(line.start, line.end));
    if (title && line.index >= title.startLine && line.index <= title.endLine) return `<p class="title">${content}</p>`;
    const r = rank.get(line.index);
    if (r !== undefined) return `<h${headingTag(r)} class="rank-${r}">${content}</h${headingTag(r)}>`;
    return content.trim() ? `<p>${content}</p>` : '';
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="vi"><head><meta charset="utf-8"><title>' + escape(title ? model.source.text.slice(model.lines[title.line].start, model.lines[title.line].end) : 'Bản tin') + '</title>',
    `<style>${STYLE}</style></head><body>`,
    ...body.filter((l) => l !== ''),
    '</body></html>',
    '',
  ].join('\n');
}

const headingTag = (rank: number) => Math.min(6, Math.max(2, rank + 1));
const STYLE =
  'body{font-family:"Times New Roman",serif;font-size:14pt;max-width:165mm;margin:20mm auto 20mm 30mm;line-height:1.3}' +
  '.title{text-align:center;font-weight:bold}h2,h3,h4,h5,h6{font-size:14pt;font-weight:bold;margin:.6em 0 .3em}' +
  'h4,h5,h6{font-style:italic}p{text-align:justify;text-indent:10mm;margin:.2em 0}';

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}
