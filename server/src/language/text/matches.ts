/**
 * The next match of the global or sticky `re` in `text` from `re.lastIndex` on that `accepts` takes; a match it
 * refuses is searched past by one character only, since another match may still start inside it. Null when none is
 * left. This is how a lookaround is checked in code (a `\p{L}` class costs milliseconds to compile in a fresh process).
 */
export function nextMatch(re: RegExp, text: string, accepts: (m: RegExpExecArray) => boolean): RegExpExecArray | null {
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (accepts(m)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** The match of a sticky (`y`) pattern exactly at i, or null. */
export function stickyAt(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}
