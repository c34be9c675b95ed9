import * as assert from 'node:assert/strict';

export interface Pos {
  line: number;
  character: number;
}
export interface TextRange {
  start: Pos;
  end: Pos;
}
export interface TextEditLike {
  range: TextRange;
  newText: string;
}

/** Offsets (UTF-16) of the start of every line; a line ends at \r\n, \n or \r. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

export function offsetAt(text: string, pos: Pos): number {
  const starts = lineStarts(text);
  assert.ok(pos.line >= 0 && pos.line < starts.length, `line ${pos.line} outside the text (${starts.length} lines)`);
  const lineEnd = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
  const offset = starts[pos.line] + pos.character;
  assert.ok(offset <= lineEnd, `character ${pos.character} beyond line ${pos.line}`);
  return offset;
}

export function textAt(text: string, range: TextRange): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** Applies LSP text edits (all relative to the original text; they must not overlap). */
export function applyTextEdits(text: string, edits: TextEditLike[]): string {
  const resolved = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < resolved.length; i++) {
    assert.ok(resolved[i].start >= resolved[i - 1].end, `overlapping edits: ${JSON.stringify(resolved)}`);
  }
  let out = text;
  for (const e of resolved.reverse()) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** `{ line, character }` pairs as "l:c-l:c", to compare ranges compactly in assertions. */
export function fmtRange(range: TextRange): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}
