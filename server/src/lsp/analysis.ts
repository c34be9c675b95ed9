import { TextDocument } from 'vscode-languageserver-textdocument';
import { BulletinModel, Finding, looksLikeBulletin, parseBulletin, runChecks } from '../language';
import { Settings, localeOf } from './settings';

export const MAX_DOCUMENT_CHARS = 10 * 1024 * 1024;

interface Entry {
  version: number;
  model: BulletinModel;
  findingsKey?: string;
  findings?: Finding[];
}

/** Parses each document version once and keeps its findings until the version or the settings change. */
export class Analysis {
  private readonly entries = new Map<string, Entry>();

  /** Whether a document is checked at all: bulletins always, plain text and Markdown when asked and bulletin-like. */
  isChecked(document: TextDocument, settings: Settings): boolean {
    if (document.languageId === 'bulletin') return true;
    if (!settings.checkPlainTextAndMarkdown) return false;
    if (document.languageId !== 'plaintext' && document.languageId !== 'markdown') return false;
    return looksLikeBulletin(document.getText());
  }

  model(document: TextDocument): BulletinModel {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    const model = parseBulletin(document.getText(), {
      version: document.version,
      previous: cached?.model,
      flavor: document.languageId === 'markdown' ? 'markdown' : document.languageId === 'plaintext' ? 'plain' : 'auto',
      declaredBulletin: document.languageId === 'bulletin',
    });
    this.entries.set(document.uri, { version: document.version, model });
    return model;
  }

  findings(document: TextDocument, settings: Settings, settingsVersion: number, clientLocale: string | undefined): Finding[] {
    const model = this.model(document);
    const entry = this.entries.get(document.uri)!;
    const locale = localeOf(settings, clientLocale);
    const key = `${settingsVersion}|${locale}|${JSON.stringify(settings.checks)}`;
    if (entry.findingsKey === key && entry.findings) return entry.findings;
    entry.findings = runChecks(model, { locale, severities: settings.checks });
    entry.findingsKey = key;
    return entry.findings;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
