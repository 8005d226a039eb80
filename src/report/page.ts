// One document's review page: its normalised text with every evidence span highlighted, the record
// beside it as a table (marked against gold when given) and the document's warnings.
import type { Evidence, GleanerRecord } from '../record.js';
import { CLIENT_SCRIPT } from './client.js';
import { familyOf } from './family.js';
import type { GoldMarks, Mark } from './gold.js';
import { escapeHtml, scriptJson } from './html.js';
import { layout, legend } from './layout.js';
import { segment } from './segments.js';
import type { SourceText } from './source.js';

/** What a document page shows. */
export interface PageInput {
  record: GleanerRecord;
  /** the source's normalised text, or null when the file was not found */
  source: SourceText | null;
  /** the document's warnings, as `path:line:col: message [rule]` */
  warnings: readonly string[];
  /** marks against gold, when the document has a gold record */
  gold?: GoldMarks | null;
}

/** The evidence of one highlight as the page's script receives it. */
export interface EvidenceView {
  path: string;
  value: string;
  quote: string;
  method: string;
  confidence: string;
}

/** The HTML of one document page. */
export function documentPage(input: PageInput): string {
  const { record, source } = input;
  const text = source?.text ?? null;
  const fits = record.evidence.map((e) => text !== null && text.slice(e.start, e.end) === e.quote);
  const views: EvidenceView[] = record.evidence.map((e) => ({
    path: e.path,
    value: show(valueAt(record, e.path)),
    quote: e.quote,
    method: e.method,
    confidence: e.confidence.toFixed(2),
  }));
  const lost = record.evidence.flatMap((e, i) => (fits[i] ? [] : [e]));
  const body = `<header><a href="../index.html">← all documents</a><h1>${escapeHtml(record.title ?? record.id)}</h1>
<div>${escapeHtml(record.id)} · ${escapeHtml(record.source.path)} · ${escapeHtml(record.source.media_type)} · ${escapeHtml(record.source.encoding)} · ${record.evidence.length} evidence</div></header>
<main>
${sourceNote(input)}
${legend()}
<div class="cols">
<section><h2>Text</h2>${text === null ? '<p class="note">No text to show.</p>' : `<pre class="text" id="text">${highlight(text, record.evidence, fits, views)}</pre>`}</section>
<aside><h2>Evidence</h2><div id="detail"><span class="muted">Hover or click a highlight.</span></div>
<h2>Record</h2>${recordTable(record, input.gold ?? null)}
${warningsTable(input.warnings)}
${lostTable(lost, text !== null)}</aside>
</div>
</main>
<script type="application/json" id="evidence-data">${scriptJson(views)}</script>`;
  return layout({ title: `${record.id} · Gleaner review`, body, script: CLIENT_SCRIPT });
}

/** The text as HTML: each run under one or more evidence spans is a `<mark>` coloured by its innermost span's field family. */
export function highlight(text: string, evidence: readonly Evidence[], fits: readonly boolean[], views: readonly EvidenceView[]): string {
  const spans = evidence.map((e, i) => (fits[i] ? e : { start: 0, end: 0 }));
  return segment(text.length, spans)
    .map((s) => {
      const part = escapeHtml(text.slice(s.start, s.end));
      if (!s.spans.length) return part;
      const inner = s.spans.reduce((a, b) => (spans[b]!.end - spans[b]!.start < spans[a]!.end - spans[a]!.start ? b : a));
      const tip = s.spans.map((i) => `${views[i]!.path} = ${views[i]!.value} (${views[i]!.method}, ${views[i]!.confidence})`).join('\n');
      const cls = `f-${familyOf(evidence[inner]!.path)}${s.spans.length > 1 ? ' multi' : ''}`;
      return `<mark class="${cls}" data-ev="${s.spans.join(' ')}" tabindex="0" title="${escapeHtml(tip)}">${part}</mark>`;
    })
    .join('');
}

/** The value a JSON Pointer names in a record, or undefined. */
export function valueAt(record: unknown, pointer: string): unknown {
  const keys = pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  return keys.reduce<any>((v, k) => (v !== null && typeof v === 'object' ? v[k] : undefined), record);
}

function show(v: unknown): string {
  if (v === undefined) return '(not in the record)';
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && !Array.isArray(v)) {
    return Object.entries(v)
      .filter(([k, x]) => x !== null && x !== undefined && k !== 'text')
      .map(([k, x]) => `${k}: ${typeof x === 'string' ? x : JSON.stringify(x)}`)
      .join('; ');
  }
  return JSON.stringify(v);
}

function sourceNote({ record, source }: PageInput): string {
  if (!source) return `<p class="note">The source file ${escapeHtml(record.source.path)} was not found, so the text cannot be shown.</p>`;
  if (!source.same) return `<p class="note">${escapeHtml(source.file)} has changed since the record was made (its sha256 differs); highlights may be off.</p>`;
  return `<p class="muted">Text from ${escapeHtml(source.file)}.</p>`;
}

