import * as assert from 'node:assert/strict';
import { allChecks, parseBulletin, runChecks } from '../../server/src/language';
import type { Marker } from '../../server/src/language/parse/model';

const TITLE = 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 10 NĂM 2024\n\n';

/** The markers of TITLE + body, by their text as written. */
function markers(body: string): Map<string, Marker[]> {
  const out = new Map<string, Marker[]>();
  for (const m of parseBulletin(TITLE + body, { flavor: 'plain' }).markers) out.set(m.text, [...(out.get(m.text) ?? []), m]);
  return out;
}

/** The facts the structure walk records; the checks (checks/structure/) judge them. */
describe('the structure walk records how it counted each marker', () => {
  it('what its run waited for, the value before it, and whether the next went on from it as written', () => {
    const found = markers('1. Một\nNội dung.\n3. Ba\nNội dung.\n4. Bốn\nNội dung.\n');
    assert.deepEqual(found.get('1.')![0].count, { waitedFor: [1], previous: undefined, nextWentOnAsWritten: false, under: [] });
    // "3." where "2." belongs: the run waited for 2; "4." went on from 3 as written, not from the 2 meant.
    assert.deepEqual(found.get('3.')![0].count, { waitedFor: [2], previous: 1, nextWentOnAsWritten: true, under: [] });
    // After the slip the run waits for what follows the number meant (3) and the number written (4).
    assert.deepEqual(found.get('4.')![0].count.waitedFor, [3, 4]);

    const meant = markers('1. Một\nNội dung.\n3. Hai\nNội dung.\n3. Ba\nNội dung.\n');
    // The second "3." follows the 2 meant: the first "3." was a typo for "2.".
    assert.equal(meant.get('3.')![0].count.nextWentOnAsWritten, false);
    assert.equal(meant.get('3.')![1].count.waitedFor.includes(3), true);
  });

  it('items numbered on through sections: the next section’s first item tells how the run went on after a slip', () => {
    const body = (next: string) => `I. MỘT\n1. Một\nNội dung.\n2. Hai\nNội dung.\n2. Ba\nNội dung.\nII. HAI\n${next} Bốn\nNội dung.\n`;
    // "3." after "II." goes on from the repeated "2." as written: renumbering that "2." to "3." would make a repeat.
    assert.equal(markers(body('3.')).get('2.')![1].count.nextWentOnAsWritten, true);
    // Items numbered by section: the run of the slip ended with its section.
    assert.equal(markers(body('1.')).get('2.')![1].count.nextWentOnAsWritten, false);
    // The check reports the repeat either way, and offers to renumber it only in the second case.
    const sequence = allChecks.filter((c) => c.code === 'structure.numbering-sequence');
    const found = (next: string) => runChecks(parseBulletin(TITLE + body(next), { flavor: 'plain' }), { checks: sequence });
    assert.deepEqual(found('3.').map((f) => [f.range.start.line, !!f.fix]), [[7, false]]);
    assert.deepEqual(found('1.').map((f) => [f.range.start.line, !!f.fix]), [[7, true]]);
  });

  it('the parent a sub-item was counted under: the one it names, the open item, or none', () => {
    const found = markers('1. Một\nNội dung.\n1.1. Đúng\nNội dung.\n2.2. Sai\nNội dung.\n');
    assert.deepEqual(found.get('1.1.')![0].count.under, [1]);
    // "2.2." under item "1." is counted under "1.": its numbering is judged there (as "1.2.").
    assert.deepEqual(found.get('2.2.')![0].count.under, [1]);
    assert.deepEqual(found.get('2.2.')![0].count.waitedFor, [2]);
    assert.equal(markers('3.1. Không có mục cha\nNội dung.\n').get('3.1.')![0].count.under, null);
  });

  it('a list that starts again is counted as a new run; a bare "Mười một" in the run of "Thứ …" it follows', () => {
    const again = markers('a) một;\nb) hai;\nNội dung.\na) ba;\n').get('a)')!;
    assert.deepEqual([again[1].count.waitedFor, again[1].count.previous], [['A'.codePointAt(0)], undefined]);
    const bare = markers('Thứ mười, nội dung.\nMười một, nội dung.\n').get('Mười một')![0];
    assert.equal(bare.count.inRunOf, 'thu');
    assert.equal(bare.count.waitedFor.includes(11), true);
  });

  it('an unnumbered line it counted as an item, not a verdict', () => {
    const model = parseBulletin(`${TITLE}Tin trong tỉnh\n1.1. Hội nghị\nNội dung.\n1.2. Thu ngân sách\n2. Tin trong nước\n`, { flavor: 'plain' });
    assert.deepEqual(
      model.unnumberedItems.map(({ line, countedAs, text, span }) => ({ line, countedAs, text, empty: span.start === span.end })),
      [{ line: 2, countedAs: [1], text: 'Tin trong tỉnh', empty: true }],
    );
    assert.deepEqual(model.markers.find((m) => m.text === '1.1.')!.count.under, [1]);
    assert.deepEqual(model.markers.find((m) => m.text === '2.')!.count.waitedFor, [2]);
  });
});
