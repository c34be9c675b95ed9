import type { CitationMatch, TextSpan } from '../../parse/citations';
import type { Found } from '../../parse/model';
import type { DocumentSystem } from '../../domain/documentTypes';
import type { Span } from '../../text/source';
import { canonicalSymbol } from '../../analysis/identity';
import { Check, Fix } from '../types';
import { Translate } from '../../i18n';
import { memoByObject } from '../../text/memo';
import { checkedCitations, spanIn } from './shared';

/** What is wrong with the written form of a symbol. (TƯ and "NQ 24-NQ/TW" are style hints of their own checks.) */
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
  | 'missing-number';

/** Replace [start, end) of the paragraph by newText. Fixes of one citation never overlap. */
export interface TextFix extends Span {
  newText: string;
}

export interface FormProblem extends Span {
  kind: FormProblemKind;
  /** Present only when the intended form is certain. */
  fix?: TextFix;
}

type Rewrite = 'slash-form' | 'party-in-state-form' | 'state-in-party-form';

/** A symbol written in the other system's form (or with slashes on both sides) is rewritten whole. */
export function rewriteOf(c: CitationMatch): Rewrite | undefined {
  const shape = c.symbolParts?.shape;
  if (shape === 'slash') return 'slash-form';
  if (shape === 'party' && c.intendedSystem === 'state') return 'state-in-party-form';
  if (shape === 'state' && c.intendedSystem === 'party') return 'party-in-state-form';
  return undefined;
}

/** The rule: every problem of the symbol's written form, in the order they are listed, each with its fix when certain. */
export function formProblems(c: CitationMatch): FormProblem[] {
  const parts = c.symbolParts;
  const symbol = c.symbol;
  if (!parts || !symbol) return [];
  const problems: FormProblem[] = [];
  const so = c.soWords;
  if (so && so.length > 1) {
    problems.push({ kind: 'doubled-so', start: so[0].start, end: symbol.start, fix: { start: so[0].start, end: symbol.start, newText: `${so[0].text} ` } });
  }
  const type = c.typeCode?.normalized;
  const issuer = c.issuerCode?.normalized;
  const rewrite = rewriteOf(c);
  if (rewrite) {
    const problem: FormProblem = { kind: rewrite, start: symbol.start, end: symbol.end };
    if (c.intendedSystem !== 'unknown' && parts.number && type && issuer) {
      problem.fix = { start: symbol.start, end: symbol.end, newText: inSystemForm(parts.number.text, type, issuer, c.intendedSystem) };
    }
    problems.push(problem);
  }
  // Finer fixes would overlap a whole rewrite.
  const fixable = rewrite === undefined;
  const partyForm = parts.shape === 'party' || parts.shape === 'split';
  problems.push(...separatorProblems(parts.numberSeparator, partyForm ? '-' : '/', fixable));
  problems.push(...separatorProblems(parts.yearSeparator, '/', fixable));
  problems.push(...separatorProblems(parts.codeSeparator, partyForm || parts.shape === 'slash' ? '/' : '-', fixable && parts.shape !== 'slash'));
  if (parts.typeSplit && parts.type && type) {
    problems.push({ kind: 'split-type-code', start: parts.type.start, end: parts.typeSplit.end, fix: { start: parts.type.start, end: parts.typeSplit.end, newText: type } });
  }
  if (!parts.number) problems.push({ kind: 'missing-number', start: symbol.start, end: symbol.end });
  return problems;
}

function inSystemForm(number: string, type: string, issuer: string, system: DocumentSystem): string {
  return system === 'party' ? `${number}-${type}/${issuer}` : `${number}/${type}-${issuer}`;
}

/** Spaces around a separator, a dash for a hyphen. `fixable` is false under a whole rewrite. */
function separatorProblems(separator: TextSpan | undefined, canonical: string, fixable: boolean): FormProblem[] {
  if (!separator) return [];
  const out: FormProblem[] = [];
  const core = separator.text.trim();
  const spaced = separator.text.length !== core.length;
  if (spaced) {
    out.push({ kind: 'spaces-in-symbol', start: separator.start, end: separator.end, ...(fixable ? { fix: { start: separator.start, end: separator.end, newText: canonical } } : {}) });
  }
  if (core === '–' || core === '—') {
    const at = separator.start + separator.text.indexOf(core);
    const fix = fixable && !spaced ? { fix: { start: at, end: at + 1, newText: '-' } } : {};
    out.push({ kind: 'dash-in-symbol', start: at, end: at + 1, ...fix });
  }
  return out;
}

