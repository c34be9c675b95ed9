// The snippets in snippets/: each citation snippet, filled with its defaults, is a citation the checks accept, and
// the whole-bulletin skeleton is a bulletin without findings (a snippet that teaches a wrong form would be worse
// than none).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseBulletin, runChecks } from '../../server/src/language';
import { REPO_ROOT } from '../helpers/paths';

const snippets = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'snippets', 'bulletin.code-snippets'), 'utf8')) as Record<string, { prefix: string[]; body: string | string[] }>;

/** The text VS Code inserts when every placeholder keeps its default (the first choice of a choice). */
function expand(body: string | string[]): string {
  const text = Array.isArray(body) ? body.join('\n') : body;
  const defaults = new Map<string, string>();
  return text.replace(/\$\{(\d+)(?::([^}]*)|\|([^|]*)\|)\}|\$(\d+)/g, (_, n: string, value?: string, choices?: string, bare?: string) => {
    if (bare !== undefined) return defaults.get(bare) ?? '';
    const v = value ?? choices!.split(',')[0];
    defaults.set(n, v);
    return v;
  });
}

const HEAD = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2025\n\nI. VĂN BẢN\n';

describe('snippets', () => {
  const citations = Object.entries(snippets).filter(([name]) => /\((Đảng|Nhà nước|Quốc hội|Thủ tướng)\)/.test(name));

  it('there is a citation snippet for each common type and a whole-bulletin skeleton', () => {
    const names = Object.keys(snippets).join('|');
    for (const type of ['Nghị quyết', 'Chỉ thị', 'Kết luận', 'Quy định', 'Quyết định', 'Hướng dẫn', 'Kế hoạch', 'Thông báo', 'Chương trình', 'Nghị định', 'Luật', 'Thông tư']) {
      assert.ok(names.includes(type), type);
    }
    assert.ok(snippets['Bản tin đầy đủ (khung)']);
  });

  for (const [name, snippet] of citations) {
    it(`${name}: filled with its defaults, one citation with a date and no finding`, () => {
      const text = `${HEAD}1. Thực hiện ${expand(snippet.body)}.\n`;
      const model = parseBulletin(text, { declaredBulletin: true });
      assert.equal(model.citations.length, 1, text);
      assert.ok(model.citations[0].item.date, `${text}: no date read`);
      const findings = runChecks(model, { locale: 'vi' }).filter((f) => f.code !== 'reference.future-date');
      assert.deepEqual(findings.map((f) => `${f.code}: ${f.message}`), []);
    });
  }

  it('the skeleton, filled with its defaults, is a bulletin without findings', () => {
    const text = expand(snippets['Bản tin đầy đủ (khung)'].body);
    const model = parseBulletin(text, { declaredBulletin: true });
    assert.deepEqual(model.period && [model.period.month, model.period.year], [1, 2025]);
    assert.deepEqual(runChecks(model, { locale: 'vi' }).map((f) => `${f.code}: ${f.message}`), []);
  });
});
