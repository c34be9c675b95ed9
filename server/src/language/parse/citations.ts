/**
 * Finds citations of Party and State documents in one normalised paragraph ("Chỉ thị số 38-CT/TU, ngày 28/11/2023
 * của Ban Thường vụ Tỉnh ủy về …") and records what is malformed in each, so that checks can judge them.
 *
 * The reader is a hand-written scanner around small sticky regular expressions with bounded quantifiers: every
 * attempt at a position reads at most a few dozen characters, so the whole paragraph is read in linear time and
 * nothing can backtrack catastrophically. Offsets are indexes into the string given.
 */
import { codePointBefore, codePointSize, isDigit as isDigitCode, isLetterAt, letterOrMarkLength, wordEnd } from '../text/chars';
import { romanSum } from '../text/roman';
import type { Span } from '../text/source';
import {
  ABBREVIATED_TYPE_WORDS,
  DocumentSystem,
  TYPE_WORDS,
  bodyIssuerCodes,
  isPartyIssuerCode,
  isPartyTypeCode,
  isStateIssuerCode,
  isStateTypeCode,
  normalizeIssuerCode,
} from '../domain/documentTypes';
import { lowerBound, partitionPoint } from '../text/sorted';
import { nextMatch, stickyAt } from '../text/matches';

export type { Span };

export type CitationKind = 'full' | 'short' | 'bare-symbol';
export type CitationSystem = DocumentSystem | 'unknown';

export interface TextSpan extends Span {
  text: string;
}

/** Replace [start, end) by newText. Fixes of one citation never overlap. */
export interface TextFix extends Span {
  newText: string;
}

export type FormProblemKind =
  /** "số Số: 1099", "Kế hoạch số Số 234": the word "số" written twice. */
  | 'doubled-so'
  /** "1099  - CV/ĐUK", "264- KH/BCĐ": spaces around a separator inside the symbol. */
  | 'spaces-in-symbol'
  /** "69 – HD/BTGTW": an en or em dash where the symbol needs a hyphen. */
  | 'dash-in-symbol'
  /** "188/CTr/TU": slashes on both sides of the type code. */
  | 'slash-form'
  /** "05/CT-TU": a Party document (by its codes) written in the State form number/type-issuer. */
  | 'party-in-state-form'
  /** "24-CT/TTg": a State document (by its codes) written in the Party form number-type/issuer. */
  | 'state-in-party-form'
  /** "CT/Tr/BTGTU": the type code CTr split by a slash. */
  | 'split-type-code'
  /** "CT/Tr/BTGTU", "Số -CV/ĐUK": no document number. */
  | 'missing-number'
  /** "49-KL/TƯ": TƯ for TW. */
  | 'issuer-spelling'
  /** "NQ 24-NQ/TW": the type code used as the type word. */
  | 'abbreviated-type-word';

export interface FormProblem extends Span {
  kind: FormProblemKind;
  /** Present only when the intended form is certain. */
  fix?: TextFix;
}

export interface CitationDate extends TextSpan {
  day: number;
  month: number;
  year: number;
}

export interface CitationTerm extends Span {
  /** As written: "XII", or digits when the editor wrote them. */
  roman: string;
  value: number;
}

