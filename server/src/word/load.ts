import * as path from 'node:path';
import type * as Word from './index';

declare const BANTIN_WORD_BUNDLE: string | undefined;

let loaded: typeof Word | undefined;

/**
 * The Word code, loaded on first use: mammoth and docx are about 1.4 MB of bundled JavaScript, which a check of text
 * files, and the language server until a Word command runs, should not pay to load. In the bundles it is a file of
 * its own beside them (dist/server/word.js, named by esbuild.mjs); from the compiled sources, the module itself. The
 * path is computed so that esbuild leaves the require alone.
 */
export function word(): typeof Word {
  const target = typeof BANTIN_WORD_BUNDLE === 'string' ? path.join(__dirname, BANTIN_WORD_BUNDLE) : path.join(__dirname, 'index');
  return (loaded ??= require(target) as typeof Word);
}
