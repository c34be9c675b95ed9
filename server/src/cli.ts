import * as path from 'node:path';
import { runCli } from './cli/word';

// A report of a large file is megabytes of mostly Vietnamese text: TextEncoder turns it into UTF-8 several times faster
// than the stream's own conversion of a string (Node 20: 1 ms against 9 for 1.3 MB).
const utf8 = new TextEncoder();

/** Every write handed to stdout and stderr, settled once the stream has passed it to the system. */
const writes: Promise<unknown>[] = [];

function write(stream: NodeJS.WriteStream, data: string | Uint8Array): void {
  // The callback runs once the chunk is written, or with the error if it cannot be (a closed pipe): either way settled.
  writes.push(new Promise((settled) => stream.write(data, settled)));
}

// A reader that stops early (`bantin check … | head`) closes the pipe: the report ends there, without a stack trace.
// Any other failure to write is told on stderr.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`bantin: không ghi được kết quả / cannot write the report (${error.code ?? error.message})\n`);
});

void runCli(process.argv.slice(2), {
  stdout: (s) => write(process.stdout, utf8.encode(s + '\n')),
  stderr: (s) => write(process.stderr, s + '\n'),
  docsDir: path.resolve(__dirname, '..', '..', 'docs', 'checks'),
}).then(async (code) => {
  process.exitCode = code;
  // Nothing runs after the report but Node's own teardown of the heap, which after a large file takes longer than
  // writing the report (~35 ms after 5 MB). Once every write has reached the system (pipes are asynchronous on POSIX),
  // exit without it.
  await Promise.all(writes);
  process.exit(code);
});
