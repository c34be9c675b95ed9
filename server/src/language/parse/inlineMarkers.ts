import { memoByText } from '../text/memo';
import { RawMarker, readMarker } from './markers';

/** Characters a point and the sign after it can take ("Thứ hai mươi mốt,", "(viii) X"). */
const MARKER_WINDOW = 40;

/** First characters of the points read inline: "(", and the initials of "thứ …" and "một là", "hai là" … in either case. */
const POINT_INITIALS = new Set([...'(tmhbnscTMHBNSC'].map((c) => c.charCodeAt(0)));

/** A point read inside a paragraph; `clause` tells whether it starts a clause (or the paragraph). */
export interface InlineMarker extends RawMarker {
  clause: boolean;
}

/**
 * Enumerations written inside one paragraph, each point starting a clause: "Một là, …; hai là, …; ba là, …",
 * "gồm: Thứ nhất, …; Thứ hai, …", "(1) …; (2) …". A run is the markers of one style in one paragraph; only runs with
 * two or more points that start clauses, one of them inside the paragraph, are kept: a lone "(1)" in running text is
 * a reference, not a list, and a run that begins with the paragraph alone is the line walk's. Points written inside a
 * clause ("đi đôi với (ii) bảo vệ …", "…, hai là, …") are kept too, marked, for the judge to count when they come in
 * turn. Offsets index the paragraph's text. Reads only; the sequence is judged by `structure.enumeration-sequence`.
 */
export function readInlineRuns(text: string): InlineMarker[][] {
  // Points that start clauses first: most paragraphs have fewer than two, and their commas need not be read.
  const starts = clausePointStarts(text);
  if (starts.length < 2) return [];
  const clauses = readPoints(text, starts, true);
  const styles = new Map<string, number>();
  for (const m of clauses) styles.set(styleOf(m), (styles.get(styleOf(m)) ?? 0) + 1);
  const kept = new Set([...styles].filter(([, n]) => n >= 2).map(([k]) => k));
  if (kept.size === 0) return [];
  const inside = readPoints(text, pointStartsInside(text), false).filter((m) => kept.has(styleOf(m)));
  const runs = new Map<string, InlineMarker[]>();
  for (const m of [...clauses, ...inside].sort((a, b) => a.start - b.start)) {
    const key = styleOf(m);
    if (!kept.has(key)) continue;
    const run = runs.get(key);
    if (run) run.push(m);
    else runs.set(key, [m]);
  }
  return [...runs.values()].filter((run) => run.some((m) => m.clause && m.start > 0));
}

function styleOf(m: RawMarker): string {
  return `${m.kind}:${m.style}`;
}

/** The points read at the given offsets. */
function readPoints(text: string, starts: number[], clause: boolean): InlineMarker[] {
  const out: InlineMarker[] = [];
  for (const at of starts) {
    if (!POINT_INITIALS.has(text.charCodeAt(at))) continue;
    // A point is short: a bounded slice keeps a long paragraph with many commas linear.
    const marker = readMarker(text.slice(at, at + MARKER_WINDOW));
    if (!marker || (marker.kind !== 'ordinal' && marker.kind !== 'paren') || marker.style === 'bare' || marker.start !== 0) continue;
    const point = marker as InlineMarker;
    point.start = at;
    point.end += at;
    point.textStart += at;
    point.clause = clause;
    out.push(point);
  }
  return out;
}

/**
 * A point at a clause start, roughly: "(2)", "(iv)", "… là,", "thứ … ,", at the paragraph's start or after ";", ":"
 * or "." and spaces. One native scan finds where readMarker is worth trying.
 */
const CLAUSE_POINT = /(?:^|[;:.] +)(\((?:\d{1,2}|[ivx]{1,5})\)|[^\s,:;]+(?: [^\s,:;]+){0,2} là ?[,:;]|thứ +[^\s,:;]+(?: [^\s,:;]+){0,2} ?[,:;])/giu;

/** Offsets of the likely points that start clauses. */
function clausePointStarts(text: string): number[] {
  const out: number[] = [];
  CLAUSE_POINT.lastIndex = 0;
  for (let m; (m = CLAUSE_POINT.exec(text)); ) out.push(m.index + m[0].length - m[1].length);
  return out;
}

/** Where a point may start inside a clause: after ", ", or a "(" after a space. */
function pointStartsInside(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 /* ( */ && i > 0 && text.charCodeAt(i - 1) === 0x20 && !isClauseStart(text, i)) out.push(i);
    if (c !== 0x2c /* , */ || text.charCodeAt(i + 1) !== 0x20) continue;
    let j = i + 1;
    while (text.charCodeAt(j) === 0x20) j++;
    if (j < text.length) out.push(j);
  }
  return out;
}

/** Whether `at` follows ";", ":", "." or "," and spaces: a "(" there is pushed after that sign by the loop. */
function isClauseStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  const c = text.charCodeAt(k);
  return c === 0x3b || c === 0x3a || c === 0x2e || c === 0x2c;
}

/** The runs of inline points of a paragraph's text, read once per text: an edit reads again only the paragraph it changed. */
export const inlineRunsIn = memoByText(readInlineRuns);
