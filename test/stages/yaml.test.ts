// The YAML dataset's fast path must write exactly what the `yaml` library writes: checked on every record
// of the seed and held-out fixtures, and on generated records full of the strings that need care
// (colons, `#`, quotes, numbers, `null`, leading blanks, several lines, document markers).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { fastYamlItem, libraryYamlItem, yamlItem } from '../../src/stages/yaml.js';
import { processDocument } from '../../src/pipeline/process.js';
import { holdoutDir, options, seedsDir } from '../helpers.js';

function fixtureRecords(): unknown[] {
  const out: unknown[] = [];
  for (const dir of [seedsDir, holdoutDir]) {
    for (const name of fs.readdirSync(path.join(dir, 'docs')).sort()) {
      const outcome = processDocument(fs.readFileSync(path.join(dir, 'docs', name)), name, options);
      if (outcome.ok) out.push(outcome.record);
    }
  }
  return out;
}

describe('YAML items', () => {
  it('are the library’s bytes on every fixture record, and all take the fast path', () => {
    const records = fixtureRecords();
    expect(records.length).toBe(13);
    let fast = 0;
    for (const r of records) {
      expect(yamlItem(r)).toBe(libraryYamlItem(r));
      if (fastYamlItem(r) !== null) fast++;
    }
    expect(fast).toBe(records.length);
  });

  it('write plain strings plain and hand the others to the library (seed 000 values)', () => {
    const r = { title: 'CIPM Pilot Programme', date: '2024', heading: 'Tel: 800.66.77.33', n: 0.65, none: null, list: [], map: {} };
    expect(fastYamlItem(r)).toBe('- title: CIPM Pilot Programme\n  date: "2024"\n  heading: "Tel: 800.66.77.33"\n  n: 0.65\n  none: null\n  list: []\n  map: {}\n');
    // several lines: the library's block scalar, moved to the value's depth
    expect(fastYamlItem({ evidence: [{ quote: '  a\n\nb' }] })).toBe('- evidence:\n    - quote: |2-\n          a\n\n        b\n');
  });

  const tricky = fc.oneof(
    fc.constantFrom('', ' ', 'null', 'Null', 'true', 'FALSE', '~', '42', '-1.5', '0x1F', '0o7', '.inf', '1e3', '---', '...', '% x', '- a', '? a', 'a: b', 'a:', 'a #b', '#a', 'a\nb', 'a \nb', ' a', 'a ', "it's", '"q"', '@x', '`x`', '*x', '&x', '!x', '|x', '>x', '[x]', '{x}', 'x, y', 'é', '\t', '\u2028', '\ud800', 'Project: Ústí', 'CIPM (Italy)', '\r', 'a\r\nb', 'a\u0007\nb', '\na', 'a\n', 'a\n\n', '---\na', ' a\nb', 'a\n  b', 'a: b\n- c', '1.', '+5', '.5', '5.5.5', "a: 'b'", 'a: "b"', 'a: \\b', '2024-01', ' 20', '20 '),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
  );
  const value = fc.oneof(tricky, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
  // mostly a record's own keys, sometimes keys that need quotes
  const key = fc.oneof({ arbitrary: fc.constantFrom('title', 'quote', 'name', 'start', 'label', 'duration_months'), weight: 12 }, { arbitrary: fc.constantFrom('a b', 'x: y', '1', 'null', '-'), weight: 1 }, { arbitrary: fc.string({ maxLength: 5 }), weight: 1 });
  // mostly a record's kind of values, sometimes a tricky string
  const usual = fc.oneof({ arbitrary: fc.constantFrom('Probation Service', 'CIPM (Italy)', 'convicted offenders', '2024', 'Tel: 800', 'EUR 1,200', 'Partners:\n  - CIPM'), weight: 6 }, { arbitrary: value, weight: 1 });
  const record = fc.dictionary(key, fc.oneof(
    usual,
    fc.array(usual, { maxLength: 3 }),
    fc.array(fc.dictionary(key, usual, { maxKeys: 3 }), { maxLength: 3 }),
    fc.dictionary(key, fc.oneof(usual, fc.array(usual, { maxLength: 2 })), { maxKeys: 3 }),
  ), { minKeys: 1, maxKeys: 6 });

  it('are the library’s bytes on generated records, and read back as the record', () => {
    let fast = 0;
    fc.assert(
      fc.property(record, (r) => {
        if (fastYamlItem(r) !== null) fast++;
        const text = yamlItem(r);
        expect(text).toBe(libraryYamlItem(r));
        expect(parse(text)).toEqual([r]);
      }),
      { numRuns: 3000, seed: 7 },
    );
    // the fast path is what is under test: most generated records must take it
    expect(fast).toBeGreaterThan(1000);
  });
});
