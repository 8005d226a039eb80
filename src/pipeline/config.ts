// Pipeline configuration: pipeline YAML → validated options, checked against its own JSON Schema,
// with errors that name the file, the line and the key; defaults filled in one place.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { parseDocument, isMap, isScalar, isPair, LineCounter } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { combineLexicons, defaultLexiconDir, readLexiconDir } from './lexicons.js';
import type { LexiconFile, LexiconFiles } from './lexicons.js';
import type { LanguageOptions } from '../stages/languages.js';
import type { SectionOptions } from '../stages/sections.js';
import { ConfigError } from './errors.js';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default as typeof import('ajv').default;

/** Everything a run needs to know, resolved. */
export interface Options {
  /** the pipeline's name, `cli` when run without a file */
  name: string;
  sections: SectionOptions;
  extract: { minConfidence: number };
  /** `workerHeapMb`: the old-generation heap of each worker thread (0: no cap); a document that needs more is run again in a thread of its own without that limit */
  limits: { maxBytes: number; timeoutMs: number; workerHeapMb: number };
  /** which languages a document is read in (stages/languages.ts) */
  languages: LanguageOptions;
  /** every lexicon file, per language; `lexiconsFor` gives the tables for some languages */
  lexiconFiles: LexiconFiles;
  /** sha256 of everything above, so a change of configuration changes the hash */
  configHash: string;
}

/** A pipeline file resolved: its options and its inputs and output as paths. */
export interface Pipeline {
  file: string;
  inputs: string[];
  output: string;
  concurrency: number | null;
  options: Options;
}

export { ConfigError };

/** Stage options as written in YAML (every key optional). */
export interface StageSettings {
  sections?: Partial<SectionOptions>;
  extract?: Partial<Options['extract']>;
  languages?: Partial<LanguageOptions>;
  limits?: Partial<Options['limits']>;
  lexicon?: Record<string, LexiconFile>;
  lexiconDir?: string;
}

const DEFAULTS = {
  sections: { maxHeadingLength: 80 },
  extract: { minConfidence: 0.4 },
  languages: {
    minWords: 2,
    minShare: 0.5,
    // read in every language: parts of names, which a report quotes in any language (`Centro … della
    // Mediazione` in English), and labels and table headings, which count only where a label stands
    shared: {
      labels: ['*'],
      organisations: ['head', 'inner', 'legal_suffix', 'branch', 'article', 'lead_article', 'owner_head', 'person_title', 'promoter_role', 'partner_role', 'name_columns', 'partner_columns', 'role_columns', 'country_columns'],
      funders: ['body', 'normalise', 'funder_columns'],
      indicators: ['target_column', 'result_column'],
      countries: ['*'],
      contacts: ['org_words', 'honorifics', 'not_name'],
      titles: ['letterhead', 'not_acronyms'],
    },
  },
  limits: { maxBytes: 10 * 1024 * 1024, timeoutMs: 60_000, workerHeapMb: 128 },
} as const;

/** The JSON Schema of a pipeline file. */
export const pipelineSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://gleaner.dev/schema/pipeline/1.0.json',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'inputs', 'output'],
  properties: {
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    inputs: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    output: { type: 'string', minLength: 1 },
    concurrency: { type: 'integer', minimum: 1, maximum: 256 },
    lexiconDir: { type: 'string', minLength: 1 },
    lexicon: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: { type: 'object', additionalProperties: { anyOf: [{ type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'number' }] } }, { type: 'string' }, { type: 'number' }] } },
      },
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      properties: { maxBytes: { type: 'integer', minimum: 1 }, timeoutMs: { type: 'integer', minimum: 1 }, workerHeapMb: { type: 'integer', anyOf: [{ const: 0 }, { minimum: 96 }], description: '0 (no cap) or at least 96' } },
    },
    stages: {
      type: 'object',
      additionalProperties: false,
      properties: {
        read: { type: 'object', additionalProperties: false, properties: {} },
        parse: { type: 'object', additionalProperties: false, properties: {} },
        sections: { type: 'object', additionalProperties: false, properties: { maxHeadingLength: { type: 'integer', minimum: 1 } } },
        languages: {
          type: 'object',
          additionalProperties: false,
          properties: {
            minWords: { type: 'integer', minimum: 1, description: 'different marker words a language needs in a document to be read' },
            minShare: { type: 'number', minimum: 0, maximum: 1, description: 'share of the markers of the most marked language that another language needs' },
            shared: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 } }, description: 'lexicon keys read in every language, by file' },
          },
        },
        extract: { type: 'object', additionalProperties: false, properties: { minConfidence: { type: 'number', minimum: 0, maximum: 1 } } },
        validate: { type: 'object', additionalProperties: false, properties: {} },
        write: { type: 'object', additionalProperties: false, properties: {} },
      },
    },
  },
} as const;

