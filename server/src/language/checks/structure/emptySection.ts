import { Check } from '../types';
import { levelName } from './levels';

/** A part or section followed straight by a peer or a higher heading (or by the end) has nothing in it. */
export const emptySection: Check = {
  code: 'structure.empty-section',
  category: 'structure',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    vi: 'Phần, mục không có nội dung: đề mục theo sau ngay bởi một đề mục cùng cấp hoặc cấp trên.',
    en: 'A part or section without content: its heading is followed straight by a peer or higher heading.',
  },
  run({ model, t, report }) {
    const numbered = model.headings.filter((h) => h.marker);
    numbered.forEach((heading, i) => {
      // Items often carry their whole text on their own line; only parts and sections must have a body.
      if (heading.marker!.kind === 'item') return;
      const next = numbered[i + 1];
      const until = next ? next.line : model.lines.length;
      for (let line = heading.line + 1; line < until; line++) {
        const kind = model.kinds[line];
        if (kind !== 'blank' && kind !== 'closing') return;
      }
      if (next && next.rank > heading.rank && next.doc === heading.doc) return;
      report({ span: heading.span, message: t('structure.empty-section', { level: levelName(heading.marker!, t), found: heading.marker!.text }) });
    });
  },
};
