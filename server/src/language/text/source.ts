import { partitionPoint } from './sorted';

/** 0-based line/character position in UTF-16 code units, as LSP expects. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** An offset span [start, end) in the original text. */
export interface Span {
  start: number;
  end: number;
}

/** The original text of a document with fast offset ↔ position conversion. */
export class SourceText {
  readonly lineStarts: number[];

  /** @param lineStarts the line starts when the caller has already found them (the parser splits lines anyway) */
  constructor(
    readonly text: string,
    lineStarts?: number[],
  ) {
    this.lineStarts = lineStarts ?? computeLineStarts(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = this.clamp(offset);
    const line = this.lineOf(clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.lineStarts[position.line];
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  rangeOf(span: Span): Range {
    const start = this.positionAt(span.start);
    // Most spans end on the line they start on: that line is tried before searching.
    const end = this.clamp(span.end);
    const next = start.line + 1;
    const sameLine = end >= this.lineStarts[start.line] && (next === this.lineStarts.length || end < this.lineStarts[next]);
    const line = sameLine ? start.line : this.lineOf(end);
    return { start, end: { line, character: end - this.lineStarts[line] } };
  }

  private clamp(offset: number): number {
    return Math.max(0, Math.min(offset, this.text.length));
  }

  /** The line an offset (already clamped to the text) is on. */
  private lineOf(offset: number): number {
    const starts = this.lineStarts;
    return partitionPoint(starts.length, (i) => starts[i] <= offset) - 1; // lineStarts[0] is 0
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}
