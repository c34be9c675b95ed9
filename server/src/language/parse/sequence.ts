/**
 * One run of numbered markers (parts, sections, the items under one parent, a list): knows which values it waits
 * for next, and after a marker out of turn goes on from the value meant as well, so that the markers after one slip
 * still come in turn. It records how it counted each marker; whether that is a defect, and which, the checks decide.
 */

/** How a run counted one marker. */
export interface RunCount {
  /**
   * The values the run waited for at this marker, the most likely first. Before the run has started: its first
   * values (for top items also the number after the last item of the section before, as items may be numbered on
   * through sections); likewise when a run that may start again does so here. Else: those that follow its last
   * value and, after a marker out of turn, first those that follow the value meant there. Empty when none can follow.
   */
  readonly waitedFor: number[];
  /** The run's last value as written before this marker; undefined when the marker starts the run or starts it again. */
  readonly previous: number | undefined;
  /**
   * For a marker that was not one the run waited for: whether the run's next marker went on from its value as
   * written rather than from the value meant ("Thứ nhất, Thứ hai, Thứ tư, Thứ năm": "Thứ năm" follows "Thứ tư").
   * Set when that next marker comes.
   */
  nextWentOnAsWritten: boolean;
}

export interface SequenceRules {
  /** Values a run starts with. */
  first: number[];
  /** Values that may follow `value`. */
  next(value: number): number[];
  /** Whether a run may silently start again at its first value (lists and items may; parts and sections may not). */
  restarts: boolean;
}

export class Sequence {
  private last: number | undefined;
  /** The value meant at the last marker when it was out of turn, so that the markers after it are read from it. */
  private meantValue: number | undefined;
  /** The count of that marker, told how the next marker goes on. */
  private outOfTurn: RunCount | undefined;

  constructor(private readonly rules: SequenceRules) {}

  get started(): boolean {
    return this.last !== undefined;
  }

  /** The value meant at the last marker, when that marker was out of turn ("3." where "2." belongs: 2). */
  get meant(): number | undefined {
    return this.meantValue;
  }

  /** Values accepted next, the most likely first. */
  expected(extraFirst: number[] = []): number[] {
    if (this.last === undefined) return [...this.rules.first, ...extraFirst];
    const out = this.rules.next(this.last);
    if (this.meantValue !== undefined) for (const v of this.rules.next(this.meantValue)) if (!out.includes(v)) out.unshift(v);
    return out;
  }

  accepts(value: number, extraFirst: number[] = []): boolean {
    return this.expected(extraFirst).includes(value);
  }

  /** Counts the next marker of the run, written with `value`. */
  step(value: number, extraFirst: number[] = []): RunCount {
    const waitedFor = this.expected(extraFirst);
    const count: RunCount = { waitedFor, previous: this.last, nextWentOnAsWritten: false };
    if (waitedFor.includes(value)) {
      this.accept(value);
      return count;
    }
    if (this.last !== undefined && this.rules.restarts && this.rules.first.includes(value)) {
      this.accept(value);
      return { waitedFor: [...this.rules.first], previous: undefined, nextWentOnAsWritten: false };
    }
    this.last = value;
    this.meantValue = waitedFor[0];
    this.outOfTurn = count;
    return count;
  }

  private accept(value: number): void {
    if (this.outOfTurn && this.last !== undefined && this.meantValue !== undefined) {
      const asWritten = this.rules.next(this.last).includes(value);
      const asMeant = this.rules.next(this.meantValue).includes(value);
      if (asWritten && !asMeant) this.outOfTurn.nextWentOnAsWritten = true;
    }
    this.outOfTurn = undefined;
    this.last = value;
    this.meantValue = undefined;
  }
}

export const NUMBER_RULES: SequenceRules = {
  first: [1],
  next: (v) => [v + 1],
  restarts: true,
};
