/*
 * V8 settings for a check run as a process (`bantin check`), applied by cli/startup.ts when the CLI loads, before the
 * engine runs. Both were measured with the bench's 5 MB bulletin on a 2-core VM (README → Performance):
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
 * Only these two flags are changed while V8 runs: both are numbers V8 reads each time it decides (others, such as
 * --single-threaded-gc, crash a running V8). They are applied on V8 11, where they were measured (cli/startup.ts).
 * The language server is a long-lived process and keeps V8's defaults.
 */

/** Characters of input after which a run counts as long. */
export const LONG_RUN = 10 * 1024 * 1024;

/**
 * Applies the short-run settings through `setFlags` (v8.setFlagsFromString) and returns the counter the CLI calls
 * with the length of each text it reads.
 */
export function shortRunTuning(setFlags: (flags: string) => void): (chars: number) => void {
  setFlags('--ticks-before-optimization=12');
  setFlags('--semi-space-growth-factor=1');
  let read = 0;
  return (chars) => {
    if (read > LONG_RUN) return;
    read += chars;
    if (read > LONG_RUN) setFlags('--semi-space-growth-factor=2');
  };
}
