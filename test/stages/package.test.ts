// The Frictionless Data Package written beside the datasets, checked on the committed seed output.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { csvCell, TABLES } from '../../src/stages/package.js';

const out = path.join('output', 'seeds');
const dataset = JSON.parse(fs.readFileSync(path.join(out, 'dataset.json'), 'utf8'));

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

describe('data package', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(out, 'datapackage.json'), 'utf8'));

  it('describes every dataset file and CSV table that is there', () => {
    const paths = pkg.resources.map((r: any) => r.path);
    expect(paths).toEqual(['dataset.json', 'dataset.jsonl', 'dataset.yaml', ...TABLES.map((t) => `${t.name}.csv`)]);
    for (const p of paths) expect(fs.existsSync(path.join(out, p)), p).toBe(true);
  });

  it('gives each CSV the header its Table Schema names, and one row per list item', () => {
    for (const t of TABLES) {
      const rows = parseCsv(fs.readFileSync(path.join(out, `${t.name}.csv`), 'utf8'));
      const resource = pkg.resources.find((r: any) => r.path === `${t.name}.csv`);
      expect(rows[0]).toEqual(resource.schema.fields.map((f: any) => f.name));
      const expected = t.name === 'records' ? dataset.length : dataset.reduce((n: number, r: any) => n + r[t.name].length, 0);
      expect(rows.length - 1, t.name).toBe(expected);
    }
  });

  it('keys every table by record id', () => {
    const ids = new Set(dataset.map((r: any) => r.id));
    const rows = parseCsv(fs.readFileSync(path.join(out, 'countries.csv'), 'utf8')).slice(1);
    for (const [id] of rows) expect(ids.has(id)).toBe(true);
    // seed 003 is carried out in Lithuania
    expect(rows).toContainEqual(['003-25b8ca439fb72e43', 'LT']);
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(389213)).toBe('389213');
  });
});
