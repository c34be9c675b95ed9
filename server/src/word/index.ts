// The Word code as one module (its own bundle, dist/server/word.js): see load.ts.
export { convertDocx, describeOrigin, LineOrigin, ConvertedDocx } from './import';
export { describeWordError } from './errors';
export { bulletinToDocx } from './export';
export { bulletinToHtml } from './html';
