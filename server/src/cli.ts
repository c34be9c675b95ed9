import * as path from 'node:path';
import { runCli } from './cli/word';

void runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s + '\n'),
  stderr: (s) => process.stderr.write(s + '\n'),
  docsDir: path.resolve(__dirname, '..', '..', 'docs', 'checks'),
}).then((code) => {
  process.exitCode = code;
});
