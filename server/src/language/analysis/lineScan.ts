import { BulletinModel } from '../parse/model';

/**
 * The indexes of the lines whose original text holds a match of `pattern` (one whose source has the `g` flag is not
 * needed: a global copy is made once per pattern), in order, each once. One scan of the whole text: checks that look
 * for rare characters read only the lines that have them instead of testing every line.
 */
export function linesMatching(model: BulletinModel, pattern: RegExp): number[] {
  // Several checks ask for the lines with a combining mark: the scan is made once per model.
  let known = FOUND.get(model);
  if (!known) FOUND.set(model, (known = new Map()));
  let lines = known.get(pattern);
  if (!lines) known.set(pattern, (lines = scan(model, pattern)));
  return lines;
}

const FOUND = new WeakMap<BulletinModel, Map<RegExp, number[]>>();

function scan(model: BulletinModel, pattern: RegExp): number[] {
  let global = GLOBAL.get(pattern);
  if (!global) GLOBAL.set(pattern, (global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  const text = model.source.text;
  const lines: number[] = [];
  global.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = global.exec(text))) {
    const line = model.source.positionAt(m.index).line;
    lines.push(line);
    // On to the next line: the rest of this one is read by the caller.
    const next = line + 1 < model.source.lineStarts.length ? model.source.lineStarts[line + 1] : text.length;
    if (next <= m.index) global.lastIndex = m.index + 1;
    else global.lastIndex = next;
  }
  return lines;
}

const GLOBAL = new WeakMap<RegExp, RegExp>();
