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
  ) {}

  static identity(text: string, base: number): MappedText {
    return new MappedText(text, null, null, base);
  }

  static mapped(text: string, starts: Int32Array, ends: Int32Array, endOrigin: number): MappedText {
    return new MappedText(text, starts, ends, endOrigin);
  }

  /** True when the derived text is a plain copy of the original. */
  get isIdentity(): boolean {
    return this.starts === null;
  }

  /** Original offset where the character at `index` begins (`text.length` maps past the last character). */
  origin(index: number): number {
    if (!this.starts) return this.base + Math.max(0, Math.min(index, this.text.length));
    if (index >= this.text.length) return this.base;
    return this.starts[Math.max(0, index)];
  }

  /** Original offset where the character at `index` ends. */
  originEnd(index: number): number {
    if (!this.ends) return this.base + Math.max(0, Math.min(index + 1, this.text.length));
    if (this.text.length === 0) return this.base;
    return this.ends[Math.max(0, Math.min(index, this.text.length - 1))];
  }

  /** Original span of the derived range [start, end). */
  span(start: number, end: number): { start: number; end: number } {
    const s = this.origin(start);
    if (end <= start) return { start: s, end: s };
    return { start: s, end: Math.max(s, this.originEnd(end - 1)) };
  }
}

/** Builds a MappedText piece by piece, in original order. */
export class MappedTextBuilder {
  private readonly chunks: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  /** Appends `text` derived from the original span [originStart, originEnd). */
  append(text: string, originStart: number, originEnd: number): void {
    if (!text) return;
    this.chunks.push(text);
    const oneToOne = text.length === originEnd - originStart;
    for (let i = 0; i < text.length; i++) {
      // A composed or replaced cluster maps every derived character to the whole cluster.
      this.starts.push(oneToOne ? originStart + i : originStart);
      this.ends.push(oneToOne ? originStart + i + 1 : originEnd);
    }
  }

  build(endOrigin: number): MappedText {
    const text = this.chunks.join('');
    const result = MappedText.mapped(text, Int32Array.from(this.starts), Int32Array.from(this.ends), endOrigin);
    this.starts = [];
    this.ends = [];
    return result;
  }
}
