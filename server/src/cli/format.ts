import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allChecks, Finding, Locale } from '../language';

export interface FileReport {
  file: string;
  findings: Finding[];
  /** For a converted Word file: the paragraph a line comes from ('' for none). */
  describeLine?(line: number): string;
}

const where = (r: FileReport, f: Finding) => {
  const origin = r.describeLine?.(f.range.start.line);
  return origin ? ` (${origin})` : '';
};

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(
    reports.map((r) => ({
      file: r.file,
      diagnostics: r.findings.map((f) => ({ range: f.range, severity: f.severity, code: f.code, message: f.message, ...(r.describeLine ? { source: r.describeLine(f.range.start.line) || undefined } : {}) })),
    })),
    null,
    2,
  );
}

export function formatText(reports: FileReport[], locale: Locale): string {
  const lines: string[] = [];
  const count = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of reports) {
    for (const f of r.findings) {
      count[f.severity]++;
      lines.push(`${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${label(f.severity, locale)} ${f.code} ${f.message}${where(r, f)}`);
    }
  }
  const summary =
    locale === 'en'
      ? `${count.error} error(s), ${count.warning} warning(s), ${count.information + count.hint} note(s) in ${reports.length} file(s).`
      : `${count.error} lỗi, ${count.warning} cảnh báo, ${count.information + count.hint} gợi ý trong ${reports.length} tệp.`;
  lines.push(summary);
  return lines.join('\n');
}

function label(severity: Finding['severity'], locale: Locale): string {
  const vi = { error: 'lỗi', warning: 'cảnh báo', information: 'thông tin', hint: 'gợi ý' };
  return locale === 'en' ? severity : vi[severity];
}

/** A relative path as a percent-encoded relative URI; an absolute one as a file: URI. */
function artifactUri(file: string): string {
  return path.isAbsolute(file) ? pathToFileURL(file).href : file.split(path.sep).map(encodeURIComponent).join('/');
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function formatSarif(reports: FileReport[], locale: Locale, version: string, docsBase: string): string {
  const rules = allChecks.map((c) => ({
    id: c.code,
    shortDescription: { text: c.description[locale] },
    helpUri: `${docsBase}${c.code}.md`,
    defaultConfiguration: { level: SARIF_LEVEL[c.defaultSeverity] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.code,
      ruleIndex: ruleIndex.get(f.code),
      level: SARIF_LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(r.file) },
            region: {
              startLine: f.range.start.line + 1,
              startColumn: f.range.start.character + 1,
              endLine: f.range.end.line + 1,
              endColumn: f.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );
  return JSON.stringify(
    {
      version: '2.1.0',
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      runs: [{ tool: { driver: { name: 'bantin', version, rules } }, columnKind: 'utf16CodeUnits', results }],
    },
    null,
    2,
  );
}
