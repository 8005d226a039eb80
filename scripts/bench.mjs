#!/usr/bin/env node
// Benchmark: builds a synthetic corpus of N documents from the seed fixtures (each made unique), then
// measures in one run (1) reading + remark-parse of the same files in one thread, the floor any
// pipeline pays, (2) the same reading + parsing split over as many worker threads as Gleaner uses,
// which shows how much more than one thread the machine gives, and (3) `gleaner ingest` over them in
// a child process. Prints docs/s, MB/s, peak RSS and the ratio of Gleaner's wall time to the floor.
//
//   npm run bench -- [--docs 3000[,30000]] [--concurrency N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = String(arg('--docs', '3000')).split(',').map(Number);
const concurrency = Number(arg('--concurrency', os.availableParallelism()));
if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}

const seedDir = path.join(root, 'fixtures', 'seeds', 'docs');
const seeds = fs.readdirSync(seedDir).sort().map((f) => ({ name: f, text: fs.readFileSync(path.join(seedDir, f), 'utf8') }));

function corpus(n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gleaner-bench-${n}-`));
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const seed = seeds[i % seeds.length];
    const ext = path.extname(seed.name);
    // unique: a different reference line, so every file has its own hash and cache key
    const text = `${seed.text}\n\nReference copy ${i} of ${seed.name}\n`;
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `doc-${String(i).padStart(6, '0')}${ext}`), text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, bytes };
}

function files(dir) {
  const out = [];
  for (const sub of fs.readdirSync(dir).sort()) for (const f of fs.readdirSync(path.join(dir, sub)).sort()) out.push(path.join(dir, sub, f));
  return out;
}

function floor(dir) {
  const parser = unified().use(remarkParse);
  const t = performance.now();
  for (const f of files(dir)) parser.parse(fs.readFileSync(f, 'utf8'));
  return (performance.now() - t) / 1000;
}

// one thread of the parallel floor: reads and parses every `threads`-th file of the list it is given
const FLOOR_THREAD = `
  const { workerData, parentPort } = require('node:worker_threads');
  const fs = require('node:fs');
  import(workerData.unified).then(async ({ unified }) => {
    const parser = unified().use((await import(workerData.remarkParse)).default);
    for (let i = workerData.part; i < workerData.files.length; i += workerData.threads) parser.parse(fs.readFileSync(workerData.files[i], 'utf8'));
    parentPort.postMessage('done');
  });
`;

/** The floor's work split over `threads` worker threads (their start included): wall seconds. */
async function parallelFloor(dir, threads) {
  const list = files(dir);
  const resolve = (name) => import.meta.resolve(name);
  const t = performance.now();
  await Promise.all(
    Array.from({ length: threads }, (_, part) => new Promise((done, fail) => {
      const w = new Worker(FLOOR_THREAD, { eval: true, workerData: { files: list, part, threads, unified: resolve('unified'), remarkParse: resolve('remark-parse') } });
      w.once('message', () => w.terminate().then(done));
      w.once('error', fail);
    })),
  );
  return (performance.now() - t) / 1000;
}

function gleaner(dir) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-bench-out-'));
  const script = `
    import { runBatch } from ${JSON.stringify(path.join(root, 'dist', 'pipeline', 'run.js'))};
    import { resolveOptions } from ${JSON.stringify(path.join(root, 'dist', 'pipeline', 'config.js'))};
    const t = performance.now();
    const r = await runBatch({ inputs: [${JSON.stringify(dir)}], out: ${JSON.stringify(out)}, options: resolveOptions(), concurrency: ${concurrency}, cache: false });
    const seconds = (performance.now() - t) / 1000;
    console.log(JSON.stringify({ seconds, records: r.manifest.records, errors: r.manifest.errors, maxRSS: process.resourceUsage().maxRSS }));
  `;
  const t = performance.now();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = (performance.now() - t) / 1000;
  fs.rmSync(out, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(child.stderr);
  return { wall, ...JSON.parse(child.stdout.trim().split('\n').at(-1)) };
}

console.log(`gleaner bench: ${os.cpus().length} cores, Node ${process.version}, concurrency ${concurrency}`);
for (const n of sizes) {
  const { dir, bytes } = corpus(n);
  try {
    const base = floor(dir);
    const parallel = concurrency > 1 ? await parallelFloor(dir, concurrency) : base;
    const g = gleaner(dir);
    const mb = bytes / 1024 / 1024;
    console.log(
      [
        `documents ${n} (${mb.toFixed(1)} MB)`,
        `records ${g.records}, errors ${g.errors}`,
        `gleaner ${g.wall.toFixed(2)} s wall (${(n / g.wall).toFixed(1)} docs/s, ${(mb / g.wall).toFixed(2)} MB/s)`,
        `read + remark-parse in one thread ${base.toFixed(2)} s`,
        `ratio ${(g.wall / base).toFixed(2)}`,
        ...(concurrency > 1 ? [`the same read + parse in ${concurrency} threads ${parallel.toFixed(2)} s (${(base / parallel).toFixed(2)} times faster than one; Gleaner's ratio to it ${(g.wall / parallel).toFixed(2)})`] : []),
        `peak RSS ${(g.maxRSS / 1024).toFixed(0)} MiB`,
      ].join('; '),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
