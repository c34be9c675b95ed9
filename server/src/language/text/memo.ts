/**
 * Remembers a pure function of a paragraph's text across document versions: paragraph objects are new for every
 * version, their text mostly is not. The memory is bounded: it starts afresh past `limit` entries.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  let memory = new Map<string, T>();
  return (text) => {
    if (memory.has(text)) {
      const value = memory.get(text) as T;
      // Keep this version's string as the key: later lookups with it are then a pointer comparison, not a
      // character-by-character one against the previous version's copy (a 1 MB paragraph asked 1 000 times).
      memory.delete(text);
      memory.set(text, value);
      return value;
    }
    if (memory.size >= limit) memory = new Map();
    const value = compute(text);
    memory.set(text, value);
    return value;
  };
}
