// The layering, enforced: the engine (server/src/language) is pure TypeScript that runs anywhere — in the server,
// the CLI, a browser or a test — so it imports no editor, protocol, Node built-in or package, and nothing from the
// layers built on it (lsp/, cli/, word/, the client). `npm run lint` runs this; `npm test` runs the lint first.
import tseslint from 'typescript-eslint';

export const ENGINE_IMPORTS = {
  patterns: [
    { regex: '^[^.]', message: 'The engine imports no package or Node built-in: pass what it needs in as an argument.' },
    {
      regex: '(^|/)(lsp|cli|word|client)(/|\\.|$)',
      message: 'The engine is the bottom layer: lsp/, cli/, word/ and the client import it, never the reverse.',
    },
  ],
};

/**
 * Inside the engine, folders depend one way: text ← domain ← parse ← analysis ← catalog ← checks, features ← the engine
 * facade. A folder may not import the folders listed for it (the layers above it), so no two folders import each other.
 */
export const ENGINE_LAYERS = {
  text: ['domain', 'parse', 'analysis', 'catalog', 'checks', 'features', 'render', 'i18n'],
  domain: ['parse', 'analysis', 'catalog', 'checks', 'features', 'render'],
  parse: ['analysis', 'catalog', 'checks', 'features', 'render'],
  analysis: ['catalog', 'checks', 'features', 'render'],
  catalog: ['checks', 'features', 'render'],
  checks: ['features', 'render'],
  render: ['checks', 'features'],
};

const layerConfigs = Object.entries(ENGINE_LAYERS).map(([folder, above]) => ({
  files: [`server/src/language/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...ENGINE_IMPORTS.patterns,
          {
            regex: `^\\.\\.?/(\\.\\./)*(${above.join('|')})(/|$)`,
            message: `${folder}/ is below ${above.join(', ')} in the engine's layers: it may not import them (see ENGINE_LAYERS).`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', '.cache/**', '.vscode-test/**', 'test-results/**'] },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['server/src/language/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', ENGINE_IMPORTS],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', '__dirname', '__filename', 'require', 'globalThis'].map((name) => ({
          name,
          message: 'The engine reads no global of its host: settings and services come in as arguments.',
        })),
      ],
    },
  },
  ...layerConfigs,
  {
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)server/src/(lsp|cli)(/|$)', message: 'The client talks to the server over LSP only.' }] },
      ],
    },
  },
);
