// End to end over the held-out documents (fixtures/holdout: written for this project in the genre's
// styles and languages, gold made by hand), so a rule fitted to the seeds or dev shows here.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRecords, runBatch } from '../../src/pipeline/run.js';
import { score } from '../../src/eval/score.js';
import type { GleanerRecord } from '../../src/record.js';
import { holdoutDir, options } from '../helpers.js';

/** The micro F1 the held-out documents must keep; raise it as extraction improves, never lower it. */
const FLOOR = 0.75;

const dir = holdoutDir;
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-holdout-'));
const batch = await runBatch({ inputs: [path.join(dir, 'docs')], out, options, concurrency: 2, cache: false });
const records = readRecords(out, batch.ids) as GleanerRecord[];
const gold = fs.readdirSync(path.join(dir, 'gold')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(dir, 'gold', f), 'utf8')));

describe('held-out documents end to end', () => {
  it('gives a valid record for every document', () => {
    expect(batch.errors).toEqual([]);
    expect(records.map((r) => r.id)).toEqual(gold.map((g) => g.id));
  });

  it(`scores a micro F1 of at least ${FLOOR}`, () => {
    expect(score(gold, records as any).micro.f1).toBeGreaterThanOrEqual(FLOOR);
  });
});
