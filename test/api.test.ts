// The library API, used without the CLI: extract, ingest, validate, and the package entry point.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract, ingest, validate } from '../src/index.js';

describe('library API', () => {
  it('extracts a record from text, with evidence for its values', () => {
    // fixtures/seeds/docs/003_25b8ca439fb72e43.txt lines 5-8
    const text = 'Project promoter:\nVilnius Country Probation Office\nProject Number:\nLT14-0006\n';
    const record = extract(text);
    expect(record.project_number).toBe('LT14-0006');
    expect(record.promoter?.name).toBe('Vilnius Country Probation Office');
    const ev = record.evidence.find((e) => e.path === '/project_number')!;
    expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(validate(record)).toEqual([]);
  });

  it('picks the media type from the name', () => {
    expect(extract('<h1>Peer mentoring</h1><p>Text.</p>', { name: 'page.html' }).source.media_type).toBe('text/html');
  });

  it('throws, naming the stage, when a document gives no record', () => {
    expect(() => extract(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 0, 0]))).toThrow(/read failed \(binary\)/);
  });

  it('ingests paths as an async iterable of results, errors included', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-api-'));
    fs.writeFileSync(path.join(dir, 'a.md'), '# Alpha project\n\nStatus: completed\n');
    fs.writeFileSync(path.join(dir, 'b.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const results = [];
    for await (const r of ingest([dir, path.join(dir, 'missing.txt')])) results.push(r);
    expect(results.map((r) => [path.basename(r.path), r.ok])).toEqual([
      ['missing.txt', false],
      ['a.md', true],
      ['b.txt', false],
    ]);
    const a = results[1]!;
    expect(a.ok && a.record.title).toBe('Alpha project');
    const b = results[2]!;
    expect(!b.ok && b.error).toMatchObject({ stage: 'read', code: 'binary' });
  });

  it('reports schema problems', () => {
    expect(validate({ id: 'x' }).length).toBeGreaterThan(0);
  });
});
