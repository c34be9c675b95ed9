import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser/lib/esm/main.js';
import { ToneStyle } from '../language';

/** Whether a string names a tone-mark style (`--tone-style`, `bantin.text.toneStyle`). */
export function isToneStyle(value: unknown): value is ToneStyle {
  return value === 'auto' || value === 'old' || value === 'new';
}

/**
 * `bantin.text.toneStyle` of the working directory's `.vscode/settings.json`, as the editor would read it there;
 * 'auto' when the file, the setting or a valid value is missing.
 */
export function settingsToneStyle(cwd: string): ToneStyle {
  try {
    const settings = parseJsonc(fs.readFileSync(path.join(cwd, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown> | undefined;
    const style = settings?.['bantin.text.toneStyle'];
    return isToneStyle(style) ? style : 'auto';
  } catch {
    return 'auto';
  }
}
