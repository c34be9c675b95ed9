/** Which system a symbol belongs to (by its written form and by its codes), and its parts normalised. */
import { DocumentSystem, isPartyIssuerCode, isPartyTypeCode, isStateIssuerCode, isStateTypeCode, normalizeIssuerCode } from '../../domain/documentTypes';
import type { CitationMatch, CitationSystem, FormProblem, FormProblemKind } from './types';
import { joinSplitCode, Piece, RawSymbol } from './symbols';

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

export interface SymbolFacts {
  match: Omit<CitationMatch, 'kind' | 'start' | 'end' | 'form'>;
  form: FormProblem[];
}

export function describeSymbol(text: string, s: RawSymbol): SymbolFacts {
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
