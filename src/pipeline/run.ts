// The batch: plan documents, schedule them (a worker pool for CPU, p-queue for reads and writes in
// flight), write each record as it finishes, then stream the combined datasets from the record files.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import { SCHEMA_VERSION } from '../record.js';
import { version } from '../version.js';
import { plan } from './plan.js';
import { WARM_UP } from './warm-up.js';
import { codeFingerprint } from './fingerprint.js';
import type { PlannedDocument, Shard } from './plan.js';
import type { Outcome } from './process.js';
import type { Options } from './config.js';
import { cacheKey, folderCache, noCache } from './cache.js';
import type { ErrorEntry, Manifest } from '../stages/write.js';
import { pruneRecords, writeManifestAndErrors, streamDatasets, writeRecord, writeWarnings } from '../stages/write.js';
import { createHash } from 'node:crypto';
import { writePackage } from '../stages/package.js';

/** Options of a batch run. */
export interface BatchOptions {
  inputs: readonly string[];
  out: string;
  options: Options;
  /** documents processed at once: worker threads, and reads in flight */
  concurrency?: number;
  /** how input paths are written in `source.path`: relative to this folder, when given */
  relativeTo?: string;
  /** reuse records of unchanged documents from `<out>/.cache` (default true) */
  cache?: boolean;
  /** take only this part of the documents */
  shard?: Shard;
  /** use worker threads when the compiled worker is available (default true) */
  workers?: boolean;
  /** called after each document, for progress and logs */
  onDocument?: (event: DocumentEvent) => void;
  /** stop early (SIGINT): documents not started are left out and counted as interrupted */
  signal?: AbortSignal;
}

/** One document done. */
export interface DocumentEvent {
  path: string;
  id: string;
  ok: boolean;
  code: string | null;
  cached: boolean;
  warnings: string[];
  /** the languages the document was read in (languages stage); none when it failed before */
  languages: string[];
  done: number;
  total: number;
}

/** What a batch run gives: the manifest, the errors and the warnings (records are on disk). */
export interface BatchResult {
  manifest: Manifest;
  errors: ErrorEntry[];
  warnings: string[];
  ids: string[];
  interrupted: boolean;
  seconds: number;
}

/** The young generation of a worker whose heap is capped (V8's default is 48 MB). */
const YOUNG_MB = 24;

/** The compiled worker beside this module, when running from the build. */
function workerFile(): string | null {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.js')) return null;
  const file = path.join(path.dirname(here), 'worker.js');
  return fs.existsSync(file) ? file : null;
}

