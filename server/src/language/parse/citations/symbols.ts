/**
 * Document symbols as written: "38-CT/TU", "30/2020/NĐ-CP", "188/CTr/TU", "CT/Tr/BTGTU", "Số -CV/ĐUK". The scanner
 * reads each separator with its spaces, so that the form of the symbol can be judged later.
 */
import type { Span } from '../../text/source';
import type { SymbolParts, TextSpan } from './types';
import { isPartyIssuerCode, isPartyTypeCode, isStateIssuerCode, isStateTypeCode, normalizeIssuerCode } from '../../domain/documentTypes';
import { partitionPoint } from '../../text/sorted';
import { nextMatch } from '../../text/matches';
import { CODE_CHAR, CODE_START, DASHES, categoryOf, characterBefore, isDigitAt, isDigitChar, isLetter, skipSpaces } from './characters';

/** A piece of a symbol as written, with its offsets. */
export type Piece = TextSpan;

/** A symbol as the scanner read it, before the citation around it is known. */
export interface RawSymbol extends Span, SymbolParts {}

/** Reads a code at i ("CTr", "QĐi", "ThU", "BNN&PTNT", "QH15"); returns its end or -1. */
function readCode(text: string, i: number): number {
  if (!CODE_START.test(text[i] ?? '')) return -1;
  let j = i + 1;
  while (j < text.length && j - i < 12 && CODE_CHAR.test(text[j])) j++;
  const lettersEnd = j;
  while (j < text.length && j - lettersEnd < 2 && isDigitAt(text, j)) j++;
  // The code must end at a word boundary: "Tháng" is not the code "Th".
  if (isLetter(text[j]) || isDigitAt(text, j)) return -1;
  return j;
}

/** Reads spaces, one separator character out of `chars`, spaces. */
function readSeparator(text: string, i: number, chars: string): Piece | undefined {
  const a = skipSpaces(text, i);
  if (a >= text.length || !chars.includes(text[a])) return undefined;
  const b = skipSpaces(text, a + 1);
  return { start: i, end: b, text: text.slice(i, b) };
}

/** Reads "-CODE" groups after an issuer: joint issuers (BTCTU-BDVTU) or a State drafting unit (VPCP-CN). */
function readJointTail(text: string, i: number): number {
  let j = i;
  for (let n = 0; n < 4 && text[j] === '-'; n++) {
    const end = readCode(text, j + 1);
    if (end < 0) break;
    j = end;
  }
  return j;
}

/** Only a number that starts a token can start a symbol: not "10,6", "298.925/…", "COVID-19", "7/14". */
function canStartNumber(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text[i - 1];
  if (isLetter(prev) || isDigitChar(prev) || prev === '/' || prev === '&') return false;
  if ((prev === ',' || prev === '.' || DASHES.includes(prev)) && i >= 2) {
    const before = text[i - 2];
    if (isDigitChar(before) || isLetter(before)) return false;
  }
  return true;
}

function piece(text: string, start: number, end: number): Piece {
  return { start, end, text: text.slice(start, end) };
}

/**
 * The type code meant by a code split with a slash, or undefined: "CT/Tr" is CTr (the T typed twice), "Q/Đ" is QĐ.
 */
export function joinSplitCode(first: string, second: string): string | undefined {
  if (isPartyTypeCode(first + second)) return first + second;
  if (first.endsWith(second[0]) && isPartyTypeCode(first + second.slice(1))) return first + second.slice(1);
  return undefined;
}

