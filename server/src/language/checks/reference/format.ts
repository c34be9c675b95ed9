import type { CitationMatch, FormProblem, FormProblemKind, TextFix } from '../../parse/citations';
import type { Found } from '../../parse/model';
import { canonicalSymbol } from '../../analysis/identity';
import { Check, Fix } from '../types';
import { Translate } from '../../i18n';
import { checkedCitations, spanIn } from './shared';

/** Problems of the written form this check reports; TƯ and "NQ 24-NQ/TW" are style hints of their own checks. */
const KINDS: ReadonlySet<FormProblemKind> = new Set<FormProblemKind>([
  'doubled-so', 'spaces-in-symbol', 'dash-in-symbol', 'slash-form', 'party-in-state-form', 'state-in-party-form', 'split-type-code', 'missing-number',
]);

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
      if (c.form.length === 0) continue;
      const problems = c.form.filter((p) => KINDS.has(p.kind));
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
