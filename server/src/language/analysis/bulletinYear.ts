/** The year a bulletin is about, read once per model; the date checks and the date hover both ask for it. */
import type { BulletinModel } from '../parse/model';
import { codePointSize, isLetterAt, isUpperAt } from '../text/chars';
import { memoByText } from '../text/memo';

/** Lines of the head that may carry the year of a yearly programme ("… NĂM 2024") when there is no month. */
const HEAD_LINES = 30;

/**
 * The year the bulletin is about: the title's (or an early heading's) year, else the year of a title-like upper-case
 * line near the top ("CHƯƠNG TRÌNH … NĂM 2024"). Undefined when neither is clear: the checks then stay quiet.
 */
export function bulletinYear(model: BulletinModel): number | undefined {
  if (model.period?.valid) return model.period.year;
  if (!YEARS.has(model)) YEARS.set(model, yearOfHead(model));
  return YEARS.get(model);
}

/** Every date check asks; the head is read once per model. */
const YEARS = new WeakMap<BulletinModel, number | undefined>();

function yearOfHead(model: BulletinModel): number | undefined {
  for (const { paragraph, item } of model.dates) {
    if (paragraph.firstLine >= HEAD_LINES) break;
    if (item.kind !== 'date' || (item.form !== 'year-only' && item.form !== 'month-year') || !item.valid || item.yearInferred) continue;
    if (isUpperCase(paragraph.view.text)) return item.year;
  }
  return undefined;
}

/** Mostly capital letters: a title or an unnumbered heading line. */
export const isUpperCase = memoByText((text: string): boolean => {
  // Code units of the letters (\p{L}) and of the capitals (\p{Lu}) among them; an astral letter counts two.
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; ) {
    const size = codePointSize(text, i);
    if (isLetterAt(text, i)) {
      letters += size;
      if (isUpperAt(text, i)) capitals += size;
    }
    i += size;
  }
  return letters >= 3 && capitals / letters > 0.8;
});
