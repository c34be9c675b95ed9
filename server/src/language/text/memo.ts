/**
 * Remembers a pure function of a paragraph's text across document versions: paragraph objects are new for every
 * version, their text mostly is not. The memory is bounded: it starts afresh past `limit` entries.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  let memory = new Map<string, T>();
  return (text) => {
    let value = memory.get(text);
    if (value === undefined && !memory.has(text)) {
      if (memory.size >= limit) memory = new Map();
      value = compute(text);
      memory.set(text, value);
    }
    return value as T;
  };
}
