import { letterRank } from '../../parse/ordinals';
import type { RunCount } from '../../parse/sequence';
import type { WrittenMarker } from './expectedMarker';

/**
 * How a marker out of turn breaks its run: "gap" when it jumps forward (or a run does not start at its first
 * value), "repeat" when it repeats the value before it, "order" when it steps back.
 */
export type Slip = 'gap' | 'repeat' | 'order';

/** The slip of a marker written with `value` that is not one its run waited for. */
export function slipOf(marker: WrittenMarker, value: number, count: RunCount): Slip {
  const previous = count.previous;
  if (previous === undefined) return 'gap';
  if (value === previous) return 'repeat';
  return compareValues(marker, value, previous) > 0 ? 'gap' : 'order';
}

/** Letters compare in the Vietnamese alphabet ("Đ" after "D"), numbers as numbers. */
function compareValues(marker: WrittenMarker, a: number, b: number): number {
  const lettered = marker.kind === 'part' || marker.kind === 'alpha' || marker.style === 'alpha';
  return lettered ? letterRank(String.fromCodePoint(a)) - letterRank(String.fromCodePoint(b)) : a - b;
}
