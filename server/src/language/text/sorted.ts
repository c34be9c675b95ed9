/**
 * Binary search over sorted data: the first index in [0, n) at which `before(i)` is false, where `before` is true for
 * a prefix of the indexes and false after it (n when it is true everywhere).
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first value at or after `value` in an ascending list (its length when there is none). */
export function lowerBound(list: readonly number[], value: number): number {
  return partitionPoint(list.length, (i) => list[i] < value);
}