export interface CitationMatch extends Span {
  kind: CitationKind;
  /** "Nghị quyết", "công văn", "NQ". In a list ("42-NQ/TW, 43-NQ/TW") later members share the first one's. */
  typeWord?: TextSpan & { shared?: boolean };
  /** The symbol as written ("1099  - CV/ĐUK"); absent for a short mention ("Nghị quyết số 18"). */
  symbol?: Span & { raw: string };
  number?: TextSpan & { value: number };
  /** Type code; `normalized` joins a split code ("CT/Tr" → "CTr"). */
  typeCode?: TextSpan & { normalized: string };
  /** Issuer code(s) after the type code; `normalized` has no spaces and TƯ → TW. */
  issuerCode?: TextSpan & { normalized: string };
  /** Issuer codes of a joint document, each normalised: "BTCTU-BDVTU" → ["BTCTU", "BDVTU"]. */
  issuerParts?: string[];
  /** Year inside a State normative number: 30/2020/NĐ-CP. */
  year?: Span & { value: number };
  /** The system the written form says: hyphen then slash is Party, slash then hyphen is State. */
  system: CitationSystem;
  /** The system the codes say (TU is Party, TTg is State); differs from `system` for a mis-formed symbol. */
  intendedSystem: CitationSystem;
  form: FormProblem[];
  /** Date after "ngày" (the span excludes the word "ngày"). */
  date?: CitationDate;
  /** Issuing body after "của", kept tight: "Ban Thường vụ Tỉnh ủy". */
  body?: TextSpan;
  /** "khóa XII" after the body. The body tells whose term it is (Quốc hội, Đảng bộ tỉnh, Trung ương). */
  term?: CitationTerm;
  /** "về …" to the sentence end or the closing quote. May contain other citations. */
  subject?: Span;
  /** Date, body, term or subject were written once after the last member of a list and copied to this one. */
  tailShared?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Character tests

const CODE_START = /[A-ZĐ]/;
const CODE_CHAR = /[A-Za-zĐđƯư&]/;
const DASHES = '-–—';

// Numbers of any script; letters and marks are told by text/chars (Every `\p{…}` class costs milliseconds to
// compile, so the word-boundary tests of the readers share these instead of each pattern carrying its lookarounds.)
const NUMBER_CATEGORY = /^\p{N}/u;

type Category = 'letter' | 'mark' | 'number' | undefined;

/** The Unicode category of one character, or of the code point a surrogate pair spells. ASCII needs no regex. */
function categoryOf(ch: string | undefined): Category {
  if (ch === undefined) return undefined;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 'letter' : c >= 0x30 && c <= 0x39 ? 'number' : undefined;
  if (isLetterAt(ch, 0)) return 'letter';
  if (letterOrMarkLength(ch, 0) > 0) return 'mark';
  return NUMBER_CATEGORY.test(ch) ? 'number' : undefined;
}

/** The character (code point: a surrogate pair is one) that ends at i, as a lookbehind reads it; undefined at 0. */
function characterBefore(text: string, i: number): string | undefined {
  return i <= 0 || i > text.length ? undefined : text.slice(codePointBefore(text, i), i);
}

/** The character (code point) that starts at i, as a lookahead reads it; undefined at the end. */
function characterAt(text: string, i: number): string | undefined {
  return i < 0 || i >= text.length ? undefined : text.slice(i, i + codePointSize(text, i));
}

/** A letter or combining mark (\p{L}, \p{M}). */
function isLetter(ch: string | undefined): ch is string {
  const category = categoryOf(ch);
  return category === 'letter' || category === 'mark';
}

/** An ASCII digit (a lookahead's character). */
function isDigitChar(ch: string | undefined): boolean {
  return ch !== undefined && isDigitCode(ch.charCodeAt(0));
}

/** isDigit(text[i]) without making the one-character string. */
function isDigitAt(text: string, i: number): boolean {
  return isDigitCode(text.charCodeAt(i)); // NaN outside the text: false
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Index after at most `max` spaces from i. */
function skipSpaces(text: string, i: number, max = 3): number {
  let j = i;
  while (j < text.length && j - i < max && text[j] === ' ') j++;
  return j;
}

/** Index of the first of at most `max` spaces ending at i. */
function skipSpacesBack(text: string, i: number, max = 3): number {
  let j = i;
  while (j > 0 && i - j < max && text[j - 1] === ' ') j--;
  return j;
}

// ---------------------------------------------------------------------------------------------------------------
// Symbols

interface Piece extends Span {
  text: string;
}

/** A symbol as the scanner read it, before the citation around it is known. */
interface RawSymbol extends Span {
  number?: Piece;
  /** Separator between number and type code (or year), with its spaces. */
  sep1?: Piece;
  year?: Piece;
  /** Separator between year and code. */
  sepYear?: Piece;
  type?: Piece;
  /** Second half of a split type code ("Tr" of "CT/Tr") and the slash before it. */
  typeSplit?: Piece;
  sep2?: Piece;
  issuer?: Piece;
  shape: 'party' | 'state' | 'slash' | 'state-normative' | 'split';
}

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
function joinSplitCode(first: string, second: string): string | undefined {
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
  const sep1 = readSeparator(text, j, DASHES + '/');
  if (!sep1) return undefined;
  const sep1Char = sep1.text.trim();
  let k = sep1.end;
  // State normative: number/year/… (30/2020/NĐ-CP, 103/2023/QH15).
  if (sep1Char === '/' && isDigitAt(text, k)) {
    let y = k;
    while (y < text.length && y - k < 4 && isDigitAt(text, y)) y++;
    if (y - k !== 4 || isDigitAt(text, y)) return undefined;
    const year = piece(text, k, y);
    const sepYear = readSeparator(text, y, '/');
    if (!sepYear) return undefined;
    return readNormativeCodes(text, i, number, sep1, year, sepYear);
  }
  const typeEnd = readCode(text, k);
  if (typeEnd < 0) return undefined;
  const type = piece(text, k, typeEnd);
  const sep2 = readSeparator(text, typeEnd, sep1Char === '/' ? '/-' : '/');
  if (!sep2) return undefined;
  const issuerEnd = readCode(text, sep2.end);
  if (issuerEnd < 0) return undefined;
  const sep2Char = sep2.text.trim();
  // "188-CT/Tr/TU": a split type code, the issuer comes after a second slash.
  if (sep2Char === '/' && text[issuerEnd] === '/' && joinSplitCode(type.text, text.slice(sep2.end, issuerEnd))) {
    const finalEnd = readCode(text, issuerEnd + 1);
    if (finalEnd >= 0) {
      const issuerFinal = piece(text, issuerEnd + 1, readJointTail(text, finalEnd));
      const typeSplit = piece(text, sep2.start, issuerEnd);
      return { start: i, end: issuerFinal.end, number, sep1, type, typeSplit, issuer: issuerFinal, shape: 'split' };
    }
  }
  const shape = sep1Char === '/' ? (sep2Char === '/' ? 'slash' : 'state') : 'party';
  // State công văn has no type code: number/agency-unit (4021/VPCP-CN, 215/UBND-NC).
  if (shape === 'state' && sep2.text === '-' && !isStateTypeCode(type.text) && !isPartyTypeCode(type.text) && isStateIssuerCode(type.text)) {
    const issuer = piece(text, k, readJointTail(text, issuerEnd));
    return { start: i, end: issuer.end, number, sep1, issuer, shape };
  }
  const issuer = piece(text, sep2.end, readJointTail(text, issuerEnd));
  if (!plausibleCodes(type.text, issuer.text, shape)) return undefined;
  return { start: i, end: issuer.end, number, sep1, type, sep2, issuer, shape };
}

/** After "number/year/": "NĐ-CP" or a bare issuer "QH15", "UBTVQH15". */
function readNormativeCodes(text: string, i: number, number: Piece, sep1: Piece, year: Piece, sepYear: Piece): RawSymbol | undefined {
  const firstEnd = readCode(text, sepYear.end);
  if (firstEnd < 0) return undefined;
  const first = piece(text, sepYear.end, firstEnd);
  const base = { start: i, number, sep1, year, sepYear, shape: 'state-normative' as const };
  if (text[firstEnd] === '-' && (isStateTypeCode(first.text) || isPartyTypeCode(first.text))) {
    const issuerEnd = readCode(text, firstEnd + 1);
    if (issuerEnd >= 0) {
      const issuer = piece(text, firstEnd + 1, readJointTail(text, issuerEnd));
      return { ...base, end: issuer.end, type: first, sep2: piece(text, firstEnd, firstEnd + 1), issuer };
    }
  }
  const issuer = piece(text, sepYear.end, readJointTail(text, firstEnd));
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
    const sep2 = piece(text, typeStart + m[1].length, issuerStart);
    out.push({ start: dash, end, sep1: piece(text, dash, typeStart), type: piece(text, typeStart, typeStart + m[1].length), sep2, issuer: piece(text, issuerStart, end), shape: 'party' });
  });
}