const SCALARS: ReadonlyArray<[string, string, string]> = [
  // label, JSON Pointer, scorer's field name
  ['title', '/title', 'title'],
  ['acronym', '/acronym', 'acronym'],
  ['document kind', '/document_kind', 'document_kind'],
  ['project number', '/project_number', 'project_number'],
  ['status', '/status', 'status'],
  ['date', '/date', 'date'],
  ['promoter', '/promoter', 'promoter'],
  ['timeframe start', '/timeframe/start', 'timeframe.start'],
  ['timeframe end', '/timeframe/end', 'timeframe.end'],
  ['duration (months)', '/timeframe/duration_months', 'timeframe.duration_months'],
  ['rating', '/rating', 'rating'],
];
const LISTS: readonly string[] = ['partners', 'funding', 'costs', 'countries', 'target_groups', 'indicators', 'contacts'];

/** The record as a table, one row per value; with gold, each value marked right, wrong, missed or extra. */
export function recordTable(record: GleanerRecord, gold: GoldMarks | null): string {
  const rows: string[] = [];
  const badge = (mark: Mark | null, want?: unknown) =>
    mark ? `<td class="${mark}">${mark}${mark === 'wrong' || mark === 'missed' ? `: want ${escapeHtml(show(want))}` : ''}</td>` : gold ? '<td></td>' : '';
  for (const [label, pointer, field] of SCALARS) {
    const value = valueAt(record, pointer);
    const g = gold?.scalars.get(field) ?? null;
    if ((value === null || value === undefined) && !g) continue;
    rows.push(`<tr data-path="${escapeHtml(pointer)}"${g ? ` class="${g.mark}"` : ''}><th>${escapeHtml(label)}</th><td>${escapeHtml(value == null ? '—' : show(value))}</td>${badge(g?.mark ?? null, g?.want)}</tr>`);
  }
  for (const field of LISTS) {
    const items = (record as unknown as Record<string, unknown[]>)[field] ?? [];
    const extra = gold?.extra.get(field);
    items.forEach((item, i) => {
      const mark: Mark | null = gold ? (extra?.has(i) ? 'extra' : 'right') : null;
      rows.push(`<tr data-path="/${field}/${i}"${mark ? ` class="${mark}"` : ''}><th>${escapeHtml(field.replace('_', ' '))} ${i + 1}</th><td>${escapeHtml(show(item))}${textOf(item)}</td>${badge(mark)}</tr>`);
    });
    for (const want of gold?.missed.get(field) ?? []) {
      rows.push(`<tr class="missed"><th>${escapeHtml(field.replace('_', ' '))}</th><td>—</td>${badge('missed', want)}</tr>`);
    }
  }
  const head = `<tr><th>field</th><th>value</th>${gold ? '<th>gold</th>' : ''}</tr>`;
  return rows.length ? `<table class="record">${head}${rows.join('')}</table>` : '<p class="muted">The record has no values.</p>';
}

function textOf(item: unknown): string {
  const t = item && typeof item === 'object' ? (item as { text?: unknown }).text : undefined;
  return typeof t === 'string' ? `<div class="muted">“${escapeHtml(t)}”</div>` : '';
}

/** The warnings as a table with line and column. */
export function warningsTable(warnings: readonly string[]): string {
  if (!warnings.length) return '';
  const rows = warnings.map((w) => {
    const m = /^.*?:(\d+):(\d+): (.*?)(?: \[([^\]]+)\])?$/s.exec(w);
    return m
      ? `<tr><td class="num">${m[1]}</td><td class="num">${m[2]}</td><td>${escapeHtml(m[3])}</td><td>${escapeHtml(m[4] ?? '')}</td></tr>`
      : `<tr><td></td><td></td><td>${escapeHtml(w)}</td><td></td></tr>`;
  });
  return `<h2>Warnings</h2><table class="warnings"><tr><th>line</th><th>col</th><th>message</th><th>rule</th></tr>${rows.join('')}</table>`;
}

function lostTable(lost: readonly Evidence[], haveText: boolean): string {
  if (!lost.length) return '';
  const why = haveText ? 'their quotes are not at their offsets in this text' : 'there is no text';
  const rows = lost.map((e) => `<tr><td>${escapeHtml(e.path)}</td><td>${e.start}–${e.end}</td><td>${escapeHtml(e.quote)}</td><td>${escapeHtml(e.method)}</td><td class="num">${e.confidence.toFixed(2)}</td></tr>`);
  return `<h2>Evidence not highlighted</h2><p class="note">${lost.length} entries, because ${why}.</p><table><tr><th>path</th><th>span</th><th>quote</th><th>method</th><th>conf.</th></tr>${rows.join('')}</table>`;
}
