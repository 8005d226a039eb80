// The review report: reads an output folder (records, errors, manifest) and writes static HTML to
// `<out>/report/`: an overview and one page per document, no server and no network needed.
import fs from 'node:fs';
import path from 'node:path';
import { score } from '../eval/score.js';
import type { EvalResult } from '../eval/score.js';
import type { GleanerRecord } from '../record.js';
import type { ErrorEntry, Manifest } from '../stages/write.js';
import { writeAtomic } from '../stages/write.js';
import { goldMarks } from './gold.js';
import { overviewPage } from './overview.js';
import { documentPage } from './page.js';
import { sourceText } from './source.js';

/** Report options. */
export interface ReportOptions {
  /** folder of gold `<id>.json` records to mark values against */
  gold?: string;
  /** folders a relative `source.path` may be relative to; default: the current folder, then the output folder's parent */
  roots?: readonly string[];
  /** the run's warnings (`path:line:col: message [rule]`); default: `<out>/warnings.jsonl` when there is one */
  warnings?: readonly string[];
}

/** Write `<outDir>/report/index.html` and `<outDir>/report/docs/<id>.html` for every record. */
export async function writeReport(outDir: string, options: ReportOptions = {}): Promise<{ index: string; pages: number }> {
  const records = loadRecords(outDir);
  const errors = readJsonLines(path.join(outDir, 'errors.jsonl')) as ErrorEntry[];
  const manifest = readJson(path.join(outDir, 'manifest.json')) as Manifest | null;
  const warnings = options.warnings ?? (readJsonLines(path.join(outDir, 'warnings.jsonl')).map(warningLine));
  const roots = options.roots ?? [process.cwd(), path.dirname(path.resolve(outDir))];
  const scores: EvalResult | null = options.gold ? score(loadGold(options.gold), records as unknown as Array<Record<string, unknown>>) : null;
  const perDoc = new Map(scores?.per_doc.map((d) => [d.id, d]) ?? []);

  const dir = path.join(outDir, 'report');
  const docs = path.join(dir, 'docs');
  const counts = new Map<string, number>();
  const found = new Map<string, boolean>();
  for (const record of records) {
    const own = warnings.filter((w) => w.startsWith(`${record.source.path}:`));
    const source = sourceText(record.source, roots);
    const doc = perDoc.get(record.id);
    counts.set(record.id, own.length);
    found.set(record.id, source !== null);
    writeAtomic(path.join(docs, `${record.id}.html`), documentPage({ record, source, warnings: own, gold: doc ? goldMarks(record, doc.misses) : null }));
  }
  const keep = new Set(records.map((r) => `${r.id}.html`));
  if (fs.existsSync(docs)) for (const f of fs.readdirSync(docs)) if (f.endsWith('.html') && !keep.has(f)) fs.rmSync(path.join(docs, f));
  const index = path.join(dir, 'index.html');
  writeAtomic(index, overviewPage({ manifest, records, errors, warnings: counts, found, scores }));
  return { index, pages: records.length };
}

/** The records of an output folder: `records/*.json`, else `dataset.json`. */
function loadRecords(outDir: string): GleanerRecord[] {
  const dir = path.join(outDir, 'records');
  if (fs.existsSync(dir)) {
    return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GleanerRecord);
  }
  const dataset = readJson(path.join(outDir, 'dataset.json'));
  if (Array.isArray(dataset)) return dataset as GleanerRecord[];
  throw new Error(`${outDir} has no records/ folder and no dataset.json`);
}

function loadGold(dir: string): Array<Record<string, unknown>> {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

function readJson(file: string): unknown {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
}

function readJsonLines(file: string): unknown[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/** A warnings.jsonl entry as `path:line:col: message [rule]`: a string as is, or an object's fields. */
function warningLine(w: unknown): string {
  if (typeof w === 'string') return w;
  const o = (w ?? {}) as Record<string, unknown>;
  return `${o.path ?? ''}:${o.line ?? 1}:${o.column ?? 1}: ${o.message ?? o.reason ?? ''}${o.rule ? ` [${o.rule}]` : ''}`;
}
