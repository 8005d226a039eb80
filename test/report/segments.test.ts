// Span segmentation: nested, overlapping, adjacent and broken spans become flat segments.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/report/segments.js';

const flat = (length: number, spans: Array<[number, number]>) =>
  segment(length, spans.map(([start, end]) => ({ start, end }))).map((s) => [s.start, s.end, s.spans]);

describe('segment', () => {
  it('gives one unmarked segment without spans', () => {
    expect(flat(5, [])).toEqual([[0, 5, []]]);
  });

  it('gives nothing for an empty text', () => {
    expect(flat(0, [])).toEqual([]);
  });

  it('marks one span between plain text', () => {
    expect(flat(10, [[2, 5]])).toEqual([[0, 2, []], [2, 5, [0]], [5, 10, []]]);
  });

  it('splits a nested span out of its parent (promoter name inside a partner line)', () => {
    expect(flat(10, [[0, 10], [3, 6]])).toEqual([[0, 3, [0]], [3, 6, [0, 1]], [6, 10, [0]]]);
  });

  it('splits overlapping spans into three runs', () => {
    expect(flat(8, [[1, 5], [3, 7]])).toEqual([[0, 1, []], [1, 3, [0]], [3, 5, [0, 1]], [5, 7, [1]], [7, 8, []]]);
  });

  it('keeps adjacent spans apart and joins identical ones', () => {
    expect(flat(6, [[0, 3], [3, 6]])).toEqual([[0, 3, [0]], [3, 6, [1]]]);
    expect(flat(4, [[1, 3], [1, 3]])).toEqual([[0, 1, []], [1, 3, [0, 1]], [3, 4, []]]);
  });

  it('leaves out empty spans and spans outside the text', () => {
    expect(flat(5, [[2, 2], [3, 9], [-1, 2], [4, 5]])).toEqual([[0, 4, []], [4, 5, [3]]]);
  });

  it('covers the whole text in order', () => {
    const segs = segment(100, [{ start: 10, end: 40 }, { start: 20, end: 30 }, { start: 25, end: 60 }, { start: 90, end: 100 }]);
    expect(segs[0]!.start).toBe(0);
    expect(segs.at(-1)!.end).toBe(100);
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
  });
});
