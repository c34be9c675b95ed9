import { partitionPoint } from './sorted';

/**
 * A derived string (normalised, markup removed) that remembers, for every character, the span of the original
 * document it came from, so that whatever is found in it is reported on the original text.
 *
 * The map is kept as segments, not per character: a line is mostly copied as it is, with a few clusters composed
 * (NFD → NFC), a few characters replaced and some markup cut out. Each segment is three numbers in `segments`:
 * where it starts in the derived text, where it starts in the original, and either -1 (a copy: the k-th character
 * is the original character at start + k) or the end of one original cluster that every character of the segment
 * stands for (a composed cluster, or the line break between two joined lines). Segments follow each other without
 * gaps from derived offset 0; a dropped character (an invisible) has no segment.
 */
export class MappedText {
  /**
   * @param text the derived string
   * @param segments the segments (null: an exact copy beginning at `base`)
   * @param base where an exact copy begins; for mapped text, the original offset just past the last character
   * @param shift added to every stored origin: lets an unchanged line be reused at a new place without copying
   */
  private constructor(
    readonly text: string,
    private readonly segments: readonly number[] | null,
    private readonly base: number,
    private readonly shift = 0,
  ) {}

  /** The same view for the same characters moved by `delta` in the document (an edit above them). */
  shifted(delta: number): MappedText {
    if (delta === 0) return this;
    return new MappedText(this.text, this.segments, this.base + delta, this.shift + delta);
  }

  static identity(text: string, base: number): MappedText {
    return new MappedText(text, null, base);
  }

  /** A view built from segments (see the class comment); `endOrigin` is the original offset past its end. */
  static fromSegments(text: string, segments: number[], endOrigin: number): MappedText {
    return new MappedText(text, segments, endOrigin);
  }

  /** Views joined with one space each, the space standing for the line breaks between them. */
  static join(views: readonly MappedText[]): MappedText {
    if (views.length === 1) return views[0];
    const segments: number[] = [];
    let at = 0;
    for (let index = 0; index < views.length; index++) {
      const view = views[index];
      if (view.segments === null) {
        if (view.text.length > 0) segments.push(at, view.base, -1);
      } else {
        const s = view.segments;
        for (let k = 0; k < s.length; k += 3) segments.push(at + s[k], s[k + 1] + view.shift, s[k + 2] < 0 ? -1 : s[k + 2] + view.shift);
      }
      at += view.text.length;
      if (index < views.length - 1) {
        segments.push(at, view.origin(view.text.length), views[index + 1].origin(0));
        at++;
      }
    }
    const last = views[views.length - 1];
    return new MappedText(views.map((v) => v.text).join(' '), segments, last.origin(last.text.length));
  }

  /** True when every derived character is the original one at the same offset (a copy, or spaces for tabs). */
  get isIdentity(): boolean {
    return this.segments === null;
  }

  /** Original offset where the character at `index` begins (`text.length` maps past the last character). */
  origin(index: number): number {
    const segments = this.segments;
    if (segments === null) return this.base + Math.max(0, Math.min(index, this.text.length));
    if (index >= this.text.length) return this.base;
    const i = Math.max(0, index);
    const k = this.segmentAt(i);
    return (segments[k + 2] < 0 ? segments[k + 1] + (i - segments[k]) : segments[k + 1]) + this.shift;
  }

  /** Original offset where the character at `index` ends. */
  originEnd(index: number): number {
    const segments = this.segments;
    if (segments === null) return this.base + Math.max(0, Math.min(index + 1, this.text.length));
    if (this.text.length === 0) return this.base;
    const i = Math.max(0, Math.min(index, this.text.length - 1));
    const k = this.segmentAt(i);
    return (segments[k + 2] < 0 ? segments[k + 1] + (i - segments[k]) + 1 : segments[k + 2]) + this.shift;
  }

  /** Original span of the derived range [start, end). */
  span(start: number, end: number): { start: number; end: number } {
    const s = this.origin(start);
    if (end <= start) return { start: s, end: s };
    return { start: s, end: Math.max(s, this.originEnd(end - 1)) };
  }

  /** Index in `segments` of the segment holding derived offset `index` (0 ≤ index < text.length). */
  private segmentAt(index: number): number {
    const segments = this.segments!;
    // The last segment starting at or before `index` (the first starts at 0).
    return (partitionPoint(segments.length / 3, (k) => segments[k * 3] <= index) - 1) * 3;
  }
}
