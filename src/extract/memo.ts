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

const names = new Map<string, RegExp>();

/**
 * A name as whole words (`(?<![\p{L}\p{N}])Name(?![\p{L}\p{N}])`, a space matching any white space), with
 * these flags. The last 256 are kept, so a name met again reuses its pattern; a global one is shared,
 * so its user sets `lastIndex` first.
 */
export function namePattern(name: string, flags: string): RegExp {
  const key = `${flags}\u0000${name}`;
  let re = names.get(key);
  if (re) return re;
  if (names.size >= 256) names.clear();
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  re = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, flags);
  names.set(key, re);
  return re;
}
