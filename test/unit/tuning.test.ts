// The CLI's V8 settings (server/src/cli/tuning.ts): which flags a short run starts with, and when a long run gets
// V8's young-generation growth back.
import * as assert from 'node:assert/strict';
import { LONG_RUN, shortRunTuning } from '../../server/src/cli/tuning';

describe('cli tuning: V8 settings of a short run', () => {
  it('starts with the optimisation delay and a young generation that keeps its size', () => {
    const set: string[] = [];
    shortRunTuning((f) => set.push(f));
    assert.deepEqual(set, ['--ticks-before-optimization=12', '--semi-space-growth-factor=1']);
  });

  it('restores the growth once, when the text read passes LONG_RUN', () => {
    const set: string[] = [];
    const inputRead = shortRunTuning((f) => set.push(f));
    inputRead(LONG_RUN / 2);
    inputRead(LONG_RUN / 2);
    assert.equal(set.length, 2, 'exactly LONG_RUN is still a short run');
    inputRead(1);
    assert.deepEqual(set.slice(2), ['--semi-space-growth-factor=2']);
    inputRead(LONG_RUN);
    assert.equal(set.length, 3, 'restored only once');
  });

  it('a single text longer than LONG_RUN restores it at once', () => {
    const set: string[] = [];
    shortRunTuning((f) => set.push(f))(LONG_RUN + 1);
    assert.equal(set[2], '--semi-space-growth-factor=2');
  });
});
