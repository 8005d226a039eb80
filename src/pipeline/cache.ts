// The incremental cache: a record is reused when the document's bytes, its path and id, the pipeline
// configuration and the Gleaner version (with a fingerprint of its code) are all unchanged.
// Entries live in `<out>/.cache/`.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Outcome } from './process.js';
import { writeAtomic } from '../stages/write.js';

/** A cache folder, or none. */
export interface Cache {
  get(key: string): Outcome | null;
  set(key: string, outcome: Outcome): void;
}

/** The cache key of one document. */
export function cacheKey(parts: { sha256: string; path: string; id: string; configHash: string; version: string }): string {
  return createHash('sha256').update(JSON.stringify([parts.sha256, parts.path, parts.id, parts.configHash, parts.version])).digest('hex');
}

/** A cache kept in `dir`; entries that cannot be read are treated as missing. */
export function folderCache(dir: string): Cache {
  const file = (key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);
  return {
    get(key) {
      try {
        return JSON.parse(fs.readFileSync(file(key), 'utf8')) as Outcome;
      } catch {
        return null;
      }
    },
    set(key, outcome) {
      writeAtomic(file(key), JSON.stringify(outcome));
    },
  };
}

/** No cache at all (`--no-cache`). */
export const noCache: Cache = { get: () => null, set: () => {} };
