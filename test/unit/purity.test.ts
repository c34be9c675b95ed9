import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';

const ENGINE = path.resolve(__dirname, '..', '..', '..', 'server', 'src', 'language');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** The engine is pure: it runs the same in the server, the CLI, a browser or a test, with nothing but its inputs. */
describe('engine purity (server/src/language)', () => {
  const files = sources(ENGINE);
  const forbidden = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

  it('has source files to check', () => assert.ok(files.length > 10));

  for (const file of files) {
    const rel = path.relative(ENGINE, file);
    it(`${rel} imports no Node built-in, vscode or LSP module and reads no globals`, () => {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)) {
        const spec = m[1];
        assert.ok(!forbidden.has(spec), `${rel} imports Node built-in ${spec}`);
        assert.ok(!/^vscode(?:$|-languageserver|-languageclient|-jsonrpc)/.test(spec), `${rel} imports ${spec}`);
        assert.ok(spec.startsWith('.'), `${rel} imports a package (${spec}); the engine has no dependencies`);
      }
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      assert.doesNotMatch(code, /\b(?:process|Buffer|__dirname|__filename|globalThis)\b/, `${rel} reads a Node global`);
      assert.doesNotMatch(code, /\bDate\.now\(\)|new Date\(\)/, `${rel} reads the clock`);
    });
  }
});
