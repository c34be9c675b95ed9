// Property tests (fast-check, fixed seeds): the engine never throws on any text, its ranges are inside the document
// and agree with its offsets, incremental edits give the same findings as a fresh open, and every quick fix does
// exactly what it says. Inputs: the sample and the fixtures with random edits, and generated bulletins.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allChecks, applyEdits, Finding, parseBulletin, runChecks } from '../../server/src/language';
import { Analysis } from '../../server/src/lsp/analysis';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { REPO_ROOT } from '../helpers/paths';
import { lineStarts } from '../helpers/text';

const SEED = 42;
const CODES = new Set(allChecks.map((c) => c.code));

function baseTexts(): string[] {
  const fixtures = path.join(REPO_ROOT, 'test', 'fixtures', 'structure');
  const files = [path.join(REPO_ROOT, 'samples', 'ban-tin-mau.bulletin'), ...fs.readdirSync(fixtures).sort().map((f) => path.join(fixtures, f))];
  return files.map((f) => fs.readFileSync(f, 'utf8'));
}
const BASES = baseTexts();

/** Pieces that stress the text layer and the parsers, besides random strings. */
const NASTY = [
  'A. ', 'Đ. ', 'II. ', 'IV . ', '1. ', '2.. ', '45. ', '1 Một ', '1.1 Tình ', '2.3. ', '1.1.1.1.1.1.1. ', '(iv) ', '(1). ', 'a) ', 'c) ',
  'Thứ nhất, ', 'Thứ ba, ', 'Mười một, ', 'Một là, ', 'Thứ Hai, ngày 15/01/2024', '## ', '### ', '**', '*', '\\*', '<sup>1</sup>',
  '<!--', '-->', '<!-- bantin-disable-line -->', '<!-- bantin-disable structure -->', '<!-- bantin-enable structure -->',
  '[bookmark: _Hlk1]', '[footnoteRef:3]', 'Nơi nhận:', 'T/M BAN THƯỜNG VỤ', 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 13 NĂM 2024',
  'tháng 12/2020', 'ngày 31/02/2023', '12-NQ/TW', 'số Số: 1099  - CV/ĐUK', '\n', '\r\n', '\r', '\n\n\n', '\ufeff', '\u00a0', '\t',
  '\u200b', '\u00ad', '\u2028', '\u0301', '\u0300\u0323', 'o\u0302\u0301', 'A\u0301\u0301\u0301', '\ud800', '\udc00', '\ud83d\ude00',
  '\u0000', '\u0007', '\ufffd', '\uFB2C\u0301', '\u0958\u0301', 'a\u0344', '\u2126\u0301', 'x'.repeat(3000),
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 24 }).map((b) => Buffer.from(b).toString('latin1')) },
);

const TRANSFORMS = ['none', 'nfd', 'crlf', 'cr', 'bom', 'nbsp', 'marks-alone', 'long-line'] as const;
function transform(text: string, how: (typeof TRANSFORMS)[number]): string {
  switch (how) {
    case 'nfd':
      return text.normalize('NFD');
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'cr':
      return text.replace(/\r?\n/g, '\r');
    case 'bom':
      return '\ufeff' + text;
    case 'nbsp':
      return text.replace(/ /g, '\u00a0');
    case 'marks-alone':
      // Combining marks cut from their letters: NFD, then every base letter dropped now and then.
      return text.normalize('NFD').replace(/[a-zA-Z](?=[\u0300-\u036f])/g, (m, offset: number) => (offset % 3 === 0 ? '' : m));
    case 'long-line':
      return text.replace(/\r?\n/g, ' ');
    default:
      return text;
  }
}

interface RawEdit {
  at: number;
  remove: number;
  insert: string;
}
const rawEdit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 30 }), insert: piece });

/** Applies edits one after another; `at` is taken modulo the current length. */
function mutate(text: string, edits: RawEdit[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length ? e.at % (out.length + 1) : 0;
    out = out.slice(0, at) + e.insert + out.slice(Math.min(out.length, at + e.remove));
  }
  return out;
}

const mutatedBulletin = fc
  .record({
    base: fc.nat({ max: BASES.length - 1 }),
    edits: fc.array(rawEdit, { maxLength: 12 }),
    how: fc.constantFrom(...TRANSFORMS),
  })
  .map(({ base, edits, how }) => mutate(transform(BASES[base], how), edits));

const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(piece, { maxLength: 80 }).map((p) => p.join('')),
  fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b).toString('utf8')),
);

