// Write stage: deterministic JSON, JSONL and YAML datasets, one file per record, errors and a
// manifest; every file written to a temporary name and renamed, so a reader never sees half a file.
import fs from 'node:fs';
import path from 'node:path';
import { stringify as toYaml } from 'yaml';
import type { GleanerRecord } from '../record.js';

/** One input that gave no record. */
export interface ErrorEntry {
  path: string;
  stage: string;
  code: string;
  message: string;
}

/** Counts and identity of a run; no timestamps, so the same run gives the same bytes. */
export interface Manifest {
  gleaner_version: string;
  schema_version: string;
  pipeline: string;
  config_hash: string;
  documents: number;
  records: number;
  errors: number;
  warnings: number;
}

/** Write `data` to `file` atomically: a temporary file beside it, then a rename. */
export function writeAtomic(file: string, data: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/** JSON with two-space indents and a final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Write one record's own file, `records/<id>.json`. */
export function writeRecord(out: string, record: GleanerRecord): void {
  writeAtomic(path.join(out, 'records', `${record.id}.json`), json(record));
}

/** Write the combined datasets, errors and manifest; records must already be sorted by id. */
export function writeDataset(out: string, records: readonly GleanerRecord[], errors: readonly ErrorEntry[], manifest: Manifest): void {
  writeAtomic(path.join(out, 'dataset.json'), json(records));
  writeAtomic(path.join(out, 'dataset.jsonl'), records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  writeAtomic(path.join(out, 'dataset.yaml'), toYaml(records, { lineWidth: 0, aliasDuplicateObjects: false }));
  writeAtomic(path.join(out, 'errors.jsonl'), errors.map((e) => `${JSON.stringify({ path: e.path, stage: e.stage, code: e.code, message: e.message })}\n`).join(''));
  writeAtomic(path.join(out, 'manifest.json'), json(manifest));
}

/** Remove record files of ids not in this run, so the folder matches the dataset. */
export function pruneRecords(out: string, keep: ReadonlySet<string>): void {
  const dir = path.join(out, 'records');
  if (!fs.existsSync(dir)) return;
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.json') && !keep.has(f.slice(0, -5))) fs.rmSync(path.join(dir, f));
}
