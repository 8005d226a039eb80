// The `gleaner` command line: argument parsing and exit codes (0 all good, 1 some inputs failed,
// 2 usage or configuration error); everything else is the library's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { version } from './version.js';
import { ConfigError, loadPipeline, resolveOptions } from './pipeline/config.js';
import type { BatchOptions, BatchResult } from './pipeline/run.js';
import { parseShard } from './pipeline/plan.js';
import type { Shard } from './pipeline/plan.js';
import { json } from './stages/write.js';
import { tuneEngine } from './pipeline/engine.js';

// the heavy parts (extractors, NLP, the schema validator) load only for the commands that need them,
// so `--help`, `--version` and usage errors answer at once
const lazy = {
  run: () => import('./pipeline/run.js'),
  process: () => import('./pipeline/process.js'),
  validate: () => import('./stages/validate.js'),
  merge: () => import('./pipeline/merge.js'),
  diff: () => import('./diff.js'),
  score: () => import('./eval/score.js'),
  progress: () => import('./progress.js'),
};

/** Exit codes. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Run the CLI with the given arguments (without `node gleaner`); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  // the CLI owns its process, so the extractors' engine settings hold here too (a run without threads)
  tuneEngine();
  let code: number = EXIT.ok;
  const out = (s: string) => process.stdout.write(s);
  const err = (s: string) => process.stderr.write(s);
  const program = new Command('gleaner')
    .description('Turn raw report text about criminal-justice projects into a validated, evidence-backed dataset.')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: err })
    .showHelpAfterError('(run with --help for usage)');

  const batchFlags = (cmd: Command) =>
    cmd
      .option('-c, --concurrency <n>', 'documents processed at once (default: the number of CPU cores)', positiveInt)
      .option('--no-cache', 'process every document again instead of reusing unchanged ones')
      .option('--shard <k/n>', 'take only part K of N of the documents (by id hash), for parallel jobs', shardOf)
      .option('--progress', 'show the progress bar even when stderr is not a terminal')
      .option('--log <format>', 'print one event per document on stderr: "json"', logFormat)
      .option('-q, --quiet', 'print nothing but errors');

  batchFlags(
    program
      .command('ingest')
      .description('read files or folders and write the dataset to --out')
      .argument('<paths...>', 'files or folders (.txt, .md, .markdown, .html, .htm; folders are walked)')
      .requiredOption('-o, --out <dir>', 'output folder')
      .option('-p, --pipeline <file>', 'pipeline YAML whose stage options to use (its inputs and output are ignored)'),
  ).action(async (paths: string[], opts: BatchFlags & { out: string; pipeline?: string }) => {
    const pipeline = opts.pipeline ? loadPipeline(opts.pipeline) : null;
    const options = pipeline?.options ?? resolveOptions();
    const result = await batch({ inputs: paths, out: opts.out, options, concurrency: opts.concurrency ?? pipeline?.concurrency ?? undefined }, opts, err);
    code = summarise(result, opts.quiet ?? false, err);
  });

  batchFlags(
    program
      .command('run')
      .description('run a pipeline file: inputs, output folder and stage options come from the YAML')
      .argument('<pipeline>', 'pipeline YAML file')
      .option('--check', 'regenerate into a temporary folder and fail, listing the files that differ, when the output on disk is not the same'),
  ).action(async (file: string, opts: BatchFlags & { check?: boolean }) => {
    const pipeline = loadPipeline(file);
    const concurrency = opts.concurrency ?? pipeline.concurrency ?? undefined;
    const dir = path.dirname(file);
    if (!opts.check) {
      const result = await batch({ inputs: pipeline.inputs, out: pipeline.output, options: pipeline.options, concurrency, relativeTo: dir }, opts, err);
      code = summarise(result, opts.quiet ?? false, err);
      return;
    }
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-check-'));
    try {
      const { runBatch } = await lazy.run();
      await runBatch({ inputs: pipeline.inputs, out: tmp, options: pipeline.options, concurrency, relativeTo: dir, cache: false });
      const diffs = compareTrees(pipeline.output, tmp);
      if (diffs.length) {
        err(`gleaner: ${pipeline.output} is not what ${file} gives now; these files differ:\n${diffs.map((d) => `  ${d}\n`).join('')}`);
        const committed = path.join(pipeline.output, 'dataset.json');
        if (diffs.includes('dataset.json') && fs.existsSync(committed)) {
          try {
            const { diffDatasets, formatDiff } = await lazy.diff();
            const changes = diffDatasets(loadRecords(committed).map((r) => r.record as Record<string, unknown>), loadRecords(path.join(tmp, 'dataset.json')).map((r) => r.record as Record<string, unknown>));
            err(`what changed (committed → now):\n${formatDiff(changes)}`);
          } catch {
            // the committed dataset is not readable JSON; the file list above says enough
          }
        }
        code = EXIT.failed;
      } else if (!opts.quiet) err(`gleaner: ${pipeline.output} is up to date\n`);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  program
    .command('merge')
    .description('combine the output folders of shards (--shard K/N) into the output one run would give')
    .argument('<dirs...>', 'shard output folders')
    .requiredOption('-o, --out <dir>', 'output folder')
    .action(async (dirs: string[], opts: { out: string }) => {
      const { mergeOutputs } = await lazy.merge();
      const m = mergeOutputs(dirs, opts.out);
      err(`gleaner: merged ${dirs.length} shards: ${m.documents} documents, ${m.records} records, ${m.errors} errors\n`);
      code = m.errors ? EXIT.failed : EXIT.ok;
    });

  program
    .command('diff')
    .description('what changed between two dataset versions, by record and field')
    .argument('<old>', 'the earlier dataset.json, dataset.jsonl or records folder')
    .argument('<new>', 'the later one')
    .option('--json', 'print the changes as JSON')
    .action(async (before: string, after: string, opts: { json?: boolean }) => {
      const { diffDatasets, formatDiff } = await lazy.diff();
      const changes = diffDatasets(
        loadRecords(before).map((r) => r.record as Record<string, unknown>),
        loadRecords(after).map((r) => r.record as Record<string, unknown>),
      );
      out(opts.json ? json(changes) : formatDiff(changes));
      code = changes.length ? EXIT.failed : EXIT.ok;
    });

  program
    .command('extract')
    .description('extract one file and print its record as JSON')
    .argument('<file>', 'a .txt, .md or .html file')
    .option('-p, --pipeline <file>', 'pipeline YAML whose stage options to use')
    .action(async (file: string, opts: { pipeline?: string }) => {
      const options = opts.pipeline ? loadPipeline(opts.pipeline).options : resolveOptions();
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch (e) {
        err(`gleaner: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
        code = EXIT.usage;
        return;
      }
      const { processDocument } = await lazy.process();
      const outcome = processDocument(bytes, file, options);
      for (const w of outcome.warnings) err(`${w}\n`);
      if (outcome.ok) out(json(outcome.record));
      else {
        err(`gleaner: ${file}: ${outcome.failure.stage} failed (${outcome.failure.code}): ${outcome.failure.message}\n`);
        code = EXIT.failed;
      }
    });

  program
    .command('validate')
    .description('check a dataset.json, a .jsonl file or a records folder against the record schema')
    .argument('<dataset>', 'dataset.json, dataset.jsonl or a folder of <id>.json records')
    .action(async (target: string) => {
      const records = loadRecords(target);
      const { validateRecord } = await lazy.validate();
      let bad = 0;
      for (const { name, record } of records) {
        const problems = validateRecord(record);
        if (problems.length) {
          bad++;
          for (const p of problems) err(`${name}${p.pointer}: ${p.message}\n`);
        }
      }
      err(`gleaner: ${records.length - bad} of ${records.length} records valid\n`);
      code = bad ? EXIT.failed : EXIT.ok;
    });

  program
    .command('eval')
    .description('score a dataset against hand-checked gold records, field by field')
    .argument('<dataset>', 'dataset.json, dataset.jsonl or a folder of <id>.json records')
    .requiredOption('-g, --gold <dir>', 'folder of gold <id>.json records')
    .option('--per-doc', "list each document's misses")
    .option('--json', 'print the scores as JSON')
    .option('--strict', 'names, titles and units must be equal, not close')
    .option('--min-f1 <x>', 'exit 1 when the micro F1 is below this (0 to 1)', parseFraction)
    .action(async (target: string, opts: { gold: string; perDoc?: boolean; json?: boolean; strict?: boolean; minF1?: number }) => {
      const predicted = loadRecords(target).map((r) => r.record as Record<string, unknown>);
      if (!fs.existsSync(opts.gold) || !fs.statSync(opts.gold).isDirectory()) throw new UsageError(`gold folder not found: ${opts.gold}`);
      const gold = loadRecords(opts.gold).map((r) => r.record as Record<string, unknown>);
      if (!gold.length) throw new UsageError(`no gold records (*.json) in ${opts.gold}`);
      const { score, formatScores } = await lazy.score();
      const result = score(gold, predicted, { strict: opts.strict ?? false });
      out(opts.json ? json(result) : formatScores(result, opts.perDoc ?? false));
      if (opts.minF1 !== undefined && result.micro.f1 < opts.minF1) code = EXIT.failed;
    });

  program
    .command('report')
    .description('write a static HTML review of an output folder to <out-dir>/report/ (works from file://)')
    .argument('<out-dir>', 'an output folder written by ingest or run')
    .option('-g, --gold <dir>', 'folder of gold <id>.json records: mark each value right, missed or extra')
    .option('--open', 'open the overview in the system browser')
    .action(async (outDir: string, opts: { gold?: string; open?: boolean }) => {
      if (!fs.existsSync(path.join(outDir, 'records')) && !fs.existsSync(path.join(outDir, 'dataset.json'))) throw new UsageError(`not an output folder (no records/ or dataset.json): ${outDir}`);
      if (opts.gold && !(fs.existsSync(opts.gold) && fs.statSync(opts.gold).isDirectory())) throw new UsageError(`gold folder not found: ${opts.gold}`);
      const { writeReport } = await import('./report/index.js');
      const report = await writeReport(outDir, { gold: opts.gold });
      err(`gleaner: wrote ${report.index} and ${report.pages} document pages\n`);
      if (opts.open) (await import('./report/open.js')).openFile(report.index);
    });

  program
    .command('schema')
    .description('print the record JSON Schema')
    .action(async () => {
      out(json((await lazy.validate()).recordSchema));
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (e instanceof ConfigError || e instanceof UsageError) {
      err(`gleaner: ${e.message}\n`);
      return EXIT.usage;
    }
    const ne = e as NodeJS.ErrnoException;
    if (ne.code === 'EACCES' || ne.code === 'EROFS' || ne.code === 'ENOTDIR' || ne.code === 'EEXIST') {
      err(`gleaner: cannot write output: ${ne.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  return code;
}

/** A mistake in how the command was called. */
class UsageError extends Error {}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

function parseFraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}

/** Flags every batch command takes. */
interface BatchFlags {
  concurrency?: number;
  cache: boolean;
  shard?: Shard;
  progress?: boolean;
  log?: 'json';
  quiet?: boolean;
}

/** Run a batch with progress, logs and SIGINT handling as the flags ask. */
async function batch(base: Omit<BatchOptions, 'onDocument' | 'signal' | 'cache' | 'shard'>, flags: BatchFlags, err: (s: string) => void): Promise<BatchResult> {
  const showBar = !flags.quiet && !flags.log && (flags.progress || process.stderr.isTTY === true);
  const bar = showBar ? (await lazy.progress()).progressBar(process.stderr, !('NO_COLOR' in process.env)) : null;
  const abort = new AbortController();
  const onSigint = () => {
    if (abort.signal.aborted) process.exit(130);
    abort.abort();
    err('\ngleaner: interrupted; finishing the documents in flight (Ctrl-C again to stop at once)\n');
  };
  process.once('SIGINT', onSigint);
  try {
    const { runBatch } = await lazy.run();
    const result = await runBatch({
      ...base,
      relativeTo: base.relativeTo,
      cache: flags.cache,
      shard: flags.shard,
      signal: abort.signal,
      onDocument: (e) => {
        if (flags.log === 'json') err(`${JSON.stringify({ event: 'document', path: e.path, id: e.id, ok: e.ok, code: e.code, cached: e.cached, warnings: e.warnings.length, languages: e.languages, done: e.done, total: e.total })}\n`);
        bar?.update(e.done, e.total);
      },
    });
    bar?.stop();
    return result;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

function summarise(result: BatchResult, quiet: boolean, err: (s: string) => void): number {
  for (const e of result.errors) err(`${e.path}: ${e.stage} failed (${e.code}): ${e.message}\n`);
  if (!quiet) for (const w of result.warnings) err(`${w}\n`);
  const m = result.manifest;
  const rate = result.seconds > 0 ? (m.documents / result.seconds).toFixed(1) : '0';
  if (result.interrupted) err(`gleaner: interrupted; the previous datasets were left as they were\n`);
  if (!quiet || m.errors || result.interrupted) err(`gleaner: ${m.documents} documents, ${m.records} records, ${m.errors} errors, ${result.seconds.toFixed(1)} s, ${rate} docs/s\n`);
  return m.errors || result.interrupted ? EXIT.failed : EXIT.ok;
}

function shardOf(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError('must be K/N with 1 <= K <= N, e.g. 2/8');
  return shard;
}

function logFormat(value: string): 'json' {
  if (value !== 'json') throw new InvalidArgumentError('the only format is "json"');
  return 'json';
}

/** Relative paths of the files that differ between two folders (missing on either side included). */
function compareTrees(a: string, b: string): string[] {
  const list = (root: string): string[] => {
    if (!fs.existsSync(root)) return [];
    const outList: string[] = [];
    const walk = (dir: string) => {
      for (const name of fs.readdirSync(dir).sort()) {
        if (name.startsWith('.')) continue;
        const p = path.join(dir, name);
        if (fs.statSync(p).isDirectory()) walk(p);
        else outList.push(path.relative(root, p));
      }
    };
    walk(root);
    return outList;
  };
  const all = [...new Set([...list(a), ...list(b)])].sort();
  return all.filter((rel) => {
    const pa = path.join(a, rel);
    const pb = path.join(b, rel);
    if (!fs.existsSync(pa) || !fs.existsSync(pb)) return true;
    return !fs.readFileSync(pa).equals(fs.readFileSync(pb));
  });
}

/** Records from a dataset.json, a .jsonl file or a folder of records. */
export function loadRecords(target: string): Array<{ name: string; record: unknown }> {
  let st: fs.Stats;
  try {
    st = fs.statSync(target);
  } catch {
    throw new UsageError(`no such file or folder: ${target}`);
  }
  try {
    if (st.isDirectory()) {
      return fs.readdirSync(target).filter((f) => f.endsWith('.json')).sort().map((f) => ({ name: f, record: JSON.parse(fs.readFileSync(path.join(target, f), 'utf8')) }));
    }
    const text = fs.readFileSync(target, 'utf8');
    if (target.endsWith('.jsonl')) return text.split('\n').filter(Boolean).map((l, i) => ({ name: `${target}:${i + 1}`, record: JSON.parse(l) }));
    const data = JSON.parse(text);
    if (!Array.isArray(data)) throw new UsageError(`${target} is not an array of records`);
    return data.map((record, i) => ({ name: `${target}[${i}]`, record }));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${target}: not valid JSON (${(e as Error).message})`);
  }
}
