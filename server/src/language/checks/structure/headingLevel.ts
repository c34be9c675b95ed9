import { Heading } from '../../parse/model';
import { Check } from '../types';

/**
 * In DOCX-converted Markdown, "## 1.2." and "### 1.3." are peers written at different levels. Headings of the same
 * numbering level should share one Markdown level: the most used one in their document.
 */
export const headingLevel: Check = {
  code: 'structure.heading-level',
  category: 'structure',
  defaultSeverity: 'information',
  fixable: true,
  description: {
    vi: 'Đề mục Markdown (#, ##, ###…) cùng cấp đánh số phải cùng cấp Markdown.',
    en: 'Markdown headings (#, ##, ###…) of the same numbering level use the same Markdown level.',
  },
  run({ model, t, report }) {
    const groups = new Map<string, Heading[]>();
    for (const heading of model.headings) {
      if (!heading.marker || heading.markdownLevel === null) continue;
      const key = `${heading.doc}|${heading.rank}`;
      const group = groups.get(key);
      if (group) group.push(heading);
      else groups.set(key, [heading]);
    }
    for (const group of groups.values()) {
      const level = dominantLevel(group);
      if (level === undefined) continue;
      for (const heading of group) {
        if (heading.markdownLevel === level) continue;
        const line = model.lines[heading.line];
        const raw = model.source.text.slice(line.start, line.end);
        const hashes = /^#+/.exec(raw);
        if (!hashes) continue;
        const wanted = '#'.repeat(level);
        report({
          span: { start: line.start, end: line.start + hashes[0].length },
          message: t('structure.heading-level', { found: heading.marker!.text, level: heading.markdownLevel!, expected: level, hashes: wanted }),
          fix: { title: t('fix.replace', { text: wanted }), edits: [{ start: line.start, end: line.start + hashes[0].length, newText: wanted }], preferred: true },
        });
      }
    }
  },
};

/** The level used by a clear majority of the group; undefined when there is no majority to follow. */
function dominantLevel(group: Heading[]): number | undefined {
  const counts = new Map<number, number>();
  for (const h of group) counts.set(h.markdownLevel!, (counts.get(h.markdownLevel!) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (sorted.length < 2 || sorted[0][1] === sorted[1][1]) return undefined;
  return sorted[0][0];
}
