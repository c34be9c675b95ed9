import { BulletinModel } from '../parse/model';
import { memoByText } from '../text/memo';
import { rawLineTexts } from './distinctTexts';

/**
 * The indexes of the lines whose original text holds a match of `pattern` (a pattern that does not cross a line
 * break), in order. Checks that look for rare characters read only the lines that have them instead of testing every
 * line. The answer is worked out once per model and pattern, testing each distinct line text once, and a text's answer
 * is kept for the next versions: an edit tests again only the lines it changed.
 */
export function linesMatching(model: BulletinModel, pattern: RegExp): number[] {
  // Several checks ask for the lines with a combining mark: the lines are gathered once per model.
  let known = FOUND.get(model);
  if (!known) FOUND.set(model, (known = new Map()));
  let lines = known.get(pattern);
  if (!lines) {
    const holds = testerOf(pattern);
    lines = [];
    for (const group of rawLineTexts(model)) if (holds(group.text)) for (const line of group.items) lines.push(line.index);
    lines.sort((a, b) => a - b);
    known.set(pattern, lines);
  }
  return lines;
}

const FOUND = new WeakMap<BulletinModel, Map<RegExp, number[]>>();
const TESTERS = new WeakMap<RegExp, (text: string) => boolean>();

/** Whether a text holds a match of the pattern, remembered per text (a global or sticky pattern is tested as neither). */
function testerOf(pattern: RegExp): (text: string) => boolean {
  let tester = TESTERS.get(pattern);
  if (!tester) {
    const plain = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    TESTERS.set(pattern, (tester = memoByText((text: string) => plain.test(text))));
  }
  return tester;
}
