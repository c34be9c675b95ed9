/**
 * Terms of the Central Committee (khóa), the National Assembly (Quốc hội khóa) and the length of a "nhiệm kỳ".
 * Sources: the congress dates of the Party, the term rule of HD 36-HD/VPTW and the National Assembly elections, as
 * summarised in the team's domain notes (kept outside this repository, §3). Pure data.
 */
import { dayNumber } from './calendar';
import { memoByText } from '../text/memo';
import { codePointBefore, isLetterAt } from '../text/chars';
import { nextMatch } from '../text/matches';

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export interface CentralTerm {
  roman: string;
  value: number;
  /** First day of the term (inclusive). */
  start: YMD;
  /** Last day of the term (inclusive); absent for the current term. */
  end?: YMD;
  /** The congress that opened this term: opening and closing days. */
  congress: { open: YMD; close: YMD };
  /** True when the REFERENCE gives the boundary day as verified. */
  startVerified: boolean;
}

/** ± days around each congress inside which a term mismatch is not reported. */
export const AMBIGUOUS_DAYS = 10;

const d = (year: number, month: number, day: number): YMD => ({ year, month, day });

/**
 * Khóa IX…XIV. A term runs from the first plenum held during the congress (or the day after it closes) to the
 * day before the next term starts (REFERENCE §3.2; the exact plenum days of IX–XII are unverified, hence the
 * ambiguous window).
 */
export const CENTRAL_TERMS: readonly CentralTerm[] = [
  { roman: 'IX', value: 9, start: d(2001, 4, 22), end: d(2006, 4, 24), congress: { open: d(2001, 4, 19), close: d(2001, 4, 22) }, startVerified: false },
  { roman: 'X', value: 10, start: d(2006, 4, 25), end: d(2011, 1, 18), congress: { open: d(2006, 4, 18), close: d(2006, 4, 25) }, startVerified: false },
  { roman: 'XI', value: 11, start: d(2011, 1, 19), end: d(2016, 1, 27), congress: { open: d(2011, 1, 12), close: d(2011, 1, 19) }, startVerified: false },
  { roman: 'XII', value: 12, start: d(2016, 1, 28), end: d(2021, 1, 30), congress: { open: d(2016, 1, 20), close: d(2016, 1, 28) }, startVerified: false },
  { roman: 'XIII', value: 13, start: d(2021, 1, 31), end: d(2026, 1, 22), congress: { open: d(2021, 1, 26), close: d(2021, 2, 1) }, startVerified: false },
  { roman: 'XIV', value: 14, start: d(2026, 1, 23), congress: { open: d(2026, 1, 20), close: d(2026, 1, 23) }, startVerified: true },
];

export interface NationalAssemblyTerm {
  value: number;
  roman: string;
  /** Election day. */
  elected: YMD;
  /** First session: the suffix QH<n> applies from here (REFERENCE §3.3). */
  start: YMD;
  /** Day before the next first session; absent for the current term. */
  end?: YMD;
  /** Calendar years as written in "nhiệm kỳ 2021 - 2026". */
  years: [number, number];
}

/**
 * QH XIII–XVI. QH XIII's dates (elected 22/5/2011, first session 21/7/2011) are general knowledge; XIV's first
 * session 20/7/2016 is unverified; XV's 20/7/2021 is verified; XVI's first session was planned for 06/4/2026.
 */
export const NATIONAL_ASSEMBLY_TERMS: readonly NationalAssemblyTerm[] = [
  { value: 13, roman: 'XIII', elected: d(2011, 5, 22), start: d(2011, 7, 21), end: d(2016, 7, 19), years: [2011, 2016] },
  { value: 14, roman: 'XIV', elected: d(2016, 5, 22), start: d(2016, 7, 20), end: d(2021, 7, 19), years: [2016, 2021] },
  { value: 15, roman: 'XV', elected: d(2021, 5, 23), start: d(2021, 7, 20), end: d(2026, 4, 5), years: [2021, 2026] },
  { value: 16, roman: 'XVI', elected: d(2026, 3, 15), start: d(2026, 4, 6), years: [2026, 2031] },
];

/** Grace, in days, at each edge of a National Assembly term (first-session dates are partly unverified). */
export const NATIONAL_ASSEMBLY_GRACE_DAYS = 31;

/** The day numbers of a term's bounds, computed once (asked for every dated citation). */
interface TermDays {
  start: number;
  /** Infinity for the current term. */
  end: number;
}

function termDays(t: { start: YMD; end?: YMD }): TermDays {
  return { start: dayNumber(t.start), end: t.end === undefined ? Infinity : dayNumber(t.end) };
}

const CENTRAL_DAYS = CENTRAL_TERMS.map((t) => ({
  term: t,
  ...termDays(t),
  ambiguousFrom: dayNumber(t.congress.open) - AMBIGUOUS_DAYS,
  ambiguousTo: dayNumber(t.congress.close) + AMBIGUOUS_DAYS,
}));

const NATIONAL_ASSEMBLY_DAYS = NATIONAL_ASSEMBLY_TERMS.map((t) => ({ term: t, ...termDays(t) }));

/**
 * The Central Committee term in force on `date`: its numeral and value, 'ambiguous' within ±AMBIGUOUS_DAYS of a
 * congress (do not report a mismatch there), or undefined before khóa IX.
 */
