import { InlineMarker, inlineRunsIn } from '../../parse/inlineMarkers';
import type { BulletinModel, Paragraph } from '../../parse/model';
import { NUMBER_RULES, RunCount, Sequence } from '../../parse/sequence';
import { expectedText } from './expectedMarker';
import { Slip, slipOf } from './slip';
import { memoByObject } from '../../text/memo';

/** A point of an inline run that breaks its sequence. */
export interface InlineIssue {
  paragraph: Paragraph;
  marker: InlineMarker;
  issue: Slip;
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
  for (const paragraph of model.paragraphs) {
    for (const markers of inlineRunsIn(paragraph.view.text)) for (const slip of slipsOfRun(markers)) out.push({ paragraph, ...slip });
  }
  return out;
}

/** The slips of one run, worked out once per run as read (a paragraph's runs are shared by every occurrence of its text). */
const slipsOfRun = memoByObject((markers: InlineMarker[]): Array<Omit<InlineIssue, 'paragraph'>> => {
  const out: Array<Omit<InlineIssue, 'paragraph'>> = [];
  if (markers[0].style === 'alpha' || markers[0].values[0] !== NUMBER_RULES.first[0]) return out;
  const sequence = new Sequence(NUMBER_RULES);
  const counted: Array<{ marker: InlineMarker; count: RunCount }> = [];
  for (const marker of markers) {
    // A point inside a clause counts only when it comes in turn ("đi đôi với (ii) bảo vệ …"); else it is a reference.
    if (!marker.clause && !sequence.accepts(marker.values[0])) continue;
    counted.push({ marker, count: sequence.step(marker.values[0]) });
  }
  // Read once the run is counted: whether the point after a slip went on from it as written is known by then.
  for (const { marker, count } of counted) {
    const value = marker.values[0];
    const meant = count.waitedFor[0];
    if (meant === undefined || count.waitedFor.includes(value)) continue;
    out.push({ marker, issue: slipOf(marker, value, count), expectedText: expectedText(marker, meant), renumber: !count.nextWentOnAsWritten });
  }
  return out;
});
