/**
 * Which document a citation names. Numbers restart every Central Committee term (HD 36: "liên tục từ số 01 cho mỗi
 * tên loại văn bản trong một nhiệm kỳ cấp ủy"), every local committee term, and every calendar year for State
 * administrative documents, so the symbol alone is not an identity: 35-CT/TW of 2019 and of 2024 are two documents.
 */
import type { CitationMatch } from '../parse/citations';
import { dayNumber } from '../domain/calendar';
import { DocumentSystem, foldForLookup } from '../domain/documentTypes';
import { centralTermAt, YMD } from '../domain/terms';
import { intToRoman } from '../text/roman';
import { pad2 } from '../text/numbers';
import { memoByObject, memoByWord } from '../text/memo';

export type CentralBody = 'bchtw' | 'bct' | 'bbt';

export interface CitationIdentity {
  /** Canonical symbol without what tells terms apart: "05-CT/TW", "30/2020/NĐ-CP", "188/KH-UBND". */
  base: string;
  number: number;
  typeCode?: string;
  issuerCode: string;
  /** Year written in a State number (30/2020/NĐ-CP). */
  year?: number;
  system: DocumentSystem;
  /**
   * What tells documents of one base apart: the Central Committee term ("XI"), the local term ("L2020"), the
   * calendar year of a State administrative document ("2021"), or "" when the symbol is unique (30/2020/NĐ-CP).
   * Undefined when it cannot be told (no date, a date near a congress).
   */
  scope?: string;
  /** base + "@" + scope when the scope is known. */
  key?: string;
}

const CENTRAL_BODIES: ReadonlyArray<[string, CentralBody]> = [
  ['ban chap hanh trung uong', 'bchtw'],
  ['bo chinh tri', 'bct'],
  ['ban bi thu', 'bbt'],
];

/** Each phrase with the space that follows it when more words come ("bo chinh tri khoa xii"). */
const CENTRAL_BODY_WORDS: ReadonlyArray<[string, string, CentralBody]> = CENTRAL_BODIES.map(([phrase, kind]) => [phrase, phrase + ' ', kind]);

/** The central body a prose body names (Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư), if it is one. */
export function centralBodyOf(body: string | undefined): CentralBody | undefined {
  return body ? bodyOfText(body) : undefined;
}

/** The central body a name designates, remembered per name: every citation of a bulletin names its issuer. */
const bodyOfText = memoByWord((body: string): CentralBody | undefined => {
  const key = foldForLookup(body);
  for (const [phrase, words, kind] of CENTRAL_BODY_WORDS) if (key === phrase || key.startsWith(words)) return kind;
  return undefined;
});

/** Party issuers of the centre (TW, VPTW, BTGTW, UBKTTW, QUTW…): their numbers follow the Central Committee term. */
export function isCentralPartyIssuer(code: string): boolean {
  return code === 'TW' || code.endsWith('TW');
}



/** Days around 1 October of a congress year (…2015, 2020, 2025) inside which the local term is not told. */
const LOCAL_AMBIGUOUS_DAYS = 92;

/** Local committees (tỉnh, huyện, khối, cơ sở) hold their congresses in the year before the national one. */
function localTermAt(date: YMD): string | undefined {
  const start = date.year - (((date.year % 5) + 5) % 5);
  const day = dayNumber(date);
  const congress = congressDay(start);
  if (Math.abs(day - congress) <= LOCAL_AMBIGUOUS_DAYS || Math.abs(day - congressDay(start + 5)) <= LOCAL_AMBIGUOUS_DAYS) return undefined;
  return `L${day >= congress ? start : start - 5}`;
}

/** 1 October of a local congress year, as a day number. */
function congressDay(year: number): number {
  return dayNumber({ year, month: 10, day: 1 });
}

/** Whether the Central Committee term written after the body ("khóa XI") is the Centre's, not a province's. */
export function centralTermWritten(c: CitationMatch): string | undefined {
  if (!c.term || !centralBodyOf(c.body?.text)) return undefined;
  return romanOf(c.term.value);
}

/** A term number as written: "XIII". */
export function romanOf(n: number): string {
  return intToRoman(n) ?? String(n);
}

/** The canonical symbol of a citation ("05-CT/TW", "30/2020/NĐ-CP"), or undefined when it has no number. */
export function canonicalSymbol(c: CitationMatch): string | undefined {
  const system = c.intendedSystem === 'unknown' ? c.system : c.intendedSystem;
  if (!c.number || !c.issuerCode || system === 'unknown') return undefined;
  const n = c.number.text;
  const type = c.typeCode?.normalized;
  const issuer = c.issuerCode.normalized;
  if (system === 'party') return type ? `${n}-${type}/${issuer}` : undefined;
  const codes = type ? `${type}-${issuer}` : issuer;
  return c.year ? `${n}/${c.year.value}/${codes}` : `${n}/${codes}`;
}

export function dateOf(c: CitationMatch): YMD | undefined {
  return c.date ? { year: c.date.year, month: c.date.month, day: c.date.day } : undefined;
}

/**
 * The identity of a numbered citation; undefined for short mentions and symbols of no known system. Remembered per
 * citation: the callers read it and never change it.
 */
export const identityOf = memoByObject(readIdentity);

function readIdentity(c: CitationMatch): CitationIdentity | undefined {
  const system = c.intendedSystem === 'unknown' ? c.system : c.intendedSystem;
  if (!c.number || !c.issuerCode || system === 'unknown') return undefined;
  const type = c.typeCode?.normalized;
  const issuer = c.issuerCode.normalized;
  const number = c.number.value;
  const base = system === 'party' ? `${pad2(number)}-${type ?? ''}/${issuer}` : c.year ? `${number}/${c.year.value}/${type ? `${type}-` : ''}${issuer}` : `${number}/${type ? `${type}-` : ''}${issuer}`;
  const date = c.date;
  let scope: string | undefined;
  if (system === 'state') scope = c.year ? '' : date ? String(date.year) : undefined;
  else if (isCentralPartyIssuer(issuer)) {
    const term = date ? centralTermAt(date) : undefined;
    scope = typeof term === 'object' ? term.roman : centralTermWritten(c);
  } else scope = date ? localTermAt(date) : undefined;
  const identity: CitationIdentity = { base, number, issuerCode: issuer, system };
  if (type) identity.typeCode = type;
  if (c.year) identity.year = c.year.value;
  if (scope !== undefined) {
    identity.scope = scope;
    identity.key = `${base}@${scope}`;
  }
  return identity;
}
