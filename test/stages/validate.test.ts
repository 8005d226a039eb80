import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { validateRecord } from '../../src/stages/validate.js';
import { seedsDir } from '../helpers.js';

const committed = JSON.parse(fs.readFileSync(path.join(seedsDir, '..', '..', 'output', 'seeds', 'dataset.json'), 'utf8'));
const good = committed[0];
const text003 = fs.readFileSync(path.join(seedsDir, 'docs', '003_25b8ca439fb72e43.txt'), 'utf8');

describe('validate', () => {
  it('accepts the committed seed records', () => {
    for (const r of committed) expect(validateRecord(r)).toEqual([]);
  });

  it.each([
    ['a missing required key', (r: any) => delete r.countries, '/'],
    ['an unknown key', (r: any) => (r.extra = 1), '/'],
    ['an empty string instead of null', (r: any) => (r.title = ''), '/title'],
    ['a document kind outside the enum', (r: any) => (r.document_kind = 'blog'), '/document_kind'],
    ['a status outside the enum', (r: any) => (r.status = 'done'), '/status'],
    ['a date that is not ISO', (r: any) => (r.date = '20/10/2022'), '/date'],
    ['a lower-case country code', (r: any) => (r.countries = ['lt']), '/countries/0'],
    ['a cost kind outside the enum', (r: any) => (r.costs = [{ kind: 'price', amount: 1, currency: 'EUR', funder: null }]), '/costs/0/kind'],
    ['a currency that is not ISO 4217-shaped', (r: any) => (r.costs = [{ kind: 'total', amount: 1, currency: '€', funder: null }]), '/costs/0/currency'],
    ['an indicator kind outside the enum', (r: any) => (r.indicators = [{ value: 1, unit: 'x', kind: 'goal', text: 'x' }]), '/indicators/0/kind'],
    ['a bad id', (r: any) => (r.id = 'Not A Slug'), '/id'],
    ['evidence without a quote', (r: any) => (r.evidence = [{ path: '/title', start: 0, end: 1, method: 'label', confidence: 1 }]), '/evidence/0'],
    ['a confidence above 1', (r: any) => (r.evidence = [{ path: '/title', start: 0, end: 1, quote: 'x', method: 'label', confidence: 2 }]), '/evidence/0/confidence'],
    ['a schema version other than 1.0', (r: any) => (r.schema_version = '2.0'), '/schema_version'],
  ])('rejects %s', (_name, mutate, pointer) => {
    const r = structuredClone(good);
    mutate(r);
    const problems = validateRecord(r);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.pointer)).toContain(pointer);
  });

  it('rejects an evidence quote that is not the text at its offsets', () => {
    const r = structuredClone(committed.find((x: any) => x.id === '003-25b8ca439fb72e43'));
    expect(validateRecord(r, text003)).toEqual([]);
    r.evidence = [{ path: '/title', start: 0, end: 5, quote: 'Imple', method: 'label', confidence: 1 }];
    expect(validateRecord(r, text003)).toEqual([]);
    r.evidence[0].quote = 'Other';
    expect(validateRecord(r, text003)).toEqual([{ pointer: '/evidence/0', message: 'quote is not the text at its offsets' }]);
  });
});
