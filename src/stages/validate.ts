// Validate stage: ajv (JSON Schema 2020-12, strict, ajv-formats) against the record schema, plus the
// one rule a schema cannot say: every evidence quote is the text at its offsets.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { packageRoot } from '../paths.js';
import type { GleanerRecord } from '../record.js';

const require = createRequire(import.meta.url);
// ajv and ajv-formats are CommonJS; their default export is the class or plugin
const Ajv2020 = require('ajv/dist/2020').default as typeof import('ajv').default;
const addFormats = require('ajv-formats').default as (ajv: unknown) => void;

/** Path of the record schema shipped with the package. */
export const schemaPath = path.join(packageRoot, 'src', 'schema', 'record.schema.json');

/** The record schema as an object. */
export const recordSchema: Record<string, unknown> = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    compiled = ajv.compile(recordSchema);
  }
  return compiled;
}

/** One reason a record is not valid. */
export interface Problem {
  pointer: string;
  message: string;
}

/**
 * Check a record against the schema; with the normalised text, also check every evidence quote.
 * Returns the problems, none when the record is valid.
 */
export function validateRecord(record: unknown, text?: string): Problem[] {
  const check = validator();
  const problems: Problem[] = [];
  if (!check(record)) for (const e of check.errors as ErrorObject[]) problems.push({ pointer: e.instancePath || '/', message: describe(e) });
  if (text !== undefined && problems.length === 0) {
    const r = record as GleanerRecord;
    r.evidence.forEach((e, i) => {
      if (text.slice(e.start, e.end) !== e.quote) problems.push({ pointer: `/evidence/${i}`, message: 'quote is not the text at its offsets' });
    });
  }
  return problems;
}

function describe(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') return `unknown property "${(e.params as { additionalProperty: string }).additionalProperty}"`;
  if (e.keyword === 'enum') return `${e.message}: ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return e.message ?? e.keyword;
}
