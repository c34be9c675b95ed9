/** Which system a symbol belongs to (by its written form and by its codes), and its parts normalised. */
import { isPartyIssuerCode, isPartyTypeCode, isStateIssuerCode, isStateTypeCode, normalizeIssuerCode } from '../../domain/documentTypes';
import type { CitationMatch, CitationSystem } from './types';
import { joinSplitCode, RawSymbol } from './symbols';

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

/** The parts of a citation that its symbol gives. */
export type SymbolFacts = Omit<CitationMatch, 'kind' | 'start' | 'end'>;

export function describeSymbol(text: string, s: RawSymbol): SymbolFacts {
  const formSystem: CitationSystem = s.shape === 'party' || s.shape === 'split' ? 'party' : s.shape === 'slash' ? 'unknown' : 'state';
  const issuerNormalized = s.issuer ? normalizeIssuerCode(s.issuer.text) : undefined;
  const issuerParts = issuerNormalized?.split('-');
  const typeNormalized = s.type && s.typeSplit ? joinSplitCode(s.type.text, s.typeSplit.text.replace(/[ /]/g, '')) : s.type?.text;
  const intended = systemByCodes(typeNormalized, issuerParts?.[0], formSystem);
  const { start, end, ...parts } = s;
  const match: SymbolFacts = {
    symbol: { start, end, raw: text.slice(start, end) },
    symbolParts: parts,
    system: formSystem,
    intendedSystem: intended,
  };
  if (s.number) match.number = { start: s.number.start, end: s.number.end, text: s.number.text, value: Number(s.number.text) };
  if (s.type && typeNormalized) {
    const typeEnd = s.typeSplit ? s.typeSplit.end : s.type.end;
    match.typeCode = { start: s.type.start, end: typeEnd, text: text.slice(s.type.start, typeEnd), normalized: typeNormalized };
  }
  if (s.issuer && issuerNormalized !== undefined && issuerParts) {
    match.issuerCode = { start: s.issuer.start, end: s.issuer.end, text: s.issuer.text, normalized: issuerNormalized };
    match.issuerParts = issuerParts;
  }
  if (s.year) match.year = { start: s.year.start, end: s.year.end, value: Number(s.year.text) };
  return match;
}
