// Bundles the client, the language server and the CLI into dist/ (CommonJS, `vscode` external).
import * as esbuild from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  define: {
    BANTIN_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
    // server/src/word/load.ts: the Word code is a bundle of its own, loaded on first use.
    BANTIN_WORD_BUNDLE: JSON.stringify('word.js'),
  },
  external: ['vscode'],
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/server/cli.js' },
  { entryPoints: ['server/src/lsp/indexWorker.ts'], outfile: 'dist/server/indexWorker.js' },
  { entryPoints: ['server/src/word/index.ts'], outfile: 'dist/server/word.js' },
];

// A release build starts from an empty dist/, so no development source map ends up in the package.
if (production) rmSync('dist', { recursive: true, force: true });

const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
