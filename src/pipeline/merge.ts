// Merge shard outputs into one output folder: exactly the bytes one run over all documents gives.
import fs from 'node:fs';
import path from 'node:path';
import type { ErrorEntry, Manifest } from '../stages/write.js';
import { pruneRecords, streamDatasets, writeManifestAndErrors, writeWarnings } from '../stages/write.js';
import { ConfigError } from './config.js';
import { writePackage } from '../stages/package.js';

/** Merge the output folders of shards into `out`. */
export function mergeOutputs(dirs: readonly string[], out: string): Manifest {
  if (!dirs.length) throw new ConfigError('merge needs at least one shard folder');
  const manifests = dirs.map((d) => {
    const file = path.join(d, 'manifest.json');
    if (!fs.existsSync(file)) throw new ConfigError(`${d} is not a Gleaner output folder (no manifest.json)`);
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  });
  const first = manifests[0]!;
  for (const [i, m] of manifests.entries()) {
    if (m.config_hash !== first.config_hash || m.gleaner_version !== first.gleaner_version || m.pipeline !== first.pipeline) {
      throw new ConfigError(`${dirs[i]} was made with another pipeline, configuration or Gleaner version than ${dirs[0]}`);
    }
  }
  fs.mkdirSync(path.join(out, 'records'), { recursive: true });
  const ids = new Set<string>();
  for (const d of dirs) {
    const recDir = path.join(d, 'records');
    if (!fs.existsSync(recDir)) continue;
    for (const f of fs.readdirSync(recDir).filter((x) => x.endsWith('.json'))) {
      const id = f.slice(0, -5);
      if (ids.has(id)) throw new ConfigError(`record "${id}" is in more than one shard; were the shards made with the same --shard count?`);
      ids.add(id);
      if (path.resolve(recDir) !== path.resolve(out, 'records')) fs.copyFileSync(path.join(recDir, f), path.join(out, 'records', f));
    }
  }
  const errors: ErrorEntry[] = [];
  for (const d of dirs) {
    const file = path.join(d, 'errors.jsonl');
    if (fs.existsSync(file)) for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (line.trim()) errors.push(JSON.parse(line));
  }
  errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const sorted = [...ids].sort();
  pruneRecords(out, ids);
  const manifest: Manifest = {
    ...first,
    documents: manifests.reduce((n, m) => n + m.documents, 0),
    records: sorted.length,
    errors: errors.length,
    warnings: manifests.reduce((n, m) => n + m.warnings, 0),
  };
  streamDatasets(out, sorted);
  writePackage(out, sorted, first.pipeline);
  writeManifestAndErrors(out, errors, manifest);
  const warnings: string[] = [];
  for (const d of dirs) {
    const file = path.join(d, 'warnings.jsonl');
    if (fs.existsSync(file)) for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (line.trim()) warnings.push(JSON.parse(line));
  }
  writeWarnings(out, warnings.sort());
  return manifest;
}
