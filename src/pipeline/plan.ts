// Plan a batch: which files, under which shown path and which id. Ids come from file names and are
// made unique here, before any document is processed, so they never depend on the order work ends.
import path from 'node:path';
import { createHash } from 'node:crypto';
import { idOf } from '../stages/read.js';
import { discover } from './discover.js';
import type { ErrorEntry } from '../stages/write.js';

/** One document to process. */
export interface PlannedDocument {
  file: string;
  shown: string;
  id: string;
}

/** A shard: this run takes the documents whose id hash falls in part `index` of `count` (1-based). */
export interface Shard {
  index: number;
  count: number;
}

/** The documents of a batch, the inputs that could not be walked, and warnings. */
export interface Plan {
  documents: PlannedDocument[];
  errors: ErrorEntry[];
  warnings: string[];
}

/** Parse `K/N` into a shard. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/** Whether a key (an id or a path) belongs to a shard. */
export function inShard(key: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  const h = createHash('sha256').update(key).digest().readUInt32BE(0);
  return h % shard.count === shard.index - 1;
}

/**
 * Plan a batch.
 * @param relativeTo when given, `source.path` is written relative to this folder
 */
export function plan(inputs: readonly string[], relativeTo?: string, shard?: Shard): Plan {
  const found = discover(inputs);
  const shownOf = (file: string) => (relativeTo ? path.relative(relativeTo, file) : file).split(path.sep).join('/');
  const warnings: string[] = [];
  const documents: PlannedDocument[] = [];
  const taken = new Set<string>();
  for (const file of found.files) {
    const shown = shownOf(file);
    let id = idOf(file);
    if (taken.has(id)) {
      const parent = path.basename(path.dirname(file)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'dup';
      let unique = `${id}-${parent}`;
      for (let n = 2; taken.has(unique); n++) unique = `${id}-${parent}-${n}`;
      warnings.push(`${shown}: id "${id}" is taken by another file; this record is "${unique}" [gleaner:duplicate-id]`);
      id = unique;
    }
    taken.add(id);
    documents.push({ file, shown, id });
  }
  return {
    documents: documents.filter((d) => inShard(d.id, shard)),
    errors: found.errors.map((e) => ({ ...e, path: shownOf(e.path) })).filter((e) => inShard(e.path, shard)),
    warnings: warnings.filter((w) => documents.some((d) => inShard(d.id, shard) && w.startsWith(`${d.shown}:`))),
  };
}
