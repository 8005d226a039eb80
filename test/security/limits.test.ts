// Limits and interruptions, through the built CLI (worker threads run from dist/): a time budget per
// document, an output folder that cannot be written, SIGINT and SIGKILL in the middle of a run.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { gleaner, bin } from '../cli-helpers.js';

const seeds = path.resolve('fixtures/seeds/docs');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-limits-'));

/** A folder of `n` seed copies, each made unique. */
function corpus(n: number): string {
  const dir = tmp();
  const texts = fs.readdirSync(seeds).sort().map((f) => fs.readFileSync(path.join(seeds, f), 'utf8'));
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, `doc-${String(i).padStart(5, '0')}.txt`), `${texts[i % texts.length]}\n\ncopy ${i}\n`);
  return dir;
}

describe('limits', () => {
  it('turns a document over the time budget into a `timeout` error and goes on', async () => {
    const dir = tmp();
    fs.copyFileSync(path.join(seeds, '003_25b8ca439fb72e43.txt'), path.join(dir, 'small.txt'));
    // a large but legal document that takes longer than a 1 ms budget
    fs.writeFileSync(path.join(dir, 'slow.txt'), 'Project promoter: Somebody\n'.repeat(40000));
    const pipe = path.join(dir, 'p.yaml');
    fs.writeFileSync(pipe, 'name: t\ninputs: [x]\noutput: y\nlimits:\n  timeoutMs: 1000\n');
    const out = tmp();
    const r = (await gleaner('ingest', dir, '--out', out, '--pipeline', pipe, '--concurrency', '2', '--no-cache'));
    expect(r.status).toBe(1);
    const errors = fs.readFileSync(path.join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { cached: boolean });
    expect(errors).toEqual([expect.objectContaining({ path: path.join(dir, 'slow.txt'), code: 'timeout' })]);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'dataset.json'), 'utf8')).map((x: any) => x.id)).toEqual(['small']);
  });

  it('refuses a 50 MB file as `too-large` and reads a 5 MB single line, in one batch', async () => {
    const dir = tmp();
    const big = fs.openSync(path.join(dir, 'big.txt'), 'w');
    const chunk = Buffer.alloc(1 << 20, 'Report text with 12 numbers, € signs and dates 2019–2020. ');
    for (let i = 0; i < 50; i++) fs.writeSync(big, chunk);
    fs.closeSync(big);
    fs.writeFileSync(path.join(dir, 'line.txt'), 'The project trained 20 mentors in Lithuania for €5,000 in 2019. '.repeat(80_000));
    fs.copyFileSync(path.join(seeds, '003_25b8ca439fb72e43.txt'), path.join(dir, 'small.txt'));
    const out = tmp();
    const r = await gleaner('ingest', dir, '--out', out, '--no-cache', '--concurrency', '1');
    expect(r.status).toBe(1);
    const errors = fs.readFileSync(path.join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const ids = JSON.parse(fs.readFileSync(path.join(out, 'dataset.json'), 'utf8')).map((x: any) => x.id);
    expect(errors[0]).toMatchObject({ path: path.join(dir, 'big.txt'), stage: 'read', code: 'too-large' });
    // the 5 MB line ends as a record, or, on a slow machine, as a `timeout` entry: never a crash
    if (ids.includes('line')) expect(errors).toHaveLength(1);
    else expect(errors[1]).toMatchObject({ path: path.join(dir, 'line.txt'), code: 'timeout' });
    expect(ids).toContain('small');
  });

  it('runs a document too large for the capped worker heap in a lane of its own, with the same record', async () => {
    const dir = tmp();
    fs.copyFileSync(path.join(seeds, '003_25b8ca439fb72e43.txt'), path.join(dir, 'small.txt'));
    // 800 KB: over the 768 KB that a 96 MB worker heap takes (8 KB per MB)
    fs.writeFileSync(path.join(dir, 'large.txt'), fs.readFileSync(path.join(seeds, '004_57125e4fdf43df7a.txt'), 'utf8').repeat(34));
    const pipe = path.join(dir, 'p.yaml');
    fs.writeFileSync(pipe, 'name: t\ninputs: [x]\noutput: y\nlimits:\n  workerHeapMb: 96\n');
    const pooled = tmp();
    const alone = tmp();
    expect((await gleaner('ingest', dir, '--out', pooled, '--pipeline', pipe, '--concurrency', '2', '--no-cache', '--quiet')).status).toBe(0);
    expect((await gleaner('ingest', dir, '--out', alone, '--pipeline', pipe, '--concurrency', '1', '--no-cache', '--quiet')).status).toBe(0);
    expect(fs.readFileSync(path.join(pooled, 'errors.jsonl'), 'utf8')).toBe('');
    const large = fs.readFileSync(path.join(pooled, 'records', 'large.json'), 'utf8');
    expect(JSON.parse(large).title).toBeTruthy();
    expect(large).toBe(fs.readFileSync(path.join(alone, 'records', 'large.json'), 'utf8'));
  });

  it('exits 2 with one line when the output folder cannot be written', async () => {
    const file = path.join(tmp(), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const r = (await gleaner('ingest', seeds, '--out', path.join(file, 'out')));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('cannot write output');
  });

  it('leaves the previous dataset.json whole when a run is killed', async () => {
    const out = tmp();
    expect((await gleaner('ingest', seeds, '--out', out, '--quiet')).status).toBe(0);
    const before = fs.readFileSync(path.join(out, 'dataset.json'), 'utf8');
    const dir = corpus(400);
    const child = spawn(process.execPath, [bin, 'ingest', dir, '--out', out, '--no-cache', '--quiet']);
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const after = fs.readFileSync(path.join(out, 'dataset.json'), 'utf8');
    expect(() => JSON.parse(after)).not.toThrow();
    expect([before.length > 0, JSON.parse(after).length > 0]).toEqual([true, true]);
  });

  it('stops cleanly on SIGINT with a summary, keeping the previous datasets', async () => {
    const out = tmp();
    expect((await gleaner('ingest', seeds, '--out', out, '--quiet')).status).toBe(0);
    const before = fs.readFileSync(path.join(out, 'dataset.json'), 'utf8');
    const dir = corpus(600);
    const child = spawn(process.execPath, [bin, 'ingest', dir, '--out', out, '--no-cache', '--log', 'json']);
    let stderr = '';
    // interrupt once documents are being done, so the handler is in place
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (d) => {
        stderr += d;
        if (stderr.includes('"event":"document"')) resolve();
      }),
    );
    child.kill('SIGINT');
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(1);
    expect(stderr).toContain('interrupted');
    expect(stderr).toMatch(/documents, \d+ records, \d+ errors/);
    expect(fs.readFileSync(path.join(out, 'dataset.json'), 'utf8')).toBe(before);
    // the YAML items made while it ran are not left behind
    expect(fs.readdirSync(out).filter((f) => f.startsWith('.') && f !== '.cache')).toEqual([]);
  });
});
