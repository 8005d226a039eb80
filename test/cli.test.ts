import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../src/cli.js';
import { tree } from './cli-helpers.js';

let stderr = '';
let stdout = '';
beforeEach(() => {
  stderr = '';
  stdout = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-cli-'));
const seeds = 'fixtures/seeds/docs';

describe('gleaner CLI', () => {
  it('exits 0 and writes every output file when every input gives a record', async () => {
    const out = tmp();
    expect(await main(['ingest', seeds, '--out', out, '--quiet'])).toBe(0);
    const files = Object.keys(tree(out));
    expect(files).toEqual(expect.arrayContaining(['dataset.json', 'dataset.jsonl', 'dataset.yaml', 'errors.jsonl', 'manifest.json', 'records/003-25b8ca439fb72e43.json']));
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ documents: 5, records: 5, errors: 0, pipeline: 'cli' });
    expect(JSON.stringify(manifest)).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });

  it('gives the same bytes on two runs, whatever the concurrency', async () => {
    const a = tmp();
    const b = tmp();
    await main(['ingest', seeds, '--out', a, '--quiet', '--concurrency', '1']);
    await main(['ingest', seeds, '--out', b, '--quiet', '--concurrency', '4']);
    expect(tree(b)).toEqual(tree(a));
  });

  it('exits 1 when some inputs fail, and still writes the others', async () => {
    const dir = tmp();
    fs.copyFileSync(path.join(seeds, '003_25b8ca439fb72e43.txt'), path.join(dir, 'good.txt'));
    const out = tmp();
    expect(await main(['ingest', dir, path.join(dir, 'missing.txt'), '--out', out, '--quiet'])).toBe(1);
    const errors = fs.readFileSync(path.join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors).toEqual([{ path: path.join(dir, 'missing.txt'), stage: 'discover', code: 'not-found', message: expect.stringContaining('missing.txt') }]);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'dataset.json'), 'utf8')).map((r: any) => r.id)).toEqual(['good']);
    expect(stderr).toContain('1 errors');
  });

  it('exits 2 with a one-line message for usage and configuration errors', async () => {
    expect(await main(['ingest', seeds])).toBe(2);
    expect(await main(['frobnicate'])).toBe(2);
    expect(await main(['ingest', seeds, '--out', tmp(), '--concurrency', 'zero'])).toBe(2);
    stderr = '';
    expect(await main(['run', 'no/such/pipeline.yaml'])).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('no/such/pipeline.yaml');
  });

  it('prints help and version with exit 0', async () => {
    expect(await main(['--help'])).toBe(0);
    expect(stdout).toContain('ingest');
    expect(await main(['--version'])).toBe(0);
    expect(stdout).toMatch(/\d+\.\d+\.\d+/);
    expect(await main(['ingest', '--help'])).toBe(0);
    expect(stdout).toContain('--concurrency');
  });

  it('extracts one file as a record on stdout', async () => {
    expect(await main(['extract', path.join(seeds, '003_25b8ca439fb72e43.txt')])).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: '003-25b8ca439fb72e43', schema_version: '1.0' });
  });

  it('validates a dataset and prints the schema', async () => {
    expect(await main(['validate', 'output/seeds/dataset.json'])).toBe(0);
    expect(stderr).toContain('5 of 5 records valid');
    const bad = path.join(tmp(), 'bad.json');
    fs.writeFileSync(bad, JSON.stringify([{ id: 'x' }]));
    expect(await main(['validate', bad])).toBe(1);
    stdout = '';
    expect(await main(['schema'])).toBe(0);
    expect(JSON.parse(stdout).$id).toContain('record');
  });

  it('run --check passes on the committed output and lists the files that drift', async () => {
    expect(await main(['run', 'pipelines/seeds.yaml', '--check', '--quiet'])).toBe(0);
    const dir = tmp();
    fs.cpSync('fixtures', path.join(dir, 'fixtures'), { recursive: true });
    fs.cpSync('output', path.join(dir, 'output'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'pipelines'));
    fs.copyFileSync('pipelines/seeds.yaml', path.join(dir, 'pipelines', 'seeds.yaml'));
    fs.appendFileSync(path.join(dir, 'output', 'seeds', 'dataset.jsonl'), '\n');
    stderr = '';
    expect(await main(['run', path.join(dir, 'pipelines', 'seeds.yaml'), '--check'])).toBe(1);
    expect(stderr).toContain('dataset.jsonl');
  });

  it('scores a dataset against gold with eval', async () => {
    expect(await main(['eval', 'output/seeds/dataset.json', '--gold', 'fixtures/seeds/gold', '--json'])).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.documents).toBe(5);
    expect(result.missing_documents).toBe(0);
    expect(await main(['eval', 'output/seeds/dataset.json', '--gold', 'no/such/dir'])).toBe(2);
  });
});
