// The library's document-level calls: extract one text, ingest paths as an async iterable of
// results, validate a record. Usable without the CLI and without writing files.
import fs from 'node:fs';
import { processDocument } from './pipeline/process.js';
import { plan } from './pipeline/plan.js';
import { resolveOptions } from './pipeline/config.js';
import type { Options, StageSettings } from './pipeline/config.js';
import { validateRecord } from './stages/validate.js';
import type { Problem } from './stages/validate.js';
import type { GleanerRecord } from './record.js';
import type { ErrorEntry } from './stages/write.js';

/** Options of `extract` and `ingest`: resolved options, or stage settings to resolve. */
export interface ApiOptions {
  options?: Options;
  settings?: StageSettings;
  /** the file name the text is shown under; its extension picks the media type (default `document.txt`) */
  name?: string;
}

/** One result of `ingest`: a record, or an error entry saying which file, which stage and why. */
export type IngestResult = { ok: true; path: string; record: GleanerRecord; warnings: string[] } | { ok: false; path: string; error: ErrorEntry; warnings: string[] };

function optionsOf(o: ApiOptions): Options {
  return o.options ?? resolveOptions(o.settings);
}

/**
 * Extract one record from text (or bytes). Throws an Error naming the stage when the document gives
 * no record (a batch never throws; use `ingest` for files).
 */
export function extract(text: string | Uint8Array, o: ApiOptions = {}): GleanerRecord {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const outcome = processDocument(bytes, o.name ?? 'document.txt', optionsOf(o));
  if (!outcome.ok) throw new Error(`${outcome.failure.stage} failed (${outcome.failure.code}): ${outcome.failure.message}`);
  return outcome.record;
}

/** Ingest files and folders: yields one result per input, in path order, as each is done. */
export async function* ingest(paths: readonly string[], o: Omit<ApiOptions, 'name'> = {}): AsyncGenerator<IngestResult> {
  const options = optionsOf(o);
  const planned = plan(paths);
  for (const e of planned.errors) yield { ok: false, path: e.path, error: e, warnings: [] };
  for (const doc of planned.documents) {
    let bytes: Uint8Array;
    try {
      bytes = await fs.promises.readFile(doc.file);
    } catch (e) {
      yield { ok: false, path: doc.shown, error: { path: doc.shown, stage: 'read', code: 'unreadable', message: (e as Error).message }, warnings: [] };
      continue;
    }
    const outcome = processDocument(bytes, doc.shown, options, doc.id);
    yield outcome.ok
      ? { ok: true, path: doc.shown, record: outcome.record, warnings: outcome.warnings }
      : { ok: false, path: doc.shown, error: { path: doc.shown, ...outcome.failure }, warnings: outcome.warnings };
  }
}

/** Check a record against the schema (and its quotes against the text, when given). */
export function validate(record: unknown, text?: string): Problem[] {
  return validateRecord(record, text);
}
