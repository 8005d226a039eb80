// Frictionless Data Package: `datapackage.json` describing the datasets, and flat CSV tables keyed by
// record id with Table Schemas, so spreadsheet users and Frictionless tools can load the output.
import fs from 'node:fs';
import path from 'node:path';
import type { GleanerRecord } from '../record.js';
import { json, writeAtomic } from './write.js';

type Field = { name: string; type: 'string' | 'number' | 'integer'; description?: string };
interface Table {
  name: string;
  fields: Field[];
  rows: (r: GleanerRecord) => Array<Array<string | number | null>>;
}

const s = (name: string, description?: string): Field => ({ name, type: 'string', ...(description ? { description } : {}) });
const RECORD_ID = s('record_id', 'the id of the record this row belongs to');

/** The CSV tables and how each is filled from a record. */
export const TABLES: readonly Table[] = [
  {
    name: 'records',
    fields: [s('id'), s('title'), s('acronym'), s('document_kind'), s('project_number'), s('status'), s('date', 'ISO 8601 at the precision written'), s('promoter_name'), s('promoter_country'), s('timeframe_start'), s('timeframe_end'), { name: 'timeframe_duration_months', type: 'integer' }, s('rating'), s('source_path'), s('source_sha256'), s('source_media_type'), s('source_encoding')],
    rows: (r) => [[r.id, r.title, r.acronym, r.document_kind, r.project_number, r.status, r.date, r.promoter?.name ?? null, r.promoter?.country ?? null, r.timeframe.start, r.timeframe.end, r.timeframe.duration_months, r.rating, r.source.path, r.source.sha256, r.source.media_type, r.source.encoding]],
  },
  { name: 'partners', fields: [RECORD_ID, s('name'), s('country')], rows: (r) => r.partners.map((p) => [r.id, p.name, p.country]) },
  { name: 'funding', fields: [RECORD_ID, s('funder'), s('programme')], rows: (r) => r.funding.map((f) => [r.id, f.funder, f.programme]) },
  { name: 'costs', fields: [RECORD_ID, s('kind'), { name: 'amount', type: 'number' }, s('currency'), s('funder')], rows: (r) => r.costs.map((c) => [r.id, c.kind, c.amount, c.currency, c.funder]) },
  { name: 'indicators', fields: [RECORD_ID, { name: 'value', type: 'number' }, s('unit'), s('kind'), s('text')], rows: (r) => r.indicators.map((i) => [r.id, i.value, i.unit, i.kind, i.text]) },
  { name: 'target_groups', fields: [RECORD_ID, s('label'), s('text')], rows: (r) => r.target_groups.map((t) => [r.id, t.label, t.text]) },
  { name: 'countries', fields: [RECORD_ID, s('country', 'ISO 3166-1 alpha-2')], rows: (r) => r.countries.map((c) => [r.id, c]) },
  { name: 'contacts', fields: [RECORD_ID, s('name'), s('role'), s('email'), s('phone'), s('organisation')], rows: (r) => r.contacts.map((c) => [r.id, c.name, c.role, c.email, c.phone, c.organisation]) },
];

/** One CSV cell: quoted when it holds a comma, quote or line break; null is empty. */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const t = String(v);
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** Write the CSV tables (streaming over the record files) and `datapackage.json`. */
export function writePackage(out: string, ids: readonly string[], name: string): void {
  const targets = TABLES.map((t) => {
    const file = path.join(out, `${t.name}.csv`);
    const tmp = path.join(out, `.${t.name}.csv.${process.pid}.tmp`);
    const fd = fs.openSync(tmp, 'w');
    fs.writeSync(fd, `${t.fields.map((f) => f.name).join(',')}\n`);
    return { t, file, tmp, fd };
  });
  try {
    for (const id of ids) {
      const r = JSON.parse(fs.readFileSync(path.join(out, 'records', `${id}.json`), 'utf8')) as GleanerRecord;
      for (const x of targets) for (const row of x.t.rows(r)) fs.writeSync(x.fd, `${row.map(csvCell).join(',')}\n`);
    }
  } finally {
    for (const x of targets) fs.closeSync(x.fd);
  }
  for (const x of targets) fs.renameSync(x.tmp, x.file);
  writeAtomic(path.join(out, 'datapackage.json'), json(descriptor(name)));
}

/** The Data Package descriptor. */
export function descriptor(name: string): Record<string, unknown> {
  const slug = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-') || 'gleaner';
  return {
    profile: 'data-package',
    name: `gleaner-${slug}`,
    title: `Gleaner dataset: ${name}`,
    description: 'Records extracted by Gleaner from report text, each value backed by evidence. See https://gleaner.dev/schema/record/1.0.json.',
    resources: [
      { name: 'dataset', path: 'dataset.json', profile: 'data-resource', format: 'json', mediatype: 'application/json', encoding: 'utf-8', schema: 'https://gleaner.dev/schema/record/1.0.json' },
      { name: 'dataset-lines', path: 'dataset.jsonl', profile: 'data-resource', format: 'jsonl', mediatype: 'application/jsonl', encoding: 'utf-8' },
      { name: 'dataset-yaml', path: 'dataset.yaml', profile: 'data-resource', format: 'yaml', mediatype: 'application/yaml', encoding: 'utf-8' },
      ...TABLES.map((t) => ({
        name: t.name.replace(/_/g, '-'),
        path: `${t.name}.csv`,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: {
          fields: t.fields,
          ...(t.name === 'records' ? { primaryKey: ['id'] } : { foreignKeys: [{ fields: ['record_id'], reference: { resource: 'records', fields: ['id'] } }] }),
        },
      })),
    ],
  };
}
