/** Lists of symbols under one type word: "Nghị quyết số 42-NQ/TW, 43-NQ/TW và 45-NQ/TW". */
import type { CitationMatch } from './types';
import { isLetter, skipSpacesBack } from './characters';

/** Start of the list joiner ", " / " và " / ", và " that ends at i, or -1. */
export function listJoinerBefore(text: string, i: number): number {
  let j = skipSpacesBack(text, i);
  if (text.slice(j - 2, j) === 'và' && !isLetter(text[j - 3])) j = skipSpacesBack(text, j - 2);
  else if (text[j - 1] !== ',') return -1;
  if (text[j - 1] === ',') j--;
  return j < i ? j : -1;
}

export function shareTail(target: CitationMatch, source: CitationMatch): void {
  let shared = false;
  if (!target.date && source.date) (target.date = source.date), (shared = true);
  if (!target.body && source.body) (target.body = source.body), (shared = true);
  if (!target.term && source.term) (target.term = source.term), (shared = true);
  if (!target.subject && source.subject) (target.subject = source.subject), (shared = true);
  if (shared) target.tailShared = true;
}
