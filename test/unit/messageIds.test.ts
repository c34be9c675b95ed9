import * as assert from 'node:assert/strict';
import { MessageId, translator } from '../../server/src/language/i18n';
import { messageTable } from '../../server/src/language/i18n/messageTable';
import { catalogMessages } from '../../server/src/language/i18n/catalog';
import { commonMessages } from '../../server/src/language/i18n/common';
import { dateMessages } from '../../server/src/language/i18n/date';
import { referenceMessages } from '../../server/src/language/i18n/reference';
import { structureMessages } from '../../server/src/language/i18n/structure';
import { textMessages } from '../../server/src/language/i18n/text';

// The compile-time half of these tests: each `@ts-expect-error` below must be an error, or `npm test` (which compiles
// the tests) fails with "Unused '@ts-expect-error' directive". So a message id that no table has, and an English
// table out of step with the Vietnamese one, do not compile.
function wrongUses(): void {
  const t = translator('vi');
  // @ts-expect-error: no table has this id
  t('reference.format.no-such-problem');
  // @ts-expect-error: an id built from a string that is not known to be one of the ids
  t(`structure.${String(Math.random())}`);
  // @ts-expect-error: the English table lacks an id of the Vietnamese one
  messageTable({ vi: { 'x.a': 'A', 'x.b': 'B' }, en: { 'x.a': 'A' } });
  // @ts-expect-error: the English table has an id the Vietnamese one lacks
  messageTable({ vi: { 'x.a': 'A' }, en: { 'x.a': 'A', 'x.b': 'B' } });
}

describe('message ids (i18n)', () => {
  it('a known id compiles and translates; the wrong uses above are compile errors', () => {
    const id: MessageId = 'reference.format.doubled-so';
    assert.equal(translator('en')(id), '“số” written twice');
    assert.equal(typeof wrongUses, 'function');
  });

  it('every table has the same ids in Vietnamese and English', () => {
    for (const table of [commonMessages, structureMessages, referenceMessages, dateMessages, catalogMessages, textMessages]) {
      assert.deepEqual(Object.keys(table.en).sort(), Object.keys(table.vi).sort());
    }
  });
});
