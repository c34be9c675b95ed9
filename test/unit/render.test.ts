import * as assert from 'node:assert/strict';
import { parseBulletin } from '../../server/src/language';
import { renderBulletin, escapeHtml } from '../../server/src/language/render';

const BULLETIN = [
  'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', // 0
  'BAN TUYÊN GIÁO', // 1
  '*', // 2
  'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024', // 3
  '', // 4
  'A. THÔNG TIN THỜI SỰ', // 5
  'I. TRONG TỈNH', // 6
  '1. Kết quả nổi bật năm 2024', // 7
  'Tốc độ tăng trưởng đạt 6,2%[1].', // 8
  '- Một ý gạch đầu dòng', // 9
  '- Ý thứ hai', // 10
  '> Lời trích dẫn', // 11
  'B. ĐỊNH HƯỚNG TUYÊN TRUYỀN', // 12
  '1. Tuyên truyền kỷ niệm', // 13
  'Nội dung.', // 14
  '', // 15
].join('\n');

/** The tags of the rendered blocks with their data-line, in order. */
function blocks(html: string): string[] {
  return [...html.matchAll(/<(\w+)(?: class="([^"]*)")? data-line="(\d+)"/g)].map((m) => `${m[1]}${m[2] ? '.' + m[2] : ''}@${m[3]}`);
}

describe('renderer (bulletin model → HTML)', () => {
  const html = renderBulletin(parseBulletin(BULLETIN, { declaredBulletin: true }));

  it('lays out the title block, headings by level, paragraphs, lists and quotes with their source lines', () => {
    assert.deepEqual(blocks(html), [
      'header.bt-title@0',
      'p.bt-issuer@0',
      'p.bt-issuer@1',
      'p.bt-issuer@2',
      'p.bt-name@3',
      'h2.bt-part@5',
      'h3.bt-section@6',
      'h4.bt-item@7',
      'p@8',
      'li@9',
      'li@10',
      'blockquote@11',
      'h2.bt-part@12',
      'h4.bt-item@13',
      'p@14',
    ]);
    assert.match(html, /^<article class="bt-page">/);
    assert.match(html, /<ul class="bt-list">\n<li data-line="9">- Một ý gạch đầu dòng<\/li>\n<li data-line="10">- Ý thứ hai<\/li>\n<\/ul>/);
    assert.match(html, /<p class="bt-name" data-line="3">THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024<\/p>/);
  });

  it('shows footnote markers as superscripts and keeps the text', () => {
    assert.match(html, /6,2%<sup class="bt-fn">1<\/sup>\./);
    assert.match(renderBulletin(parseBulletin('Câu có chú thích<sup>2</sup> ở đây.\n', { flavor: 'markdown' })), /chú thích<sup class="bt-fn">2<\/sup> ở đây/);
  });

  it('renders Markdown bold and italic of the .md form', () => {
    const md = renderBulletin(parseBulletin('Đây là **chữ đậm** và *chữ nghiêng*.\n', { flavor: 'markdown' }));
    assert.match(md, /<strong>chữ đậm<\/strong> và <em>chữ nghiêng<\/em>/);
  });

  describe('escapes all document text', () => {
    const cases: Array<[string, string]> = [
      ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
      ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
      ["<img src=x onerror='alert(1)'>", '&lt;img src=x onerror=&#39;alert(1)&#39;&gt;'],
      ['[bấm vào đây](javascript:alert(1))', '[bấm vào đây](javascript:alert(1))'],
      ['**<b>đậm</b>**', '<strong>&lt;b&gt;đậm&lt;/b&gt;</strong>'],
      ['&lt; đã mã hoá &amp;', '&amp;lt; đã mã hoá &amp;amp;'],
    ];
    for (const [input, shown] of cases) {
      it(`shows ${JSON.stringify(input)} as text`, () => {
        for (const body of [`Đoạn: ${input}\n`, `A. ${input}\n`, `THÔNG TIN SINH HOẠT CHI BỘ ${input}\n`, `> ${input}\n`, `- ${input}\n`]) {
          const out = renderBulletin(parseBulletin(body, { flavor: 'markdown' }));
          assert.ok(out.includes(shown), `${JSON.stringify(body)} rendered as ${out}`);
          assert.doesNotMatch(out, /<script|<img|<a\b|href=|onerror=(?!&quot;|&#39;)/i, out);
          // Only our own tags appear.
          for (const tag of out.matchAll(/<\/?([a-z0-9]+)/g)) assert.ok(/^(article|header|footer|p|h[2-6]|ul|ol|li|blockquote|strong|em|sup|span)$/.test(tag[1]), tag[0]);
        }
      });
    }
  });

  it('marks findings inline with an escaped tooltip and the worst severity', () => {
    const model = parseBulletin('Một đoạn có lỗi <ở> đây.\n');
    const out = renderBulletin(model, {
      marks: [
        { line: 0, start: 16, end: 19, severity: 'warning', message: 'Sai "<x>"' },
        { line: 0, start: 16, end: 19, severity: 'error', message: 'Lỗi' },
      ],
    });
    assert.match(out, /Một đoạn có lỗi <span class="bt-mark bt-error" title="Sai &quot;&lt;x&gt;&quot;\nLỗi">&lt;ở&gt;<\/span> đây\./);
  });

  it('ignores marks out of the line and never loses text', () => {
    const model = parseBulletin('Ngắn.\n');
    const out = renderBulletin(model, { marks: [{ line: 0, start: 3, end: 99, severity: 'hint', message: 'm' }, { line: 7, start: 0, end: 1, severity: 'error', message: 'x' }] });
    assert.match(out, /Ngắ<span class="bt-mark bt-hint" title="m">n\.<\/span>/);
  });

  it('escapeHtml escapes the five special characters', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
