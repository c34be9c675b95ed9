// A minimal LSP client for the benchmark: spawns the real server over stdio and times requests and notifications.
// New rows (completion, hover…) use `request()` / `timeRequest()`; diagnostics arrive through `waitForPublish()`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export class BenchClient {
  /** @param {{ settings?: object | null, initializationOptions?: unknown, workspaceFolders?: string[] }} options */
  static async start(options = {}) {
    const spawnedAt = performance.now();
    const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_ARGS ? process.env.BENCH_SERVER_ARGS.split(' ') : []), path.join(ROOT, 'bin', 'bantin-language-server.js'), '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new BenchClient(child, options.settings ?? null);
    const result = await client.within(
      client.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: options.workspaceFolders?.map((uri, i) => ({ uri, name: `folder${i}` })) ?? null,
        initializationOptions: options.initializationOptions,
        capabilities: {
          textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
          workspace: { configuration: true },
          ...(options.workspaceFolders ? { window: { workDoneProgress: true } } : {}),
        },
      }),
      'initialize',
    );
    client.initializeMs = performance.now() - spawnedAt;
    client.initializeResult = result;
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  constructor(child, settings) {
    this.child = child;
    this.settings = settings;
    this.stderr = '';
    /** uri → [{ version, at, diagnostics }] */
    this.published = new Map();
    this.waiters = new Set();
    child.stderr.on('data', (d) => (this.stderr += d));
    this.exited = new Promise((resolve) => child.on('exit', resolve));
    this.connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const at = performance.now();
      const list = this.published.get(params.uri) ?? [];
      list.push({ version: params.version, at, count: params.diagnostics.length });
      this.published.set(params.uri, list);
      for (const w of [...this.waiters]) w();
    });
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    // Work-done progress (the workspace index): `indexed` resolves when the first indexing ends.
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.indexed = new Promise((resolve) => this.connection.onNotification('$/progress', (p) => p.value?.kind === 'end' && resolve(performance.now())));
    this.connection.listen();
  }

  within(promise, what, ms = 60_000) {
    let timer;
    return Promise.race([
      promise,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}\n${this.stderr}`)), ms))),
    ]).finally(() => clearTimeout(timer));
  }

  /** Resolves with the time (performance.now()) the diagnostics of `uri` at `version` arrived. */
  waitForPublish(uri, version) {
    const find = () => this.published.get(uri)?.find((p) => p.version === version);
    const found = find();
    if (found) return Promise.resolve(found);
    let waiter;
    const promise = new Promise((resolve) => {
      waiter = () => {
        const p = find();
        if (p) resolve(p);
      };
      this.waiters.add(waiter);
    });
    return this.within(promise, `publishDiagnostics ${uri} v${version}`).finally(() => this.waiters.delete(waiter));
  }

  open(uri, text, version = 1, languageId = 'bulletin') {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri, version, contentChanges) {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  request(method, params) {
    return this.within(this.connection.sendRequest(method, params), method);
  }

  /** Milliseconds of each of `n` runs of a request (for rows such as completion or hover). */
  async timeRequest(method, params, n = 30) {
    const out = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await this.request(method, typeof params === 'function' ? params(i) : params);
      out.push(performance.now() - t0);
    }
    return out;
  }

  /** Resident set size of the server process, in MB (Linux /proc). */
  rssMb() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  }

  async stop() {
    try {
      await this.within(this.connection.sendRequest('shutdown'), 'shutdown', 10_000);
      await this.connection.sendNotification('exit');
      await this.within(this.exited, 'exit', 10_000);
    } catch {
      this.child.kill();
    }
    this.connection.dispose();
  }
}
