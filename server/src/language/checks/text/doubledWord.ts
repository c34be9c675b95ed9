import { letterOrMarkLength, wordEnd } from '../../text/chars';
import { memoByText } from '../../text/memo';
import { Check } from '../types';
import { COMPOUNDS as WORDS } from '../../domain/words';
import { forEachFound } from '../../analysis/distinctTexts';

/**
 * Syllables Vietnamese doubles on purpose ("luôn luôn", "nhà nhà, người người"): never a typo.
 * Lower case, NFC.
 */
const REDUPLICATIONS = new Set(
  (
    'ai ầm ào bừng cao chiều chỗ dần dạt đâu đêm đời đùng ngày nhà người lần lâu luôn mãi muôn năm nơi rầm riêng ' +
    'sáng tháng thường từ từng xa xưa vừa vội hàng lớp tầng đợt đoàn ùn ồ rì ríu khắp ngành cấp ' +
    'đỏ xanh trắng vàng tím hồng đen mỗi rất lắm thật'
  ).split(' '),
);


/** "tại tại", "bảo bảo đảm", "thực hiện hiện": a syllable typed twice. */
export const doubledWord: Check = {
  code: 'text.doubled-word',
  category: 'text',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    vi: 'Một từ bị gõ lặp hai lần liền nhau (“bảo bảo đảm”, “thực hiện hiện”), trừ các từ láy cố ý (“luôn luôn”, “nhà nhà”).',
    en: 'A word typed twice in a row (“bảo bảo đảm”, “thực hiện hiện”), except deliberate reduplications (“luôn luôn”, “nhà nhà”).',
  },
  run({ model, t, report }) {
    forEachFound(model, slipsOf, (paragraph, slip) => {
      const span = paragraph.view.span(slip.start, slip.end);
      // One copy is surely extra when the one kept makes a word with a neighbour ("bảo đảm"); "trong hình hình
      // mới" more likely lost a letter ("tình hình"): no fix then, only the advice to look again.
      if (slip.certain) {
        report({
          span,
          message: t('text.doubled-word', { found: slip.found, word: slip.kept }),
          fix: { title: t('fix.replace', { text: slip.kept }), edits: [{ ...span, newText: slip.kept }], preferred: true },
        });
      } else {
        report({ span, message: t('text.doubled-word.unsure', { found: slip.found, word: slip.kept }) });
      }
    });
  },
};

interface Slip {
  start: number;
  end: number;
  /** Both copies as written. */
  found: string;
  /** The first copy, which keeps a sentence's capital. */
  kept: string;
  /** The copy kept makes a word with a neighbour: the fix is certain. */
  certain: boolean;
}

/**
 * The words typed twice in a text. The words are walked as offsets; only neighbours of equal length are compared.
 * Remembered per text, as the citations and dates of a paragraph are: an edit reads again only the paragraph it changed.
 */
const slipsOf = memoByText((text: string): Slip[] => {
  const slips: Slip[] = [];
  let prevStart = -1;
  let prevEnd = -1;
  let beforeStart = -1;
  let beforeEnd = -1;
  let i = 0;
  while (i < text.length) {
    if (letterOrMarkLength(text, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    const end = wordEnd(text, i);
    i = end;
    const adjacent = prevEnd + 1 === start && text.charCodeAt(prevEnd) === 0x20;
    if (adjacent && end - start === prevEnd - prevStart && sameWord(text, prevStart, start, end - start) && sameCase(text, prevStart, start, end - start)) {
      const lower = text.slice(start, end).toLowerCase();
      const before = beforeEnd >= 0 && beforeEnd + 1 === prevStart ? text.slice(beforeStart, beforeEnd).toLowerCase() : undefined;
      const next = wordAfter(text, end);
      if (isSlip(before, lower, next)) {
        slips.push({ start: prevStart, end, found: text.slice(prevStart, end), kept: text.slice(prevStart, prevEnd), certain: joinsWord(before, lower, next) });
        prevStart = prevEnd = beforeStart = beforeEnd = -1; // a third copy is not a second slip
        continue;
      }
    }
    beforeStart = prevStart;
    beforeEnd = prevEnd;
    prevStart = start;
    prevEnd = end;
  }
  return slips;
});

/** Whether "… before X X next …" is a slip rather than a reduplication or two words meeting. */
function isSlip(before: string | undefined, syllable: string, next: string | undefined): boolean {
  if (syllable.length < 2 || REDUPLICATIONS.has(syllable)) return false;
  if (syllable === 'số') return false; // "số Số 234-KH": reference.format reports the doubled "số" of a symbol
  const endsWord = before !== undefined && WORDS.has(`${before} ${syllable}`);
  const startsWord = next !== undefined && WORDS.has(`${syllable} ${next}`);
  // "52 tỉnh thành thành 23 đơn vị": a word ends with the syllable, and the syllable follows as a word of its own.
  if (endsWord && STANDALONE.has(syllable)) return false;
  return !(endsWord && startsWord);
}

/** Syllables that stand as words of their own after a word ending with them ("tỉnh thành | thành 23 đơn vị"). */
const STANDALONE = new Set(['thành', 'là', 'có', 'của', 'cho', 'được', 'với', 'về', 'ra', 'vào', 'lên', 'theo', 'như', 'để', 'tại', 'từ', 'trong', 'sau', 'trước']);

/** Whether the syllable kept makes a known word with the one before or after it. */
function joinsWord(before: string | undefined, syllable: string, next: string | undefined): boolean {
  return (before !== undefined && WORDS.has(`${before} ${syllable}`)) || (next !== undefined && WORDS.has(`${syllable} ${next}`));
}

/** Whether the `length` code units at a and at b are the same word, ignoring case. */
function sameWord(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x === y) continue;
    // ASCII letters differ by case in one bit; an ASCII letter against another ASCII character differs in any case.
    if (x < 0x80 && y < 0x80) {
      if ((x | 0x20) !== (y | 0x20) || (x | 0x20) < 0x61 || (x | 0x20) > 0x7a) return false;
    } else if (String.fromCharCode(x).toLowerCase() !== String.fromCharCode(y).toLowerCase()) return false;
  }
  return true;
}

/** The word right after a single space at i, lower case; undefined when something else follows. */
function wordAfter(text: string, i: number): string | undefined {
  if (text.charCodeAt(i) !== 0x20 || letterOrMarkLength(text, i + 1) === 0) return undefined;
  return text.slice(i + 1, wordEnd(text, i + 1)).toLowerCase();
}

/**
 * Whether two copies are written alike enough to be one slip: not a word in capitals beside the same word in lower
 * case or with a capital ("PHẠM CHÍ THÀNH Thành viên": a name ends, a heading or a list begins).
 */
function sameCase(text: string, a: number, b: number, length: number): boolean {
  if (length < 2) return true;
  const x = text.slice(a, a + length);
  const y = text.slice(b, b + length);
  const capitals = (w: string): boolean => w === w.toUpperCase() && w !== w.toLowerCase();
  return capitals(x) === capitals(y);
}