const anyText = fc.oneof({ weight: 3, arbitrary: mutatedBulletin }, { weight: 2, arbitrary: randomText });
const flavor = fc.constantFrom('auto' as const, 'plain' as const, 'markdown' as const);

/** Line and character of an offset, computed here independently of the engine. */
function positionOf(starts: number[], offset: number): { line: number; character: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - starts[low] };
}

function lineLength(text: string, starts: number[], line: number): number {
  const end = line + 1 < starts.length ? starts[line + 1] : text.length;
  let length = end - starts[line];
  if (line + 1 < starts.length) length -= text.slice(end - 2, end) === '\r\n' ? 2 : 1;
  return length;
}

/** Every range inside the document, start ≤ end, matching its span; every fix edit inside the text. */
function assertSane(text: string, findings: Finding[]): void {
  const starts = lineStarts(text);
  const checkSpan = (what: string, span: { start: number; end: number }, range: Finding['range']) => {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: span ${JSON.stringify(span)} not integers`);
    assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: span ${JSON.stringify(span)} outside 0..${text.length}`);
    assert.deepEqual(range.start, positionOf(starts, span.start), `${what}: range start does not match span ${JSON.stringify(span)}`);
    assert.deepEqual(range.end, positionOf(starts, span.end), `${what}: range end does not match span ${JSON.stringify(span)}`);
    for (const p of [range.start, range.end]) {
      assert.ok(p.line >= 0 && p.line < starts.length, `${what}: line ${p.line} outside the document`);
      assert.ok(p.character >= 0 && p.character <= lineLength(text, starts, p.line), `${what}: character ${p.character} beyond line ${p.line}`);
    }
  };
  for (const f of findings) {
    const what = `${f.code} at ${JSON.stringify(f.span)}`;
    assert.ok(CODES.has(f.code), `unknown code ${f.code}`);
    assert.ok(typeof f.message === 'string' && f.message.length > 0 && !f.message.includes('{'), `${what}: message ${JSON.stringify(f.message)}`);
    checkSpan(what, f.span, f.range);
    for (const e of f.fix?.edits ?? []) {
      checkSpan(`${what}, fix edit`, e, e.range);
      assert.equal(typeof e.newText, 'string');
    }
  }
}

/**
 * Fix side effects that are known and reported (issue 6), excluded here so that the property guards everything else.
 * Remove an entry once the fix is changed; the test then checks that case too.
 */
const KNOWN_FIX_SIDE_EFFECTS: Array<{ why: string; applies(fixed: Finding, addedKey: string): boolean }> = [];

