import { BODY_NAMES } from '../../domain/bodyNames';
import { COMPOUNDS } from '../../domain/words';
import { syllableEdits } from '../../analysis/nearWords';
import { Letters, readLetters } from '../../text/syllables';
import { isGarbled, lettersOf, lexemeProperty, memoWords, Words } from '../../text/lexicon';
import { memoByText } from '../../text/memo';
import { Check } from '../types';
import { forEachFound } from '../../analysis/distinctTexts';

interface Name {
  text: string;
  syllables: Letters[];
}

let byFirst: Map<string, Name[]> | undefined;

/** The body names by their first syllable (letters and tone, wherever the mark sits). */
function namesStartingWith(first: Letters | undefined): readonly Name[] {
  if (!first) return [];
  if (!byFirst) {
    byFirst = new Map();
    for (const text of BODY_NAMES) {
      const syllables = text.toLowerCase().split(' ').map(readLetters);
      if (!syllables.every((s) => s !== undefined)) continue;
      const key = syllables[0]!.base + syllables[0]!.tone;
      byFirst.set(key, [...(byFirst.get(key) ?? []), { text, syllables: syllables as Letters[] }]);
    }
  }
  return byFirst.get(first.base + first.tone) ?? [];
}

/** The body names a word may start, remembered per spelling. */
const namesOf = lexemeProperty((lexeme) => namesStartingWith(lettersOf(lexeme)));

const CAPITAL = /^\p{Lu}/u;
const capitalised = lexemeProperty((lexeme) => CAPITAL.test(lexeme.text));

/**
 * The name of a body or an office one letter or one tone away from its right spelling ("Tỉnh tủy" → "Tỉnh ủy", "Ban
 * Thường vu" → "Ban Thường vụ"), starting with a capital as names do. Case and the place of the tone mark ("Tỉnh
 * uỷ") are not misspellings; a last syllable that makes a word with the one after it ("Đảng bỏ phiếu") is left alone.
 */
export const bodyName: Check = {
  code: 'text.body-name',
  category: 'text',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    vi: 'Tên cơ quan, tổ chức viết sai một chữ cái hoặc một dấu (“Tỉnh tủy” → “Tỉnh ủy”, “Ban Thường vu” → “Ban Thường vụ”).',
    en: 'The name of a body one letter or one tone mark off (“Tỉnh tủy” → “Tỉnh ủy”, “Ban Thường vu” → “Ban Thường vụ”).',
  },
  run({ model, t, report }) {
    forEachFound(model, misspeltNamesIn, (paragraph, found) => {
      const span = paragraph.view.span(found.start, found.end);
      report({
        span,
        message: t('text.body-name', { found: found.written, expected: found.expected }),
        fix: { title: t('fix.replace', { text: found.expected }), edits: [{ ...span, newText: found.expected }], preferred: true },
      });
    });
  },
};

/** The misspelt body names of a text, remembered per text (an edit reads again only the paragraph it changed). */
const misspeltNamesIn = memoByText((text: string): { start: number; end: number; written: string; expected: string }[] => {
  const out: { start: number; end: number; written: string; expected: string }[] = [];
  if (isGarbled(text)) return out;
  const words = memoWords(text);
  const { lexemes } = words;
  for (let i = 0; i < lexemes.length; i++) {
    if (!capitalised(lexemes[i])) continue;
    // Inside a longer name ("Phạm Minh Chính chủ trì"): a person's or a place's name, not a body's.
    if (i > 0 && capitalised(lexemes[i - 1]) && words.adjacent(i - 1, i)) continue;
    const name = misspeltName(words, i);
    if (!name) continue;
    const start = words.start(i);
    const end = words.end(i + name.syllables.length - 1);
    out.push({ start, end, written: text.slice(start, end), expected: name.text });
    i += name.syllables.length - 1;
  }
  return out;
});

/** The body name the words from i spell with exactly one letter or tone off, if exactly one does. */
function misspeltName(words: Words, i: number): Name | undefined {
  const { lexemes } = words;
  let found: Name | undefined;
  for (const name of namesOf(lexemes[i])) {
    const n = name.syllables.length;
    if (i + n > lexemes.length) continue;
    let edits = 0;
    for (let k = 1; k < n && edits <= 1; k++) {
      if (!words.adjacent(i + k - 1, i + k)) edits = Infinity;
      const written = lettersOf(lexemes[i + k]);
      edits += written ? syllableEdits(written, name.syllables[k]) : Infinity;
    }
    if (edits !== 1) continue;
    const last = i + n - 1;
    if (words.adjacent(last, last + 1) && COMPOUNDS.has(`${lexemes[last].lower} ${lexemes[last + 1].lower}`)) continue;
    if (found) return undefined;
    found = name;
  }
  return found;
}
