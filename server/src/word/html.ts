import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseBulletin } from '../language';
import { escapeHtml, renderBulletin } from '../language/render';

/**
 * HTML export: the preview's renderer and stylesheet (media/preview.css), as a standalone page. The stylesheet reads
 * VS Code's theme variables, which a page outside VS Code lacks: the export gives them print values (black on white)
 * and adds the presentation rules of the DOCX export (Times New Roman 14 pt, an A4 column with its margins).
 */
export function bulletinToHtml(text: string, options: { declaredBulletin?: boolean } = {}): string {
  const model = parseBulletin(text, { declaredBulletin: options.declaredBulletin ?? true });
  const title = model.title ? model.source.text.slice(model.lines[model.title.line].start, model.lines[model.title.line].end) : 'Bản tin';
  return [
    '<!DOCTYPE html>',
    `<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title.trim())}</title>`,
    `<style>${PRINT_THEME}\n${previewStyle()}\n${EXPORT_STYLE}</style></head><body>`,
    renderBulletin(model),
    '</body></html>',
    '',
  ].join('\n');
}

const PRINT_THEME =
  ':root{--vscode-editor-background:#fff;--vscode-editor-foreground:#000;--vscode-editorWidget-background:#fff;' +
  '--vscode-editorWidget-border:transparent;--vscode-widget-shadow:transparent;--vscode-textLink-foreground:#000;' +
  '--vscode-textBlockQuote-border:#888}';
const EXPORT_STYLE =
  'body{padding:0}.bt-page{font-family:"Times New Roman",serif;font-size:14pt;max-width:165mm;padding:20mm 15mm 20mm 30mm;border:0;box-shadow:none}' +
  'h2,h3,h4,h5,h6{font-size:14pt;font-weight:bold}@page{size:A4;margin:20mm 15mm 20mm 30mm}@media print{.bt-page{padding:0}}';

let cachedStyle: string | undefined;

/** media/preview.css of the extension: beside dist/ in the package, or the source tree when run from tests. */
function previewStyle(): string {
  if (cachedStyle !== undefined) return cachedStyle;
  for (const up of [['..', '..'], ['..', '..', '..', '..']]) {
    const file = path.resolve(__dirname, ...up, 'media', 'preview.css');
    if (fs.existsSync(file)) return (cachedStyle = fs.readFileSync(file, 'utf8'));
  }
  return (cachedStyle = '');
}
