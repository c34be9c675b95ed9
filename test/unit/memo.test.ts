import * as assert from 'node:assert/strict';
import { memoByText } from '../../server/src/language/text/memo';

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
