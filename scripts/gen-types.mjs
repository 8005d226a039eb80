#!/usr/bin/env node
// Generates src/record.generated.ts from src/schema/record.schema.json: the schema is the one source
// of truth for the record, the TypeScript types follow it. `--check` exits 1 when the file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'src', 'record.generated.ts');

/** The generated module's text. */
export async function generate() {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'src', 'schema', 'record.schema.json'), 'utf8'));
  const body = await compile(schema, 'GleanerRecord', {
    bannerComment: '// Generated from src/schema/record.schema.json by scripts/gen-types.mjs; do not edit.\n/* eslint-disable */',
    additionalProperties: false,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  return body;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await generate();
  if (process.argv.includes('--check')) {
    const now = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (now !== text) {
      console.error('src/record.generated.ts is stale: run `node scripts/gen-types.mjs`');
      process.exit(1);
    }
  } else fs.writeFileSync(target, text);
}
