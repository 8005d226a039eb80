// A record's values marked against gold: read back from the scorer's per-document misses, so the
// report and `gleaner eval` never disagree about what matched.

/** How one value compares with gold. */
export type Mark = 'right' | 'wrong' | 'missed' | 'extra';

/** The marks of one record. */
export interface GoldMarks {
  /** scalar field (`title`, `promoter`, `timeframe.start`) → its mark, with the gold value when wrong or missed */
  scalars: Map<string, { mark: Mark; want: unknown }>;
  /** list field → indexes of its items that gold does not have */
  extra: Map<string, Set<number>>;
  /** list field → gold items the record does not have */
  missed: Map<string, unknown[]>;
}

/** Scalar fields the scorer compares. */
export const SCORED_SCALARS: readonly string[] = ['title', 'acronym', 'document_kind', 'project_number', 'status', 'date', 'promoter', 'timeframe.start', 'timeframe.end', 'timeframe.duration_months', 'rating'];

/** List fields the scorer compares. */
export const SCORED_LISTS: readonly string[] = ['partners', 'funding', 'costs', 'countries', 'target_groups', 'indicators', 'contacts'];

/**
 * Turn one document's misses (from `score().per_doc`) into marks on its record's values.
 * @param record the predicted record
 * @param misses the scorer's lines for this document
 */
export function goldMarks(record: Record<string, any>, misses: readonly string[]): GoldMarks {
  const marks: GoldMarks = { scalars: new Map(), extra: new Map(), missed: new Map() };
  const extraKeys = new Map<string, string[]>();
  for (const line of misses) {
    const list = /^(\w+) (missed|extra): (.*)$/s.exec(line);
    if (list && SCORED_LISTS.includes(list[1]!)) {
      if (list[2] === 'missed') push(marks.missed, list[1]!, parse(list[3]!));
      else push(extraKeys, list[1]!, list[3]!);
      continue;
    }
    const scalar = /^([\w.]+): got (.*)$/s.exec(line);
    if (scalar && SCORED_SCALARS.includes(scalar[1]!)) {
      const [got, want] = splitGotWant(scalar[2]!);
      marks.scalars.set(scalar[1]!, { mark: got === null ? 'missed' : want === null ? 'extra' : 'wrong', want });
    }
  }
  for (const field of SCORED_SCALARS) {
    if (!marks.scalars.has(field) && present(scalarOf(record, field))) marks.scalars.set(field, { mark: 'right', want: null });
  }
  for (const [field, keys] of extraKeys) {
    const left = [...keys];
    const items: unknown[] = Array.isArray(record[field]) ? record[field] : [];
    const found = new Set<number>();
    // the scorer lists extras in record order, so the first unmatched equal item is the one
    items.forEach((item, i) => {
      const k = left.indexOf(extraKey(item));
      if (k >= 0) {
        left.splice(k, 1);
        found.add(i);
      }
    });
    marks.extra.set(field, found);
  }
  return marks;
}

/** A scalar field's value, `timeframe.start` style names included; the promoter's is its name. */
export function scalarOf(record: Record<string, any>, field: string): unknown {
  if (field === 'promoter') return record.promoter?.name ?? null;
  const [a, b] = field.split('.');
  return b ? record[a!]?.[b] ?? null : record[a!] ?? null;
}

/** The scorer's printed form of a list item (its `text` left out). */
function extraKey(x: unknown): string {
  return JSON.stringify(x && typeof x === 'object' ? { ...x, text: undefined } : x);
}

function splitGotWant(s: string): [unknown, unknown] {
  for (let at = s.indexOf(' want '); at >= 0; at = s.indexOf(' want ', at + 1)) {
    try {
      return [JSON.parse(s.slice(0, at)), JSON.parse(s.slice(at + 6))];
    } catch {
      // a " want " inside a quoted value: try the next one
    }
  }
  return [null, null];
}

function parse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

function present(v: unknown): boolean {
  return v !== null && v !== undefined && v !== '';
}
