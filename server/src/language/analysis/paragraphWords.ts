import { BulletinModel, Paragraph } from '../parse/model';
import { isGarbled, memoWords, Word } from '../text/lexicon';

/** A paragraph with its words, for the spelling checks. */
export interface ParagraphWords {
  paragraph: Paragraph;
  /** The paragraph's derived text, which the words' offsets index. */
  text: string;
  words: Word[];
  /** Garbled by a wrong encoding (`GARBLED`): its pieces are not words. */
  garbled: boolean;
}

const BY_MODEL = new WeakMap<BulletinModel, ParagraphWords[]>();

/**
 * The words of every paragraph of a model, split once per model for all the spelling checks (and once per paragraph
 * text across versions: an edit splits again only the paragraph it changed).
 */
export function paragraphWords(model: BulletinModel): readonly ParagraphWords[] {
  let all = BY_MODEL.get(model);
  if (!all) {
    all = model.paragraphs.map((paragraph) => {
      const text = paragraph.view.text;
      return { paragraph, text, words: memoWords(text), garbled: isGarbled(text) };
    });
    BY_MODEL.set(model, all);
  }
  return all;
}