/** True when pos lies inside one of the sorted, disjoint spans (binary search keeps the callers linear). */
function coveredBy(spans: readonly Span[], pos: number): boolean {
  const k = partitionPoint(spans.length, (i) => spans[i].end <= pos);
  return k < spans.length && spans[k].start <= pos;
}

/** Finds the next digit; a regex scan is much cheaper than a loop over every character. */
const NEXT_DIGIT = /[0-9]/g;

/** Every symbol in the paragraph, in order. */
function scanSymbols(text: string): RawSymbol[] {
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

// ---------------------------------------------------------------------------------------------------------------
// Type words

interface TypeWordHit extends TextSpan {
  abbreviated: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every type word, in any case, not followed by a letter or mark. That no letter, mark or number comes before it is
 * checked by startsWord on each match: as a lookbehind at the head of the pattern it would be evaluated at every
 * position. (The lookahead stays: when it fails, a shorter type word is tried, "Chương trình" for "Chương trình
 * hành độngx".) `\p{L}|\p{M}` means [\p{L}\p{M}] and compiles faster.
 */
const TYPE_WORD_PATTERN = new RegExp(
  `(?:${TYPE_WORDS.map((w) => escapeRegExp(w).replace(/ /g, ' {1,3}')).join('|')})(?!\\p{L}|\\p{M})`,
  'giu',
);

/** No letter, mark or number before i: the lookbehind (?<![\p{L}\p{M}\p{N}]). */
function startsWord(text: string, i: number): boolean {
  return categoryOf(characterBefore(text, i)) === undefined;
}

/** Type codes written as the type word ("NQ 24-NQ/TW"), read only where a symbol's lead needs one. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(ABBREVIATED_TYPE_WORDS);
const ABBREVIATION_LENGTHS = ABBREVIATED_TYPE_WORDS.map((w) => w.length);
const ABBREVIATION_MIN = Math.min(...ABBREVIATION_LENGTHS);
const ABBREVIATION_MAX = Math.max(...ABBREVIATION_LENGTHS);

/** Neither a letter, mark or number nor "/" or "-" (a code goes on): what stands on both sides of an abbreviation. */
function abbreviationBoundary(ch: string | undefined): boolean {
  return ch !== '/' && ch !== '-' && categoryOf(ch) === undefined;
}

/**
 * The abbreviated type word that ends at `end`, if any. Two cannot overlap (one would start after a letter of the
 * other), so this is the one a left-to-right search of the paragraph would find; and one that is the start of
 * another ("QĐ" of "QĐi") is followed by a letter, so the boundary after it decides between them.
 */
function abbreviationEndingAt(text: string, end: number): TypeWordHit | undefined {
  if (!abbreviationBoundary(characterAt(text, end))) return undefined;
  for (let start = Math.max(0, end - ABBREVIATION_MAX); start <= end - ABBREVIATION_MIN; start++) {
    const word = text.slice(start, end);
    if (ABBREVIATIONS.has(word) && abbreviationBoundary(characterBefore(text, start))) return { start, end, text: word, abbreviated: true };
  }
  return undefined;
}

interface TypeWords {
  /** Type words as a left-to-right reading finds them (never overlapping), by end. */
  byEnd: Map<number, TypeWordHit>;
  /** Ascending starts of every type word, also of one inside another ("quyết định" in "Nghị quyết định"). */
  starts: number[];
}

function findTypeWords(text: string): TypeWords {
  const byEnd = new Map<number, TypeWordHit>();
  const starts: number[] = [];
  let readTo = 0;
  const re = TYPE_WORD_PATTERN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    // Go on from the next character, not from the end, to find every start.
    re.lastIndex = start + 1;
    if (!startsWord(text, start)) continue;
    starts.push(start);
    if (start < readTo) continue;
    readTo = start + m[0].length;
    byEnd.set(readTo, { start, end: readTo, text: m[0], abbreviated: false });
  }
  return { byEnd, starts };
}

/** Whether a (full) type word starts at i. */
function typeWordAt(typeWords: TypeWords, i: number): boolean {
  const list = typeWords.starts;
  const k = lowerBound(list, i);
  return k < list.length && list[k] === i;
}

/** A "số" word (any case) ending at i, with an optional colon and spaces after it: start of the word, or -1. */
function soEndingAt(text: string, i: number): number {
  let j = skipSpacesBack(text, i);
  if (text[j - 1] === ':') j = skipSpacesBack(text, j - 1);
  if (j < 2) return -1;
  const word = text.slice(j - 2, j);
  if (word.toLowerCase() !== 'số' && word !== 'SỐ') return -1;
  if (isLetter(text[j - 3])) return -1;
  return j - 2;
}

interface Lead {
  /** Where the citation starts: the type word, or "số", or the symbol. */
  start: number;
  typeWord?: TypeWordHit;
  doubledSo?: FormProblem;
}

/** Looks left of a symbol for "số" (perhaps doubled, "số Số:") and a type word before it. */
function readLead(text: string, symbolStart: number, typeWords: TypeWords): Lead {
  const so2 = soEndingAt(text, symbolStart);
  const so1 = so2 >= 0 ? soEndingAt(text, so2) : -1;
  const firstSo = so1 >= 0 ? so1 : so2;
  let doubledSo: FormProblem | undefined;
  if (so1 >= 0) {
    const newText = text.slice(so1, so1 + 2) + ' ';
    doubledSo = { kind: 'doubled-so', start: so1, end: symbolStart, fix: { start: so1, end: symbolStart, newText } };
  }
  const before = skipSpacesBack(text, firstSo >= 0 ? firstSo : symbolStart);
  const typeWord = typeWords.byEnd.get(before) ?? abbreviationEndingAt(text, before);
  // An abbreviation needs "số" or the symbol right after it; a full word may stand before either.
  if (typeWord) return { start: typeWord.start, typeWord, doubledSo };
  return { start: firstSo >= 0 ? firstSo : symbolStart, doubledSo };
}

// ---------------------------------------------------------------------------------------------------------------
// Classifying a symbol

function systemByCodes(type: string | undefined, issuerFirst: string | undefined, form: CitationSystem): CitationSystem {
  if (issuerFirst) {
    const party = isPartyIssuerCode(issuerFirst);
    const state = isStateIssuerCode(issuerFirst);
    if (party && !state) return 'party';
    if (state && !party) return 'state';
  }
  if (type) {
    const party = isPartyTypeCode(type);
    const state = isStateTypeCode(type);
    if (party && !state) return 'party';
    if (state && !party) return 'state';
  }
  return form;
}

function canonicalSymbol(number: string, type: string, issuer: string, system: DocumentSystem): string {
  return system === 'party' ? `${number}-${type}/${issuer}` : `${number}/${type}-${issuer}`;
}

/** Separator problems: spaces around a separator, a dash for a hyphen. `fixable` is false under a whole rewrite. */
function separatorProblems(sep: Piece | undefined, canonical: string, fixable: boolean): FormProblem[] {
  if (!sep) return [];
  const out: FormProblem[] = [];
  const core = sep.text.trim();
  const spaced = sep.text.length !== core.length;
  if (spaced) {
    out.push({ kind: 'spaces-in-symbol', start: sep.start, end: sep.end, ...(fixable ? { fix: { start: sep.start, end: sep.end, newText: canonical } } : {}) });
  }
  if (core === '–' || core === '—') {
    const at = sep.start + sep.text.indexOf(core);
    const fix = fixable && !spaced ? { fix: { start: at, end: at + 1, newText: '-' } } : {};
    out.push({ kind: 'dash-in-symbol', start: at, end: at + 1, ...fix });
  }
  return out;
}

interface SymbolFacts {
  match: Omit<CitationMatch, 'kind' | 'start' | 'end' | 'form'>;
  form: FormProblem[];
}

function describeSymbol(text: string, s: RawSymbol): SymbolFacts {
  const form: FormProblem[] = [];
  const formSystem: CitationSystem = s.shape === 'party' || s.shape === 'split' ? 'party' : s.shape === 'slash' ? 'unknown' : 'state';
  const issuerNormalized = s.issuer ? normalizeIssuerCode(s.issuer.text) : undefined;
  const issuerParts = issuerNormalized?.split('-');
  const typeNormalized = s.type && s.typeSplit ? joinSplitCode(s.type.text, s.typeSplit.text.replace(/[ /]/g, '')) : s.type?.text;
  const intended = systemByCodes(typeNormalized, issuerParts?.[0], formSystem);

  // A symbol written in the other system's form is rewritten whole; finer fixes would overlap that rewrite.
  let rewrite: FormProblemKind | undefined;
  if (s.shape === 'slash') rewrite = 'slash-form';
  else if (s.shape === 'party' && intended === 'state') rewrite = 'state-in-party-form';
  else if (s.shape === 'state' && intended === 'party') rewrite = 'party-in-state-form';
  if (rewrite) {
    const problem: FormProblem = { kind: rewrite, start: s.start, end: s.end };
    if (intended !== 'unknown' && s.number && typeNormalized && issuerNormalized) {
      problem.fix = { start: s.start, end: s.end, newText: canonicalSymbol(s.number.text, typeNormalized, issuerNormalized, intended) };
    }
    form.push(problem);
  }
  const fixable = rewrite === undefined;
  const partyForm = s.shape === 'party' || s.shape === 'split';
  form.push(...separatorProblems(s.sep1, partyForm ? '-' : '/', fixable));
  form.push(...separatorProblems(s.sepYear, '/', fixable));
  form.push(...separatorProblems(s.sep2, partyForm || s.shape === 'slash' ? '/' : '-', fixable && s.shape !== 'slash'));
  if (s.typeSplit && s.type && typeNormalized) {
    form.push({ kind: 'split-type-code', start: s.type.start, end: s.typeSplit.end, fix: { start: s.type.start, end: s.typeSplit.end, newText: typeNormalized } });
  }
  if (!s.number) form.push({ kind: 'missing-number', start: s.start, end: s.end });
  if (s.issuer && issuerNormalized !== undefined && /TƯ|Tư(?=$|-)/.test(s.issuer.text)) {
    form.push({ kind: 'issuer-spelling', start: s.issuer.start, end: s.issuer.end, ...(fixable ? { fix: { start: s.issuer.start, end: s.issuer.end, newText: issuerNormalized } } : {}) });
  }

  const match: SymbolFacts['match'] = {
    symbol: { start: s.start, end: s.end, raw: text.slice(s.start, s.end) },
    system: formSystem,
    intendedSystem: intended,
  };
  if (s.number) match.number = { start: s.number.start, end: s.number.end, text: s.number.text, value: Number(s.number.text) };
  if (s.type && typeNormalized) {
    const end = s.typeSplit ? s.typeSplit.end : s.type.end;
    match.typeCode = { start: s.type.start, end, text: text.slice(s.type.start, end), normalized: typeNormalized };
  }
  if (s.issuer && issuerNormalized !== undefined && issuerParts) {
    match.issuerCode = { start: s.issuer.start, end: s.issuer.end, text: s.issuer.text, normalized: issuerNormalized };
    match.issuerParts = issuerParts;
  }
  if (s.year) match.year = { start: s.year.start, end: s.year.end, value: Number(s.year.text) };
  return { match, form };
}

// ---------------------------------------------------------------------------------------------------------------
// What follows a citation: date, body, term, subject

const DATE_NUMERIC = /ngày {1,3}(\d{1,2}) {0,2}[/.-] {0,2}(\d{1,2}) {0,2}[/.-] {0,2}(\d{4})(?!\d)/uy;
const DATE_WORDS = /ngày {1,3}(\d{1,2}) {1,3}tháng {1,3}(\d{1,2}) {1,3}năm {1,3}(\d{4})(?!\d)/uy;
const BODY_INTRO = /của {1,3}/uy;
/** "khóa XII", "(khóa XII)"; readTerm checks that the numeral ends its word. */
const TERM = / {0,2}(\( {0,2})?([Kk]h(?:óa|oá)) {1,2}([IVXLC]{1,7}|\d{1,2})( {0,2}\))?/uy;
/**
 * "về", perhaps after an opening quote; readSubject checks that it ends its word. (The pattern can match in one way
 * only, so checking after the match is the same as a lookahead at its end.)
 */
const SUBJECT_INTRO = /([“"«] {0,1})?[Vv]ề/uy;


function readDate(text: string, i: number): CitationDate | undefined {
  const m = stickyAt(DATE_NUMERIC, text, i) ?? stickyAt(DATE_WORDS, text, i);
  if (!m) return undefined;
  const start = i + m[0].indexOf(m[1], 4);
  const end = i + m[0].length;
  return { start, end, text: text.slice(start, end), day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
}

/** Lower-case words that occur inside names of issuing bodies ("Ban Chấp hành Trung ương", "Ủy ban nhân dân tỉnh"). */
const BODY_WORDS = new Set(
  (
    'ban chấp hành trung ương đảng bộ chính trị bí thư thường vụ tỉnh thành ủy uỷ huyện quận thị xã phường khối cơ ' +
    'quan doanh nghiệp nhân dân hội đồng quốc phủ tướng tuyên giáo vận tổ chức kiểm tra văn phòng chỉ đạo cán sự ' +
    'đoàn mặt trận liên ngân hàng nhà nước tòa toà án viện sát tối cao phố sở kinh tế nội đối ngoại thẩm phán chủ ' +
    'tịch toán các chi ' +
    // words of ministry names: Bộ Giáo dục và Đào tạo, Bộ Nông nghiệp và Phát triển nông thôn, Bộ Văn hóa, …
    'dục tạo hoạch nghiệp triển thôn nguyên trường dựng thông tải động binh hóa hoá thao lịch học nghệ pháp giao đầu tư ninh'
  ).split(' '),
);

/** Reads the body after "của": capitalised words and body words, "và" only between two names. */
function readBody(text: string, i: number, typeWords: TypeWords): TextSpan | undefined {
  const intro = stickyAt(BODY_INTRO, text, i);
  if (!intro) return undefined;
  const start = i + intro[0].length;
  let end = start;
  let p = start;
  for (let n = 0; n < 16; n++) {
    const wordAt = wordEnd(text, p);
    if (wordAt === p) break;
    const word = text.slice(p, wordAt);
    const lower = word.toLowerCase();
    const capital = isUpper(word[0]);
    if (lower === 'khóa' || lower === 'khoá' || lower === 'về' || lower === 'ngày') break;
    if (lower === 'và') {
      const next = skipSpaces(text, p + word.length, 2);
      if (!isUpper(text[next]) || typeWordAt(typeWords, next)) break;
    } else if (!capital && !BODY_WORDS.has(lower)) {
      break;
    } else if (capital && n > 0 && typeWordAt(typeWords, p) && !/^Bộ$/.test(text.slice(p - 3, p - 1))) {
      // "Bộ Kế hoạch và Đầu tư" is a ministry; elsewhere a type word starts the next citation.
      break;
    }
    if (lower !== 'và' && lower !== 'các') end = p + word.length;
    const next = skipSpaces(text, p + word.length, 2);
    if (next === p + word.length) break;
    p = next;
  }
  if (end === start) return undefined;
  const body = { start, end, text: text.slice(start, end) };
  // A lower-case start is a body only when it names one ("của tỉnh ủy"), not "của các cấp ủy".
  if (!isUpper(body.text[0]) && !bodyIssuerCodes(body.text)) return undefined;
  return body;
}

/** A term's numeral: Roman, or digits as some bulletins write it. */
function romanValue(roman: string): number {
  return /^\d+$/.test(roman) ? Number(roman) : romanSum(roman);
}

/** "khóa XII" or "(khóa XII)" at i: the term, and where reading goes on (after the parenthesis, if any). */
function readTerm(text: string, i: number): { term: CitationTerm; end: number } | undefined {
  const m = stickyAt(TERM, text, i);
  if (!m) return undefined;
  const start = i + m[0].indexOf(m[2]); // only spaces and "(" precede the word
  const romanEnd = i + m[0].length - (m[4]?.length ?? 0);
  // "khóa XIIa" is no term. A shorter numeral would not help: it is followed by a numeral's letter or digit.
  const after = categoryOf(characterAt(text, romanEnd));
  if (after === 'letter' || after === 'number') return undefined;
  // "(khóa XII" without its closing parenthesis is still a term, but then reading stops after the numeral.
  const end = m[1] && m[4] ? i + m[0].length : romanEnd;
  return { term: { start, end: romanEnd, roman: m[3], value: romanValue(m[3]) }, end };
}

/** ; ! ? ) or a full stop before a space, a quote, a parenthesis or the end. */
const STOP = /[;!?)]|\.(?![^ "”’»)])/g;

/** Lazily built sorted list of sentence stops, so that each subject finds its end by binary search. */
class Stops {
  private positions: number[] | undefined;
  constructor(private readonly text: string) {}

  /** First stop at or after i: ; ! ? ) or a full stop before a space, a quote or the end. */
  next(i: number): number {
    const list = this.list();
    const k = lowerBound(list, i);
    return k < list.length ? list[k] : this.text.length;
  }

  private list(): number[] {
    if (this.positions) return this.positions;
    const out: number[] = [];
    STOP.lastIndex = 0;
    for (let m = STOP.exec(this.text); m; m = STOP.exec(this.text)) out.push(m.index);
    this.positions = out;
    return out;
  }
}

/** Longest a subject is read; a subject has no business being longer, and the cap keeps the scan linear. */
const SUBJECT_CAP = 1000;

const CLOSING_QUOTES = '”"»';

function readSubject(text: string, i: number, stops: Stops): Span | undefined {
  const m = stickyAt(SUBJECT_INTRO, text, i);
  if (!m || isLetter(characterAt(text, i + m[0].length))) return undefined; // "về" is the whole word
  const start = i;
  let quoteFrom = -1;
  if (m[1]) quoteFrom = i + m[1].length;
  else {
    const after = skipSpaces(text, i + m[0].length, 2);
    if ('“"«'.includes(text[after] ?? 'x') && after > i + m[0].length) quoteFrom = after + 1;
  }
  if (quoteFrom >= 0) {
    const limit = Math.min(text.length, quoteFrom + SUBJECT_CAP);
    for (let k = quoteFrom; k < limit; k++) if (CLOSING_QUOTES.includes(text[k])) return { start, end: k + 1 };
  }
  // Unquoted: to the sentence end, or to a closing quote that closes a quote opened before the subject.
  const stop = Math.min(stops.next(i + m[0].length), i + SUBJECT_CAP);
  let depth = 0;
  let end = stop;
  for (let k = i + m[0].length; k < stop; k++) {
    const c = text[k];
    if (c === '“') depth++;
    else if (c === '”' || c === '»') {
      if (depth === 0) {
        end = k;
        break;
      }
      depth--;
    }
  }
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === ',')) end--;
  return end > i + m[0].length ? { start, end } : undefined;
}

interface Tail {
  date?: CitationDate;
  body?: TextSpan;
  term?: CitationTerm;
  subject?: Span;
  end: number;
}

/** Reads ", ngày …", "của … khóa …", "về …" after a citation, in any order, each at most once. */
function readTail(text: string, from: number, stops: Stops, typeWords: TypeWords): Tail {
  const tail: Tail = { end: from };
  let p = from;
  for (let round = 0; round < 5; round++) {
    let q = p;
    for (let n = 0; n < 4 && (text[q] === ' ' || text[q] === ','); n++) q++;
    if (!tail.date) {
      const date = readDate(text, q);
      if (date) {
        tail.date = date;
        p = tail.end = date.end;
        continue;
      }
    }
    if (!tail.body) {
      const body = readBody(text, q, typeWords);
      if (body) {
        tail.body = body;
        p = tail.end = body.end;
        const term = readTerm(text, p);
        if (term) {
          tail.term = term.term;
          p = tail.end = term.end;
        }
        continue;
      }
    }
    if (!tail.subject) {
      const subject = readSubject(text, q, stops);
      if (subject) {
        tail.subject = subject;
        tail.end = subject.end;
      }
    }
    break;
  }
  return tail;
}

// ---------------------------------------------------------------------------------------------------------------
// Short mentions: "Nghị quyết số 18", "Chỉ thị 05"

/** First words after a number that make it a quantity, not a document number: "Kế hoạch 5 năm", "3 nội dung". */
const QUANTITY_WORDS = new Set(
  'năm tháng ngày tuần giờ phút lần người điểm triệu tỷ nghìn ngàn nội nhiệm mục giải điều khoản trang phần bước đợt kỳ cấp'.split(' '),
);

/** Two-word quantities whose first word is also common after a document ("Chỉ thị 05 chỉ đạo" is fine); whole words. */
const QUANTITY_PHRASE = /chỉ {1,2}tiêu/iuy;

const SHORT_NUMBER = / {1,3}(?:([Ss]ố|SỐ) {1,3}(?:: {0,2})?)?(\d{1,4})/uy;

function readShort(text: string, hit: TypeWordHit, symbolAt: (i: number) => boolean): { number: TextSpan & { value: number } } | undefined {
  const m = stickyAt(SHORT_NUMBER, text, hit.end);
  if (!m) return undefined;
  const numEnd = hit.end + m[0].length;
  const numStart = numEnd - m[2].length;
  if (symbolAt(numStart)) return undefined;
  const next = text[numEnd];
  if (isDigitChar(next) || isLetter(next) || next === '/' || (next !== undefined && DASHES.includes(next))) return undefined;
  if ((next === '.' || next === ',') && isDigitAt(text, numEnd + 1)) return undefined;
  const after = skipSpaces(text, numEnd, 3);
  if (after > numEnd && (DASHES + '/').includes(text[after] ?? 'x')) return undefined; // "Kế hoạch 2021 - 2025"
  const value = Number(m[2]);
  if (m[2].length === 4 && value >= 1900 && value <= 2100) return undefined;
  // Without "số", only a capitalised type word is a document: "kế hoạch 3 bước" is not.
  if (!m[1] && !isUpper(hit.text[0])) return undefined;
  const wordAt = wordEnd(text, after);
  if (wordAt > after && QUANTITY_WORDS.has(text.slice(after, wordAt).toLowerCase())) return undefined;
  const phrase = stickyAt(QUANTITY_PHRASE, text, after);
  if (phrase && !isLetter(characterAt(text, after + phrase[0].length))) return undefined;
  return { number: { start: numStart, end: numEnd, text: m[2], value } };
}

// ---------------------------------------------------------------------------------------------------------------
// Lists: "Nghị quyết số 42-NQ/TW, 43-NQ/TW và 45-NQ/TW"

/** Start of the list joiner ", " / " và " / ", và " that ends at i, or -1. */
function listJoinerBefore(text: string, i: number): number {
  let j = skipSpacesBack(text, i);
  if (text.slice(j - 2, j) === 'và' && !isLetter(text[j - 3])) j = skipSpacesBack(text, j - 2);
  else if (text[j - 1] !== ',') return -1;
  if (text[j - 1] === ',') j--;
  return j < i ? j : -1;
}

function shareTail(target: CitationMatch, source: CitationMatch): void {
  let shared = false;
  if (!target.date && source.date) (target.date = source.date), (shared = true);
  if (!target.body && source.body) (target.body = source.body), (shared = true);
  if (!target.term && source.term) (target.term = source.term), (shared = true);
  if (!target.subject && source.subject) (target.subject = source.subject), (shared = true);
  if (shared) target.tailShared = true;
}

// ---------------------------------------------------------------------------------------------------------------
// Entry point

/** Every citation in one normalised paragraph, in order of their start. Never throws. */
export function readCitations(text: string): CitationMatch[] {
  try {
    return collect(text);
  } catch {
    return [];
  }
}

/** A short mention's number follows a space, or the colon of "số:" (SHORT_NUMBER). */
const SHORT_NUMBER_START = /[ :][0-9]/;

function collect(text: string): CitationMatch[] {
  const symbols = scanSymbols(text);
  // Without a symbol, only a short mention ("Nghị quyết số 18") can be a citation.
  if (symbols.length === 0 && !SHORT_NUMBER_START.test(text)) return [];
  const stops = new Stops(text);
  const typeWords = findTypeWords(text);
  const symbolStarts = new Set<number>();
  for (const s of symbols) symbolStarts.add(s.number?.start ?? s.start);
  const out: CitationMatch[] = [];
  const bySymbolEnd = new Map<number, CitationMatch>();
  const usedTypeWords = new Set<number>();
  const lists: CitationMatch[][] = [];
  const listOf = new Map<CitationMatch, CitationMatch[]>();

  for (const s of symbols) {
    const facts = describeSymbol(text, s);
    const lead = readLead(text, s.start, typeWords);
    const typeWord = lead.typeWord && !usedTypeWords.has(lead.typeWord.start) ? lead.typeWord : undefined;
    const form = facts.form;
    if (lead.doubledSo) form.unshift(lead.doubledSo);
    const start = typeWord ? typeWord.start : lead.start;
    let shared: CitationMatch | undefined;
    if (!typeWord && !lead.doubledSo && lead.start === s.start) {
      const joiner = listJoinerBefore(text, s.start);
      const previous = joiner >= 0 ? bySymbolEnd.get(joiner) : undefined;
      if (previous?.typeWord && previous.typeCode?.normalized === facts.match.typeCode?.normalized) shared = previous;
    }
    const tail = readTail(text, s.end, stops, typeWords);
    const citation: CitationMatch = {
      kind: typeWord || shared ? 'full' : 'bare-symbol',
      start,
      end: tail.end,
      ...facts.match,
      form,
    };
    if (typeWord) {
      usedTypeWords.add(typeWord.start);
      citation.typeWord = { start: typeWord.start, end: typeWord.end, text: typeWord.text };
      if (typeWord.abbreviated) form.unshift({ kind: 'abbreviated-type-word', start: typeWord.start, end: typeWord.end });
    } else if (shared?.typeWord) {
      citation.typeWord = { start: shared.typeWord.start, end: shared.typeWord.end, text: shared.typeWord.text, shared: true };
      let list = listOf.get(shared);
      if (!list) {
        list = [shared];
        lists.push(list);
        listOf.set(shared, list);
      }
      list.push(citation);
      listOf.set(citation, list);
    }
    if (tail.date) citation.date = tail.date;
    if (tail.body) citation.body = tail.body;
    if (tail.term) citation.term = tail.term;
    if (tail.subject) citation.subject = tail.subject;
    out.push(citation);
    bySymbolEnd.set(s.end, citation);
  }
  for (const list of lists) {
    const last = list[list.length - 1];
    for (const member of list.slice(0, -1)) shareTail(member, last);
  }

  const insideSymbol = (i: number): boolean => symbolStarts.has(i) || coveredBy(symbols, i);
  for (const hit of typeWords.byEnd.values()) {
    if (usedTypeWords.has(hit.start)) continue;
    const short = readShort(text, hit, insideSymbol);
    if (!short) continue;
    const tail = readTail(text, short.number.end, stops, typeWords);
    const citation: CitationMatch = {
      kind: 'short',
      start: hit.start,
      end: tail.end,
      typeWord: { start: hit.start, end: hit.end, text: hit.text },
      number: short.number,
      system: 'unknown',
      intendedSystem: 'unknown',
      form: [],
    };
    if (tail.date) citation.date = tail.date;
    if (tail.body) citation.body = tail.body;
    if (tail.term) citation.term = tail.term;
    if (tail.subject) citation.subject = tail.subject;
    out.push(citation);
  }
  return out.sort((a, b) => a.start - b.start);
}
