import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser/lib/esm/main.js';

/**
 * A setting of the working directory's `.vscode/settings.json` (JSON with comments), as the editor would read it
 * there: `bantin check` follows the same workspace settings. Undefined when the file or the setting is missing.
 */
export function workspaceSetting(cwd: string, key: string): unknown {
  try {
    const settings = parseJsonc(fs.readFileSync(path.join(cwd, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown> | undefined;
    return settings?.[key];
  } catch {
    return undefined;
  }
}
