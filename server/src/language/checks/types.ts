import { BulletinModel } from '../parse/model';
import { Span } from '../text/source';
import { Locale, Translate } from '../i18n';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Category = 'structure' | 'reference' | 'date' | 'text';

/** A replacement in the original text. */
export interface Edit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  /** What the fix does, already translated. */
  title: string;
  edits: Edit[];
  /** The one obvious fix (offered first, applied by "fix all"). */
  preferred?: boolean;
  /** The new text is written as given, not in the Unicode form of its line (the fix that normalises to NFC). */
  asWritten?: boolean;
}

export interface Report {
  span: Span;
  message: string;
  fix?: Fix;
}

/** What a check may read besides the model: settings and data passed in, never globals. */
export interface CheckContext {
  readonly model: BulletinModel;
  readonly locale: Locale;
  readonly t: Translate;
  /** Data other modules register (catalog, workspace index…), looked up by key. */
  readonly services: ReadonlyMap<string, unknown>;
  report(report: Report): void;
}

export interface Check {
  /** Stable id: `structure.numbering-sequence`. Used in settings, silencing comments and docs links. */
  readonly code: string;
  readonly category: Category;
  readonly defaultSeverity: Severity;
  /** Whether the check offers fixes. */
  readonly fixable: boolean;
  /** One line for docs and settings, per locale. */
  readonly description: Record<Locale, string>;
  run(context: CheckContext): void;
}