/** Reads a symbol whose number starts at i. */
function scanNumberedSymbol(text: string, i: number): RawSymbol | undefined {
  let j = i;
  while (j < text.length && j - i < 5 && isDigitAt(text, j)) j++;
  if (isDigitAt(text, j)) return undefined;
  const number = piece(text, i, j);
  const numberSeparator = readSeparator(text, j, DASHES + '/');
  if (!numberSeparator) return undefined;
  const numberSeparatorChar = numberSeparator.text.trim();
  let k = numberSeparator.end;
  // State normative: number/year/… (30/2020/NĐ-CP, 103/2023/QH15).
  if (numberSeparatorChar === '/' && isDigitAt(text, k)) {
    let y = k;
    while (y < text.length && y - k < 4 && isDigitAt(text, y)) y++;
    if (y - k !== 4 || isDigitAt(text, y)) return undefined;
    const year = piece(text, k, y);
    const yearSeparator = readSeparator(text, y, '/');
    if (!yearSeparator) return undefined;
    return readNormativeCodes(text, i, number, numberSeparator, year, yearSeparator);
  }
  const typeEnd = readCode(text, k);
  if (typeEnd < 0) return undefined;
  const type = piece(text, k, typeEnd);
  const codeSeparator = readSeparator(text, typeEnd, numberSeparatorChar === '/' ? '/-' : '/');
  if (!codeSeparator) return undefined;
  const issuerEnd = readCode(text, codeSeparator.end);
  if (issuerEnd < 0) return undefined;
  const codeSeparatorChar = codeSeparator.text.trim();
  // "188-CT/Tr/TU": a split type code, the issuer comes after a second slash.
  if (codeSeparatorChar === '/' && text[issuerEnd] === '/' && joinSplitCode(type.text, text.slice(codeSeparator.end, issuerEnd))) {
    const finalEnd = readCode(text, issuerEnd + 1);
    if (finalEnd >= 0) {
      const issuerFinal = piece(text, issuerEnd + 1, readJointTail(text, finalEnd));
      const typeSplit = piece(text, codeSeparator.start, issuerEnd);
      return { start: i, end: issuerFinal.end, number, numberSeparator, type, typeSplit, issuer: issuerFinal, shape: 'split' };
    }
  }
  const shape = numberSeparatorChar === '/' ? (codeSeparatorChar === '/' ? 'slash' : 'state') : 'party';
  // State công văn has no type code: number/agency-unit (4021/VPCP-CN, 215/UBND-NC).
  if (shape === 'state' && codeSeparator.text === '-' && !isStateTypeCode(type.text) && !isPartyTypeCode(type.text) && isStateIssuerCode(type.text)) {
    const issuer = piece(text, k, readJointTail(text, issuerEnd));
    return { start: i, end: issuer.end, number, numberSeparator, issuer, shape };
  }
  const issuer = piece(text, codeSeparator.end, readJointTail(text, issuerEnd));
  if (!plausibleCodes(type.text, issuer.text, shape)) return undefined;
  return { start: i, end: issuer.end, number, numberSeparator, type, codeSeparator, issuer, shape };
}

/** After "number/year/": "NĐ-CP" or a bare issuer "QH15", "UBTVQH15". */
function readNormativeCodes(text: string, i: number, number: Piece, numberSeparator: Piece, year: Piece, yearSeparator: Piece): RawSymbol | undefined {
  const firstEnd = readCode(text, yearSeparator.end);
  if (firstEnd < 0) return undefined;
  const first = piece(text, yearSeparator.end, firstEnd);
  const base = { start: i, number, numberSeparator, year, yearSeparator, shape: 'state-normative' as const };
  if (text[firstEnd] === '-' && (isStateTypeCode(first.text) || isPartyTypeCode(first.text))) {
    const issuerEnd = readCode(text, firstEnd + 1);
    if (issuerEnd >= 0) {
      const issuer = piece(text, firstEnd + 1, readJointTail(text, issuerEnd));
      return { ...base, end: issuer.end, type: first, codeSeparator: piece(text, firstEnd, firstEnd + 1), issuer };
    }
  }
  const issuer = piece(text, yearSeparator.end, readJointTail(text, firstEnd));
  if (!isStateIssuerCode(issuer.text) && !isPartyIssuerCode(issuer.text)) return undefined;
  return { ...base, end: issuer.end, issuer };
}

/** A shape alone is weak evidence ("Phòng 2-A/B"): at least one code must be known. */
function plausibleCodes(type: string, issuer: string, shape: RawSymbol['shape']): boolean {
  const first = normalizeIssuerCode(issuer.split('-')[0]);
  if (isPartyTypeCode(type) || isStateTypeCode(type)) return true;
  if (isPartyIssuerCode(first) || isStateIssuerCode(first)) return true;
  // State công văn: number/agency-unit (4021/VPCP-CN).
  return shape === 'state' && isStateIssuerCode(type);
}

/**
 * "CT/Tr/BTGTU" with no number, as in a document header; not after a letter, number, "&", "/" or "-"
 * (splitMayStart). `(?!\p{L}|\p{N})` means (?![\p{L}\p{N}]) and compiles faster.
 */
const SPLIT_WITHOUT_NUMBER = /([A-ZĐ][A-Za-zĐđ]{0,4}) {0,2}\/ {0,2}([A-Za-zĐđ]{1,3}) {0,2}\/ {0,2}([A-ZĐ][A-Za-zĐđƯư&]{0,11})(?!\p{L}|\p{N})/gu;

/** The lookbehind (?<![\p{L}\p{N}&/-]) of SPLIT_WITHOUT_NUMBER. */
function splitMayStart(text: string, i: number): boolean {
  const before = characterBefore(text, i);
  const category = categoryOf(before);
  return category !== 'letter' && category !== 'number' && before !== '&' && before !== '/' && before !== '-';
}

/** "Số -CV/ĐUK", "số ……-KH/ĐUK": a blank left for the number; "số" not after a letter or mark. */
const BLANK_NUMBER = /(?:[Ss]ố|SỐ)[ .:_…]{0,15}[-–] {0,2}([A-ZĐ][A-Za-zĐđ]{0,5}) {0,2}\/ {0,2}([A-ZĐ][A-Za-zĐđƯư&]{0,11})(?!\p{L}|\p{N})/gu;

