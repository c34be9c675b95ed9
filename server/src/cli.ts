import * as path from 'node:path';
import { main } from './cli/main';

process.exitCode = main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s + '\n'),
  stderr: (s) => process.stderr.write(s + '\n'),
  docsDir: path.resolve(__dirname, '..', '..', 'docs', 'checks'),
});
