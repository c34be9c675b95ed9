import { BulletinModel } from '../../parse/model';
import { COMBINING_MARK, isCombiningMark, quotable } from '../../text/marks';
import { linesMatching } from '../../analysis/lineScan';
import { memoByText } from '../../text/memo';
import { Check, Edit } from '../types';

/** A precomposed Vietnamese vowel: a file that has some and also decomposed ones mixes the two forms. */
const PRECOMPOSED = /[àáâãèéêìíòóôõùúýăĩũơưạ-ỹÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĨŨƠƯẠ-Ỹ]/;

/** Above this many words to change the fix changes whole lines, so that a long NFD file is not a million edits. */
const MAX_WORD_EDITS = 2000;

/**
 * Decomposed Unicode (NFD: "e" + ◌̂ + ◌́ for "ế"), as Mac and some Word exports write it, alone or mixed with the
 * composed form (NFC). It looks the same but search, sorting and copying between programs treat the two as different
 * text. One finding for the file, at its first decomposed word; the fix composes every such word and nothing else.
 */
export const unicodeNormalization: Check = {
  code: 'text.unicode-normalization',
  category: 'text',
  defaultSeverity: 'information',
  fixable: true,
  description: {
    vi: 'Văn bản viết ở dạng Unicode tổ hợp (NFD) hoặc lẫn hai dạng NFD và NFC; sửa nhanh chuyển cả tệp về dạng dựng sẵn (NFC).',
    en: 'Text written in decomposed Unicode (NFD), or mixing NFD and NFC; the quick fix converts the whole file to the composed form (NFC).',
  },
  run({ model, t, report }) {
    const text = model.source.text;
    const { edits, lines } = nfcEdits(model);
    if (edits.length === 0) return;
    const first = edits[0];
    let [start, end] = [first.start, first.end];
    while (start > 0 && text.charCodeAt(start - 1) > 0x20) start--;
    while (end < text.length && text.charCodeAt(end) > 0x20) end++;
    const word = quotable(text.slice(start, end).normalize('NFC').replace(/^[("“‘'[]+|[)"”’'\].,;:!?]+$/g, ''));
    const mixed = PRECOMPOSED.test(text);
    const params = { word, line: model.source.positionAt(first.start).line + 1, count: lines };
    report({
      span: { start: first.start, end: first.end },
      message: t(mixed ? 'text.unicode-normalization.mixed' : 'text.unicode-normalization.nfd', params),
      fix: {
        title: t('fix.unicode-normalization'),
        edits: edits.length > MAX_WORD_EDITS ? byLine(model, edits) : edits,
        // Not among the fixes "fix all" applies on its own (nor on save): converting a whole file written in NFD is a
        // choice the user makes; the other fixes keep the form of their line.
        preferred: false,
        asWritten: true,
      },
    });
  },
};

/**
 * The edits that bring the text to NFC: one per word holding a decomposed cluster (a letter and the marks after it),
 * from its first such cluster to its last. What lies between the edits is left as it is. Clusters whose marks do not
 * all compose are left to text.detached-mark.
 */
export function nfcEdits(model: BulletinModel): { edits: Edit[]; lines: number } {
  const edits: Edit[] = [];
  let lines = 0;
  for (const index of linesMatching(model, COMBINING_MARK)) {
    const line = model.lines[index];
    const words = decomposedWords(line.raw);
    if (words.length === 0) continue;
    for (const w of words) edits.push({ start: line.start + w.start, end: line.start + w.end, newText: w.newText });
    lines++;
  }
  return { edits, lines };
}

/**
 * The words of a line that NFC changes, each from its first to its last changed cluster, with their NFC text:
 * worked out once per distinct line text.
 */
const decomposedWords = memoByText((raw: string): Edit[] => {
  const out: Edit[] = [];
  if (raw.normalize('NFC') === raw) return out;
  let current: Edit | undefined;
  for (let i = 0; i < raw.length; ) {
    let end = i + 1;
    while (end < raw.length && isCombiningMark(raw.charCodeAt(end))) end++;
    const hasMark = end > i + 1 || isCombiningMark(raw.charCodeAt(i));
    if (hasMark) {
      const cluster = raw.slice(i, end);
      const nfc = cluster.normalize('NFC');
      // A mark NFC cannot put on its letter ("ế" + ◌́ again) is text.detached-mark's, with its own fix.
      if (nfc !== cluster && !COMBINING_MARK.test(nfc)) {
        if (current && !hasSpace(raw, current.end, i)) current.end = end;
        else {
          if (current) out.push(current);
          current = { start: i, end, newText: '' };
        }
      }
    }
    i = end;
  }
  if (current) out.push(current);
  for (const e of out) e.newText = raw.slice(e.start, e.end).normalize('NFC');
  return out;
});

/** The word edits of each line made into one, from the line's first to its last. */
function byLine(model: BulletinModel, edits: Edit[]): Edit[] {
  const text = model.source.text;
  const out: Edit[] = [];
  let lineEnd = -1;
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && e.start < lineEnd) last.end = e.end;
    else {
      const line = model.lines[model.source.positionAt(e.start).line];
      lineEnd = line.end;
      out.push({ start: e.start, end: e.end, newText: '' });
    }
  }
  for (const e of out) e.newText = text.slice(e.start, e.end).normalize('NFC');
  return out;
}

function hasSpace(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (raw.charCodeAt(i) <= 0x20) return true;
  return false;
}
