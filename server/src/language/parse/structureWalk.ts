/**
 * The structure walk: one pass over the lines that tells what each is (heading, list item, closing block, paragraph)
 * and counts every numbered marker in its run, recording on the marker what the run waited for there and, for a
 * sub-item, the parent it was counted under. After a slip it goes on from the number meant, so that the checks
 * (`checks/structure/`), which judge and word the slips, find one slip once.
 */
import { bulletLength, RawMarker, readMarker } from './markers';
import { Closing, Heading, Line, LineKind, lineView, Marker, MarkerCount, UnnumberedItem } from './model';
import { nextLetters } from './ordinals';
import { memoByText } from '../text/memo';
import { NUMBER_RULES, Sequence, SequenceRules } from './sequence';

const LETTER_RULES: SequenceRules = {
  first: ['A'.codePointAt(0)!],
  next: (v) => nextLetters(String.fromCodePoint(v)).map((l) => l.codePointAt(0)!),
  restarts: false,
};
const SECTION_RULES: SequenceRules = { ...NUMBER_RULES, restarts: false };
/** Lettered points (a), b)…) may start again at "a". */
const LETTER_LIST_RULES: SequenceRules = { ...LETTER_RULES, restarts: true };
const HEADING_LIMIT = 300;
const WEAK_HEADING_LIMIT = 200;
/** `readMarker`, read once per distinct line text. */
const markerIn = memoByText(readMarker);

/** The marker a line starts with, in a copy of its own: the walk settles an ambiguous marker's kind on it. */
function markerOf(text: string): RawMarker | undefined {
  const marker = markerIn(text);
  return marker && { ...marker, values: [...marker.values] };
}

const CLOSING_START = /^(?:Nơi nhận\s*:|(?:T\/M|TM\.|K\/T|KT\.|T\/L|TL\.|TUQ\.)\s+\p{Lu})/u;

/** Walks the lines once, deciding what each is and counting each numbered marker in its run. */
export class StructureWalk {
  /** What each line is; made at its final length (a list grown item by item is copied at each step). */
  readonly kinds: LineKind[];
  readonly markers: Marker[] = [];
  readonly headings: Heading[] = [];
  readonly closings: Closing[] = [];
  readonly unnumberedItems: UnnumberedItem[] = [];

  private doc = 0;
  private parts = new Sequence(LETTER_RULES);
  private sections = new Sequence(SECTION_RULES);
  private sectionValue: number | undefined;
  private sectionsInDocument = false;
  private container = 0;
  private items = new Map<string, Sequence>();
  private itemPath: number[] = [];
  private lastTopItem: number | undefined;
  /**
   * The last top item when it was out of turn, with the number meant: when items are numbered on through sections,
   * the first item of the next section tells whether the run went on from the number as written (see visitItem).
   */
  private lastTopSlip: { count: MarkerCount; meant: number } | undefined;
  /** The path the open item was meant to have, when its number was a slip ("3." where "2." belongs). */
  private meantPath: number[] | undefined;
  /** The text of the last item heading of the container, for the case an unnumbered heading should match. */
  private lastItemText: string | undefined;
  /** An unnumbered line before "1.1." right under section "I.": item "1." or the section-numbered style, told later. */
  private heldUnnumbered: { line: number; path: number[]; text: string } | undefined;
  private lists = new Map<string, Sequence>();
  private lastOrdinal: { style: string; value: number } | undefined;
  private closing: Closing | undefined;

  constructor(private readonly lines: Line[]) {
    this.kinds = new Array(lines.length);
  }

  run(): void {
    for (let i = 0; i < this.lines.length; i++) this.kinds[i] = this.visit(this.lines[i]);
    if (this.closing) this.closings.push(this.closing);
  }

  private visit(line: Line): LineKind {
    if (line.form.blank) return 'blank';
    const text = line.form.text;
    if (this.closing) {
      if (!this.endsClosing(line)) {
        this.closing.endLine = line.index;
        return 'closing';
      }
      this.closings.push(this.closing);
      this.closing = undefined;
      this.startDocument();
    }
    if (opensClosing(text)) {
      this.closing = { startLine: line.index, endLine: line.index, doc: this.doc };
      return 'closing';
    }
    const raw = markerOf(text);
    if (raw) {
      const kind = this.visitMarker(line, raw);
      if (kind) return kind;
    }
    if (line.form.markdownLevel !== null) {
      this.headings.push({
        line: line.index, rank: line.form.markdownLevel / 10, marker: null, text: text.trim(),
        span: contentSpan(line), markdownLevel: line.form.markdownLevel, doc: this.doc,
      });
      return 'heading';
    }
    return bulletLength(text) > 0 ? 'bullet' : 'paragraph';
  }

