import { Line, Suppression } from './model';

const DIRECTIVE = /<!--\s*bantin-(disable-next-line|disable-line|disable|enable)((?:\s+[\w.*-]+)*)\s*-->/g;

/**
 * Reads the inline comments that silence checks:
 * `<!-- bantin-disable-next-line code -->`, `<!-- bantin-disable-line code -->`, and a block between
 * `<!-- bantin-disable code -->` and `<!-- bantin-enable code -->` (to the end of the file when not enabled again).
 * Without codes they silence every check.
 */
export function readSuppressions(lines: Line[], raw: (line: Line) => string): Suppression[] {
  const out: Suppression[] = [];
  const open = new Map<string, number>();
  for (const line of lines) {
    const text = raw(line);
    if (!text.includes('bantin-')) continue;
    DIRECTIVE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DIRECTIVE.exec(text))) {
      const codes = m[2].trim() ? m[2].trim().split(/\s+/) : [];
      const key = codes.join(' ');
      switch (m[1]) {
        case 'disable-next-line':
          out.push({ from: line.index + 1, to: line.index + 1, codes });
          break;
        case 'disable-line':
          out.push({ from: line.index, to: line.index, codes });
          break;
        case 'disable':
          if (!open.has(key)) open.set(key, line.index);
          break;
        case 'enable': {
          const from = open.get(key);
          if (from !== undefined) {
            out.push({ from, to: line.index, codes });
            open.delete(key);
          }
          break;
        }
      }
    }
  }
  for (const [key, from] of open) out.push({ from, to: Number.MAX_SAFE_INTEGER, codes: key ? key.split(' ') : [] });
  return out;
}

/** Whether a finding with `code` on `line` is silenced. */
export function isSuppressed(suppressions: Suppression[], code: string, line: number): boolean {
  if (suppressions.length === 0) return false;
  return byLine(suppressions).some(
    (s) => line >= s.from && line <= s.to && (s.codes.length === 0 || s.codes.some((c) => codeMatches(c, code))),
  );
  function byLine(all: Suppression[]): Suppression[] {
    let index = INDEXES.get(all);
    if (!index) INDEXES.set(all, (index = indexSuppressions(all)));
    return [...(index.lines.get(line) ?? []), ...index.blocks];
  }
}

/** One-line suppressions by line, blocks apart: a finding looks at its own line and the (few) blocks only. */
function indexSuppressions(all: Suppression[]): { lines: Map<number, Suppression[]>; blocks: Suppression[] } {
  const lines = new Map<number, Suppression[]>();
  const blocks: Suppression[] = [];
  for (const s of all) {
    if (s.from !== s.to) blocks.push(s);
    else lines.set(s.from, [...(lines.get(s.from) ?? []), s]);
  }
  return { lines, blocks };
}

const INDEXES = new WeakMap<Suppression[], { lines: Map<number, Suppression[]>; blocks: Suppression[] }>();

function codeMatches(pattern: string, code: string): boolean {
  const prefix = pattern.endsWith('.*') ? pattern.slice(0, -2) : pattern;
  return code === prefix || code.startsWith(prefix + '.');
}
