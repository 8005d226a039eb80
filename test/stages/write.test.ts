// The write stage: atomic files, and datasets streamed from the record files that equal what
// serialising all records at once would give.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { json, streamDatasets, writeAtomic, writeRecord } from '../../src/stages/write.js';
import type { GleanerRecord } from '../../src/record.js';

const committed: GleanerRecord[] = JSON.parse(fs.readFileSync(path.join('output', 'seeds', 'dataset.json'), 'utf8'));
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-write-'));

describe('write', () => {
  it('writes atomically and leaves no temporary file behind', () => {
    const dir = tmp();
    writeAtomic(path.join(dir, 'a', 'b.json'), '{}\n');
    writeAtomic(path.join(dir, 'a', 'b.json'), '[]\n');
    expect(fs.readdirSync(path.join(dir, 'a'))).toEqual(['b.json']);
    expect(fs.readFileSync(path.join(dir, 'a', 'b.json'), 'utf8')).toBe('[]\n');
  });

  it('streams datasets equal to serialising every record at once', () => {
    const dir = tmp();
    for (const r of committed) writeRecord(dir, r);
    streamDatasets(dir, committed.map((r) => r.id));
    expect(fs.readFileSync(path.join(dir, 'dataset.json'), 'utf8')).toBe(json(committed));
    expect(fs.readFileSync(path.join(dir, 'dataset.jsonl'), 'utf8')).toBe(committed.map((r) => `${JSON.stringify(r)}\n`).join(''));
    expect(fs.readFileSync(path.join(dir, 'dataset.yaml'), 'utf8')).toBe(stringify(committed, { lineWidth: 0, aliasDuplicateObjects: false }));
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes an empty dataset as empty lists', () => {
    const dir = tmp();
    streamDatasets(dir, []);
    expect(fs.readFileSync(path.join(dir, 'dataset.json'), 'utf8')).toBe('[]\n');
    expect(fs.readFileSync(path.join(dir, 'dataset.jsonl'), 'utf8')).toBe('');
    expect(fs.readFileSync(path.join(dir, 'dataset.yaml'), 'utf8')).toBe('[]\n');
  });

  it('keeps record keys in schema order', () => {
    expect(Object.keys(committed[0]!)).toEqual(['schema_version', 'id', 'source', 'title', 'acronym', 'document_kind', 'project_number', 'status', 'date', 'promoter', 'partners', 'funding', 'costs', 'timeframe', 'countries', 'target_groups', 'indicators', 'contacts', 'rating', 'evidence', 'sections']);
  });
});
