/**
 * Pathological inputs for the engine, shared by test/unit/pathological.test.ts (full size, must finish) and the
 * benchmark (`npm run bench`, row group "pathological": the same inputs at 1/4, 1/2 and full size, so that growth
 * that is not linear shows). Every generator is deterministic; `scale` 1 is the size named in issue 6.
 */
export interface PathologicalInput {
  name: string;
  /** What a full-size input is. */
  description: string;
  flavor: 'plain' | 'markdown' | 'auto';
  build(scale?: number): string;
}

const SENTENCE =
  'Thực hiện Chỉ thị số 38-CT/TU, ngày 28/11/2023 của Ban Thường vụ Tỉnh ủy về một số nhiệm vụ trước, trong và sau Tết Nguyên đán (1) Lãnh đạo cán bộ; ';

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function lines(count: number, line: (i: number) => string): string {
  const out: string[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = line(i);
  return out.join('\n') + '\n';
}

const n = (full: number, scale: number) => Math.max(1, Math.round(full * scale));

export const PATHOLOGICAL: readonly PathologicalInput[] = [
  {
    name: 'single-line-1mb',
    description: 'a 1 MB line of running text with markers, citations, dates and parentheses, no line break',
    flavor: 'plain',
    build: (scale = 1) => repeatTo(SENTENCE, n(1_000_000, scale)),
  },
  {
    name: 'single-line-1mb-markdown',
    description: 'the same 1 MB line read as Markdown, with **bold**, <sup>n</sup> and escapes in it',
    flavor: 'markdown',
    build: (scale = 1) => repeatTo('**' + SENTENCE + '**<sup>1</sup> \\* ', n(1_000_000, scale)),
  },
  {
    name: 'headings-100k',
    description: '100 000 headings: parts, sections, items and sub-items that run on, with a slip every 97th',
    flavor: 'plain',
    build: (scale = 1) => {
      const letters = 'ABCDĐEGHIKLMNOPQRSTUVXY';
      return lines(n(100_000, scale), (i) => {
        const k = i % 8;
        const block = Math.floor(i / 8);
        const slip = i % 97 === 0 ? 1 : 0;
        if (k === 0) return `${letters[block % letters.length]}. PHẦN ${block}`;
        if (k === 1) return 'I. MỤC MỘT';
        if (k <= 4) return `${k - 1 + slip}. Mục ${k - 1}`;
        return `3.${k - 4 + slip}. Tiểu mục ${k - 4}`;
      });
    },
  },
  {
    name: 'markdown-headings-100k',
    description: '100 000 Markdown headings "## 1." … "## 999." over and over, every third one at "###"',
    flavor: 'markdown',
    build: (scale = 1) => lines(n(100_000, scale), (i) => `${i % 3 ? '##' : '###'} ${(i % 999) + 1}. Mục ${i}`),
  },
  {
    name: 'numbering-60-levels',
    description: 'numbering 60 levels deep ("1.", "1.1.", … "1.1.….1."), the ladder repeated to 20 000 lines',
    flavor: 'plain',
    build: (scale = 1) =>
      lines(n(20_000, scale), (i) => {
        const depth = (i % 60) + 1;
        return `${Array.from({ length: depth }, (_, d) => (d === depth - 1 ? String(Math.floor(i / 60) % 5 + 1) : '1')).join('.')}. Nội dung cấp ${depth}`;
      }),
  },
  {
    name: 'numbering-60-levels-one-line',
    description: 'one heading numbered 60 levels deep, 20 000 dot-separated numbers long, once per line (1 000 lines)',
    flavor: 'plain',
    build: (scale = 1) => lines(n(1_000, scale), (i) => `${Array.from({ length: 60 }, () => String((i % 9) + 1)).join('.')}. Nội dung`),
  },
  {
    name: 'citations-10k-alternating-dates',
    description: '10 000 citations of Nghị quyết số 12-NQ/TW, dated alternately 16/02/2024 and 17/02/2024',
    flavor: 'plain',
    build: (scale = 1) =>
      lines(n(10_000, scale), (i) =>
        i % 2 === 0
          ? `Thực hiện Nghị quyết số 12-NQ/TW, ngày 16/02/2024 của Bộ Chính trị về công tác cán bộ (lần ${i}).`
          : `Theo Nghị quyết số 12-NQ/TW ngày 17 tháng 02 năm 2024 của Bộ Chính trị, các chi bộ triển khai (lần ${i}).`,
      ),
  },
  {
    name: 'date-tokens-100k',
    description: '100 000 date-like tokens (valid, impossible, ranges, fractions), 10 a line',
    flavor: 'plain',
    build: (scale = 1) => {
      const tokens = ['12/3/2024', '31/02/2023', '1/1/1', '2020-2025', '29.02.2023', 'ngày 5 tháng 13 năm 2024', '7/14', '(01/01/1914- 01/01/2014)', 'quý IV/2024', '20230 - 2035'];
      return lines(n(10_000, scale), (i) => tokens.map((t, j) => (j === 0 ? `${(i % 28) + 1}/${(i % 12) + 1}/${2000 + (i % 30)}` : t)).join(', '));
    },
  },
  {
    name: 'open-parens',
    description: '"((((" runs: a 500 000-character run, then 50 000 lines of "((((((((((1)" and "(((i)"',
    flavor: 'plain',
    build: (scale = 1) => '('.repeat(n(500_000, scale)) + '\n' + lines(n(50_000, scale), (i) => (i % 2 ? '((((((((((1) Nội dung' : '(((i) Nội dung (((')),
  },
  {
    name: 'markdown-stars',
    description: '"*" runs in Markdown: a 500 000-star line, 20 000 lines of "**** *a* ****", unclosed "**" headings',
    flavor: 'markdown',
    build: (scale = 1) =>
      '*'.repeat(n(500_000, scale)) + '\n' + lines(n(20_000, scale), (i) => (i % 2 ? '**** *a* **** * ** *** ' + '*'.repeat(i % 50) : `## **${(i % 999) + 1}. Mục **chưa đóng`)),
  },
  {
    name: 'comment-openers',
    description: 'unclosed "<!--" and "<!-- bantin-disable" runs: a 200 000-character line, then 20 000 short lines',
    flavor: 'plain',
    build: (scale = 1) =>
      repeatTo('<!-- ', n(200_000, scale)) + '\n' + lines(n(20_000, scale), (i) => (i % 2 ? '<!-- bantin-disable-line <!-- x' : `${i}. Mục <!-- bantin-`)),
  },
  {
    name: 'suppressed-findings-20k',
    description: '20 000 numbering defects, each silenced by its own <!-- bantin-disable-line --> comment',
    flavor: 'plain',
    build: (scale = 1) => lines(n(20_000, scale), (i) => `${i % 2 ? 3 : 1}.. Mục <!-- bantin-disable-line structure.numbering-sequence -->`),
  },
  {
    name: 'blank-lines-200k',
    description: '200 000 blank and whitespace-only lines (flavor detected), then one "\\*" line',
    flavor: 'auto',
    build: (scale = 1) => lines(n(200_000, scale), (i) => ['', ' ', '\t ', '\u00a0'][i % 4]) + '\\*\n',
  },
  {
    name: 'thu-nhat-200k',
    description: '200 000 "Thứ nhất," lines (each a repeat of the last)',
    flavor: 'plain',
    build: (scale = 1) => lines(n(200_000, scale), () => 'Thứ nhất, tăng cường công tác giáo dục chính trị tư tưởng.'),
  },
];
