import * as assert from 'node:assert/strict';
import { memoByObject, memoByObjectPair, memoByText } from '../../server/src/language/text/memo';
import { forEachFound, lineTexts, paragraphTexts, rawLineTexts } from '../../server/src/language/analysis/distinctTexts';
import { linesMatching } from '../../server/src/language/analysis/lineScan';
import { allChecks, parseBulletin, runChecks } from '../../server/src/language';

describe('memoByText', () => {
  it('computes once per distinct text, whatever string object carries it', () => {
    let calls = 0;
    const length = memoByText((text) => {
      calls++;
      return text.length;
    });
    const a = 'đoạn văn '.repeat(1000);
    const copy = [...a].join(''); // same content, another string object (as the next document version has)
    assert.equal(length(a), a.length);
    assert.equal(length(a), a.length);
    assert.equal(length(copy), a.length);
    assert.equal(length('khác'), 4);
    assert.equal(length(copy), a.length);
    assert.equal(calls, 2);
  });

  it('remembers undefined results too, and starts afresh past its limit', () => {
    let calls = 0;
    const none = memoByText(() => {
      calls++;
      return undefined;
    }, 2);
    none('a');
    none('b');
    none('a');
    assert.equal(calls, 2);
    none('c'); // over the limit: the memory starts again
    none('a');
    assert.equal(calls, 4);
  });
});

describe('memoByObjectPair', () => {
  it('computes once per pair of objects (undefined results too); another object on either side computes again', () => {
    let calls = 0;
    const sum = memoByObjectPair((a: { n: number }, b: { n: number }) => {
      calls++;
      return a.n + b.n > 0 ? a.n + b.n : undefined;
    });
    const [a, b, c] = [{ n: 1 }, { n: 2 }, { n: -5 }];
    assert.equal(sum(a, b), 3);
    assert.equal(sum(a, b), 3);
    assert.equal(sum(b, a), 3);
    assert.equal(sum(a, c), undefined);
    assert.equal(sum(a, c), undefined);
    assert.equal(sum({ n: 1 }, b), 3);
    assert.equal(calls, 4);
  });
});

describe('memoByObject', () => {
  it('computes once per object (undefined results too), and again for an equal but other object', () => {
    let calls = 0;
    const valueOf = memoByObject((o: { n: number }) => {
      calls++;
      return o.n > 0 ? o.n * 2 : undefined;
    });
    const a = { n: 2 };
    const zero = { n: 0 };
    assert.equal(valueOf(a), 4);
    assert.equal(valueOf(a), 4);
    assert.equal(valueOf(zero), undefined);
    assert.equal(valueOf(zero), undefined);
    assert.equal(calls, 2);
    assert.equal(valueOf({ n: 2 }), 4);
    assert.equal(calls, 3);
  });
});

describe('paragraphTexts, lineTexts, rawLineTexts, linesMatching', () => {
  const text = 'Tin trong tỉnh\n\nHội nghị  sơ kết.\nTin trong tỉnh\n\nHội nghị  sơ kết.\nMột dòng khác.\n';
  const model = parseBulletin(text, { flavor: 'plain' });

  it('group the paragraphs by text, each text where it first appears, its paragraphs in document order', () => {
    const groups = paragraphTexts(model);
    assert.deepEqual(groups.map((g) => g.text), ['Tin trong tỉnh', 'Hội nghị  sơ kết.', 'Một dòng khác.']);
    assert.deepEqual(groups.map((g) => g.items.map((p) => p.firstLine)), [[0, 3], [2, 5], [6]]);
    assert.equal(groups.reduce((n, g) => n + g.items.length, 0), model.paragraphs.length);
    assert.equal(paragraphTexts(model), groups, 'built once per model');
  });

  it('group the non-blank lines by the text they are read as, and all lines by their original text; linesMatching finds every line of a matching text, in order', () => {
    assert.deepEqual(lineTexts(model).map((g) => g.items.map((l) => l.index)), [[0, 3], [2, 5], [6]]);
    const raw = rawLineTexts(model);
    assert.deepEqual(raw.map((g) => g.text), ['Tin trong tỉnh', '', 'Hội nghị  sơ kết.', 'Một dòng khác.']);
    assert.deepEqual(raw.find((g) => g.text === '')!.items.map((l) => l.index), [1, 4, 7]);
    const empty = /^$/;
    assert.deepEqual(linesMatching(model, empty), [1, 4, 7]);
    assert.deepEqual(linesMatching(model, /  sơ|khác/), [2, 5, 6]);
    assert.equal(linesMatching(model, empty), linesMatching(model, empty), 'worked out once per model and pattern');
  });

  it('make a group of a text repeated on thousands of lines hold every one of them, in order', () => {
    const long = parseBulletin('Dòng lặp lại.\nDòng khác.\n'.repeat(20_000), { flavor: 'plain' });
    const groups = lineTexts(long);
    assert.deepEqual(groups.map((g) => g.items.length), [20_000, 20_000]);
    assert.ok(groups[0].items.every((l, k) => l.index === 2 * k));
    assert.ok(groups[1].items.every((l, k) => l.index === 2 * k + 1));
  });

  it('forEachFound reads each distinct paragraph text once and visits every paragraph of it', () => {
    const read: string[] = [];
    const visits: Array<[number, string]> = [];
    forEachFound(
      model,
      (text) => {
        read.push(text);
        return text.includes('  ') ? ['hai dấu cách'] : [];
      },
      (paragraph, item) => visits.push([paragraph.firstLine, item]),
    );
    assert.deepEqual(read, ['Tin trong tỉnh', 'Hội nghị  sơ kết.', 'Một dòng khác.']);
    assert.deepEqual(visits, [[2, 'hai dấu cách'], [5, 'hai dấu cách']]);
  });

  it('a check reading each distinct text once still reports at every paragraph of it', () => {
    const spacing = runChecks(model, { checks: allChecks.filter((c) => c.code === 'text.spacing') });
    assert.deepEqual(spacing.map((f) => f.range.start.line), [2, 5]);
  });
});

