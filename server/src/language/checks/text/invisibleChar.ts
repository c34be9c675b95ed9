import { BulletinModel } from '../../parse/model';
import { quotable } from '../../text/marks';
import { linesMatching } from '../../analysis/lineScan';
import { Check, Edit } from '../types';

/**
 * Characters that print as nothing: zero-width space, joiner and non-joiner, word joiner, soft hyphen, a byte order
 * mark inside the text, direction marks and overrides, the invisible operators. Web pages and Word leave them in
 * copied text; they split words for search and comparison ("Hà\u200bNội" is not "HàNội" nor "Hà Nội") while
 * looking right. Removing them changes nothing the reader sees, so the fix is certain.
 *
 * Not reported: a BOM at the very start of the file (an encoding signature); a no-break space (U+00A0) or another
 * typographic space, which print as spaces and are read as spaces; a joiner or non-joiner next to a character outside
 * Latin script (emoji sequences, other scripts use them); direction marks on a line with right-to-left letters.
 */
const INVISIBLE = /[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

export const invisibleChar: Check = {
  code: 'text.invisible-char',
  category: 'text',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    vi: 'Ký tự vô hình trong văn bản (khoảng trắng độ rộng 0, dấu gạch nối mềm, BOM, dấu điều khiển hướng chữ…).',
    en: 'Invisible characters in the text (zero-width space, soft hyphen, BOM, direction controls…).',
  },
  run({ model, t, report }) {
    const text = model.source.text;
    let m: RegExpExecArray | null;
    let line = -1;
    let rightToLeft: boolean | undefined; // of the current line, read on first need
    let edits: Edit[] = [];
    const flush = () => {
      if (edits.length === 0) return;
      const first = edits[0];
      const codes = [...new Set(edits.map((e) => codeName(text.charCodeAt(e.start))))].join(', ');
      report({
        span: { start: first.start, end: edits[edits.length - 1].end },
        message: t('text.invisible-char', { found: excerpt(text, first.start), count: edits.length, codes }),
        fix: { title: t(edits.length > 1 ? 'fix.invisible-char.all' : 'fix.invisible-char', { count: edits.length }), edits, preferred: true },
      });
      edits = [];
    };
    // Only the lines that hold one are read (found once per distinct line text).
    for (const lineOf of linesMatching(model, INVISIBLE)) {
      const end = model.lines[lineOf].end;
      INVISIBLE.lastIndex = model.lines[lineOf].start;
      while ((m = INVISIBLE.exec(text)) && m.index < end) {
        const at = m.index;
        const code = text.charCodeAt(at);
        if (at === 0 && code === 0xfeff) continue;
        if (lineOf !== line) {
          flush();
          line = lineOf;
          rightToLeft = undefined;
        }
        if (isJoiner(code) && (!isLatin(text.charCodeAt(at - 1)) || !isLatin(text.charCodeAt(at + 1)))) continue;
        if (isDirection(code) && (rightToLeft ??= rightToLeftLine(model, lineOf))) continue;
        edits.push({ start: at, end: at + 1, newText: '' });
      }
    }
    flush();
  },
};

/** ZWNJ, ZWJ: parts of emoji sequences and of other scripts' spelling. */
function isJoiner(code: number): boolean {
  return code === 0x200c || code === 0x200d;
}

function isDirection(code: number): boolean {
  return code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** ASCII, Latin letters (Vietnamese included), their combining marks, general punctuation, or the text's ends. */
function isLatin(code: number): boolean {
  return Number.isNaN(code) || code <= 0x24f || (code >= 0x0300 && code <= 0x036f) || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x2000 && code <= 0x206f);
}

function rightToLeftLine(model: BulletinModel, line: number): boolean {
  const { start, end } = model.lines[line];
  return RIGHT_TO_LEFT.test(model.source.text.slice(start, end));
}

function codeName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The words around an invisible character, with the character shown as its code: “Hà⟨U+200B⟩Nội”. */
function excerpt(text: string, at: number): string {
  let s = at;
  while (s > 0 && at - s < 15 && text.charCodeAt(s - 1) !== 0x20 && text.charCodeAt(s - 1) !== 0x0a) s--;
  let e = at + 1;
  while (e < text.length && e - at < 15 && text.charCodeAt(e) !== 0x20 && text.charCodeAt(e) !== 0x0a && text.charCodeAt(e) !== 0x0d) e++;
  const shown = (from: number, to: number) => text.slice(from, to).replace(INVISIBLE_ONE, (c) => `⟨${codeName(c.charCodeAt(0))}⟩`);
  return quotable(shown(s, e));
}

const INVISIBLE_ONE = new RegExp(INVISIBLE.source, 'g');
