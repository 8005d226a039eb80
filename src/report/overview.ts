// The report's overview page: the run's counts, errors with reasons, how often each field is
// filled, how confident the evidence is, and a link to every document's page.
import type { EvalResult } from '../eval/score.js';
import type { GleanerRecord } from '../record.js';
import type { ErrorEntry, Manifest } from '../stages/write.js';
import { escapeHtml } from './html.js';
import { layout } from './layout.js';
import { barChart } from './svg.js';

/** What the overview shows. */
export interface OverviewInput {
  manifest: Manifest | null;
  records: readonly GleanerRecord[];
  errors: readonly ErrorEntry[];
  /** record id → its number of warnings */
  warnings: ReadonlyMap<string, number>;
  /** record id → whether its source text was found */
  found: ReadonlyMap<string, boolean>;
  /** scores against gold, when asked for */
  scores: EvalResult | null;
}

/** The fields whose fill rate the overview charts, with how to tell that a record fills them. */
export const FILLED: ReadonlyArray<[string, (r: GleanerRecord) => boolean]> = [
  ['title', (r) => r.title !== null],
  ['acronym', (r) => r.acronym !== null],
  ['document_kind (not other)', (r) => r.document_kind !== 'other'],
  ['project_number', (r) => r.project_number !== null],
  ['status', (r) => r.status !== null],
  ['date', (r) => r.date !== null],
  ['promoter', (r) => r.promoter !== null],
  ['partners', (r) => r.partners.length > 0],
  ['funding', (r) => r.funding.length > 0],
  ['costs', (r) => r.costs.length > 0],
  ['timeframe.start', (r) => r.timeframe.start !== null],
  ['timeframe.end', (r) => r.timeframe.end !== null],
  ['timeframe.duration', (r) => r.timeframe.duration_months !== null],
  ['countries', (r) => r.countries.length > 0],
  ['target_groups', (r) => r.target_groups.length > 0],
  ['indicators', (r) => r.indicators.length > 0],
  ['contacts', (r) => r.contacts.length > 0],
  ['rating', (r) => r.rating !== null],
];

/** The HTML of the overview page. */
export function overviewPage(input: OverviewInput): string {
  const { records, manifest } = input;
  const n = records.length;
  const fill = FILLED.map(([label, has]) => {
    const k = records.filter(has).length;
    return { label, value: n ? k / n : 0, note: `${n ? Math.round((100 * k) / n) : 0}% (${k}/${n})` };
  });
  const confidences = records.flatMap((r) => r.evidence.map((e) => e.confidence));
  const bins = Array.from({ length: 10 }, (_, i) => ({ label: `${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}`, value: 0 }));
  for (const c of confidences) bins[Math.min(9, Math.max(0, Math.floor(c * 10)))]!.value++;
  const methods = new Map<string, number>();
  for (const r of records) for (const e of r.evidence) methods.set(e.method, (methods.get(e.method) ?? 0) + 1);
  const body = `<header><h1>Gleaner review</h1><div>${escapeHtml(manifest?.pipeline ?? 'dataset')} · ${n} records</div></header>
<main>
${summary(input)}
${errorsTable(input.errors)}
<h2>Field fill rate</h2>${barChart('Share of records that fill each field', fill, 1)}
<h2>Evidence confidence</h2><p class="muted">${confidences.length} evidence entries.</p>${barChart('Evidence entries by confidence', bins)}
${methods.size ? `<h2>Evidence by method</h2>${barChart('Evidence entries by method', [...methods].sort((a, b) => b[1] - a[1]).map(([label, value]) => ({ label, value })))}` : ''}
${input.scores ? scoresTable(input.scores) : ''}
<h2>Documents</h2>${documentsTable(input)}
</main>`;
  return layout({ title: 'Gleaner review', body });
}

function summary({ manifest, records, errors }: OverviewInput): string {
  const rows: Array<[string, unknown]> = manifest
    ? [
        ['documents', manifest.documents],
        ['records', manifest.records],
        ['errors', manifest.errors],
        ['warnings', manifest.warnings],
        ['pipeline', manifest.pipeline],
        ['gleaner', manifest.gleaner_version],
        ['schema', manifest.schema_version],
        ['config hash', manifest.config_hash],
      ]
    : [
        ['records', records.length],
        ['errors', errors.length],
      ];
  return `<table class="summary">${rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`;
}

function errorsTable(errors: readonly ErrorEntry[]): string {
  if (!errors.length) return '<h2>Errors</h2><p class="muted">No errors.</p>';
  const rows = errors.map((e) => `<tr><td>${escapeHtml(e.path)}</td><td>${escapeHtml(e.stage)}</td><td>${escapeHtml(e.code)}</td><td>${escapeHtml(e.message)}</td></tr>`);
  return `<h2>Errors</h2><table class="errors"><tr><th>file</th><th>stage</th><th>code</th><th>reason</th></tr>${rows.join('')}</table>`;
}

function scoresTable(s: EvalResult): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}`;
  const rows = Object.entries(s.fields).map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td class="num">${v.tp}</td><td class="num">${v.fp}</td><td class="num">${v.fn}</td><td class="num">${pct(v.p)}</td><td class="num">${pct(v.r)}</td><td class="num">${pct(v.f1)}</td></tr>`);
  return `<h2>Against gold</h2><p>${s.documents} gold documents, ${s.missing_documents} without a record; micro F1 ${pct(s.micro.f1)}, macro F1 ${pct(s.macro_f1)}.</p>
<table class="scores"><tr><th>field</th><th>tp</th><th>fp</th><th>fn</th><th>P</th><th>R</th><th>F1</th></tr>${rows.join('')}</table>`;
}

function documentsTable({ records, warnings, found, scores }: OverviewInput): string {
  if (!records.length) return '<p class="muted">No records.</p>';
  const misses = new Map(scores?.per_doc.map((d) => [d.id, d.misses.length]) ?? []);
  const rows = records.map((r) => {
    const gold = scores ? `<td class="num">${misses.has(r.id) ? misses.get(r.id) : '—'}</td>` : '';
    const note = found.get(r.id) === false ? ' <span class="badge">no source</span>' : '';
    return `<tr><td><a href="docs/${encodeURIComponent(r.id)}.html">${escapeHtml(r.id)}</a>${note}</td><td>${escapeHtml(r.title ?? '—')}</td><td>${escapeHtml(r.document_kind)}</td><td class="num">${r.evidence.length}</td><td class="num">${warnings.get(r.id) ?? 0}</td>${gold}</tr>`;
  });
  return `<table class="documents"><tr><th>id</th><th>title</th><th>kind</th><th>evidence</th><th>warnings</th>${scores ? '<th>gold misses</th>' : ''}</tr>${rows.join('')}</table>`;
}
