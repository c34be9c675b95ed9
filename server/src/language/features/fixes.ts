import { Finding, FindingFix } from '../engine';

/** The edits of several fixes together, without overlaps (the first fix of two overlapping ones wins). */
export function combineFixes(fixes: FindingFix[]): FindingFix['edits'] {
  const edits = fixes.flatMap((f) => f.edits).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: FindingFix['edits'] = [];
  let last = -1;
  for (const e of edits) {
    if (e.start < last) continue;
    out.push(e);
    last = Math.max(e.end, e.start + (e.end === e.start ? 1 : 0));
  }
  return out;
}

/** Every fix of one check in the file. */
export function fixAllOfKind(findings: Finding[], code: string): FindingFix['edits'] {
  return combineFixes(findings.filter((f) => f.code === code && f.fix).map((f) => f.fix!));
}

/** The fixes whose intent is certain (preferred), for "fix all" and `source.fixAll`. */
export function fixAllPreferred(findings: Finding[]): FindingFix['edits'] {
  return combineFixes(findings.filter((f) => f.fix?.preferred).map((f) => f.fix!));
}

/** Applies edits (original offsets) to a text. */
export function applyEdits(text: string, edits: Array<{ start: number; end: number; newText: string }>): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
