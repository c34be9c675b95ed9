import { quotable } from '../../text/marks';
import { linesMatching } from '../../analysis/lineScan';
import { memoByText } from '../../text/memo';
import { Check, CheckContext, Edit } from '../types';

/**
 * Spacing inside a line that prints like one space but is not: a no-break space (U+00A0) or another typographic space
 * between words ("70-KL/TW,\u00a0ngày": a search for "TW, ngày" misses it), or two spaces or more between words.
 * A no-break space next to a digit is kept (it binds a number to its word), tabs are left alone (letterheads align their two columns with them), and so is spacing next to "-" or "/" inside
 * a symbol ("1099  - CV/ĐUK"), which `reference.format` reports with the symbol. Word and web pages leave them; the reader sees nothing wrong, so this is a hint, one per line,
 * and its fix writes one ordinary space in each place. Leading indentation, spacing at the end of a line (a Markdown
 * hard break), Markdown table rows and what follows a comment's start are left alone.
 */
const ODD_SPACE = /(?<=[^\s\-/])(?: {2,}|[ \u00a0\u2000-\u200a\u202f\u205f\u3000]*[\u00a0\u2000-\u200a\u202f\u205f\u3000][ \u00a0\u2000-\u200a\u202f\u205f\u3000]*)(?=[^\s\-/])/g;

/** A line without one of these has no odd spacing. */
const MAYBE_ODD = /\S {2}|[\u00a0\u2000-\u200a\u202f\u205f\u3000]/;

export const spacing: Check = {
  code: 'text.spacing',
  category: 'text',
  defaultSeverity: 'hint',
  fixable: true,
  description: {
    vi: 'Khoảng trắng lạ giữa các chữ: dấu cách không ngắt (NBSP), hai dấu cách liền nhau.',
    en: 'Odd spacing between words: a no-break space (NBSP), two spaces in a row.',
  },
  run({ model, t, report }) {
    const text = model.source.text;
    // Only the lines that may hold odd spacing are read (each distinct line text is tested once).
    for (const index of linesMatching(model, MAYBE_ODD)) {
      const line = model.lines[index];
      const runs = oddSpacesIn(line.raw);
      if (runs.length === 0) continue;
      const edits: Edit[] = runs.map((r) => ({ start: line.start + r.start, end: line.start + r.end, newText: ' ' }));
      const kinds = new Set(runs.map((r) => spaceKind(r.text, t)));
      const first = edits[0];
      const around = text.slice(Math.max(line.start, first.start - 12), Math.min(line.end, first.end + 12)).replace(/\u00a0/g, '⍽').replace(/\t/g, '⇥');
      report({
        span: { start: first.start, end: first.end },
        message: t('text.spacing', { found: quotable(around.trim()), kinds: [...kinds].join(', '), count: edits.length }),
        fix: { title: t('fix.spacing', { count: edits.length }), edits, preferred: true },
      });
    }
  },
};

interface SpaceRun {
  /** Offsets in the line. */
  start: number;
  end: number;
  text: string;
}

/** The odd runs of spacing of a line's original text, found once per distinct text. */
const oddSpacesIn = memoByText((line: string): SpaceRun[] => {
  const out: SpaceRun[] = [];
  if (/^\s*\|/.test(line)) return out;
  const raw = line.includes('<!--') ? line.slice(0, line.indexOf('<!--')).trimEnd() : line; // the text before a comment
  ODD_SPACE.lastIndex = 0;
  for (let m = ODD_SPACE.exec(raw); m !== null; m = ODD_SPACE.exec(raw)) {
    // A no-break space next to a number ("số liệu:\u00a0100%", "5\u00a0km") keeps it with its neighbour: on purpose.
    if (!/^ +$/.test(m[0]) && (/[\d%]/.test(raw[m.index - 1]) || /[\d%]/.test(raw[m.index + m[0].length] ?? ''))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
});

/** What a run of spacing is, for the message: "NBSP", "hai dấu cách", or the code of another typographic space. */
function spaceKind(run: string, t: CheckContext['t']): string {
  if (run.includes('\u00a0')) return 'NBSP';
  const odd = [...run].find((c) => c !== ' ');
  return odd === undefined ? t('text.spacing.double') : `U+${odd.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