  /** A closing block ("Nơi nhận:", signature) runs until a heading or an emphasised title starts the next document. */
  private endsClosing(line: Line): boolean {
    if (line.form.bold || line.form.markdownLevel !== null) return true;
    const raw = markerOf(line.form.text);
    return raw !== undefined && (raw.kind === 'part' || raw.kind === 'section' || raw.kind === 'item');
  }

  private startDocument(): void {
    this.doc++;
    this.parts = new Sequence(LETTER_RULES);
    this.sectionsInDocument = false;
    this.resetPart();
    this.lastTopItem = undefined;
    this.lastTopSlip = undefined;
  }

  private resetPart(): void {
    this.sections = new Sequence(SECTION_RULES);
    this.sectionValue = undefined;
    this.resetContainer();
  }

  private resetContainer(): void {
    this.container++;
    this.items.clear();
    this.itemPath = [];
    this.meantPath = undefined;
    this.lastItemText = undefined;
    this.heldUnnumbered = undefined;
    this.lists.clear();
    this.lastOrdinal = undefined;
  }

  private visitMarker(line: Line, raw: RawMarker): LineKind | undefined {
    const length = line.form.text.trim().length;
    switch (this.resolveKind(raw)) {
      case 'part': {
        if (length > HEADING_LIMIT) return undefined;
        this.addHeading(line, raw, 1, this.parts.step(raw.values[0]));
        this.resetPart();
        return 'heading';
      }
      case 'section': {
        if (length > HEADING_LIMIT) return undefined;
        this.addHeading(line, raw, 2, this.sections.step(raw.values[0]));
        this.sectionValue = raw.values[0];
        this.sectionsInDocument = true;
        this.resetContainer();
        return 'heading';
      }
      case 'item':
        return this.visitItem(line, raw, length);
      default:
        return this.visitList(line, raw);
    }
  }

  /** "I.", "V.", "X." are Roman sections unless a lettered part sequence (without sections) waits for that letter. */
  private resolveKind(raw: RawMarker): RawMarker['kind'] {
    if (raw.kind !== 'section' || !raw.ambiguous) return raw.kind;
    const letter = raw.text.charAt(0).codePointAt(0)!;
    if (this.parts.started && this.parts.accepts(letter) && !this.sectionsInDocument) {
      raw.kind = 'part';
      raw.values = [letter];
      raw.letter = raw.text.charAt(0);
    }
    return raw.kind;
  }

  private visitItem(line: Line, raw: RawMarker, length: number): LineKind | undefined {
    const path = raw.values;
    const depth = path.length;
    const continuation = depth === 1 && this.lastTopItem !== undefined ? [this.lastTopItem + 1] : [];
    if (raw.weak && (length > WEAK_HEADING_LIMIT || !this.itemSequence([]).accepts(path[0], continuation))) return undefined;
    if (depth > 1) this.numberUnnumberedParent(line, path);
    else if (this.heldUnnumbered) {
      // "2." after "1.1.", "1.2." right under "I.": items are numbered on their own, and the held line was item "1.".
      const held = this.heldUnnumbered;
      this.heldUnnumbered = undefined;
      if (path[0] === held.path[0] + 1 && !this.itemSequence([]).started) this.numberUnnumbered(held, []);
    }
    // A sub-item under the wrong parent is counted under the parent it should have, so one slip is one finding.
    const parent = depth > 1 ? this.parentToCountUnder(path.slice(0, -1)) : [];
    const value = path[depth - 1];
    const sequence = this.itemSequence(parent ?? path.slice(0, -1));
    const continues = depth === 1 && !sequence.started && continuation.includes(value) && !NUMBER_RULES.first.includes(value);
    const count: MarkerCount = parent ? sequence.step(value, continuation) : sequence.step(value);
    count.under = parent ?? null;
    this.addHeading(line, raw, 2 + depth, count);
    if (depth === 1) {
      // "1.", "2.", "2.", then section "I." and "3.": the items went on from the repeated "2." as written, so that
      // renumbering it would make the "3." a repeat. Told to the slip's count, as the run itself tells it within a
      // section.
      const slip = this.lastTopSlip;
      if (continues && slip && !NUMBER_RULES.next(slip.meant).includes(value)) slip.count.nextWentOnAsWritten = true;
      this.lastTopSlip = sequence.meant !== undefined ? { count, meant: sequence.meant } : undefined;
      this.lastTopItem = path[0];
      this.lastItemText = line.form.text.slice(raw.textStart).trim();
    }
    this.itemPath = [...(parent ?? path.slice(0, -1)), value];
    // "3." where "2." belongs: its sub-items may carry the number meant ("2.1."), and are then in their place.
    this.meantPath = parent && sequence.meant !== undefined ? [...parent, sequence.meant] : undefined;
    // Sub-items of this item start afresh.
    const own = `${this.container}|${this.itemPath.join('.')}`;
    const below = own + '.';
    for (const k of this.items.keys()) if (k === own || k.startsWith(below)) this.items.delete(k);
    this.lists.clear();
    this.lastOrdinal = undefined;
    return 'heading';
  }

