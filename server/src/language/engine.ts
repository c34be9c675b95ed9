import { allChecks } from './checks';
import { Check, Edit, Fix, Severity } from './checks/types';
import { Locale, translator } from './i18n';
import { BulletinModel } from './parse/model';
import { isSuppressed } from './parse/suppressions';
import { Range, SourceText, Span } from './text/source';

export type SeveritySetting = Severity | 'off';

export interface CheckOptions {
  locale?: Locale;
  /** Per-code overrides: `{ "structure.heading-level": "off", "structure.number-format": "error" }`.
   *  A category prefix ("structure", "structure.*") applies to every check of it; an exact code wins. */
  severities?: Record<string, SeveritySetting>;
  /** The checks to run (default: all registered). */
  checks?: readonly Check[];
  /** Data for checks that need it (catalog, workspace index), by key. */
  services?: ReadonlyMap<string, unknown>;
  /** Keep each finding's fix (default). A report that never edits (the CLI) sets false: nothing of the fixes is kept. */
  fixes?: boolean;
}

export interface FindingFix {
  title: string;
  edits: Array<Edit & { range: Range }>;
  preferred: boolean;
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  range: Range;
  fix?: FindingFix;
}

/** Runs the checks over a parsed bulletin and returns its findings in document order. */
export function runChecks(model: BulletinModel, options: CheckOptions = {}): Finding[] {
  const locale = options.locale ?? 'vi';
  const t = translator(locale);
  const services = options.services ?? new Map<string, unknown>();
  const findings: Finding[] = [];
  const withFixes = options.fixes ?? true;
  const decomposedLines = new Map<number, boolean>(); // inFormOfLine's answer per line, asked once per line
  for (const check of options.checks ?? allChecks) {
    const severity = severityFor(check, options.severities);
    if (severity === 'off') continue;
    check.run({
      model,
      locale,
      t,
      services,
      report(report) {
        const range = model.source.rangeOf(report.span);
        if (isSuppressed(model.suppressions, check.code, range.start.line)) return;
        if (!withFixes) {
          findings.push({ code: check.code, severity, message: report.message, span: report.span, range });
          return;
        }
        findings.push(new FindingWithFix(check.code, severity, report.message, report.span, range, report.fix, model.source, decomposedLines));
      },
    });
  }
  return findings.sort(inDocumentOrder);
}

/**
 * A finding whose fix is worked out when first asked for (a code action, "fix all"): a report that is only shown
 * reads none of them. A class with the getter on its prototype, not an object literal with a getter, for the reason
 * `ParsedBulletin` gives: the literal's getter kept the model and every finding of each edit alive through the young
 * collections until a full one.
 */
class FindingWithFix implements Finding {
  #pending: Fix | undefined;
  #source: SourceText;
  #decomposedLines: Map<number, boolean>;
  #fix: FindingFix | undefined;

  constructor(
    readonly code: string,
    readonly severity: Severity,
    readonly message: string,
    readonly span: Span,
    readonly range: Range,
    pending: Fix | undefined,
    source: SourceText,
    decomposedLines: Map<number, boolean>,
  ) {
    this.#pending = pending;
    this.#source = source;
    this.#decomposedLines = decomposedLines;
  }

  get fix(): FindingFix | undefined {
    return this.#pending && (this.#fix ??= resolveFix(this.#source, this.#pending, this.#decomposedLines));
  }

  /** As a plain finding, its fix worked out. */
  toJSON(): Finding {
    const { code, severity, message, span, range, fix } = this;
    return fix ? { code, severity, message, span, range, fix } : { code, severity, message, span, range };
  }
}

/** A check's fix with the range of each edit, each new text in the form of its line. */
function resolveFix(source: SourceText, fix: Fix, decomposedLines: Map<number, boolean>): FindingFix {
  return {
    title: fix.title,
    preferred: fix.preferred ?? false,
    edits: fix.edits.map((e) => {
      const range = source.rangeOf(e);
      return { ...e, newText: fix.asWritten ? e.newText : inFormOfLine(source, range, e.newText, decomposedLines), range };
    }),
  };
}

/**
 * The new text of a fix in the normalisation form of the line it goes into. The checks write NFC; a line written
 * decomposed (NFD, as some Mac and Word exports are) gets its fix decomposed too, so that the line stays in one form
 * and a search for what the fix wrote finds it. A line mixing both forms gets NFC.
 */
function inFormOfLine(source: SourceText, range: Range, newText: string, known: Map<number, boolean>): string {
  if (!NON_ASCII.test(newText)) return newText;
  let decomposed = range.start.line === range.end.line ? known.get(range.start.line) : undefined;
  if (decomposed === undefined) {
    const from = source.lineStarts[range.start.line];
    const to = range.end.line + 1 < source.lineStarts.length ? source.lineStarts[range.end.line + 1] : source.text.length;
    const line = source.text.slice(from, to);
    decomposed = line !== line.normalize('NFC') && line === line.normalize('NFD');
    if (range.start.line === range.end.line) known.set(range.start.line, decomposed);
  }
  return decomposed ? newText.normalize('NFD') : newText;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * By position, then by code. Codes are lower-case ASCII ids ("structure.number-format"): compared by code unit they
 * sort as the root collation sorts them, without the collator that the first `localeCompare` of a process sets up
 * (~15 ms).
 */
function inDocumentOrder(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function severityFor(check: Pick<Check, 'code' | 'category' | 'defaultSeverity'>, settings?: Record<string, SeveritySetting>): SeveritySetting {
  if (!settings) return check.defaultSeverity;
  return settings[check.code] ?? settings[`${check.category}.*`] ?? settings[check.category] ?? check.defaultSeverity;
}
