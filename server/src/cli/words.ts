import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser/lib/esm/main.js';
import { readWordFile, settingWords, WORKSPACE_WORDS } from '../files/wordFiles';

/**
 * The words the text checks accept in the working directory, as the editor reads them there: `.bantin/words.txt`
 * and `bantin.text.words` of `.vscode/settings.json`.
 */
export function userWordList(cwd: string): ReadonlySet<string> {
  const words = readWordFile(path.join(cwd, WORKSPACE_WORDS));
  try {
    const settings = parseJsonc(fs.readFileSync(path.join(cwd, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown> | undefined;
    words.push(...settingWords(settings?.['bantin.text.words']));
  } catch {
    // no settings file: the list alone
  }
  return new Set(words);
}
