/**
 * Remembers a pure function of a paragraph's text across document versions: paragraph objects are new for every
 * version, their text mostly is not. The memory is bounded: it starts afresh past `limit` entries.
 *
 * A lookup is a pointer comparison when the text is the object the entry was stored with: line texts are made once
 * per distinct text (`sharedText`) and unchanged lines are carried over to the next version as they are. Entries are
 * not re-keyed on a hit: deleting and setting entries of a large Map over and over makes V8 rehash it again and
 * again (the time grew with the square of the paragraphs).
 */
export function memoByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  let memory = new Map<string, T>();
  // The checks ask about one paragraph many times in a row: answered without a lookup.
  let lastText: string | undefined;
  let lastValue: T | undefined;
  return (text) => {
    if (text === lastText) return lastValue as T;
    let value = memory.get(text);
    if (value === undefined && !memory.has(text)) {
      if (memory.size >= limit) memory = new Map();
      value = compute(text);
      memory.set(text, value);
    }
    lastText = text;
    lastValue = value;
    return value as T;
  };
}

/**
 * Remembers a pure function of a short string (a word): a plain map, bounded (it starts afresh past `limit` entries).
 * Unlike `memoByText` it does not re-key on a hit: words are short, comparing them costs nothing.
 */
export function memoByWord<T>(compute: (word: string) => T, limit = 50_000): (word: string) => T {
  let memory = new Map<string, T>();
  return (word) => {
    let value = memory.get(word);
    if (value === undefined && !memory.has(word)) {
      if (memory.size >= limit) memory = new Map();
      value = compute(word);
      memory.set(word, value);
    }
    return value as T;
  };
}

/**
 * Remembers a pure function of an object that is never changed once made: a citation or a date as the parser read
 * it. A paragraph's results are reused by every occurrence of its text and by later versions, so the same objects come
 * back again and again. Kept as long as the object lives (a WeakMap).
 */
export function memoByObject<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const memory = new WeakMap<K, T>();
  return (key) => {
    let value = memory.get(key);
    if (value === undefined && !memory.has(key)) {
      value = compute(key);
      memory.set(key, value);
    }
    return value as T;
  };
}

/**
 * `memoByObject` for a pure function of two such objects (a citation and the catalog it is looked up in): remembered
 * per pair, as long as both live.
 */
export function memoByObjectPair<A extends object, B extends object, T>(compute: (a: A, b: B) => T): (a: A, b: B) => T {
  const memory = new WeakMap<B, WeakMap<A, T>>();
  return (a, b) => {
    let byFirst = memory.get(b);
    if (!byFirst) memory.set(b, (byFirst = new WeakMap()));
    let value = byFirst.get(a);
    if (value === undefined && !byFirst.has(a)) {
      value = compute(a, b);
      byFirst.set(a, value);
    }
    return value as T;
  };
}

let shared = new Map<string, string>();

/**
 * One string object for equal texts: the first seen (a copy of it that holds only its own characters). Lines and paragraphs read as the same text (a heading or a
 * formula repeated, a file pasted twice) then key the `memoByText` caches with one object, which a lookup compares
 * by reference instead of character by character. Bounded like the caches.
 */
export function sharedText(text: string, limit = 20_000): string {
  const known = shared.get(text);
  if (known !== undefined) return known;
  if (shared.size >= limit) shared = new Map();
  const own = detached(text);
  shared.set(own, own);
  return own;
}

/**
 * The same text in a string of its own. A line cut from a document with `slice` keeps the whole document alive (V8
 * makes it a view into it): kept in a cache, it would keep every version of an edited document alive. Slicing a
 * concatenation makes V8 flatten it into a new string first, so the copy holds only the line.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
