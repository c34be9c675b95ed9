import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from './paths';

export const CLI = path.join(REPO_ROOT, 'bin', 'bantin.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/bantin.js …args` in `cwd` (without BANTIN_LOCALE from the environment unless given). */
export function runCli(args: string[], options: { cwd: string; env?: Record<string, string> }): CliResult {
  const env = { ...process.env };
  delete env.BANTIN_LOCALE;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, env: { ...env, ...options.env }, encoding: 'utf8', timeout: 15000, maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** stdout parsed as JSON, with a readable failure. */
export function parseJson<T>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch (error) {
    throw new Error(`stdout is not JSON (${String(error)}):\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
}
