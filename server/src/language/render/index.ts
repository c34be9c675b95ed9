export { renderBulletin, escapeHtml, RenderMark, RenderOptions } from './html';
