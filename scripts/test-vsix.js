// Proves the packaged extension works: builds dist/bantin.vsix, installs it with code-server's own
// --install-extension into a temporary extensions folder, and runs the extension-host suites against the
// installed copy (not the source tree).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CODE_SERVER = path.join(ROOT, '.cache', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function run(cmd, args, env) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`[test:vsix] ${cmd} ${args.join(' ')} failed with exit code ${r.status}`);
    process.exit(1);
  }
}

if (!fs.existsSync(CODE_SERVER)) {
  console.error(`[test:vsix] code-server is missing (${CODE_SERVER}): run \`npm run vscode-deps\` first.`);
  process.exit(1);
}
run('npm', ['run', 'package']);
const extensions = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-vsix-'));
run(process.execPath, [CODE_SERVER, '--extensions-dir', extensions, '--install-extension', path.join(ROOT, 'dist', 'bantin.vsix')], { EXTENSIONS_GALLERY: '{}' });
const installed = fs.readdirSync(extensions).find((d) => d.startsWith('bantin.bantin-'));
if (!installed) {
  console.error(`[test:vsix] the .vsix did not install into ${extensions}`);
  process.exit(1);
}
const dir = path.join(extensions, installed);
for (const needed of ['dist/client/extension.js', 'dist/server/server.js', 'syntaxes/bulletin.tmLanguage.json', 'docs/checks']) {
  if (!fs.existsSync(path.join(dir, needed))) {
    console.error(`[test:vsix] the installed extension lacks ${needed}`);
    process.exit(1);
  }
}
console.log(`[test:vsix] installed into ${dir}; running the extension-host suites against it`);
run(process.execPath, [path.join(ROOT, 'test', 'vscode', 'run.js')], { BANTIN_EXTENSION_PATH: dir });
fs.rmSync(extensions, { recursive: true, force: true });
// Leave a development build behind for the other test commands.
run('npm', ['run', 'build']);
console.log('[test:vsix] passed');
