/** What the citation reader records of one citation: its parts as written, with their offsets in the paragraph. */
import type { DocumentSystem } from '../../domain/documentTypes';
import type { Span } from '../../text/source';

export type { Span };

export type CitationKind = 'full' | 'short' | 'bare-symbol';
export type CitationSystem = DocumentSystem | 'unknown';

export interface TextSpan extends Span {
  text: string;
}

/** A symbol's pieces as written, each separator with the spaces around it: "1099  - CV/ĐUK" has "  - ". */
export interface SymbolParts {
  number?: TextSpan;
  /** Separator between number and type code (or year). */
  numberSeparator?: TextSpan;
  year?: TextSpan;
  /** Separator between year and code. */
  yearSeparator?: TextSpan;
  type?: TextSpan;
  /** Second half of a split type code ("Tr" of "CT/Tr") and the slash before it. */
  typeSplit?: TextSpan;
  /** Separator between type code and issuer. */
  codeSeparator?: TextSpan;
  issuer?: TextSpan;
  /**
   * The written form: number-type/issuer (party), number/type-issuer (state), number/year/… (state-normative),
   * number/type/issuer (slash), a type code split by a slash (split).
   */
  shape: 'party' | 'state' | 'slash' | 'state-normative' | 'split';
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
  /**
   * "Nghị quyết", "công văn", "NQ". In a list ("42-NQ/TW, 43-NQ/TW") later members share the first one's.
   * `abbreviated`: a type code written as the type word ("NQ 24-NQ/TW").
   */
  typeWord?: TextSpan & { shared?: boolean; abbreviated?: true };
  /** The word "số" as written between the type word and the symbol: two when doubled ("số Số: 1099"). */
  soWords?: TextSpan[];
  /** The symbol as written ("1099  - CV/ĐUK"); absent for a short mention ("Nghị quyết số 18"). */
  symbol?: Span & { raw: string };
  /** The symbol's pieces, separators included, as written. */
  symbolParts?: SymbolParts;
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