/** Run a batch and write its output folder. */
export async function runBatch(batch: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const concurrency = Math.max(1, batch.concurrency ?? os.availableParallelism());
  const planned = plan(batch.inputs, batch.relativeTo, batch.shard);
  const errors: ErrorEntry[] = [...planned.errors];
  const warnings: string[] = [...planned.warnings];
  const cache = batch.cache === false ? noCache : folderCache(path.join(batch.out, '.cache'));
  fs.mkdirSync(path.join(batch.out, 'records'), { recursive: true });

  const worker = batch.workers === false || concurrency === 1 ? null : workerFile();
  // each worker's heap is capped, so memory stays bounded by the number of threads. A large document
  // (over 8 KB per MB of the cap: 1 MiB for 128 MB; parsing takes some 40 times a text's size) goes to
  // a lane of its own, one thread made when first needed, without the cap; so does one that runs out
  const heapMb = batch.options.limits.workerHeapMb;
  // (0: no cap, faster by a fifth or more, as V8 then collects garbage less often, but memory grows)
  const bigBytes = heapMb ? heapMb * 8 * 1024 : Infinity;
  // the young generation is capped too, at half of V8's default: a run keeps some 40 MiB less in
  // memory for a few percent more time (`npm run bench`)
  const limits = heapMb ? { stackSizeMb: 32, maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_MB } : { stackSizeMb: 32 };
  const pool = worker ? new Piscina({ filename: worker, minThreads: concurrency, maxThreads: concurrency, workerData: { options: batch.options }, idleTimeout: 1000, resourceLimits: limits }) : null;
  // a thread that dies outside a task (out of memory while idle) is replaced by the pool; never fatal here
  pool?.on('error', (e: Error) => warnings.push(`a worker thread stopped: ${e.message}`));
  let bigLane: Piscina | null = null;
  const runIn = async (lane: Piscina, doc: PlannedDocument, bytes: Uint8Array, timeout: number): Promise<Outcome> => lane.run({ bytes, path: doc.shown, id: doc.id }, { signal: AbortSignal.timeout(timeout) });
  const process1 = async (doc: PlannedDocument, bytes: Uint8Array): Promise<Outcome> => {
    const timeout = batch.options.limits.timeoutMs;
    // without a pool the extractors run here; with one, this thread never loads them (nor their memory)
    if (!pool) return (await import('./process.js')).processDocument(bytes, doc.shown, batch.options, doc.id);
    const big = () => (bigLane ??= new Piscina({ filename: worker!, minThreads: 0, maxThreads: 1, workerData: { options: batch.options }, idleTimeout: 1000, resourceLimits: { stackSizeMb: 32 } }));
    try {
      if (bytes.byteLength > bigBytes) return await runIn(big(), doc, bytes, timeout);
      try {
        return await runIn(pool, doc, bytes, timeout);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw e;
        const outcome = await runIn(big(), doc, bytes, timeout);
        return { ...outcome, warnings: [`needed more than ${heapMb} MB of heap (limits.workerHeapMb); run again in a thread without that limit`, ...outcome.warnings] };
      }
    } catch (e) {
      const err = e as Error;
      if (err.name === 'AbortError' || err.name === 'TimeoutError') return { ok: false, failure: { stage: 'extract', code: 'timeout', message: `took longer than ${timeout} ms` }, warnings: [], languages: [] };
      return { ok: false, failure: { stage: 'extract', code: 'crash', message: `${err.name}: ${err.message}` }, warnings: [], languages: [] };
    }
  };

  // load the extractors in every thread before the clock of any document starts
  if (pool) await Promise.all(Array.from({ length: concurrency }, () => pool.run({ bytes: new TextEncoder().encode(WARM_UP), path: 'warm-up.md', id: 'warm-up' })));

  const code = batch.cache === false ? '' : codeFingerprint();
  const ok: string[] = [];
  const outcomes = new Map<string, { warnings: string[]; error: ErrorEntry | null }>();
  // twice as many documents in flight as threads, so a thread never waits while the main thread reads
  // or writes; but only as many in a thread's hands as there are threads, so a document's time budget
  // is not spent waiting in line
  const queue = new PQueue({ concurrency: concurrency * 2 });
  const threads = new PQueue({ concurrency });
  let done = 0;
  let interrupted = false;
  for (const doc of planned.documents) {
    // documents are queued as room frees up, so memory holds a few tasks, not one per document
    await queue.onSizeLessThan(concurrency * 2);
    if (batch.signal?.aborted) {
      interrupted = true;
      break;
    }
    queue.add(async () => {
      if (batch.signal?.aborted) {
        interrupted = true;
        return;
      }
      let outcome: Outcome;
      let cached = false;
      try {
        const bytes = await fs.promises.readFile(doc.file);
        const key = cacheKey({ sha256: createHash('sha256').update(bytes).digest('hex'), path: doc.shown, id: doc.id, configHash: batch.options.configHash, version: `${version}+${code}` });
        const hit = cache.get(key);
        if (hit) {
          outcome = hit;
          cached = true;
        } else {
          outcome = await threads.add(() => process1(doc, bytes), { throwOnTimeout: true });
          cache.set(key, outcome);
        }
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        outcome = { ok: false, failure: { stage: 'read', code: code === 'EACCES' || code === 'EPERM' ? 'unreadable' : code === 'EISDIR' ? 'not-a-file' : 'read', message: (e as Error).message }, warnings: [], languages: [] };
      }
      if (outcome.ok) {
        writeRecord(batch.out, outcome.record);
        ok.push(doc.id);
      }
      // kept only for documents with something to report: memory does not grow by one entry a document
      if (outcome.warnings.length || !outcome.ok) outcomes.set(doc.id, { warnings: outcome.warnings, error: outcome.ok ? null : { path: doc.shown, ...outcome.failure } });
      done++;
      batch.onDocument?.({ path: doc.shown, id: doc.id, ok: outcome.ok, code: outcome.ok ? null : outcome.failure.code, cached, warnings: outcome.warnings, languages: outcome.languages, done, total: planned.documents.length });
    });
  }
  await queue.onIdle();
  await pool?.destroy();
  await (bigLane as Piscina | null)?.destroy();

  for (const doc of planned.documents) {
    const o = outcomes.get(doc.id);
    if (!o) continue;
    warnings.push(...o.warnings);
    if (o.error) errors.push(o.error);
  }
  const ids = ok.sort();
  errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  pruneRecords(batch.out, new Set(ids));
  const manifest: Manifest = {
    gleaner_version: version,
    schema_version: SCHEMA_VERSION,
    pipeline: batch.options.name,
    config_hash: batch.options.configHash,
    documents: planned.documents.length + planned.errors.length,
    records: ids.length,
    errors: errors.length,
    warnings: warnings.length,
  };
  if (!interrupted) {
    streamDatasets(batch.out, ids);
    writePackage(batch.out, ids, batch.options.name);
    writeManifestAndErrors(batch.out, errors, manifest);
    writeWarnings(batch.out, [...warnings].sort());
  }
  return { manifest, errors, warnings, ids, interrupted, seconds: (performance.now() - started) / 1000 };
}

/** Read the records of a finished run back from `<out>/records`, in id order. */
export function readRecords(out: string, ids: readonly string[]): unknown[] {
  return ids.map((id) => JSON.parse(fs.readFileSync(path.join(out, 'records', `${id}.json`), 'utf8')));
}
