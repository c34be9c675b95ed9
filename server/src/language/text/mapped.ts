/**
 * A derived string (normalised, markup removed) that remembers, for every character, the span of the original
 * document it came from, so that whatever is found in it is reported on the original text.
 */
export class MappedText {
  /**
   * @param text the derived string
   * @param starts original start offset of each character of `text` (null: an exact copy beginning at `base`)
   * @param ends original end offset of each character of `text`
   * @param base where an exact copy begins; for mapped text, the original offset just past the last character
   */
  private constructor(
    readonly text: string,
    private readonly starts: Int32Array | null,
    private readonly ends: Int32Array | null,
    private readonly base: number,
    /** Added to every stored origin: lets an unchanged line be reused at a new place without copying. */
    private readonly shift = 0,
  ) {}

  /** The same view for the same characters moved by `delta` in the document (an edit above them). */
  shifted(delta: number): MappedText {
    if (delta === 0) return this;
    return new MappedText(this.text, this.starts, this.ends, this.base + delta, this.shift + delta);
  }

  static identity(text: string, base: number): MappedText {
    return new MappedText(text, null, null, base);
  }

  static mapped(text: string, starts: Int32Array, ends: Int32Array, endOrigin: number): MappedText {
    return new MappedText(text, starts, ends, endOrigin);
  }

  /** True when every derived character is the original one at the same offset (a copy, or spaces for tabs). */
  get isIdentity(): boolean {
    return this.starts === null;
  }

  /** Original offset where the character at `index` begins (`text.length` maps past the last character). */
  origin(index: number): number {
    if (!this.starts) return this.base + Math.max(0, Math.min(index, this.text.length));
    if (index >= this.text.length) return this.base;
    return this.starts[Math.max(0, index)] + this.shift;
  }

  /** Original offset where the character at `index` ends. */
  originEnd(index: number): number {
    if (!this.ends) return this.base + Math.max(0, Math.min(index + 1, this.text.length));
    if (this.text.length === 0) return this.base;
    return this.ends[Math.max(0, Math.min(index, this.text.length - 1))] + this.shift;
  }

  /** Original span of the derived range [start, end). */
  span(start: number, end: number): { start: number; end: number } {
    const s = this.origin(start);
    if (end <= start) return { start: s, end: s };
    return { start: s, end: Math.max(s, this.originEnd(end - 1)) };
  }
}
