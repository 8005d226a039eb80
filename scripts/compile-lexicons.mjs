#!/usr/bin/env node
// Build step: parses the shipped lexicons (pipelines/lexicon/*.yaml) once into dist/lexicons.json,
// with the sha256 of each source file, so a run loads them in milliseconds. When a YAML file no
// longer matches its hash (a data steward edited it), Gleaner parses the YAML instead.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'pipelines', 'lexicon');
const out = { sources: {}, files: {} };
for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  const bytes = fs.readFileSync(path.join(dir, name));
  out.sources[name] = createHash('sha256').update(bytes).digest('hex');
  out.files[name.replace(/\.yaml$/, '')] = parse(bytes.toString('utf8'), { maxAliasCount: 100, customTags: [] }) ?? {};
}
fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist', 'lexicons.json'), JSON.stringify(out));