describe('robustness (property tests, seed 42)', function () {
  this.timeout(60_000);

  it('never throws, and every range is inside the document and matches its span', function () {
    fc.assert(
      fc.property(anyText, flavor, fc.boolean(), fc.constantFrom('vi' as const, 'en' as const), (text, fl, declared, locale) => {
        const model = parseBulletin(text, { flavor: fl, declaredBulletin: declared, version: 1 });
        assertSane(text, runChecks(model, { locale }));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('binary junk, very long lines and lone surrogates at size do not throw', function () {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20_000, maxLength: 60_000 }), fc.nat({ max: 3 }), (bytes, how) => {
        const junk = Buffer.from(bytes);
        const text = [junk.toString('latin1'), junk.toString('utf8'), junk.toString('utf16le'), junk.toString('latin1').replace(/[\r\n]/g, '')][how];
        assertSane(text, runChecks(parseBulletin(text, { flavor: 'auto', declaredBulletin: true })));
      }),
      { seed: SEED, numRuns: 12 },
    );
  });

  // Pending until fixed (reported in issue 6): text/normalize.ts buildView sizes its origin arrays by the raw line
  // length, but NFC can lengthen a cluster (U+FB2C → 3 code units, U+0958 → 2), so the last characters of such a line
  // map to NaN and a finding there got span.end null and range.end line 0 (fixed: the offset arrays grow).
  it('a line whose NFC form is longer than the line keeps every offset (U+FB2C, U+0958)', function () {
    for (const odd of ['\uFB2C\u0301', '\u0958\u0301']) {
      const text = `THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024\n\nA. PHẦN\nTheo ${odd.repeat(4)} ngày 31/02/2023\n`;
      const findings = runChecks(parseBulletin(text, { declaredBulletin: true }));
      assert.ok(findings.some((f) => f.code.startsWith('date.')), 'the impossible date is found');
      assertSane(text, findings);
    }
  });

  it('after random incremental edits, findings equal those of a fresh open of the final text', function () {
    const uri = 'file:///robustness/edited.bulletin';
    const editStep = fc.array(rawEdit, { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(mutatedBulletin, fc.array(editStep, { minLength: 1, maxLength: 8 }), (initial, steps) => {
        let document = TextDocument.create(uri, 'bulletin', 1, initial);
        const incremental = new Analysis();
        incremental.findings(document, DEFAULT_SETTINGS, 0, 'vi');
        let expected = initial; // the same edits applied to a plain string, by offset
        for (const step of steps) {
          const changes = [];
          for (const e of step) {
            // Each change is relative to the text after the previous one (LSP semantics); never inside a \r\n.
            let start = expected.length ? e.at % (expected.length + 1) : 0;
            if (expected[start - 1] === '\r' && expected[start] === '\n') start--;
            let end = Math.min(expected.length, start + e.remove);
            if (expected[end - 1] === '\r' && expected[end] === '\n') end++;
            const starts = lineStarts(expected);
            changes.push({ range: { start: positionOf(starts, start), end: positionOf(starts, end) }, text: e.insert });
            expected = expected.slice(0, start) + e.insert + expected.slice(end);
          }
          document = TextDocument.update(document, changes, document.version + 1);
          incremental.findings(document, DEFAULT_SETTINGS, 0, 'vi');
        }
        assert.equal(document.getText(), expected);
        const afterEdits = incremental.findings(document, DEFAULT_SETTINGS, 0, 'vi');
        const fresh = new Analysis().findings(TextDocument.create(uri, 'bulletin', 1, expected), DEFAULT_SETTINGS, 0, 'vi');
        // As JSON: with each finding's fix, which a finding works out when asked.
        assert.deepEqual(asJson(afterEdits), asJson(fresh));
        assert.deepEqual(asJson(runChecks(parseBulletin(expected, { declaredBulletin: true }))), asJson(fresh));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('every quick fix changes only its range, removes its finding and adds none', function () {
    let fixesTried = 0;
    fc.assert(
      fc.property(generatedBulletin, ({ text, flavor: fl }) => {
        const before = runChecks(parseBulletin(text, { flavor: fl, declaredBulletin: true }));
        for (const finding of before) {
          if (!finding.fix) continue;
          fixesTried++;
          const edits = finding.fix.edits;
          const fixed = applyEdits(text, edits);
          const first = Math.min(...edits.map((e) => e.start));
          const last = Math.max(...edits.map((e) => e.end));
          const delta = fixed.length - text.length;
          assert.equal(fixed.slice(0, first), text.slice(0, first), 'text before the fix changed');
          assert.equal(fixed.slice(last + delta), text.slice(last), 'text after the fix changed');
          const after = runChecks(parseBulletin(fixed, { flavor: fl, declaredBulletin: true }));
          // Where an offset of the text before is in the fixed text: moved by the edits before it (a fix may edit
          // several places, e.g. an item and the sub-items that carry its number); inside an edit it stays at its end.
          const sorted = [...edits].sort((a, b) => a.start - b.start);
          const mapOffset = (o: number) => {
            let shift = 0;
            for (const e of sorted) {
              if (e.end <= o && !(e.start === e.end && e.start === o)) shift += e.newText.length - (e.end - e.start);
              else if (e.start < o) return e.start + shift + e.newText.length;
            }
            return o + shift;
          };
          const moved = (s: { start: number; end: number }) => `${mapOffset(s.start)}-${mapOffset(s.end)}`;
          const key = (f: Finding) => `${f.code}@${moved(f.span)}`;
          const fixedKey = `${finding.code}@${finding.span.start}-${mapOffset(finding.span.end)}`;
          const beforeKeys = new Set(before.filter((f) => f !== finding).map(key));
          const afterKeys = after.map((f) => `${f.code}@${f.span.start}-${f.span.end}`);
          const context = `fix "${finding.fix.title}" for ${finding.code} at ${JSON.stringify(finding.range)} in:\n${text}\n---- fixed:\n${fixed}`;
          assert.ok(!afterKeys.includes(fixedKey), `the finding is still there after its ${context}`);
          const added = afterKeys.filter((k) => !beforeKeys.has(k) && !KNOWN_FIX_SIDE_EFFECTS.some((known) => known.applies(finding, k)));
          assert.deepEqual(added, [], `new findings ${added.join(', ')} after ${context}`);
        }
      }),
      { seed: SEED, numRuns: 80 },
    );
    assert.ok(fixesTried > 50, `only ${fixesTried} fixes were tried`);
  });
});

// ---------------------------------------------------------------- generated bulletins with numbering defects

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

const LETTERS = 'ABCDĐEGHIK';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const THU = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một'];
const LA = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu'];

/** A defect applied to the value of one marker: none most of the time, else a skip, repeat or step back. */
const slip = fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(1, 2, -1, -2, 40) });
/** How a number marker is punctuated: right, or one of the format defects. */
const punct = fc.oneof({ weight: 6, arbitrary: fc.constant('.') }, { weight: 1, arbitrary: fc.constantFrom('..', '', ' .') });

const listBlock = fc.record({
  style: fc.constantFrom('paren', 'paren-dot', 'roman', 'alpha', 'thu', 'la'),
  slips: fc.array(slip, { minLength: 1, maxLength: 6 }),
  mixedDots: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
});

const itemBlock = fc.record({
  slip,
  punct,
  subs: fc.array(fc.record({ slip, punct, wrongParent: fc.oneof({ weight: 8, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }) }), { maxLength: 3 }),
  list: fc.option(listBlock, { freq: 3 }),
  hashes: fc.constantFrom('', '', '##', '###'),
});

type ListBlock = ValueOf<typeof listBlock>;
type ItemBlock = ValueOf<typeof itemBlock>;

const sectionBlock = fc.record({ slip, punct: fc.constantFrom('.', '.', '.', ' .'), items: fc.array(itemBlock, { maxLength: 5 }), empty: fc.boolean() });
const partBlock = fc.record({ slip, sections: fc.array(sectionBlock, { maxLength: 3 }), items: fc.array(itemBlock, { maxLength: 3 }) });

const generatedBulletin = fc
  .record({
    parts: fc.array(partBlock, { minLength: 1, maxLength: 3 }),
    markdown: fc.boolean(),
    title: fc.constantFrom('THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024', 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 13 NĂM 2024', 'BẢN TIN NỘI BỘ', ''),
    crlf: fc.boolean(),
  })
  .map(({ parts, markdown, title, crlf }) => {
    const out: string[] = [];
    if (title) out.push(markdown ? `**${title}**` : title, '');
    const body = 'Nội dung triển khai thực hiện nghị quyết.';
    const writeList = (list: ListBlock) => {
      let v = 1;
      list.slips.forEach((s, i) => {
        v = Math.max(1, v + s);
        const dot = list.mixedDots[i] ? '.' : '';
        switch (list.style) {
          case 'paren':
            out.push(`(${v})${dot} ${body}`);
            break;
          case 'paren-dot':
            out.push(`(${v}). ${body}`);
            break;
          case 'roman':
            out.push(`(${ROMAN[Math.min(v, 10) - 1].toLowerCase()}) ${body}`);
            break;
          case 'alpha':
            out.push(`${'abcdđeghik'[Math.min(v, 10) - 1]}) ${body}`);
            break;
          case 'thu':
            out.push(`${i === 3 && v === 11 ? 'Mười một' : `Thứ ${THU[Math.min(v, 11) - 1]}`}, ${body}`);
            break;
          default:
            out.push(`${LA[Math.min(v, 6) - 1]} là, ${body}`);
        }
        v++;
      });
    };
    const writeItems = (items: ItemBlock[]) => {
      let n = 1;
      for (const item of items) {
        n = Math.max(1, n + item.slip);
        const hashes = markdown && item.hashes ? item.hashes + ' ' : '';
        out.push(`${hashes}${n}${item.punct} Mục ${n} về công tác cán bộ`, body);
        let m = 1;
        for (const sub of item.subs) {
          m = Math.max(1, m + sub.slip);
          out.push(`${hashes}${sub.wrongParent ? n + 1 : n}.${m}${sub.punct} Tiểu mục ${m}`, body);
          m++;
        }
        if (item.list) writeList(item.list);
        n++;
      }
    };
    let p = 0;
    for (const part of parts) {
      p = Math.max(0, Math.min(LETTERS.length - 1, p + part.slip));
      out.push(`${markdown ? '# ' : ''}${LETTERS[p]}. PHẦN ${p + 1}`, body);
      writeItems(part.items);
      let s = 0;
      for (const section of part.sections) {
        s = Math.max(0, Math.min(ROMAN.length - 1, s + section.slip));
        out.push(`${ROMAN[s]}${section.punct} MỤC ${s + 1}`);
        if (!section.empty) out.push(body);
        writeItems(section.items);
        s++;
      }
      p++;
      out.push('');
    }
    const text = out.join('\n') + '\n';
    return { text: crlf ? text.replace(/\n/g, '\r\n') : text, flavor: markdown ? ('markdown' as const) : ('plain' as const) };
  });

function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
