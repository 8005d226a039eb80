// Scoring against gold records, field by field: the same matching rules as the project's reference
// scorer, so a data steward can measure a pipeline on a hand-checked sample (`gleaner eval`).

/** Counts for one field. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of a tally. */
export interface Scores extends Tally {
  p: number;
  r: number;
  f1: number;
}

/** The scores of a dataset against gold. */
export interface EvalResult {
  documents: number;
  missing_documents: number;
  micro: Scores;
  macro_f1: number;
  fields: Record<string, Scores>;
  attributes: Record<string, { right: number; all: number }>;
  per_doc: Array<{ id: string; found: boolean; misses: string[] }>;
}

type Rec = Record<string, any>;

const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, '')
    .replace(/[^\p{L}\p{N}[\]]+/gu, ' ')
    .trim();
const STOP = new Set(['the', 'of', 'and', 'for', 'in', 'a', 'an', 'to', 'on', 'de', 'la', 'di', 'del', 'et', '&']);
const toks = (s: unknown): string[] => norm(s).split(' ').filter((t) => t && !STOP.has(t));

function dice(a: unknown, b: unknown): number {
  const A = new Set(toks(a));
  const B = new Set(toks(b));
  if (!A.size || !B.size) return A.size === B.size ? 1 : 0;
  let n = 0;
  for (const t of A) if (B.has(t)) n++;
  return (2 * n) / (A.size + B.size);
}

/** Scoring options: `strict` wants names, titles and units equal rather than close. */
export interface EvalOptions {
  strict?: boolean;
}

