// Assemble: findings → record + evidence. The only place a record is built; a value without a span
// cannot get in, and a finding whose span is not text is refused with a warning.
import type { Document } from '../document.js';
import type { Evidence, GleanerRecord } from '../record.js';
import { SCHEMA_VERSION } from '../record.js';
import type { Finding } from './finding.js';

/** Options of assembly. */
export interface AssembleOptions {
  /** findings under this confidence are dropped */
  minConfidence: number;
}

const SCALARS = ['title', 'acronym', 'document_kind', 'project_number', 'status', 'date', 'rating'] as const;
const LISTS = ['partners', 'funding', 'costs', 'countries', 'target_groups', 'indicators', 'contacts'] as const;
type ListField = (typeof LISTS)[number];

/** The identity of a list item: items with the same key are one entry. */
const KEY: Record<ListField, (v: any) => string> = {
  partners: (v) => orgKey(v.name),
  funding: (v) => orgKey(v.funder),
  costs: (v) => `${v.kind}|${v.amount}|${v.currency}`,
  countries: (v) => String(v),
  target_groups: (v) => v.label,
  indicators: (v) => `${v.value}|${v.unit.toLowerCase()}|${v.text}`,
  contacts: (v) => (v.email ?? orgKey(v.name ?? '')).toLowerCase(),
};

/** Fold an organisation name for comparison: case, punctuation and spacing aside. */
export function orgKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Build the record from a document and its findings. */
export function assemble(doc: Document, findings: readonly Finding[], options: AssembleOptions): GleanerRecord {
  const kept: Finding[] = [];
  for (const f of findings) {
    if (f.confidence < options.minConfidence) continue;
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end > f.start && f.end <= doc.text.length) || !doc.text.slice(f.start, f.end).trim()) {
      doc.file.message(`finding for ${f.path} refused: its span [${f.start}, ${f.end}) is not text`, undefined, 'gleaner:assemble');
      continue;
    }
    kept.push(f);
  }
  const evidence: Evidence[] = [];
  const cite = (path: string, f: Finding, s = f.start, e = f.end) =>
    evidence.push({ path, start: s, end: e, quote: doc.text.slice(s, e), method: f.method, confidence: round(f.confidence) });
  const best = (path: string): Finding | undefined => pickBest(kept.filter((f) => f.path === path));

  const scalar: Record<string, unknown> = {};
  for (const field of SCALARS) {
    const f = best(`/${field}`);
    scalar[field] = f ? f.value : null;
    if (f) cite(`/${field}`, f);
  }

  const promoterFinding = best('/promoter');
  let promoter: GleanerRecord['promoter'] = null;
  if (promoterFinding) {
    const v = promoterFinding.value as { name: string; country: string | null };
    promoter = { name: v.name, country: v.country ?? null };
    citeParts('/promoter', promoterFinding, ['name', 'country'], cite);
  }

  const timeframe: GleanerRecord['timeframe'] = { start: null, end: null, duration_months: null };
  for (const k of ['start', 'end', 'duration_months'] as const) {
    const f = best(`/timeframe/${k}`);
    if (f) {
      (timeframe as unknown as Record<string, unknown>)[k] = f.value;
      cite(`/timeframe/${k}`, f);
    }
  }

  const lists: Record<string, unknown[]> = {};
  for (const field of LISTS) {
    let items = kept.filter((f) => f.path === `/${field}/-`);
    if (field === 'partners' && promoter) items = items.filter((f) => orgKey((f.value as { name: string }).name) !== orgKey(promoter!.name));
    const byKey = new Map<string, Finding>();
    for (const f of items) {
      const k = KEY[field](f.value);
      const prev = byKey.get(k);
      byKey.set(k, prev ? pickBest([prev, f])! : f);
    }
    const chosen = [...byKey.values()].sort(
      field === 'countries' ? (a, b) => cmp(String(a.value), String(b.value)) : (a, b) => anchor(a) - anchor(b) || a.start - b.start || a.end - b.end || cmp(KEY[field](a.value), KEY[field](b.value)),
    );
    lists[field] = chosen.map((f, i) => {
      if (f.parts) citeParts(`/${field}/${i}`, f, Object.keys(f.parts), cite);
      else cite(`/${field}/${i}`, f);
      return f.value;
    });
  }

  return {
    schema_version: SCHEMA_VERSION,
    id: doc.id,
    source: doc.source,
    title: scalar.title as string | null,
    acronym: scalar.acronym as string | null,
    document_kind: (scalar.document_kind as GleanerRecord['document_kind']) ?? 'other',
    project_number: scalar.project_number as string | null,
    status: scalar.status as GleanerRecord['status'],
    date: scalar.date as string | null,
    promoter,
    partners: lists.partners as GleanerRecord['partners'],
    funding: lists.funding as GleanerRecord['funding'],
    costs: lists.costs as GleanerRecord['costs'],
    timeframe,
    countries: lists.countries as string[],
    target_groups: lists.target_groups as GleanerRecord['target_groups'],
    indicators: lists.indicators as GleanerRecord['indicators'],
    contacts: lists.contacts as GleanerRecord['contacts'],
    rating: scalar.rating as string | null,
    evidence,
    sections: doc.sections,
  };
}

/** Cite an object value: its whole span at `base`, and each part with a span of its own below it. */
function citeParts(base: string, f: Finding, keys: readonly string[], cite: (path: string, f: Finding, s?: number, e?: number) => void): void {
  cite(base, f);
  for (const k of keys) {
    const p = f.parts?.[k];
    if (p && p.end > p.start) cite(`${base}/${k}`, f, p.start, p.end);
  }
}

/** Where an item sits in the text: its first part when it has parts (several items may share a sentence). */
function anchor(f: Finding): number {
  const starts = f.parts ? Object.values(f.parts).map((p) => p.start) : [];
  return starts.length ? Math.min(...starts) : f.start;
}

function pickBest(list: readonly Finding[]): Finding | undefined {
  let best: Finding | undefined;
  for (const f of list) if (!best || f.confidence > best.confidence || (f.confidence === best.confidence && f.start < best.start)) best = f;
  return best;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
