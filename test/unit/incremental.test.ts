import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseBulletin, runChecks, BulletinModel } from '../../server/src/language';
import { lineView } from '../../server/src/language/parse/model';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples', 'ban-tin-mau.bulletin'), 'utf8');

/** What a client sees: everything but object identity. */
function observed(model: BulletinModel) {
  return {
    findings: runChecks(model).map((f) => ({ ...f, fix: f.fix })), // the fix is worked out when asked
    headings: model.headings.map((h) => [h.line, h.rank, h.text, h.span]),
    // Each line placed in the document: a line moved by an edit above it keeps its form and is placed at its new start.
    lines: model.lines.map((l) => [l.index, l.start, l.end, l.form.text, lineView(l).span(0, l.form.text.length), lineView(l).origin(1)]),
    citations: model.citations.map((c) => [c.paragraph.firstLine, c.item.start, c.item.end, c.paragraph.view.span(c.item.start, c.item.end)]),
    dates: model.dates.map((d) => [d.paragraph.firstLine, d.item.start, d.paragraph.view.span(d.item.start, d.item.end)]),
  };
}

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 30 }),
  insert: fc.constantFrom('', 'x', '\n', '\r\n', '1. ', 'A. MỤC', '\n2.. Mục\n', 'ngày 31/6/2024 ', '38-CT/TU', 'Thứ hai, ', 'e\u0301', '\u00a0', '**', '<!-- bantin-disable-line -->'),
});

describe('incremental parsing equals a fresh parse', () => {
  it('after any sequence of edits, reusing the previous versions gives the same model and findings', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        let text = SAMPLE;
        let model = parseBulletin(text, { declaredBulletin: true });
        observed(model);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
          model = parseBulletin(text, { declaredBulletin: true, previous: model });
          observed(model); // reads citations and dates so that the next version may reuse them
        }
        assert.deepEqual(observed(model), observed(parseBulletin(text, { declaredBulletin: true })));
      }),
      { seed: 7, numRuns: 60 },
    );
  });
});
