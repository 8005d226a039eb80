import { describe, expect, it } from 'vitest';
import { diffDatasets, formatDiff } from '../src/diff.js';

describe('diff', () => {
  const a = [
    { id: 'a', title: 'Old', countries: ['LT'], evidence: [1] },
    { id: 'b', title: 'Gone' },
  ];
  const b = [
    { id: 'a', title: 'New', countries: ['LT'], evidence: [2] },
    { id: 'c', title: 'Added' },
  ];

  it('lists added and removed records and changed fields, leaving evidence out', () => {
    expect(diffDatasets(a, b)).toEqual([
      { kind: 'changed', id: 'a', field: 'title', old: 'Old', new: 'New' },
      { kind: 'removed', id: 'b' },
      { kind: 'added', id: 'c' },
    ]);
  });

  it('prints one line per change', () => {
    expect(formatDiff(diffDatasets(a, b))).toBe('~ a title: "Old" → "New"\n- b\n+ c\n');
    expect(formatDiff([])).toBe('no changes\n');
  });
});
