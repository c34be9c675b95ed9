import { ToneStyle } from '../language';
import { workspaceSetting } from './workspaceSettings';

/** Whether a string names a tone-mark style (`--tone-style`, `bantin.text.toneStyle`). */
export function isToneStyle(value: unknown): value is ToneStyle {
  return value === 'auto' || value === 'old' || value === 'new';
}

/**
 * `bantin.text.toneStyle` of the working directory's `.vscode/settings.json`, as the editor would read it there;
 * 'auto' when the file, the setting or a valid value is missing.
 */
export function settingsToneStyle(cwd: string): ToneStyle {
  const style = workspaceSetting(cwd, 'bantin.text.toneStyle');
  return isToneStyle(style) ? style : 'auto';
}
