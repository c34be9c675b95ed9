// What the benchmark loads in-process: the engine and the pathological inputs (bundled by bench/run.mjs with esbuild).
export * from '../server/src/language/index';
export { PATHOLOGICAL } from './pathological';
export { renderBulletin } from '../server/src/language/render';
