import { isLetterAt, wordEnd } from '../../text/chars';
import { COMBINING_MARK, isCombiningMark, isToneMark, isVowelLetter, joinMark, quotable } from '../../text/marks';
import { Line, lineView } from '../../parse/model';
import { MappedText } from '../../text/mapped';
import { linesMatching } from '../../analysis/lineScan';
import { Check, Report } from '../types';
import { Translate } from '../../i18n';

/** What may follow the vowel of a syllable to end it: the final consonants (a lone "n" after "đê ́" ends "đến"). */
const FINALS = new Set(['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/**
 * A combining mark that stands on nothing: after a space, a punctuation sign or at the start of a line ("tư ̀ngày
 * đê ́n", pasted from a decomposed text), or a second mark on a letter that already has it or another tone mark.
 * The checks read composed text (NFC), so every combining mark still there failed to join a letter.
 */
export const detachedMark: Check = {
  code: 'text.detached-mark',
  category: 'text',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    vi: 'Dấu thanh hoặc dấu chữ bị tách khỏi chữ (“tư ̀ngày”, “đê ́n”), hoặc một chữ mang hai dấu thanh.',
    en: 'A tone or letter mark cut off from its letter (“tư ̀ngày”, “đê ́n”), or a letter carrying two tone marks.',
  },
  run({ model, t, report }) {
    // Only lines with a combining mark in the original can have one left in their composed text.
    for (const index of linesMatching(model, COMBINING_MARK)) {
      const line = model.lines[index];
      const text = line.form.text;
      if (!COMBINING_MARK.test(text)) continue;
      for (let i = 0; i < text.length; i++) {
        if (!isCombiningMark(text.charCodeAt(i))) continue;
        let end = i + 1;
        while (end < text.length && isCombiningMark(text.charCodeAt(end))) end++;
        const found = reportRun(line, model.source.text, i, end, t);
        if (found) report(found);
        i = end - 1;
      }
    }
  },
};

/** The finding for the marks [from, to) of a line's derived text, if they are not a letter's own. */
function reportRun(line: Line, source: string, from: number, to: number, t: Translate): Report | undefined {
  const text = line.form.text;
  const view = lineView(line);
  const marks = text.slice(from, to);
  const shown = `◌${marks}`;
  let base = from - 1;
  while (base >= 0 && isCombiningMark(text.charCodeAt(base))) base--;
  if (base >= 0 && isLetterAt(text, base)) {
    // Marks left after a letter: the normaliser could not put them on it.
    const own = text.slice(base, from).normalize('NFD');
    const found = text.slice(wordStart(text, base), wordEnd(text, to));
    if ([...marks].every((m) => own.includes(m))) {
      const kept = text.slice(base, from);
      const expected = text.slice(wordStart(text, base), base) + kept + text.slice(to, wordEnd(text, to));
      return withFix(view, source, base, to, kept, { span: view.span(base, to), message: t('text.detached-mark.duplicate', { found, mark: shown, expected }) }, t);
    }
    const tones = [...own.slice(1) + marks].filter((m) => isToneMark(m.charCodeAt(0))).length;
    if (tones < 2) return undefined; // a foreign letter with a mark of its own (x̄): not Vietnamese, not judged
    return { span: view.span(base, to), message: t('text.detached-mark.stacked', { found }) };
  }
  // A mark standing on a space, a sign or nothing. The letter before a single space is the one it left ("tư ̀ngày",
  // "đê ́n"); with no letter there, the letter right after it, when the mark goes on it.
  const prev = from - 2;
  const after = wordEnd(text, to);
  if (prev >= 0 && text.charCodeAt(from - 1) === 0x20 && isLetterAt(text, prev)) {
    const found = text.slice(wordStart(text, prev), after);
    const joined = isVowelLetter(text[prev]) ? joinMark(text[prev], marks) : undefined;
    if (joined === undefined) return { span: view.span(from, to), message: t('text.detached-mark.unsure', { found, mark: shown }) };
    // "đê ́n": the rest of the syllable after the mark ("n") belongs to it; "tư ̀ngày": the next word is a word.
    const rest = text.slice(to, after).toLowerCase();
    const newText = FINALS.has(rest) ? joined : `${joined} `;
    const expected = text.slice(wordStart(text, prev), prev) + newText + text.slice(to, after);
    return withFix(view, source, prev, to, newText, { span: view.span(from, to), message: t('text.detached-mark', { found, mark: shown, expected }) }, t);
  }
  const found = quotable(text.slice(from, after));
  const next = to < text.length && isLetterAt(text, to) && isVowelLetter(text[to]) ? joinMark(text[to], marks) : undefined;
  if (next === undefined) {
    return { span: view.span(from, to), message: t('text.detached-mark.unsure', { found, mark: shown }) };
  }
  const expected = next + text.slice(to + 1, after);
  return withFix(view, source, from, to + 1, next, { span: view.span(from, to), message: t('text.detached-mark', { found, mark: shown, expected }) }, t);
}

/**
 * The report with a fix that writes `newText` over the derived range [from, to), when that range is the original text
 * as it stands (no markup cut out of it); without a fix otherwise.
 */
function withFix(view: MappedText, source: string, from: number, to: number, newText: string, found: Report, t: Translate): Report {
  const span = view.span(from, to);
  const original = source.slice(span.start, span.end).normalize('NFC').replace(/[\u00a0\t]/g, ' ');
  if (original !== view.text.slice(from, to)) return found;
  return { ...found, fix: { title: t('fix.replace', { text: newText.trim() }), edits: [{ ...span, newText }], preferred: true } };
}

/** Start of the run of letters and marks that ends at (includes) i. */
function wordStart(text: string, i: number): number {
  let s = i;
  while (s > 0 && (isLetterAt(text, s - 1) || isCombiningMark(text.charCodeAt(s - 1)))) s--;
  return s;
}
