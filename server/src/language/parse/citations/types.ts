/** What the citation reader records of one citation: its parts as written, with their offsets in the paragraph. */
import type { DocumentSystem } from '../../domain/documentTypes';
import type { Span } from '../../text/source';

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
