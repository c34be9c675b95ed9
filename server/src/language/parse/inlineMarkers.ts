import { RawMarker, readMarker } from './markers';

/**
 * Enumerations written inside one paragraph, each point starting a clause: "Một là, …; hai là, …; ba là, …",
 * "gồm: Thứ nhất, …; Thứ hai, …", "(1) …; (2) …". A run is the markers of one style in one paragraph; only runs of
 * two or more points, at least one of them inside the paragraph, are kept: a lone "(1)" in running text is a
 * reference, not a list, and a run that begins with the paragraph alone is the line walk's. Offsets index the
 * paragraph's text. Reads only; the sequence is judged by `structure.enumeration-sequence`.
 */
export function readInlineRuns(text: string): RawMarker[][] {
  if (!mayHoldRun(text)) return [];
  const runs = new Map<string, RawMarker[]>();
  for (const at of clauseStarts(text)) {
    const marker = readMarker(text.slice(at));
    if (!marker || (marker.kind !== 'ordinal' && marker.kind !== 'paren') || marker.style === 'bare' || marker.start !== 0) continue;
    const shifted = { ...marker, start: at, end: at + marker.end, textStart: at + marker.textStart };
    const key = `${marker.kind}:${marker.style}`;
    const run = runs.get(key);
    if (run) run.push(shifted);
    else runs.set(key, [shifted]);
  }
  return [...runs.values()].filter((run) => run.length >= 2 && run.some((m) => m.start > 0));
}

/** A cheap necessary condition: a "(", or the words "là" / "thứ" somewhere. */
function mayHoldRun(text: string): boolean {
  return text.includes('(') || /là|thứ/iu.test(text);
}

/** Where a clause may start: the paragraph's start, and after ";", ":" or a sentence's "." (then spaces). */
function clauseStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x3b /* ; */ && c !== 0x3a /* : */ && c !== 0x2e /* . */) continue;
    let j = i + 1;
    if (text.charCodeAt(j) !== 0x20) continue;
    while (text.charCodeAt(j) === 0x20) j++;
    if (j < text.length) out.push(j);
  }
  return out;
}
