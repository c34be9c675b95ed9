/**
 * One run of numbered markers (parts, sections, the items under one parent, a list): knows what may come next
 * and says what is wrong when something else does.
 */
export type SequenceIssue = 'gap' | 'repeat' | 'order';

export interface SequenceOutcome {
  issue?: SequenceIssue;
  /** The value that was expected where an issue is reported. */
  expected?: number;
  /** Set by the caller: told when the next marker goes on from the value as written rather than the expected one. */
  onContinuedAsWritten?: () => void;
}

export interface SequenceRules {
  /** Values a run starts with. */
  first: number[];
  /** Values that may follow `value`. */
  next(value: number): number[];
  /** Comparison of two values (for telling a jump forward from a step backwards). */
  compare(a: number, b: number): number;
  /** Whether a run may silently start again at its first value (lists and items may; parts and sections may not). */
  restarts: boolean;
}

export class Sequence {
  private last: number | undefined;
  /** What the writer probably meant at the last problem, so that one slip is reported once, not on every line after. */
  private meant: number | undefined;
  private lastProblem: SequenceOutcome | undefined;

  constructor(private readonly rules: SequenceRules) {}

  get started(): boolean {
    return this.last !== undefined;
  }

  /** Values accepted next, the most likely first. */
  expected(extraFirst: number[] = []): number[] {
    if (this.last === undefined) return [...this.rules.first, ...extraFirst];
    const out = this.rules.next(this.last);
    if (this.meant !== undefined) for (const v of this.rules.next(this.meant)) if (!out.includes(v)) out.unshift(v);
    return out;
  }

  accepts(value: number, extraFirst: number[] = []): boolean {
    return this.expected(extraFirst).includes(value);
  }

  step(value: number, extraFirst: number[] = []): SequenceOutcome {
    const expected = this.expected(extraFirst);
    if (expected.includes(value)) return this.accept(value);
    if (this.last !== undefined && this.rules.restarts && this.rules.first.includes(value)) return this.accept(value);
    const issue: SequenceIssue =
      this.last === undefined
        ? 'gap'
        : value === this.last
          ? 'repeat'
          : this.rules.compare(value, this.last) > 0
            ? 'gap'
            : 'order';
    const outcome: SequenceOutcome = { issue, expected: expected[0] };
    this.last = value;
    this.meant = expected[0];
    this.lastProblem = outcome;
    return outcome;
  }

  private accept(value: number): SequenceOutcome {
    if (this.lastProblem && this.last !== undefined && this.meant !== undefined) {
      const asWritten = this.rules.next(this.last).includes(value);
      const asMeant = this.rules.next(this.meant).includes(value);
      if (asWritten && !asMeant) this.lastProblem.onContinuedAsWritten?.();
    }
    this.lastProblem = undefined;
    this.last = value;
    this.meant = undefined;
    return {};
  }
}

export const NUMBER_RULES: SequenceRules = {
  first: [1],
  next: (v) => [v + 1],
  compare: (a, b) => a - b,
  restarts: true,
};
