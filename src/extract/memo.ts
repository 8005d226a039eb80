// Patterns built from a lexicon set once, not once per document: `compiled(lexicons, name, build)`.
import type { Lexicons } from '../pipeline/lexicons.js';

const memo = new WeakMap<Lexicons, Map<string, unknown>>();

/** The value `build` gives for this lexicon set and name, built on first use and kept with the lexicons. */
export function compiled<T>(lexicons: Lexicons, name: string, build: () => T): T {
  let byName = memo.get(lexicons);
  if (!byName) {
    byName = new Map();
    memo.set(lexicons, byName);
  }
  if (byName.has(name)) return byName.get(name) as T;
  const value = build();
  byName.set(name, value);
  return value;
}
