import { BulletinModel, Line, Paragraph } from '../parse/model';

/** One distinct paragraph text of a model and the paragraphs that read it, in document order. */
export interface ParagraphText {
  text: string;
  paragraphs: Paragraph[];
}

/**
 * The model's paragraphs grouped by text, each text where it first appears. A check that reads a paragraph's text (the
 * spelling checks) reads each distinct text once and reports what it found at every paragraph of that text: a
 * repeated line, a document pasted twice. Built once per model.
 */
export function paragraphTexts(model: BulletinModel): readonly ParagraphText[] {
  let groups = GROUPS.get(model);
  if (!groups) {
    groups = [];
    const byText = new Map<string, ParagraphText>();
    const paragraphs = model.paragraphs;
    for (let i = 0; i < paragraphs.length; i++) {
      const paragraph = paragraphs[i];
      const text = paragraph.view.text;
      const group = byText.get(text);
      if (group) group.paragraphs.push(paragraph);
      else {
        const added = { text, paragraphs: [paragraph] };
        byText.set(text, added);
        groups.push(added);
      }
    }
    GROUPS.set(model, groups);
  }
  return groups;
}

const GROUPS = new WeakMap<BulletinModel, ParagraphText[]>();

/** One distinct text of a model's lines (as read: `view.text`) and the lines that read it, in document order. */
export interface LineText {
  text: string;
  lines: Line[];
}

/** The model's non-blank lines grouped by the text they are read as, like `paragraphTexts`. Built once per model. */
export function lineTexts(model: BulletinModel): readonly LineText[] {
  let groups = LINE_GROUPS.get(model);
  if (!groups) {
    groups = [];
    const byText = new Map<string, LineText>();
    const lines = model.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.blank) continue;
      const text = line.view.text;
      const group = byText.get(text);
      if (group) group.lines.push(line);
      else {
        const added = { text, lines: [line] };
        byText.set(text, added);
        groups.push(added);
      }
    }
    LINE_GROUPS.set(model, groups);
  }
  return groups;
}

const LINE_GROUPS = new WeakMap<BulletinModel, LineText[]>();

/** The model's lines grouped by their original text (`raw`), blank ones too. Built once per model. */
export function rawLineTexts(model: BulletinModel): readonly LineText[] {
  let groups = RAW_GROUPS.get(model);
  if (!groups) {
    groups = [];
    const byText = new Map<string, LineText>();
    const lines = model.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const group = byText.get(line.raw);
      if (group) group.lines.push(line);
      else {
        const added = { text: line.raw, lines: [line] };
        byText.set(line.raw, added);
        groups.push(added);
      }
    }
    RAW_GROUPS.set(model, groups);
  }
  return groups;
}

const RAW_GROUPS = new WeakMap<BulletinModel, LineText[]>();
