import { BulletinModel, Line, Paragraph } from '../parse/model';

/** One distinct text of a model and the paragraphs or lines that read it, in document order. */
export interface TextGroup<T> {
  text: string;
  items: T[];
}

/**
 * The model's paragraphs grouped by text, each text where it first appears. A check that reads a paragraph's text (the
 * spelling checks) reads each distinct text once and reports what it found at every paragraph of that text: a
 * repeated line, a document pasted twice. Built once per model.
 */
export function paragraphTexts(model: BulletinModel): readonly TextGroup<Paragraph>[] {
  return groupsOf(PARAGRAPHS, model, model.paragraphs, (p) => p.view.text);
}

/** The model's non-blank lines grouped by the text they are read as (`form.text`), like `paragraphTexts`. */
export function lineTexts(model: BulletinModel): readonly TextGroup<Line>[] {
  return groupsOf(LINES, model, model.lines, (l) => (l.form.blank ? undefined : l.form.text));
}

/** The model's lines grouped by their original text (`raw`), blank ones too. */
export function rawLineTexts(model: BulletinModel): readonly TextGroup<Line>[] {
  return groupsOf(RAW_LINES, model, model.lines, (l) => l.raw);
}

/**
 * Calls `visit` for every paragraph and every item `read` finds in its text, reading each distinct paragraph text once
 * (`paragraphTexts`): the loop of the checks that report what they find in a paragraph's text.
 */
export function forEachFound<T>(model: BulletinModel, read: (text: string) => readonly T[], visit: (paragraph: Paragraph, item: T) => void): void {
  for (const { text, items } of paragraphTexts(model)) {
    const found = read(text);
    if (found.length === 0) continue;
    for (const paragraph of items) for (const item of found) visit(paragraph, item);
  }
}

const PARAGRAPHS = new WeakMap<BulletinModel, TextGroup<Paragraph>[]>();
const LINES = new WeakMap<BulletinModel, TextGroup<Line>[]>();
const RAW_LINES = new WeakMap<BulletinModel, TextGroup<Line>[]>();

/**
 * `items` grouped by `textOf` (undefined: left out), built once per model and kept in `cache`. Each group's list is
 * made at its final length: a list grown item by item is copied at every step, and on V8 a list of more than 16 384
 * items is a large object that takes fresh memory at each copy (a text repeated on every other line of a long file).
 */
function groupsOf<T>(cache: WeakMap<BulletinModel, TextGroup<T>[]>, model: BulletinModel, items: readonly T[], textOf: (item: T) => string | undefined): TextGroup<T>[] {
  let groups = cache.get(model);
  if (!groups) {
    groups = [];
    const byText = new Map<string, number>();
    const groupOf = new Int32Array(items.length).fill(-1);
    const counts = new Int32Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const text = textOf(items[i]);
      if (text === undefined) continue;
      let g = byText.get(text);
      if (g === undefined) {
        byText.set(text, (g = groups.length));
        groups.push({ text, items: [] });
      }
      groupOf[i] = g;
      counts[g]++;
    }
    for (let g = 0; g < groups.length; g++) if (counts[g] > 1) groups[g].items = new Array(counts[g]);
    const filled = new Int32Array(groups.length);
    for (let i = 0; i < items.length; i++) {
      const g = groupOf[i];
      if (g >= 0) groups[g].items[filled[g]++] = items[i];
    }
    cache.set(model, groups);
  }
  return groups;
}
