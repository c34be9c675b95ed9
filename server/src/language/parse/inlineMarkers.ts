import { RawMarker, readMarker } from './markers';
import type { BulletinModel, Paragraph } from './model';

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
  if (!mayHoldRun(text)) return [];
  const runs = new Map<string, InlineMarker[]>();
  for (const [at, clause] of candidateStarts(text)) {
    if (!POINT_INITIALS.has(text.charCodeAt(at))) continue;
    // A point is short: a bounded slice keeps a long paragraph with many commas linear.
    const marker = readMarker(text.slice(at, at + MARKER_WINDOW));
    if (!marker || (marker.kind !== 'ordinal' && marker.kind !== 'paren') || marker.style === 'bare' || marker.start !== 0) continue;
    const shifted = marker as InlineMarker;
    shifted.start = at;
    shifted.end += at;
    shifted.textStart += at;
    shifted.clause = clause;
    const key = `${marker.kind}:${marker.style}`;
    const run = runs.get(key);
    if (run) run.push(shifted);
    else runs.set(key, [shifted]);
  }
  return [...runs.values()].filter((run) => run.filter((m) => m.clause).length >= 2 && run.some((m) => m.clause && m.start > 0));
}

/** A cheap necessary condition: a "(", or the words "là" / "thứ" somewhere. */
function mayHoldRun(text: string): boolean {
  return text.includes('(') || /là|thứ/iu.test(text);
}

/**
 * Where a point may start: the paragraph's start and after ";", ":" or a sentence's "." (then spaces) start a clause;
 * after ", " or before a "(" preceded by a space, a point sits inside one.
 */
function candidateStarts(text: string): Array<[number, boolean]> {
  const out: Array<[number, boolean]> = [[0, true]];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 /* ( */ && i > 0 && text.charCodeAt(i - 1) === 0x20 && !isClauseStart(text, i)) out.push([i, false]);
    if (c !== 0x3b /* ; */ && c !== 0x3a /* : */ && c !== 0x2e /* . */ && c !== 0x2c /* , */) continue;
    let j = i + 1;
    if (text.charCodeAt(j) !== 0x20) continue;
    while (text.charCodeAt(j) === 0x20) j++;
    if (j < text.length) out.push([j, c !== 0x2c]);
  }
  return out;
}

/** Whether `at` follows ";", ":" or "." and spaces (a "(" there is pushed as a clause start by the loop). */
function isClauseStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  const c = text.charCodeAt(k);
  return c === 0x3b || c === 0x3a || c === 0x2e || c === 0x2c;
}

/** A run of inline points, in the paragraph where they are written. */
export interface InlineRun {
  paragraph: Paragraph;
  markers: InlineMarker[];
}

const RUNS = new WeakMap<BulletinModel, InlineRun[]>();

/** The inline runs of every paragraph, read once per model. */
export function inlineRuns(model: BulletinModel): InlineRun[] {
  let list = RUNS.get(model);
  if (!list) {
    list = [];
    for (const paragraph of model.paragraphs) for (const markers of readInlineRuns(paragraph.view.text)) list.push({ paragraph, markers });
    RUNS.set(model, list);
  }
  return list;
}