/** Score predicted records against gold records (matched by id). */
export function score(gold: readonly Rec[], predicted: readonly Rec[], options: EvalOptions = {}): EvalResult {
  const strict = options.strict ?? false;
  const nameMatch = (a: unknown, b: unknown): boolean => {
    const na = norm(a);
    const nb = norm(b);
    if (!na || !nb) return false;
    if (na === nb) return true;
    if (strict) return false;
    if (dice(a, b) >= 0.6) return true;
    const short = na.length < nb.length ? na : nb;
    const long = na.length < nb.length ? nb : na;
    return short.length >= 3 && new RegExp(`(^| |\\[)${short.replace(/[[\]\\^$.|?*+(){}]/g, '\\$&')}( |\\]|$)`).test(long);
  };
  const dateEq = (a: unknown, b: unknown) => String(a ?? '') === String(b ?? '');
  const numEq = (a: unknown, b: unknown) => a != null && b != null && Math.abs(Number(a) - Number(b)) < 0.5;
  const unitHit = (p: Rec, g: Rec) => {
    if (strict) return norm(p.unit) === norm(g.unit);
    const gu = toks(g.unit).map((t) => t.replace(/s$/, ''));
    if (!gu.length || g.unit === '%') return true;
    const pt = new Set([...toks(p.unit), ...toks(p.text)].map((t) => t.replace(/s$/, '')));
    return gu.some((t) => pt.has(t));
  };
  const scalars: Record<string, { get: (r: Rec) => unknown; eq: (a: any, b: any) => boolean }> = {
    title: { get: (r) => r.title, eq: (a, b) => (strict ? norm(a) === norm(b) : dice(a, b) >= 0.6) },
    acronym: { get: (r) => r.acronym, eq: (a, b) => norm(a) === norm(b) },
    document_kind: { get: (r) => r.document_kind, eq: (a, b) => a === b },
    project_number: { get: (r) => r.project_number, eq: (a, b) => norm(a).replace(/ /g, '') === norm(b).replace(/ /g, '') },
    status: { get: (r) => r.status, eq: (a, b) => a === b },
    date: { get: (r) => r.date, eq: dateEq },
    promoter: { get: (r) => r.promoter?.name, eq: nameMatch },
    'timeframe.start': { get: (r) => r.timeframe?.start, eq: dateEq },
    'timeframe.end': { get: (r) => r.timeframe?.end, eq: dateEq },
    'timeframe.duration_months': { get: (r) => r.timeframe?.duration_months, eq: numEq },
    rating: { get: (r) => r.rating, eq: (a, b) => norm(a) === norm(b) },
  };
  const lists: Record<string, { get: (r: Rec) => Rec[]; eq: (p: any, g: any) => boolean }> = {
    partners: { get: (r) => r.partners ?? [], eq: (p, g) => nameMatch(p.name, g.name) },
    funding: { get: (r) => r.funding ?? [], eq: (p, g) => nameMatch(p.funder, g.funder) },
    costs: { get: (r) => r.costs ?? [], eq: (p, g) => numEq(p.amount, g.amount) && p.currency === g.currency },
    countries: { get: (r) => r.countries ?? [], eq: (p, g) => p === g },
    target_groups: { get: (r) => r.target_groups ?? [], eq: (p, g) => p.label === g.label },
    indicators: { get: (r) => r.indicators ?? [], eq: (p, g) => numEq(p.value, g.value) && unitHit(p, g) },
    contacts: { get: (r) => r.contacts ?? [], eq: (p, g) => nameMatch(p.name, g.name) || (!!p.email && p.email === g.email) },
  };
  const attrsOf: Array<[string, string]> = [
    ['partners', 'country'],
    ['costs', 'kind'],
    ['indicators', 'kind'],
  ];
  const present = (v: unknown) => v !== null && v !== undefined && v !== '';
  const tally: Record<string, Tally> = {};
  const add = (f: string, k: keyof Tally, n = 1) => {
    tally[f] ??= { tp: 0, fp: 0, fn: 0 };
    tally[f][k] += n;
  };
  const attributes: Record<string, { right: number; all: number }> = {};
  const perDoc: EvalResult['per_doc'] = [];
  const pred = new Map(predicted.map((r) => [r.id, r]));
  let missing = 0;
  for (const g of [...gold].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const rec = pred.get(g.id);
    if (!rec) missing++;
    const r = rec ?? {};
    const misses: string[] = [];
    for (const [field, { get, eq }] of Object.entries(scalars)) {
      const gv = get(g);
      const pv = get(r);
      if (present(gv) && present(pv) && eq(pv, gv)) add(field, 'tp');
      else {
        if (present(pv)) add(field, 'fp');
        if (present(gv)) add(field, 'fn');
        if (present(pv) || present(gv)) misses.push(`${field}: got ${JSON.stringify(pv ?? null)} want ${JSON.stringify(gv ?? null)}`);
      }
    }
    for (const [field, { get, eq }] of Object.entries(lists)) {
      const gl = get(g);
      const pl = get(r);
      const used = new Set<number>();
      const pairs: Array<[Rec, Rec]> = [];
      for (const gx of gl) {
        const i = pl.findIndex((p, k) => !used.has(k) && eq(p, gx));
        if (i >= 0) {
          used.add(i);
          pairs.push([pl[i]!, gx]);
        }
      }
      add(field, 'tp', pairs.length);
      add(field, 'fp', pl.length - pairs.length);
      add(field, 'fn', gl.length - pairs.length);
      const mg = new Set(pairs.map(([, x]) => x));
      const mp = new Set(pairs.map(([x]) => x));
      for (const x of gl) if (!mg.has(x)) misses.push(`${field} missed: ${JSON.stringify(x)}`);
      for (const x of pl) if (!mp.has(x)) misses.push(`${field} extra: ${JSON.stringify(x && typeof x === 'object' ? { ...x, text: undefined } : x)}`);
      for (const [list, a] of attrsOf) {
        if (list !== field) continue;
        for (const [px, gx] of pairs) {
          if (!present(gx[a])) continue;
          const key = `${list}.${a}`;
          attributes[key] ??= { right: 0, all: 0 };
          attributes[key].all++;
          if (px[a] === gx[a]) attributes[key].right++;
        }
      }
    }
    if (present(g.promoter?.country) && rec?.promoter && nameMatch(rec.promoter.name, g.promoter.name)) {
      attributes['promoter.country'] ??= { right: 0, all: 0 };
      attributes['promoter.country'].all++;
      if (rec.promoter.country === g.promoter.country) attributes['promoter.country'].right++;
    }
    perDoc.push({ id: g.id, found: !!rec, misses });
  }
  const f1 = (t: Tally): Scores => {
    const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : t.tp + t.fn ? 0 : 1;
    const rr = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
    return { ...t, p, r: rr, f1: p + rr ? (2 * p * rr) / (p + rr) : 0 };
  };
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const t of Object.values(tally)) for (const k of ['tp', 'fp', 'fn'] as const) total[k] += t[k];
  const fields = Object.fromEntries(Object.entries(tally).map(([k, t]) => [k, f1(t)]));
  const macro = Object.values(fields).reduce((s, x) => s + x.f1, 0) / Math.max(1, Object.keys(fields).length);
  return { documents: gold.length, missing_documents: missing, micro: f1(total), macro_f1: macro, fields, attributes, per_doc: perDoc };
}

/** The scores as a plain-text table, with each document's misses when asked. */
export function formatScores(result: EvalResult, perDoc = false): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const rows = [`${'field'.padEnd(27)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}     P     R    F1`];
  for (const [k, v] of Object.entries(result.fields)) rows.push(`${k.padEnd(27)} ${String(v.tp).padStart(4)} ${String(v.fp).padStart(4)} ${String(v.fn).padStart(4)} ${pct(v.p)} ${pct(v.r)} ${pct(v.f1)}`);
  for (const [k, v] of Object.entries(result.attributes)) rows.push(`attribute ${k}: ${v.right}/${v.all} right`);
  if (perDoc) for (const d of result.per_doc) if (d.misses.length || !d.found) rows.push(`\n## ${d.id}${d.found ? '' : ' (NO RECORD)'}\n  ${d.misses.join('\n  ')}`);
  rows.push(`documents ${result.documents}, without a record ${result.missing_documents}; macro F1 ${pct(result.macro_f1)}; micro P ${pct(result.micro.p)} R ${pct(result.micro.r)} F1 ${pct(result.micro.f1)}`);
  return `${rows.join('\n')}\n`;
}
