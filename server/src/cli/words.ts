import * as path from 'node:path';
import { readWordFile, settingWords, WORKSPACE_WORDS } from '../files/wordFiles';
import { workspaceSetting } from './workspaceSettings';

/**
 * The words the text checks accept in the working directory, as the editor reads them there: `.bantin/words.txt`
 * and `bantin.text.words` of `.vscode/settings.json`.
 */
export function userWordList(cwd: string): ReadonlySet<string> {
  return new Set([...readWordFile(path.join(cwd, WORKSPACE_WORDS)), ...settingWords(workspaceSetting(cwd, 'bantin.text.words'))]);
}
