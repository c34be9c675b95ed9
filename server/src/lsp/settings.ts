import { Connection } from 'vscode-languageserver';
import { Locale, pickLocale, SeveritySetting, ToneStyle } from '../language';
import { settingWords } from '../files/wordFiles';

export interface Settings {
  /** Per-check severity overrides: `{ "structure.heading-level": "off" }`. */
  checks: Record<string, SeveritySetting>;
  /** 'auto' follows the editor's display language. */
  language: 'auto' | 'vi' | 'en';
  /** Also check plain text and Markdown files whose first lines look like a bulletin. */
  checkPlainTextAndMarkdown: boolean;
  /** Milliseconds to wait after the last keystroke before checking. */
  debounceMs: number;
  /** `bantin.semanticHighlighting.enabled`: whether the server answers semantic tokens (it answers none when false). */
  semanticHighlighting: boolean;
  /** `bantin.text.toneStyle`: the tone-mark placement `text.tone-style` expects ('auto': the file's majority). */
  toneStyle: ToneStyle;
  /** `bantin.text.words`: words the text checks accept, besides `.bantin/words.txt` (lower case, NFC). */
  words: string[];
}

export const DEFAULT_SETTINGS: Settings = { checks: {}, language: 'auto', checkPlainTextAndMarkdown: false, debounceMs: 150, semanticHighlighting: true, toneStyle: 'auto', words: [] };

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Cleans settings as they come from a client: unknown or malformed values fall back to the defaults. */
export function sanitize(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const checks: Record<string, SeveritySetting> = {};
  if (value.checks && typeof value.checks === 'object') {
    for (const [code, level] of Object.entries(value.checks as Record<string, unknown>)) {
      if (typeof level === 'string' && LEVELS.has(level)) checks[code] = level as SeveritySetting;
    }
  }
  const language = value.language === 'vi' || value.language === 'en' ? value.language : 'auto';
  const debounce = typeof value.debounceMs === 'number' && value.debounceMs >= 0 && value.debounceMs <= 5000 ? value.debounceMs : DEFAULT_SETTINGS.debounceMs;
  const semantic = (value.semanticHighlighting && typeof value.semanticHighlighting === 'object' ? value.semanticHighlighting : {}) as Record<string, unknown>;
  return {
    checks,
    language,
    checkPlainTextAndMarkdown: value.checkPlainTextAndMarkdown === true,
    debounceMs: debounce,
    semanticHighlighting: semantic.enabled !== false,
    toneStyle: toneStyleOf(value),
    words: settingWords((value.text && typeof value.text === 'object' ? (value.text as Record<string, unknown>) : {}).words ?? value['text.words']),
  };
}

/** `bantin.text.toneStyle`, nested (`{ text: { toneStyle } }`, as VS Code sends a section) or dotted. */
function toneStyleOf(value: Record<string, unknown>): ToneStyle {
  const text = value.text && typeof value.text === 'object' ? (value.text as Record<string, unknown>) : {};
  const style = text.toneStyle ?? value['text.toneStyle'];
  return style === 'old' || style === 'new' ? style : 'auto';
}

/**
 * Settings pulled per document from the client (`workspace/configuration` with the document's scope), cached until
 * the client says they changed. Never kept in globals: one store per connection.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
    private readonly fallback: () => Settings,
  ) {}

  /** Changes every time settings change, so cached results computed with older settings are not reused. */
  get version(): number {
    return this.generation;
  }

  get(uri: string): Promise<Settings> {
    if (!this.canPull()) return Promise.resolve(this.fallback());
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'bantin' })
        .then(sanitize, () => this.fallback());
      this.cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  changed(): void {
    this.cache.clear();
    this.generation++;
  }
}

export function localeOf(settings: Settings, clientLocale: string | undefined): Locale {
  return settings.language === 'auto' ? pickLocale(clientLocale ?? 'vi') : settings.language;
}
