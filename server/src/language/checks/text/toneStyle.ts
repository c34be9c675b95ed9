import { isLetterAt, wordEnd } from '../../text/chars';
import { isVowelLetter, toneOf } from '../../text/marks';
import { memoByText } from '../../text/memo';
import { lineTexts } from '../../analysis/distinctTexts';
import { lineView } from '../../parse/model';
import { Check } from '../types';
import { Translate } from '../../i18n';

/** Key of the preferred tone-mark style in the services of a check run (setting `bantin.text.toneStyle`). */
export const TONE_STYLE_SERVICE = 'text.toneStyle';

/** `auto` follows the file's majority; `old` writes "hoà", "uỷ"; `new` writes "hòa", "ủy". */
export type ToneStyle = 'auto' | 'old' | 'new';
type Placement = 'old' | 'new';

/**
 * Two vowels of an open oa/oe/uy syllable with a tone on one of them: nothing that continues a word after them. The
 * common closed ones ("toàn", "hoàn", "hoạt") are left out by the expression itself, so that a long text gives few
 * matches; placementAt decides the rest.
 */
const CANDIDATE = /(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]|[òóỏõọÒÓỎÕỌ][aAeE]|[ùúủũụÙÚỦŨỤ][yY])(?![A-Za-z\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff])/g;

/** An open oa/oe/uy syllable with a tone in a line's derived text. */
interface Candidate {
  /** Offset of its two vowels. */
  at: number;
  placement: Placement;
  /** The word it is in, as written and with the mark moved to the other vowel. */
  wordStart: number;
  wordEnd: number;
  word: string;
  expected: string;
  /** The two vowels with the mark moved. */
  fixed: string;
}

/**
 * An open syllable ending in oa, oe or uy (nothing after the second vowel) may carry its tone mark on either vowel:
 * on the second in the old placement ("hoà", "khoẻ", "thuý", "uỷ"), on the first in the new one ("hòa", "khỏe",
 * "thúy", "ủy"). The two are both correct; a bulletin should keep one. Only these syllables alternate: with a final
 * consonant or vowel the mark has one place ("hoàn", "thuyết", "ngoài"), and in "quý" the "u" belongs to "qu", so
 * the mark is on "y" in both styles.
 */
export const toneStyle: Check = {
  code: 'text.tone-style',
  category: 'text',
  defaultSeverity: 'hint',
  fixable: true,
  description: {
    vi: 'Dấu thanh đặt theo hai kiểu trong một tệp (“hoà”, “uỷ” kiểu cũ và “hòa”, “ủy” kiểu mới); cài đặt bantin.text.toneStyle chọn kiểu.',
    en: 'Tone marks placed in two styles in one file (old “hoà”, “uỷ” and new “hòa”, “ủy”); the setting bantin.text.toneStyle chooses one.',
  },
  run({ model, t, services, report }) {
    const setting = services.get(TONE_STYLE_SERVICE);
    const style: ToneStyle = setting === 'old' || setting === 'new' ? setting : 'auto';
    // Each distinct line text is read once; what it holds counts, and is reported, at every line of that text.
    const groups = lineTexts(model);
    let olds = 0;
    let news = 0;
    let first: Placement | undefined;
    for (const { text, items: lines } of groups) {
      const candidates = candidatesIn(text);
      if (candidates.length === 0) continue;
      first ??= candidates[0].placement;
      for (const c of candidates) {
        if (c.placement === 'old') olds += lines.length;
        else news += lines.length;
      }
    }
    if (first === undefined) return;
    const preferred: Placement = style !== 'auto' ? style : olds > news ? 'old' : news > olds ? 'new' : first;
    if (style === 'auto' && (olds === 0 || news === 0)) return;
    for (const { text, items: lines } of groups) {
      for (const c of candidatesIn(text)) {
        if (c.placement === preferred) continue;
        const wording = wordingOf(c, preferred, style, preferred === 'old' ? olds : news, t);
        for (const line of lines) {
          const view = lineView(line);
          report({
            span: view.span(c.wordStart, c.wordEnd),
            message: wording.message,
            fix: { title: wording.title, edits: [{ ...view.span(c.at, c.at + 2), newText: c.fixed }], preferred: true },
          });
        }
      }
    }
  },
};

interface Wording {
  message: string;
  title: string;
}

/** The open oa/oe/uy syllables with a tone in a text, with their words and what each would be in the other style. */
const candidatesIn = memoByText((text: string): Candidate[] => {
  const out: Candidate[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const at = m.index;
    const placement = placementAt(text, at);
    if (!placement) continue;
    let start = at;
    while (start > 0 && isLetterAt(text, start - 1)) start--;
    const end = wordEnd(text, at);
    const fixed = moveTone(text.slice(at, at + 2));
    out.push({ at, placement, wordStart: start, wordEnd: end, word: text.slice(start, end), expected: text.slice(start, at) + fixed + text.slice(at + 2, end), fixed });
  }
  return out;
});

/**
 * The placement of the syllable whose two vowels start at i, when it is an open oa/oe/uy syllable with a tone: the
 * second vowel ends the word, and what comes before the first is a consonant or nothing ("qu" excepted).
 */
export function placementAt(text: string, i: number): Placement | undefined {
  if (isLetterAt(text, i + 2) || isMarkAt(text, i + 2)) return undefined; // "hoàn", "thuyết", "ngoài": a final follows
  if (i > 0 && isLetterAt(text, i - 1)) {
    const before = text[i - 1];
    if (isVowelLetter(before)) return undefined; // "ươ", "uôi"…: another rhyme
    if ((text[i] === 'u' || text[i] === 'U') && (before === 'q' || before === 'Q')) return undefined; // "quý"
  }
  return toneOf(text[i]) ? 'new' : 'old';
}

function isMarkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x0300 && c <= 0x036f;
}

/** The two vowels with the tone mark moved to the other one ("oà" → "òa", "ủy" → "uỷ"), in their own case. */
export function moveTone(pair: string): string {
  const [first, second] = [pair[0], pair[1]];
  const tone = String.fromCharCode(toneOf(first) || toneOf(second));
  const bare = (c: string) => c.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
  return toneOf(first) ? bare(first) + (second + tone).normalize('NFC') : (first + tone).normalize('NFC') + bare(second);
}

/** The message and fix title of a syllable in the placement that is not preferred. */
function wordingOf(c: Candidate, preferred: Placement, style: ToneStyle, count: number, t: Translate): Wording {
  const params = { found: c.word, expected: c.expected, style: t(`text.tone-style.${c.placement}`), other: t(`text.tone-style.${preferred}`), count };
  return { message: t(style === 'auto' ? 'text.tone-style' : 'text.tone-style.setting', params), title: t('fix.replace', { text: c.expected }) };
}
