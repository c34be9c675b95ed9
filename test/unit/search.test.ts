// text/sorted and text/matches: the binary search and the regex walk the engine shares, against plain scans.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { nextMatch } from '../../server/src/language/text/matches';
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

describe('matches: nextMatch', () => {
  it('skips refused matches by one character, so that a match starting inside one is still found', () => {
    const re = /aba/g;
    re.lastIndex = 0;
    // "ababa": the match at 0 is refused; the one at 2 overlaps it and is found.
    const m = nextMatch(re, 'ababa', (x) => x.index > 0);
    assert.equal(m?.index, 2);
    assert.equal(re.lastIndex, 5);
  });

  it('null when every match is refused, or there is none', () => {
    const re = /a/g;
    re.lastIndex = 0;
    assert.equal(nextMatch(re, 'aaa', () => false), null);
    re.lastIndex = 0;
    assert.equal(nextMatch(re, 'bbb', () => true), null);
  });
});
