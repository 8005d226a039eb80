// Gold marks: read back from score()'s per-document misses.
import { describe, expect, it } from 'vitest';
import { score } from '../../src/eval/score.js';
import { goldMarks } from '../../src/report/gold.js';

const base = { id: 'd', title: null, acronym: null, document_kind: 'other', project_number: null, status: null, date: null, promoter: null, partners: [], funding: [], costs: [], timeframe: { start: null, end: null, duration_months: null }, countries: [], target_groups: [], indicators: [], contacts: [], rating: null };

describe('goldMarks', () => {
  // values from fixtures/seeds/gold/003-25b8ca439fb72e43.json
  const gold = { ...base, acronym: 'MIPT', document_kind: 'project-page', status: 'completed', countries: ['LT'], costs: [{ kind: 'initial', amount: 389213, currency: 'EUR', funder: null }] };
  const predicted = { ...base, acronym: 'MIPT', status: 'ongoing', rating: 'Promising want "x"', countries: ['LT', 'NO'], costs: [] };
  const [doc] = score([gold], [predicted]).per_doc;
  const marks = goldMarks(predicted, doc!.misses);

  it('marks equal scalars right and different ones wrong, with the gold value', () => {
    expect(marks.scalars.get('acronym')).toEqual({ mark: 'right', want: null });
    expect(marks.scalars.get('status')).toEqual({ mark: 'wrong', want: 'completed' });
    expect(marks.scalars.get('document_kind')).toEqual({ mark: 'wrong', want: 'project-page' });
  });

  it('marks a scalar gold lacks as extra, even with " want " inside it', () => {
    expect(marks.scalars.get('rating')).toEqual({ mark: 'extra', want: null });
  });

  it('marks list items gold lacks as extra and lists the ones the record lacks', () => {
    expect([...marks.extra.get('countries')!]).toEqual([1]);
    expect(marks.missed.get('costs')).toEqual([{ kind: 'initial', amount: 389213, currency: 'EUR', funder: null }]);
  });

  it('leaves fields neither side has unmarked', () => {
    expect(marks.scalars.has('title')).toBe(false);
  });
});
