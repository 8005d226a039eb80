// The batch: discover inputs, schedule documents (p-queue bounds how many are in flight), collect
// records and errors, make ids unique, write the output folder and its manifest.
import fs from 'node:fs';
import path from 'node:path';
import PQueue from 'p-queue';
import type { GleanerRecord } from '../record.js';
import { SCHEMA_VERSION } from '../record.js';
import { version } from '../version.js';
import { discover } from './discover.js';
import { processDocument } from './process.js';
import type { Outcome } from './process.js';
import type { Options } from './config.js';
import type { ErrorEntry, Manifest } from '../stages/write.js';
import { pruneRecords, writeDataset, writeRecord } from '../stages/write.js';

/** Options of a batch run. */
export interface BatchOptions {
  inputs: readonly string[];
  out: string;
  options: Options;
  concurrency: number;
  /** how input paths are written in `source.path`: relative to this folder, when given */
  relativeTo?: string;
  /** called after each document, for progress and logs */
  onDocument?: (event: DocumentEvent) => void;
}

/** One document done. */
export interface DocumentEvent {
  path: string;
  id: string | null;
  ok: boolean;
  code: string | null;
  warnings: string[];
  done: number;
  total: number;
}

/** What a batch run gives. */
export interface BatchResult {
  manifest: Manifest;
  records: GleanerRecord[];
  errors: ErrorEntry[];
  warnings: string[];
}

/** Run a batch and write its output folder. */
export async function runBatch(batch: BatchOptions): Promise<BatchResult> {
  const { files, errors } = discover(batch.inputs);
  const shown = (file: string) => (batch.relativeTo ? path.relative(batch.relativeTo, file) : file);
  const outcomes = new Array<{ file: string; outcome: Outcome } | undefined>(files.length);
  const queue = new PQueue({ concurrency: Math.max(1, batch.concurrency) });
  let done = 0;
  files.forEach((file, i) =>
    queue.add(async () => {
      let outcome: Outcome;
      try {
        const bytes = await fs.promises.readFile(file);
        outcome = processDocument(bytes, shown(file), batch.options);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        outcome = { ok: false, failure: { stage: 'read', code: code === 'EACCES' ? 'unreadable' : code === 'EISDIR' ? 'not-a-file' : 'read', message: (e as Error).message }, warnings: [] };
      }
      outcomes[i] = { file, outcome };
      done++;
      batch.onDocument?.({ path: shown(file), id: outcome.ok ? outcome.record.id : null, ok: outcome.ok, code: outcome.ok ? null : outcome.failure.code, warnings: outcome.warnings, done, total: files.length });
    }),
  );
  await queue.onIdle();

  const records: GleanerRecord[] = [];
  const warnings: string[] = [];
  for (const slot of outcomes) {
    if (!slot) continue;
    warnings.push(...slot.outcome.warnings);
    if (slot.outcome.ok) records.push(slot.outcome.record);
    else errors.push({ path: shown(slot.file), ...slot.outcome.failure });
  }
  uniqueIds(records, warnings);
  records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  for (const r of records) writeRecord(batch.out, r);
  pruneRecords(batch.out, new Set(records.map((r) => r.id)));
  const manifest: Manifest = {
    gleaner_version: version,
    schema_version: SCHEMA_VERSION,
    pipeline: batch.options.name,
    config_hash: batch.options.configHash,
    documents: files.length + errors.filter((e) => e.stage === 'discover').length,
    records: records.length,
    errors: errors.length,
    warnings: warnings.length,
  };
  writeDataset(batch.out, records, errors, manifest);
  return { manifest, records, errors, warnings };
}

/**
 * Two files with the same name in different folders would share an id: the later ones (by path)
 * get their parent folder's name added, and a warning says so. Nothing is overwritten.
 */
function uniqueIds(records: GleanerRecord[], warnings: string[]): void {
  records.sort((a, b) => (a.source.path < b.source.path ? -1 : 1));
  const taken = new Set<string>();
  for (const r of records) {
    if (!taken.has(r.id)) {
      taken.add(r.id);
      continue;
    }
    const parent = path.basename(path.dirname(r.source.path)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'dup';
    let id = `${r.id}-${parent}`;
    for (let n = 2; taken.has(id); n++) id = `${r.id}-${parent}-${n}`;
    warnings.push(`${r.source.path}: id "${r.id}" is taken by another file; this record is "${id}" [gleaner:duplicate-id]`);
    r.id = id;
    taken.add(id);
  }
}
