// text/sorted: the one binary search the engine uses, against a linear scan.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lowerBound, partitionPoint } from '../../server/src/language/text/sorted';

describe('sorted: binary search', () => {
  it('lowerBound is the first index at or after the value, as a linear scan finds it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 })), fc.integer({ min: -25, max: 25 }), (values, value) => {
        const list = [...values].sort((a, b) => a - b);
        const linear = list.findIndex((v) => v >= value);
        assert.equal(lowerBound(list, value), linear < 0 ? list.length : linear);
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it('partitionPoint: 0 when the predicate holds nowhere, n when everywhere', () => {
    assert.equal(partitionPoint(0, () => true), 0);
    assert.equal(partitionPoint(5, () => false), 0);
    assert.equal(partitionPoint(5, () => true), 5);
    assert.equal(partitionPoint(5, (i) => i < 3), 3);
  });
});