/**
 * A part of every match of SPLIT_WITHOUT_NUMBER, from the last letter of its first code: "T/Tr/". It begins at most
 * 4 characters after the match's start. Most paragraphs have none, and are not searched with the costlier pattern.
 */
const SPLIT_CORE = /[A-Za-zĐđ] {0,2}\/ {0,2}[A-Za-zĐđ]{1,3} {0,2}\//g;
const SPLIT_CORE_LEAD = 4;

/** A part of every match of BLANK_NUMBER, from the second letter of its "số" ("ố -CV/"), one in. */
const BLANK_CORE = /[ốỐ][ .:_…]{0,15}[-–] {0,2}[A-ZĐ][A-Za-zĐđ]{0,5} {0,2}\//g;
const BLANK_CORE_LEAD = 1;

/**
 * Every match of the global `pattern` in `text` that may start where it does (see nextMatch), searched from `lead`
 * characters before the first match of `core` (nothing when there is none).
 */
function eachMatch(pattern: RegExp, core: RegExp, lead: number, text: string, mayStart: (start: number) => boolean, visit: (m: RegExpExecArray) => void): void {
  core.lastIndex = 0;
  const first = core.exec(text);
  if (!first) return;
  pattern.lastIndex = Math.max(0, first.index - lead);
  for (let m; (m = nextMatch(pattern, text, (x) => mayStart(x.index))); ) visit(m);
}

function scanUnnumberedSymbols(text: string, taken: (i: number) => boolean): RawSymbol[] {
  const out: RawSymbol[] = [];
  if (!text.includes('/')) return out; // both forms have one
  scanSplitWithoutNumber(text, taken, out);
  scanBlankNumber(text, taken, out);
  return out;
}

function scanSplitWithoutNumber(text: string, taken: (i: number) => boolean, out: RawSymbol[]): void {
  eachMatch(SPLIT_WITHOUT_NUMBER, SPLIT_CORE, SPLIT_CORE_LEAD, text, (start) => splitMayStart(text, start), (m) => {
    const start = m.index;
    if (taken(start) || !joinSplitCode(m[1], m[2]) || isPartyIssuerCode(m[2])) return;
    const typeEnd = start + m[1].length;
    const splitEnd = text.indexOf(m[2], typeEnd) + m[2].length;
    const issuerStart = start + m[0].length - m[3].length;
    out.push({
      start,
      end: start + m[0].length,
      type: piece(text, start, typeEnd),
      typeSplit: piece(text, typeEnd, splitEnd),
      issuer: piece(text, issuerStart, start + m[0].length),
      shape: 'split',
    });
  });
}

function scanBlankNumber(text: string, taken: (i: number) => boolean, out: RawSymbol[]): void {
  eachMatch(BLANK_NUMBER, BLANK_CORE, BLANK_CORE_LEAD, text, (start) => !isLetter(characterBefore(text, start)), (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (!isPartyTypeCode(m[1]) || !isPartyIssuerCode(m[2])) return;
    const issuerStart = end - m[2].length;
    const typeStart = text.lastIndexOf(m[1], issuerStart);
    const dash = text.slice(start, typeStart).search(/[-–]/) + start;
    if (taken(dash)) return;
    const codeSeparator = piece(text, typeStart + m[1].length, issuerStart);
    out.push({ start: dash, end, numberSeparator: piece(text, dash, typeStart), type: piece(text, typeStart, typeStart + m[1].length), codeSeparator, issuer: piece(text, issuerStart, end), shape: 'party' });
  });
}

/** True when pos lies inside one of the sorted, disjoint spans (binary search keeps the callers linear). */
export function coveredBy(spans: readonly Span[], pos: number): boolean {
  const k = partitionPoint(spans.length, (i) => spans[i].end <= pos);
  return k < spans.length && spans[k].start <= pos;
}

/** Finds the next digit; a regex scan is much cheaper than a loop over every character. */
const NEXT_DIGIT = /[0-9]/g;

/** Every symbol in the paragraph, in order. */
export function scanSymbols(text: string): RawSymbol[] {
  const found: RawSymbol[] = [];
  let i = 0;
  for (;;) {
    NEXT_DIGIT.lastIndex = i;
    if (!NEXT_DIGIT.test(text)) break;
    i = NEXT_DIGIT.lastIndex - 1;
    if (canStartNumber(text, i)) {
      const symbol = scanNumberedSymbol(text, i);
      if (symbol) {
        found.push(symbol);
        i = symbol.end;
        continue;
      }
    }
    // No symbol starts inside a run of digits either (canStartNumber): skip the run.
    while (isDigitAt(text, i)) i++;
  }
  const inside = (pos: number): boolean => coveredBy(found, pos);
  const extra = scanUnnumberedSymbols(text, inside);
  return extra.length === 0 ? found : [...found, ...extra].sort((a, b) => a.start - b.start);
}