let checkPipeline: ReturnType<InstanceType<typeof Ajv2020>['compile']> | null = null;

/** Resolve stage settings into options, defaults filled in. */
export function resolveOptions(settings: StageSettings = {}, name = 'cli', baseDir = process.cwd()): Options {
  const sources: Array<Record<string, LexiconFile>> = [readLexiconDir(defaultLexiconDir)];
  if (settings.lexiconDir) {
    const dir = path.resolve(baseDir, settings.lexiconDir);
    if (!fs.existsSync(dir)) throw new ConfigError(`lexicon folder not found: ${settings.lexiconDir}`);
    sources.push(readLexiconDir(dir));
  }
  if (settings.lexicon) sources.push(settings.lexicon);
  const lexiconFiles = combineLexicons(...sources);
  const body = {
    sections: { ...DEFAULTS.sections, ...settings.sections },
    extract: { ...DEFAULTS.extract, ...settings.extract },
    limits: { ...DEFAULTS.limits, ...settings.limits },
    languages: { ...DEFAULTS.languages, ...settings.languages },
    lexiconFiles,
  };
  const configHash = createHash('sha256').update(canonical(body)).digest('hex');
  return { name, ...body, configHash };
}

/** Load and check a pipeline file; paths in it are relative to the file. */
export function loadPipeline(file: string): Pipeline {
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot read pipeline file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, customTags: [], uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line ?? lineCounter.linePos(yamlError.pos[0]).line;
    throw new ConfigError(`${file}:${line}: ${yamlError.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new ConfigError(`${file}: ${(e as Error).message}`);
  }
  if (!checkPipeline) checkPipeline = new Ajv2020({ strict: true, allErrors: true }).compile(pipelineSchema);
  if (!checkPipeline(data)) {
    const e = checkPipeline.errors![0]!;
    const keys = e.instancePath.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    let message = `${e.instancePath || '/'} ${e.message ?? 'is not valid'}`;
    if (e.keyword === 'additionalProperties') {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      keys.push(extra);
      const allowed = allowedKeys(keys.slice(0, -1));
      const near = closest(extra, allowed);
      const what = keys[0] === 'stages' && keys.length === 2 ? 'stage' : 'key';
      message = `unknown ${what} "${extra}"${near ? ` (did you mean "${near}"?)` : ''}`;
    } else if (e.keyword === 'required') {
      message = `missing key "${(e.params as { missingProperty: string }).missingProperty}"`;
    } else {
      // a rule with its own wording (`0 (no cap) or at least 96`) says it better than the schema keyword
      let node: any = pipelineSchema;
      for (const k of keys) node = node?.properties?.[k] ?? node?.additionalProperties;
      message = `"${keys.join('.') || '/'}" ${typeof node?.description === 'string' ? `must be ${node.description}` : e.message}`;
    }
    throw new ConfigError(`${file}:${lineOf(doc.contents as YamlNode | null, keys, lineCounter)}: ${message}`);
  }
  const p = data as { name: string; inputs: string[]; output: string; concurrency?: number; stages?: StageSettings; limits?: StageSettings['limits']; lexicon?: StageSettings['lexicon']; lexiconDir?: string };
  const dir = path.dirname(file);
  const options = resolveOptions(
    { ...p.stages, limits: p.limits, lexicon: p.lexicon, lexiconDir: p.lexiconDir },
    p.name,
    dir,
  );
  return {
    file,
    inputs: p.inputs.map((i) => path.join(dir, i)),
    output: path.join(dir, p.output),
    concurrency: p.concurrency ?? null,
    options,
  };
}

/** JSON with sorted keys, for hashing. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function allowedKeys(keys: string[]): string[] {
  let node: any = pipelineSchema;
  for (const k of keys) node = node?.properties?.[k] ?? node?.additionalProperties;
  return Object.keys(node?.properties ?? {});
}

/** The allowed word nearest to a mistyped one, when it is close enough to suggest. */
function closest(word: string, allowed: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const a of allowed) {
    const d = distance(word.toLowerCase(), a.toLowerCase());
    if (d < bestD) [best, bestD] = [a, d];
  }
  return best !== null && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The line of the key at `keys` in the YAML document (the deepest one found). */
function lineOf(node: YamlNode | null, keys: readonly string[], counter: LineCounter): number {
  let line = 1;
  let current: unknown = node;
  for (const key of keys) {
    if (!isMap(current)) break;
    const pair = current.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === key);
    if (!pair || !isPair(pair)) break;
    const range = (pair.key as YamlNode).range;
    if (range) line = counter.linePos(range[0]).line;
    current = pair.value;
  }
  return line;
}
