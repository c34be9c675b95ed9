// Runs the main job on the shipped sample: `bantin check samples/ban-tin-mau.bulletin`.
// Findings are the point of the demo, so exit code 1 (error-level findings) is success here; 2 (cannot read) is not.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const root = path.resolve(__dirname, '..');
const result = spawnSync(process.execPath, [path.join(root, 'bin', 'bantin.js'), 'check', 'samples/ban-tin-mau.bulletin'], { cwd: root, stdio: 'inherit' });
process.exit(result.status === 0 || result.status === 1 ? 0 : result.status ?? 2);
