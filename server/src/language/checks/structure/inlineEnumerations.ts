import { InlineMarker, inlineRuns } from '../../parse/inlineMarkers';
import type { BulletinModel, Paragraph } from '../../parse/model';
import { expectedText } from '../../parse/expectedMarker';
import { NUMBER_RULES, Sequence, SequenceIssue } from '../../parse/sequence';

/** A point of an inline run that breaks its sequence. */
export interface InlineIssue {
  paragraph: Paragraph;
  marker: InlineMarker;
  issue: SequenceIssue;
  expectedText: string;
  /** False when the points after it go on from the number as written: a point is missing, this one is no typo. */
  renumber: boolean;
}

/**
 * "Một là, …; hai là, …; bốn là, …" inside one paragraph: each run that starts at its first value is walked like a
 * list of lines, so one slip is one finding, and the points after it are read from the numbering meant. Runs of
 * letters are left out: their alphabet is not the numbers'.
 */
export function inlineIssues(model: BulletinModel): InlineIssue[] {
  const out: InlineIssue[] = [];
  for (const { paragraph, markers } of inlineRuns(model)) {
    if (markers[0].style === 'alpha' || markers[0].values[0] !== NUMBER_RULES.first[0]) continue;
    const sequence = new Sequence(NUMBER_RULES);
    for (const marker of markers) {
      // A point inside a clause counts only when it comes in turn ("đi đôi với (ii) bảo vệ …"); else it is a reference.
      if (!marker.clause && !sequence.accepts(marker.values[0])) continue;
      const outcome = sequence.step(marker.values[0]);
      if (!outcome.issue || outcome.expected === undefined) continue;
      const issue: InlineIssue = { paragraph, marker, issue: outcome.issue, expectedText: expectedText(marker, outcome.expected), renumber: true };
      outcome.onContinuedAsWritten = () => (issue.renumber = false);
      out.push(issue);
    }
  }
  return out;
}
