import type { Check } from '../../server/src/language';

/**
 * The header lines of a check's docs page (docs/checks/<code>.md), generated from the check's metadata so that the
 * page cannot disagree with the code: code, category, default severity, quick fix. `npm run docs:headers` writes
 * them (scripts/docs-headers.js); test/unit/docsHeader.test.ts fails when a page is not up to date.
 */
export const BEGIN = '<!-- Generated from the check’s metadata by `npm run docs:headers`: do not edit down to the end mark. -->';
export const END = '<!-- End of generated lines. -->';

const CATEGORY_NAMES: Record<Check['category'], string> = {
  structure: 'cấu trúc / structure',
  reference: 'trích dẫn văn bản / references',
  date: 'ngày tháng / dates',
  text: 'chính tả, câu chữ / text',
};

export function headerLines(check: Check): string[] {
  return [
    BEGIN,
    `- Mã / code: \`${check.code}\``,
    `- Nhóm / category: ${CATEGORY_NAMES[check.category]}`,
    `- Mức mặc định / default severity: **${check.defaultSeverity}**`,
    `- Sửa nhanh / quick fix: ${check.fixable ? 'Có / yes' : 'Không / no'}`,
    END,
  ];
}

const OLD_SEVERITY = /^- Mức mặc định \/ default severity: .*$/;
const OLD_FIX = /^- Sửa nhanh \/ quick fix: (.*)$/;

/**
 * The page with its generated header lines up to date. A page written before the generated lines existed has its
 * severity and quick-fix lines replaced; what its quick-fix line said beyond "Có" is kept as a line of details.
 */
export function withHeader(page: string, check: Check): string {
  const lines = page.split('\n');
  const begin = lines.indexOf(BEGIN);
  if (begin >= 0) {
    const end = lines.indexOf(END, begin);
    if (end < 0) throw new Error(`${check.code}: the generated lines have no end mark`);
    lines.splice(begin, end - begin + 1, ...headerLines(check));
    return lines.join('\n');
  }
  const severity = lines.findIndex((l) => OLD_SEVERITY.test(l));
  const fix = lines.findIndex((l) => OLD_FIX.test(l));
  // A page without the old lines gets the header after its one-line summary (title, blank, summary, blank).
  const at = severity >= 0 ? severity : Math.min(lines.length, 4);
  const details = fix >= 0 ? fixDetails(OLD_FIX.exec(lines[fix])![1]) : undefined;
  const removed = [severity, fix].filter((i) => i >= 0).sort((a, b) => b - a);
  for (const i of removed) lines.splice(i, 1);
  const block = [...headerLines(check), ...(details ? [`- Sửa nhanh, chi tiết / quick fix details: ${details}`] : [])];
  lines.splice(at, 0, ...block, ...(severity >= 0 ? [] : ['']));
  return lines.join('\n');
}

/** "Có (không chắc chắn)" → "không chắc chắn", "Có khi chắc chắn" → "khi chắc chắn", "Có" / "Không" → nothing. */
function fixDetails(said: string): string | undefined {
  let rest = said.replace(/^(Có|Không)/, '').replace(/^[,:]?\s*/, '').trim();
  if (/^\([^()]*\)$/.test(rest)) rest = rest.slice(1, -1);
  return rest || undefined;
}
