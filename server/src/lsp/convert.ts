import { CodeAction, CodeActionKind, Diagnostic, DiagnosticSeverity, TextEdit } from 'vscode-languageserver';
import { Finding, FindingFix } from '../language';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const SOURCE = 'bantin';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.bantin`;

export function toDiagnostic(finding: Finding, docsBase: string): Diagnostic {
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: `${docsBase}${finding.code}.md` },
    source: SOURCE,
    message: finding.message,
  };
}

export function toTextEdits(edits: FindingFix['edits']): TextEdit[] {
  return edits.map((e) => ({ range: e.range, newText: e.newText }));
}

export function editAction(title: string, kind: string, uri: string, edits: FindingFix['edits'], diagnostics?: Diagnostic[], preferred?: boolean): CodeAction {
  return { title, kind, diagnostics, isPreferred: preferred || undefined, edit: { changes: { [uri]: toTextEdits(edits) } } };
}