/** "Số: 1099  - CV/ĐUK", "188/CTr/TU", "05/CT-TU", "24-CT/TTg", "CT/Tr/BTGTU": a symbol not in its system's form. */
export const referenceFormat: Check = {
  code: 'reference.format',
  category: 'reference',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    vi: 'Số, ký hiệu văn bản viết đúng thể thức: văn bản của Đảng “15-NQ/TU”, văn bản nhà nước “30/2020/NĐ-CP”, “123/QĐ-TTg”; không thừa chữ “số”, không có khoảng trắng trong ký hiệu.',
    en: 'Document symbols in their system’s form: Party “15-NQ/TU”, State “30/2020/NĐ-CP”, “123/QĐ-TTg”; no doubled “số”, no spaces inside the symbol.',
  },
  run({ model, t, report }) {
    for (const found of checkedCitations(model)) {
      const c = found.item;
      const problems = problemsOf(c);
      if (problems.length === 0 || !c.symbol) continue;
      const start = Math.min(c.symbol.start, ...problems.map((p) => p.start));
      const end = Math.max(c.symbol.end, ...problems.map((p) => p.end));
      const text = found.paragraph.view.text;
      const params = { found: text.slice(start, end), problems: problemList(problems, t), expected: expectedSymbol(c, t) };
      // A problem without a fix of its own may lie inside another's fix ("69 – HD": the spaces fix writes "-").
      const fixes = problems.flatMap((p) => (p.fix ? [p.fix] : []));
      const open = problems.filter((p) => p.fix || (p.kind !== 'missing-number' && !fixes.some((f) => f.start <= p.start && p.end <= f.end)));
      const fix = combinedFix(found, open, t, model.source.text);
      report({ span: spanIn(found, start, end), message: t('reference.format', params), ...(fix ? { fix } : {}) });
    }
  },
};

/** `formProblems`, worked out once per citation as read (the same for every occurrence of its paragraph's text). */
const problemsOf = memoByObject(formProblems);

function problemList(problems: FormProblem[], t: Translate): string {
  return [...new Set(problems.map((p) => t(`reference.format.${p.kind}`)))].join('; ');
}

function expectedSymbol(c: CitationMatch, t: Translate): string {
  const symbol = canonicalSymbol(c);
  if (symbol) return symbol;
  const type = c.typeCode?.normalized ?? '';
  return `${t('reference.format.number-placeholder')}-${type}/${c.issuerCode?.normalized ?? ''}`;
}

/**
 * One edit from the first fixed place to the last, rebuilt from the original text between the fixes, so that a
 * citation's fixes never overlap each other nor another citation's. Undefined unless every problem has its fix.
 */
function combinedFix(found: Found<CitationMatch>, problems: FormProblem[], t: Translate, originalText: string): Fix | undefined {
  if (problems.length === 0 || problems.some((p) => !p.fix)) return undefined;
  const fixes = problems.map((p) => p.fix as TextFix).sort((a, b) => a.start - b.start);
  const kept: TextFix[] = [];
  for (const f of fixes) if (kept.length === 0 || f.start >= kept[kept.length - 1].end) kept.push(f);
  const source = found.paragraph.view;
  const original = (a: number, b: number): { start: number; end: number } => source.span(a, b);
  const first = original(kept[0].start, kept[0].end);
  const last = original(kept[kept.length - 1].start, kept[kept.length - 1].end);
  let newText = '';
  let at = first.start;
  for (const f of kept) {
    const span = original(f.start, f.end);
    newText += originalText.slice(at, span.start);
    newText += f.newText;
    at = span.end;
  }
  const shown = applyView(found.paragraph.view.text, kept, found.item);
  return { title: t('fix.replace', { text: shown }), edits: [{ start: first.start, end: last.end, newText }], preferred: true };
}

/** The corrected text of the citation's fixed region, as shown in the fix title. */
function applyView(text: string, fixes: TextFix[], c: CitationMatch): string {
  const start = Math.min(fixes[0].start, c.symbol?.start ?? fixes[0].start);
  const end = Math.max(fixes[fixes.length - 1].end, c.symbol?.end ?? 0);
  let out = '';
  let at = start;
  for (const f of fixes) {
    out += text.slice(at, f.start) + f.newText;
    at = f.end;
  }
  return out + text.slice(at, end);
}
