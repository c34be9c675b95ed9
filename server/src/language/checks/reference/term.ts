import { centralBodyOf, identityOf, romanOf } from '../../analysis/identity';
import { centralTermAt, nationalAssemblyTermFits, NATIONAL_ASSEMBLY_TERMS } from '../../domain/terms';
import type { CitationMatch } from '../../parse/citations';
import type { Found } from '../../parse/model';
import { Check, CheckContext } from '../types';
import { catalogOf, contradictsKnownDate, writtenTermEntry } from './knownDocument';
import { checkedCitations, spanIn, symbolSpan, ymdText } from './shared';

/**
 * Terms and years that contradict the date: "khóa XI" on a 2007 document of the Bộ Chính trị (khóa X); a year in a
 * State number that is not the year of issue; QH15 on a document dated outside Quốc hội khóa XV.
 */
export const referenceTerm: Check = {
  code: 'reference.term',
  category: 'reference',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    vi: 'Khóa ghi sau cơ quan Trung ương, năm trong số văn bản nhà nước và khóa Quốc hội (QH15) phải khớp với ngày ban hành.',
    en: 'The Central Committee term after a central body, the year in a State number and the National Assembly term (QH15) agree with the date of issue.',
  },
  run(context) {
    for (const found of checkedCitations(context.model)) {
      centralTerm(found, context);
      stateYear(found, context);
      assemblyTerm(found, context);
    }
  },
};

/**
 * A local "khóa" (Đảng bộ tỉnh khóa XIX, Quốc hội khóa XV) is not a Central Committee term: only central bodies. When
 * the verified catalog shows the date is the slip (writtenTermEntry), `reference.known-document` reports the date.
 */
function centralTerm(found: Found<CitationMatch>, { t, report, services }: CheckContext): void {
  const c = found.item;
  if (!c.term || !c.date || c.tailShared || !centralBodyOf(c.body?.text)) return;
  const actual = centralTermAt(c.date);
  if (typeof actual !== 'object' || actual.value === c.term.value) return;
  const identity = identityOf(c);
  if (identity && writtenTermEntry(c, identity, catalogOf(services))) return;
  const numeralStart = c.term.end - c.term.roman.length;
  const span = spanIn(found, numeralStart, c.term.end);
  const params = { written: romanOf(c.term.value), date: ymdText(c.date), expected: actual.roman, body: c.body!.text };
  report({
    span: spanIn(found, c.term.start, c.term.end),
    message: t('reference.term.central', params),
    fix: { title: t('fix.replace', { text: actual.roman }), edits: [{ ...span, newText: actual.roman }] },
  });
}

/** Normative numbers carry the year of issue (30/2020/NĐ-CP); Luật and NQ of the Quốc hội too (64/2025/QH15). */
function stateYear(found: Found<CitationMatch>, { t, report, services }: CheckContext): void {
  const c = found.item;
  if (!c.year || !c.date || c.tailShared || c.year.value === c.date.year) return;
  if (contradictsKnownDate(c, services)) return; // the date is the slip: reference.known-document
  report({ span: spanIn(found, c.year.start, c.year.end), message: t('reference.term.year', { symbol: c.symbol?.raw ?? '', year: c.year.value, date: ymdText(c.date) }) });
}

const ASSEMBLY_ISSUER = /^(?:UBTVQH|QH)\d{1,2}$/;

function assemblyTerm(found: Found<CitationMatch>, { t, report }: CheckContext): void {
  const c = found.item;
  const part = c.issuerParts?.find((p) => ASSEMBLY_ISSUER.test(p));
  if (!part || (c.tailShared && c.date)) return;
  const n = Number(/\d+$/.exec(part)![0]);
  const term = NATIONAL_ASSEMBLY_TERMS.find((x) => x.value === n);
  if (!term) return;
  let fits: boolean | undefined;
  let when: string;
  if (c.date) {
    fits = nationalAssemblyTermFits(n, c.date);
    when = ymdText(c.date);
  } else if (c.year) {
    const y = c.year.value;
    fits = nationalAssemblyTermFits(n, { year: y, month: 1, day: 1 }) || nationalAssemblyTermFits(n, { year: y, month: 12, day: 31 });
    when = String(y);
  } else return;
  if (fits !== false) return;
  const to = term.end ? ymdText(term.end) : '…';
  report({ span: symbolSpan(found), message: t('reference.term.assembly', { code: part, n: term.roman, when, from: ymdText(term.start), to }) });
}
