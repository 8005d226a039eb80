// What changed between two dataset versions, by record and field: added, removed, and changed
// fields with old and new values. Evidence and sections are left out: they follow the values.

/** One change. */
export type Change =
  | { kind: 'added'; id: string }
  | { kind: 'removed'; id: string }
  | { kind: 'changed'; id: string; field: string; old: unknown; new: unknown };

const SKIP = new Set(['evidence', 'sections']);

/** The changes from `before` to `after` (records matched by id), sorted by id then field. */
export function diffDatasets(before: ReadonlyArray<Record<string, unknown>>, after: ReadonlyArray<Record<string, unknown>>): Change[] {
  const a = new Map(before.map((r) => [String(r.id), r]));
  const b = new Map(after.map((r) => [String(r.id), r]));
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort();
  const out: Change[] = [];
  for (const id of ids) {
    const x = a.get(id);
    const y = b.get(id);
    if (!x) out.push({ kind: 'added', id });
    else if (!y) out.push({ kind: 'removed', id });
    else {
      const fields = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((f) => !SKIP.has(f)).sort();
      for (const field of fields) {
        if (JSON.stringify(x[field]) !== JSON.stringify(y[field])) out.push({ kind: 'changed', id, field, old: x[field] ?? null, new: y[field] ?? null });
      }
    }
  }
  return out;
}

/** The changes as text, one line per change (values as compact JSON). */
export function formatDiff(changes: readonly Change[]): string {
  if (!changes.length) return 'no changes\n';
  return changes
    .map((c) => (c.kind === 'changed' ? `~ ${c.id} ${c.field}: ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}` : `${c.kind === 'added' ? '+' : '-'} ${c.id}`))
    .join('\n')
    .concat('\n');
}
