import { codePointSize, letterOrMarkLength } from '../../text/chars';
import { Check } from '../types';
import { inTitlePeriod, spanIn } from './context';
import { isUpperCase } from '../../analysis/bulletinYear';
import { bulletinPeriod } from './titleShift';

/** Headings that name the month the guidance is for: "ĐỊNH HƯỚNG NỘI DUNG TUYÊN TRUYỀN THÁNG 12/2024". */
const GUIDANCE = /định hướng|tuyên truyền|sinh hoạt/iu;
/** The only words such a heading has before its month; anything else ("Hội nghị Trung ương 8 tháng 10/2023") is news. */
const GUIDANCE_WORDS = new Set(
  'định hướng nội dung tuyên truyền sinh hoạt chi bộ thông tin công tác chủ yếu trọng tâm các của trong cho tài liệu kế hoạch'.split(' '),
);
const MARKER = /^\s*(?:[A-ZĐ]|[IVXLC]+|\d+(?:\.\d+)*)[.)]\s*/u;

function isGuidanceHead(before: string): boolean {
  const words = wordsOf(before.replace(MARKER, '').toLowerCase());
  return words.length > 0 && GUIDANCE.test(before) && words.every((w) => GUIDANCE_WORDS.has(w));
}

/** The runs of letters and marks of `s`: s.split(/[^\p{L}\p{M}]+/u) without the empty strings. */
function wordsOf(s: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < s.length) {
    let len = letterOrMarkLength(s, i);
    if (len === 0) {
      // Another character: one code point.
      i += codePointSize(s, i);
      continue;
    }
    const start = i;
    do i += len;
    while ((len = letterOrMarkLength(s, i)) > 0);
    words.push(s.slice(start, i));
  }
  return words;
}

/** The title says "THÁNG 12 NĂM 2024" and a guidance heading says "THÁNG 11/2024": one of them is wrong. */
export const period: Check = {
  code: 'date.period',
  category: 'date',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    vi: 'Tháng ghi ở các đề mục định hướng, tuyên truyền, sinh hoạt phải trùng với tháng của bản tin ghi ở tiêu đề.',
    en: 'Guidance headings name the same month as the bulletin title.',
  },
  run({ model, t, report }) {
    const p = model.period;
    const meant = bulletinPeriod(model);
    if (!p?.valid || !meant) return;
    for (const found of model.dates) {
      const { paragraph, item } = found;
      if (item.kind !== 'date' || item.form !== 'month-year' || !item.valid || item.yearInferred || !item.parts.year) continue;
      const kind = model.kinds[paragraph.firstLine];
      const headingLike = kind === 'heading' || (kind === 'paragraph' && isUpperCase(paragraph.view.text));
      if (!headingLike || paragraph.firstLine === p.line || inTitlePeriod(model, found)) continue;
      if (!/^tháng/iu.test(item.text) || !isGuidanceHead(paragraph.view.text.slice(0, item.start))) continue;
      if (/\S/u.test(paragraph.view.text.slice(item.end).replace(/[.:*)\s]/gu, ''))) continue;
      if (item.month === p.month && item.year === p.year) continue;
      if (item.month === meant.month && item.year === meant.year) continue; // the title's own slip is structure.title-period
      report({
        span: spanIn(paragraph, item),
        message: t('date.period', { found: item.text, month: item.month!, year: item.year!, expectedMonth: p.month, expectedYear: p.year }),
      });
    }
  },
};
