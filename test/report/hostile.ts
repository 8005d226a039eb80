// A dataset for the report tests: the seeds plus one hostile document whose text and record carry
// markup that must stay text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRecords, runBatch } from '../../src/pipeline/run.js';
import type { GleanerRecord } from '../../src/record.js';
import { options, seedsDir } from '../helpers.js';

/** The hostile strings, as they must appear on the page. */
export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '"><img src=x onerror=alert(1)>';

/**
 * Run `hostile.txt` (and the seeds, unless told not to) into a temporary folder; the hostile record
 * gets a title and evidence on the markup.
 */
export async function buildDataset(withSeeds = true): Promise<{ out: string; records: GleanerRecord[] }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-report-'));
  const inputs = path.join(root, 'inputs');
  fs.mkdirSync(inputs);
  const text = `Project title: ${SCRIPT}\nPromoter: ${IMG} (Lithuania)\nA line with </pre> and &amp; and \u2028 in it.\n`;
  fs.writeFileSync(path.join(inputs, 'hostile.txt'), text);
  const out = path.join(root, 'out');
  const batch = await runBatch({ inputs: withSeeds ? [path.join(seedsDir, 'docs'), inputs] : [inputs], out, options, concurrency: 2, cache: false });
  if (batch.errors.length) throw new Error(`the report dataset has errors: ${JSON.stringify(batch.errors)}`);
  const file = path.join(out, 'records', 'hostile.json');
  const record = JSON.parse(fs.readFileSync(file, 'utf8')) as GleanerRecord;
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, quote: s });
  record.title = SCRIPT;
  record.evidence.push({ path: '/title', ...at(SCRIPT), method: 'test', confidence: 0.5 }, { path: '/promoter', ...at(IMG), method: IMG, confidence: 0.5 });
  fs.writeFileSync(file, JSON.stringify(record));
  return { out, records: readRecords(out, batch.ids) as GleanerRecord[] };
}
