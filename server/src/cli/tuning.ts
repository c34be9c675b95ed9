import * as v8 from 'node:v8';

/*
 * V8 settings for a check run as a process (`bantin check`), set when the CLI loads, before the engine runs. Both were
 * measured with the bench's 5 MB bulletin on a 2-core VM (README → Performance):
 *
 * - A function is optimised after 12 ticks of work instead of 3. Most of the engine's code runs for well under a
 *   second, and the background TurboFan compiles it would get take the second core from the garbage collector
 *   (0.66 → 0.60 s; on 80 MB of bulletins 5.6 → 5.1 s, where turning the optimiser off altogether took 7.9 s).
 * - The young generation keeps its first size (1 MB semi-spaces) instead of doubling up to 16 MB. A short run then
 *   reuses the same pages, where growing faults in about 5 000 fresh ones, and a page fault costs ~11 µs on a VM like
 *   the CI machines (0.61 → 0.52 s). Once the input read passes LONG_RUN, the run is a long one (many files, all
 *   parsed before they are checked together) and V8's own growth (factor 2, its default) returns: with a small young
 *   generation throughout, 80 MB took 5.5 s instead of 4.8 s.
 *
 * The language server is a long-lived process and keeps V8's defaults.
 */
v8.setFlagsFromString('--ticks-before-optimization=12');
v8.setFlagsFromString('--semi-space-growth-factor=1');

const LONG_RUN = 10 * 1024 * 1024;
let read = 0;

/** Counts the characters read; past LONG_RUN, lets the young generation grow again. */
export function inputRead(chars: number): void {
  if (read > LONG_RUN) return;
  read += chars;
  if (read > LONG_RUN) v8.setFlagsFromString('--semi-space-growth-factor=2');
}