describe('a finding’s fix', () => {
  it('is worked out when first asked for, then the same object; a finding without one has none', () => {
    const model = parseBulletin('Hội nghị  sơ kết.\nMột dòng.\n', { flavor: 'plain' });
    const [finding] = runChecks(model, { checks: allChecks.filter((c) => c.code === 'text.spacing') });
    const fix = finding.fix!;
    assert.equal(finding.fix, fix);
    assert.deepEqual(fix.edits.map((e) => [e.range.start, e.range.end, e.newText]), [[{ line: 0, character: 8 }, { line: 0, character: 10 }, ' ']]);
    assert.equal(JSON.parse(JSON.stringify(finding)).fix.title, fix.title);
    const unfixable = runChecks(parseBulletin('Th?ng tin v? vi?c\n', { flavor: 'plain' }), { checks: allChecks.filter((c) => c.code === 'text.replacement-char') });
    assert.equal(unfixable.length, 1);
    assert.equal(unfixable[0].fix, undefined);
  });

  it('is not kept when the caller asks for none (the CLI): the same findings otherwise, in the same order', () => {
    const text = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024\n\nA. THỜI SỰ\nHội nghị  sơ kết trueyenf ngày 32/12/2024.\nC. NGHỊ QUYẾT\n';
    const model = parseBulletin(text, { flavor: 'plain' });
    const withFixes = runChecks(model);
    const without = runChecks(model, { fixes: false });
    assert.ok(withFixes.filter((f) => f.fix).length >= 2, 'the text has fixable findings');
    assert.ok(without.every((f) => !('fix' in f)));
    const plain = (f: { code: string; severity: string; message: string; span: unknown; range: unknown }) => ({ code: f.code, severity: f.severity, message: f.message, span: f.span, range: f.range });
    assert.deepEqual(without.map(plain), withFixes.map(plain));
  });
});

describe('per-version objects and the collector', () => {
  // An object literal's getter is an accessor pair that V8 allocates in the old generation, where it stays until a full
  // collection, dead or not. Every young collection then took the getter's closure as alive, and with it a whole
  // version: a large bulletin's edits spent their time copying the models and findings of earlier edits. Models and
  // findings are classes, their getters on the prototype.
  const ownAccessors = (object: object) =>
    Object.getOwnPropertyNames(object).filter((key) => Object.getOwnPropertyDescriptor(object, key)?.get);

  it('a model of any version and a finding with a fix have no getter of their own', () => {
    const first = parseBulletin('Hội nghị  sơ kết.\n', { flavor: 'plain' });
    const next = parseBulletin('Hội nghị  sơ kết ngày 32/12/2024.\n', { flavor: 'plain', previous: first });
    for (const model of [first, next]) {
      assert.deepEqual(ownAccessors(model), []);
      assert.equal(model.paragraphs.length, 1);
      void model.dates;
      void model.citations;
      const [finding] = runChecks(model);
      assert.ok(finding.fix, 'the finding has a fix');
      assert.deepEqual(ownAccessors(finding), []);
    }
  });
});
