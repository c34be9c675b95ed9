import { Line, Suppression } from './model';

const DIRECTIVE = /<!--\s*bantin-(disable-next-line|disable-line|disable|enable)((?:\s+[\w.*-]+)*)\s*-->/g;

/**
 * Reads the inline comments that silence checks:
 * `<!-- bantin-disable-next-line code -->`, `<!-- bantin-disable-line code -->`, and a block between
 * `<!-- bantin-disable code -->` and `<!-- bantin-enable code -->` (to the end of the file when not enabled again).
 * Without codes they silence every check.
 */
export function readSuppressions(text: string, lines: Line[]): Suppression[] {
  const out: Suppression[] = [];
  const open = new Map<string, number>();
  // Only a line with a comment can hold a directive: the comments are found in the whole text, and only their lines
  // are read (lines are in document order and never hold a line break, so a comment lies inside one line).
  let index = 0;
  for (let at = text.indexOf('<!--'); at !== -1; ) {
    while (lines[index].end <= at) index++;
    const line = lines[index];
    readDirectives(text.slice(line.start, line.end), line.index, out, open);
    at = text.indexOf('<!--', line.end);
  }
  for (const [key, from] of open) out.push({ from, to: Number.MAX_SAFE_INTEGER, codes: key ? key.split(' ') : [] });
  return out;
}

/** The directives of one line, in order: one-line suppressions go to `out`, blocks open and close in `open`. */
function readDirectives(text: string, lineIndex: number, out: Suppression[], open: Map<string, number>): void {
  if (!text.includes('bantin-')) return;
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(text))) {
    const codes = m[2].trim() ? m[2].trim().split(/\s+/) : [];
    const key = codes.join(' ');
    switch (m[1]) {
      case 'disable-next-line':
        out.push({ from: lineIndex + 1, to: lineIndex + 1, codes });
        break;
      case 'disable-line':
        out.push({ from: lineIndex, to: lineIndex, codes });
        break;
      case 'disable':
        if (!open.has(key)) open.set(key, lineIndex);
        break;
      case 'enable': {
        const from = open.get(key);
        if (from !== undefined) {
          out.push({ from, to: lineIndex, codes });
          open.delete(key);
        }
        break;
      }
    }
  }
}

/** Whether a finding with `code` on `line` is silenced. */
export function isSuppressed(suppressions: Suppression[], code: string, line: number): boolean {
  if (suppressions.length === 0) return false;
  let index = INDEXES.get(suppressions);
  if (!index) INDEXES.set(suppressions, (index = indexSuppressions(suppressions)));
  const covers = (s: Suppression): boolean =>
    line >= s.from && line <= s.to && (s.codes.length === 0 || s.codes.some((c) => codeMatches(c, code)));
  return (index.lines.get(line)?.some(covers) ?? false) || index.blocks.some(covers);
}

/** One-line suppressions by line, blocks apart: a finding looks at its own line and the (few) blocks only. */
function indexSuppressions(all: Suppression[]): { lines: Map<number, Suppression[]>; blocks: Suppression[] } {
  const lines = new Map<number, Suppression[]>();
  const blocks: Suppression[] = [];
  for (const s of all) {
    if (s.from !== s.to) blocks.push(s);
    else {
      const own = lines.get(s.from);
      if (own) own.push(s);
      else lines.set(s.from, [s]);
    }
  }
  return { lines, blocks };
}

const INDEXES = new WeakMap<Suppression[], { lines: Map<number, Suppression[]>; blocks: Suppression[] }>();

function codeMatches(pattern: string, code: string): boolean {
  const prefix = pattern.endsWith('.*') ? pattern.slice(0, -2) : pattern;
  return code === prefix || code.startsWith(prefix + '.');
}