export function centralTermAt(date: YMD): { roman: string; value: number } | 'ambiguous' | undefined {
  const n = dayNumber(date);
  for (const t of CENTRAL_DAYS) {
    if (n >= t.ambiguousFrom && n <= t.ambiguousTo) return 'ambiguous';
  }
  for (const t of CENTRAL_DAYS) {
    if (n >= t.start && n <= t.end) return { roman: t.term.roman, value: t.term.value };
  }
  return undefined;
}

/**
 * Whether a document dated `date` may carry the suffix QH<n> / UBTVQH<n>. Undefined when term n is not in the
 * table (checks stay quiet).
 */
export function nationalAssemblyTermFits(n: number, date: YMD): boolean | undefined {
  const t = NATIONAL_ASSEMBLY_DAYS.find((x) => x.term.value === n);
  if (!t) return undefined;
  const x = dayNumber(date);
  if (x < t.start - NATIONAL_ASSEMBLY_GRACE_DAYS) return false;
  if (x > t.end + NATIONAL_ASSEMBLY_GRACE_DAYS) return false;
  return true;
}

/** The National Assembly term in force on `date`, if known. */
export function nationalAssemblyTermAt(date: YMD): NationalAssemblyTerm | undefined {
  const x = dayNumber(date);
  return NATIONAL_ASSEMBLY_DAYS.find((t) => x >= t.start && x <= t.end)?.term;
}

// ---------------------------------------------------------------------------------------------------------------
// Roman numerals

export { intToRoman, romanToInt } from '../text/roman';

// ---------------------------------------------------------------------------------------------------------------
// Term length ("nhiệm kỳ")

export type TermBodyKind = 'five-year' | 'chi-bo';

/** Allowed spans (toYear − fromYear) of a "nhiệm kỳ" per body kind (REFERENCE §3.4). */
export const TERM_SPANS: Readonly<Record<TermBodyKind, readonly number[]>> = {
  'five-year': [5],
  // Đại hội chi bộ "năm năm hai lần": 2022 - 2025 and 2025 - 2027 are both right. A chi bộ cơ sở may, with the
  // upper committee's consent, meet once in five years (Điều lệ Đảng, Điều 24): 2020 - 2025 is right too.
  'chi-bo': [2, 3, 5],
};

export function termSpanFits(kind: TermBodyKind, fromYear: number, toYear: number): boolean {
  return TERM_SPANS[kind].includes(toYear - fromYear);
}

// Names of bodies, matched as words: firstWord checks that no letter precedes them, the expressions that none
// follows. Each name starts with a letter.
const CHI_BO = /chi (?:bộ|ủy|uỷ)(?![\p{L}])/gu;
/** One expression for all the five-year bodies: the first match is the first of them. */
const FIVE_YEAR = new RegExp(
  `(?:${[
    'trung ương',
    'quốc hội',
    '(?:hội đồng nhân dân|hđnd)',
    'đảng bộ (?:tỉnh|thành phố|tp\\.?|huyện|quận|thị xã|khối|cơ sở|các cấp|xã|phường|thị trấn)',
    '(?:tỉnh|thành|huyện|quận|thị) (?:ủy|uỷ)',
    'đảng (?:ủy|uỷ) khối',
    'đại hội (?:đại biểu )?(?:toàn quốc|(?:lần thứ )?[xvi]+ của đảng)',
    'đại hội đảng các cấp',
  ].join('|')})(?![\\p{L}])`,
  'gu',
);
const DANG_BO = /đảng bộ(?![\p{L}])/gu;
/** Bodies whose terms are not five years or not known here: stay quiet. */
const UNCLEAR = /(?:đảng bộ bộ phận|liên hợp quốc|unesco|hội đồng nhân quyền|ủy ban|uỷ ban|tổng thống|ban chấp hành đoàn|công đoàn|hội liên hiệp|mặt trận)(?![\p{L}])/gu;

/**
 * Where `re` (global) first matches in `p` with no letter before: the index `(?:^|[^\p{L}])` + `re` would report
 * (the character before the name, or 0 at the start), or -1.
 */
function firstWord(re: RegExp, p: string): number {
  re.lastIndex = 0;
  const m = nextMatch(re, p, (x) => x.index === 0 || !isLetterAt(p, codePointBefore(p, x.index)));
  return !m ? -1 : m.index === 0 ? 0 : codePointBefore(p, m.index);
}

/**
 * What kind of body a "nhiệm kỳ" belongs to, from the phrase before it: 'five-year' (Trung ương, Quốc hội, HĐND,
 * đảng bộ tỉnh / thành phố / huyện / quận / khối / cơ sở), 'chi-bo' (a chi bộ: two congresses in five years), or
 * undefined when unclear (checks stay quiet).
 */
export function termBodyKind(phrase: string): TermBodyKind | undefined {
  return termBodyKindOf(phrase);
}

/** Asked for every term and date of a bulletin; each distinct phrase is classified once. */
const termBodyKindOf = memoByText((phrase: string): TermBodyKind | undefined => {
  const p = phrase.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  if (firstWord(UNCLEAR, p) >= 0) return undefined;
  const chiBo = firstWord(CHI_BO, p);
  let fiveAt = firstWord(FIVE_YEAR, p);
  // A bare "đảng bộ" (e.g. "Đảng bộ Khối Các cơ quan Trung ương" is caught above) or "đại hội đảng bộ".
  if (fiveAt < 0 && !p.includes('đảng bộ bộ phận')) fiveAt = firstWord(DANG_BO, p);
  if (chiBo >= 0 && (fiveAt < 0 || chiBo < fiveAt)) return 'chi-bo';
  if (fiveAt >= 0) return 'five-year';
  return undefined;
});