  /**
   * "Tin trong tỉnh" + "1.1.", "1.2." where "1. Tin trong tỉnh" belongs: when the first sub-item of an item that is
   * not open follows a line that reads as that item's heading, and the item's number is the one its run waits for,
   * the line is counted as that item (`unnumberedItems`): the sub-items and the items after it are then in their
   * place. Right under section "I.", "1.1." may be the section-numbered style: the line is then held until an item
   * "2." shows that items are numbered on their own.
   */
  private numberUnnumberedParent(line: Line, path: number[]): void {
    const parent = path.slice(0, -1);
    if (path[path.length - 1] !== 1 || (this.itemPath.length >= parent.length && parent.every((v, i) => v === this.itemPath[i]))) return;
    const above = parent.slice(0, -1);
    if (above.some((v, i) => v !== this.itemPath[i])) return;
    const previous = this.previousContentLine(line.index);
    if (previous === undefined || !this.mayBeUnnumberedHeading(previous)) return;
    const text = this.lines[previous].form.text.trim();
    if (!readsAsHeading(text, this.lastItemText)) return;
    const value = parent[parent.length - 1];
    const continuation = above.length === 0 && this.lastTopItem !== undefined ? [this.lastTopItem + 1] : [];
    const sequence = this.itemSequence(above);
    if (!sequence.accepts(value, continuation)) return;
    const held = { line: previous, path: parent, text };
    if (above.length === 0 && value === this.sectionValue && !sequence.started) this.heldUnnumbered = held;
    else this.numberUnnumbered(held, continuation);
  }

  /** A plain line, or a Markdown heading without a number ("### Tin trong tỉnh"). */
  private mayBeUnnumberedHeading(index: number): boolean {
    const kind = this.kinds[index];
    const line = this.lines[index];
    return kind === 'paragraph' || (kind === 'heading' && line.form.markdownLevel !== null && !markerIn(line.form.text));
  }

  /** Counts the line as the item it should be. */
  private numberUnnumbered(held: { line: number; path: number[]; text: string }, continuation: number[]): void {
    const { line, path, text } = held;
    this.itemSequence(path.slice(0, -1)).step(path[path.length - 1], continuation);
    const view = lineView(this.lines[line]);
    const start = view.text.length - view.text.trimStart().length;
    this.unnumberedItems.push({ line, countedAs: path, text, span: view.span(start, start), doc: this.doc });
    if (path.length === 1) {
      this.lastTopItem = path[0];
      this.lastTopSlip = undefined;
      this.lastItemText = text;
    }
    this.itemPath = path;
  }

  private previousContentLine(index: number): number | undefined {
    for (let i = index - 1; i >= 0; i--) if (!this.lines[i].form.blank) return i;
    return undefined;
  }

  private itemSequence(parent: number[]): Sequence {
    const key = `${this.container}|${parent.join('.')}`;
    let sequence = this.items.get(key);
    if (!sequence) this.items.set(key, (sequence = new Sequence(NUMBER_RULES)));
    return sequence;
  }

