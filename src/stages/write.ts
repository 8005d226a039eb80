// Write stage: deterministic JSON, JSONL and YAML datasets, one file per record, errors and a
// manifest; every file written to a temporary name and renamed, so a reader never sees half a file.
import fs from 'node:fs';
import path from 'node:path';
import { yamlItem } from './yaml.js';
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

/** Write the errors and the manifest of a run. */
export function writeManifestAndErrors(out: string, errors: readonly ErrorEntry[], manifest: Manifest): void {
  writeAtomic(path.join(out, 'errors.jsonl'), errors.map((e) => `${JSON.stringify({ path: e.path, stage: e.stage, code: e.code, message: e.message })}\n`).join(''));
  writeAtomic(path.join(out, 'manifest.json'), json(manifest));
}

/** Write the warnings of a run, one JSON string per line (`path:line:col: message [rule]`). */
export function writeWarnings(out: string, warnings: readonly string[]): void {
  writeAtomic(path.join(out, 'warnings.jsonl'), warnings.map((w) => `${JSON.stringify(w)}\n`).join(''));
}

/**
 * Assemble `dataset.json`, `dataset.jsonl` and `dataset.yaml` from the record files, one record at
 * a time, so memory does not grow with the corpus; each file is written under a temporary name and
 * renamed when complete.
 * @param ids the records to include, sorted
 */
export function streamDatasets(out: string, ids: readonly string[]): void {
  const targets = ['dataset.json', 'dataset.jsonl', 'dataset.yaml'].map((name) => {
    const file = path.join(out, name);
    const tmp = path.join(out, `.${name}.${process.pid}.tmp`);
    return { file, tmp, fd: fs.openSync(tmp, 'w') };
  });
  const [j, l, y] = targets as [typeof targets[0], typeof targets[0], typeof targets[0]];
  try {
    fs.writeSync(j.fd, ids.length ? '[\n' : '[]\n');
    ids.forEach((id, i) => {
      const text = fs.readFileSync(path.join(out, 'records', `${id}.json`), 'utf8');
      const record = JSON.parse(text);
      const indented = text.trimEnd().split('\n').map((line) => `  ${line}`).join('\n');
      fs.writeSync(j.fd, `${indented}${i + 1 < ids.length ? ',' : ''}\n`);
      fs.writeSync(l.fd, `${JSON.stringify(record)}\n`);
      fs.writeSync(y.fd, yamlItem(record));
    });
    if (ids.length) fs.writeSync(j.fd, ']\n');
    else fs.writeSync(y.fd, '[]\n');
  } finally {
    for (const t of targets) fs.closeSync(t.fd);
  }
  for (const t of targets) fs.renameSync(t.tmp, t.file);
}

/** Remove record files of ids not in this run, so the folder matches the dataset. */
export function pruneRecords(out: string, keep: ReadonlySet<string>): void {
  const dir = path.join(out, 'records');
  if (!fs.existsSync(dir)) return;
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.json') && !keep.has(f.slice(0, -5))) fs.rmSync(path.join(dir, f));
}
