// The batch runner: worker threads, shards and merge, the cache, ids made unique; output bytes the
// same whatever the route. Worker threads run from the build (dist/), so these tests use the CLI's
// compiled entry point the way a data steward does.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { gleaner, tree, bin } from '../cli-helpers.js';

const seeds = path.resolve('fixtures/seeds/docs');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-batch-'));

describe('batch', () => {
  it('gives the same bytes with one thread and with a worker pool', async () => {
    const one = tmp();
    const four = tmp();
    expect((await gleaner('ingest', seeds, '--out', one, '--concurrency', '1', '--quiet')).status).toBe(0);
    expect((await gleaner('ingest', seeds, '--out', four, '--concurrency', '4', '--quiet')).status).toBe(0);
    expect(tree(four)).toEqual(tree(one));
  });

  it('merges shards into exactly the bytes of one run', async () => {
    const whole = tmp();
    expect((await gleaner('ingest', seeds, '--out', whole, '--quiet')).status).toBe(0);
    const parts: string[] = [];
    for (const k of [1, 2, 3]) {
      const dir = tmp();
      expect((await gleaner('ingest', seeds, '--out', dir, '--shard', `${k}/3`, '--quiet')).status).toBe(0);
      parts.push(dir);
    }
    const counts = parts.map((d) => JSON.parse(fs.readFileSync(path.join(d, 'manifest.json'), 'utf8')).records);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5);
    const merged = tmp();
    expect((await gleaner('merge', ...parts, '--out', merged)).status).toBe(0);
    expect(tree(merged)).toEqual(tree(whole));
  });

  it('reuses unchanged documents from the cache, and a pipeline change invalidates it', async () => {
    const out = tmp();
    const log = async (args: string[]) =>
      (await gleaner('ingest', seeds, '--out', out, '--log', 'json', ...args))
        .stderr.split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { cached: boolean; id: string; languages: string[] });
    const first = await log([]);
    expect(first.filter((e) => e.cached)).toHaveLength(0);
    // seed 004 is an English report that quotes Italian; the others are English only
    expect(first.find((e) => e.id.startsWith('004'))?.languages).toEqual(['en', 'it']);
    expect(first.find((e) => e.id.startsWith('003'))?.languages).toEqual(['en']);
    const second = await log([]);
    expect(second).toHaveLength(5);
    expect(second.every((e) => e.cached)).toBe(true);
    expect(second.find((e) => e.id.startsWith('004'))?.languages).toEqual(['en', 'it']);
    expect((await log(['--no-cache'])).some((e) => e.cached)).toBe(false);
    const pipe = path.join(tmp(), 'p.yaml');
    fs.writeFileSync(pipe, 'name: other\ninputs: [x]\noutput: y\nstages:\n  extract:\n    minConfidence: 0.45\n');
    expect((await log(['--pipeline', pipe])).some((e) => e.cached)).toBe(false);
  });

  it('makes duplicate ids unique with the parent folder, warns, and overwrites nothing', async () => {
    const dir = tmp();
    for (const sub of ['a', 'b']) {
      fs.mkdirSync(path.join(dir, sub));
      fs.writeFileSync(path.join(dir, sub, 'report.txt'), `Report from ${sub}\n`);
    }
    const out = tmp();
    const r = (await gleaner('ingest', dir, '--out', out));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('gleaner:duplicate-id');
    const ids = JSON.parse(fs.readFileSync(path.join(out, 'dataset.json'), 'utf8')).map((x: any) => [x.id, x.source.path.slice(-12)]);
    expect(ids).toEqual([
      ['report', 'a/report.txt'],
      ['report-b', 'b/report.txt'],
    ]);
  });

  it('shows no progress bar on a pipe unless asked, and one with --progress', async () => {
    const quietPipe = await gleaner('ingest', seeds, '--out', tmp(), '--no-cache');
    expect(quietPipe.stderr).not.toContain('docs/s |');
    const asked = await gleaner('ingest', seeds, '--out', tmp(), '--no-cache', '--progress');
    expect(asked.stderr).toMatch(/\d+\/5 docs \| [\d.]+ docs\/s \| ETA/);
  });

  it('prints a summary line with documents, records, errors, seconds and docs/s', async () => {
    const r = (await gleaner('ingest', seeds, '--out', tmp()));
    expect(r.stderr).toMatch(/5 documents, 5 records, 0 errors, [\d.]+ s, [\d.]+ docs\/s/);
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