  /**
   * The parent a sub-item is counted under: the one it names when that is the open item (or the item meant by a
   * slip, or section "II." for "2.1." when items are numbered by section); else the open item, or section "II." when
   * no item has started; undefined when there is none.
   */
  private parentToCountUnder(parent: number[]): number[] | undefined {
    const current = this.itemPath.slice(0, parent.length);
    if (current.length === parent.length && current.every((v, i) => v === parent[i])) return parent;
    const meant = this.meantPath;
    if (meant && meant.length === parent.length && meant.every((v, i) => v === parent[i])) return parent;
    const topStarted = this.items.get(`${this.container}|`)?.started ?? false;
    if (parent.length === 1 && !topStarted && parent[0] === this.sectionValue) return parent;
    if (current.length === parent.length) return current;
    return this.sectionValue !== undefined && !topStarted && parent.length === 1 ? [this.sectionValue] : undefined;
  }

  private addHeading(line: Line, raw: RawMarker, rank: number, count: MarkerCount): void {
    const marker = this.addMarker(line, raw, count);
    this.headings.push({
      line: line.index, rank, marker, text: line.form.text.slice(raw.textStart).trim(), span: contentSpan(line),
      markdownLevel: line.form.markdownLevel, doc: this.doc,
    });
  }

  private addMarker(line: Line, raw: RawMarker, count: MarkerCount): Marker {
    const marker: Marker = {
      kind: raw.kind, line: line.index, values: raw.values, letter: raw.letter, style: raw.style, text: raw.text,
      span: lineView(line).span(raw.start, raw.end), punctuation: raw.punctuation, doc: this.doc, count,
    };
    this.markers.push(marker);
    return marker;
  }

  private visitList(line: Line, raw: RawMarker): LineKind | undefined {
    if (raw.kind === 'ordinal' && raw.style === 'bare') {
      // "Mười một," counts only as the next point of a "Thứ …" run that is waiting for it.
      const waiting = this.lastOrdinal;
      if (!waiting || waiting.value + 1 !== raw.values[0]) return undefined;
      // The run's list is kept as long as `lastOrdinal` (both are cleared together).
      const count: MarkerCount = this.lists.get(`ordinal:${waiting.style}`)!.step(raw.values[0]);
      count.inRunOf = waiting.style;
      this.addMarker(line, raw, count);
      this.lastOrdinal = { style: waiting.style, value: raw.values[0] };
      return 'list';
    }
    if (raw.kind === 'paren' && raw.ambiguous && raw.style === 'roman') {
      const alpha = this.lists.get('paren:alpha');
      const letter = raw.text.charAt(1).toUpperCase().codePointAt(0)!;
      if (alpha?.started && alpha.accepts(letter)) {
        raw.style = 'alpha';
        raw.values = [letter];
        raw.letter = raw.text.charAt(1);
      }
    }
    const key = `${raw.kind}:${raw.style}`;
    let sequence = this.lists.get(key);
    if (!sequence) {
      const rules = raw.style === 'alpha' || raw.kind === 'alpha' ? LETTER_LIST_RULES : NUMBER_RULES;
      this.lists.set(key, (sequence = new Sequence(rules)));
    }
    this.addMarker(line, raw, sequence.step(raw.values[0]));
    if (raw.kind === 'ordinal') this.lastOrdinal = { style: raw.style, value: raw.values[0] };
    return 'list';
  }
}

/** Longer than this, an unnumbered line is running text, not a heading that lost its number. */
const UNNUMBERED_HEADING_LIMIT = 120;
const FINAL_STOP = /[.,:;!?…]$/u;
const STARTS_UPPER = /^[\p{Lu}]/u;

/**
 * Whether an unnumbered line reads as a heading: short, no final stop, a capital first letter, and written in capitals
 * when its peer item heading is (and not when it is not).
 */
function readsAsHeading(text: string, peer: string | undefined): boolean {
  if (text.length < 2 || text.length > UNNUMBERED_HEADING_LIMIT || FINAL_STOP.test(text) || !STARTS_UPPER.test(text)) return false;
  return peer === undefined || allCapitals(peer) === allCapitals(text);
}

function allCapitals(text: string): boolean {
  return text === text.toLocaleUpperCase('vi') && text !== text.toLocaleLowerCase('vi');
}

/** "Nơi nhận:", "T/M …", "KT. …": a closing block starts on this line. */
function opensClosing(text: string): boolean {
  // A printable ASCII character other than N, T or K at the start rules it out without trying the pattern.
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f && first !== 0x4e && first !== 0x54 && first !== 0x4b) return false;
  return CLOSING_START.test(text.trimStart());
}

function contentSpan(line: Line): { start: number; end: number } {
  const text = line.form.text;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? lineView(line).span(start, end) : { start: line.start, end: line.end };
}
