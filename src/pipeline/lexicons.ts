// Lexicons: the words a data steward may change (labels, phrases, funder names, demonyms), read from
// `pipelines/lexicon/*.yaml`, one file per kind of word, one section per language, merged.
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { packageRoot } from '../paths.js';
import { ConfigError } from './errors.js';

/** One lexicon file merged over its languages: key → phrases (or a scalar, such as a number word's value). */
export type Lexicon = Record<string, unknown>;
/** Every lexicon by file name without extension: `labels`, `target-groups`, … */
export type Lexicons = Readonly<Record<string, Lexicon>>;
/** A lexicon file as written: language → key → value. */
export type LexiconFile = Record<string, Record<string, unknown>>;

/** The folder of lexicons shipped with the package. */
export const defaultLexiconDir = path.join(packageRoot, 'pipelines', 'lexicon');

/** The shipped lexicons compiled at build time (scripts/compile-lexicons.mjs), when present. */
const compiledFile = path.join(packageRoot, 'dist', 'lexicons.json');

/** Read every `*.yaml` lexicon in a folder, as written (per language). */
export function readLexiconDir(dir: string): Record<string, LexiconFile> {
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  const compiled = path.resolve(dir) === path.resolve(defaultLexiconDir) ? readCompiled(dir, names) : null;
  if (compiled) return compiled;
  const out: Record<string, LexiconFile> = {};
  for (const name of names) {
    const file = path.join(dir, name);
    let data: unknown;
    try {
      data = parseYaml(fs.readFileSync(file, 'utf8'), { maxAliasCount: 100, customTags: [] }) ?? {};
    } catch (e) {
      const line = (e as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
      throw new ConfigError(`${file}${line ? `:${line}` : ''}: ${(e as Error).message.split('\n')[0]}`);
    }
    if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`${file}: a lexicon is a map of languages to keys and phrases`);
    out[name.replace(/\.yaml$/, '')] = data as LexiconFile;
  }
  return out;
}

/** The compiled lexicons, if every source file still has the hash it was compiled from. */
function readCompiled(dir: string, names: readonly string[]): Record<string, LexiconFile> | null {
  try {
    const compiled = JSON.parse(fs.readFileSync(compiledFile, 'utf8')) as { sources: Record<string, string>; files: Record<string, LexiconFile> };
    if (Object.keys(compiled.sources).length !== names.length) return null;
    for (const name of names) {
      const hash = createHash('sha256').update(fs.readFileSync(path.join(dir, name))).digest('hex');
      if (compiled.sources[name] !== hash) return null;
    }
    return compiled.files;
  } catch {
    return null;
  }
}

/**
 * Merge lexicon files: languages into one table per file, later sources adding to earlier ones
 * (lists are joined, scalars replaced).
 */
export function mergeLexicons(...sources: ReadonlyArray<Record<string, LexiconFile>>): Lexicons {
  const out: Record<string, Lexicon> = {};
  for (const source of sources) {
    for (const [file, langs] of Object.entries(source)) {
      const target = (out[file] ??= {});
      for (const lang of Object.keys(langs ?? {}).sort()) {
        for (const [key, value] of Object.entries(langs[lang] ?? {})) {
          const prev = target[key];
          target[key] = Array.isArray(prev) && Array.isArray(value) ? [...prev, ...value] : value;
        }
      }
    }
  }
  return out;
}

const phraseMemo = new WeakMap<Lexicons, Map<string, string[]>>();

/** The phrases of one key of a lexicon, or none (a fresh copy: callers may sort it). */
export function phrases(lexicons: Lexicons, file: string, key: string): string[] {
  let byKey = phraseMemo.get(lexicons);
  if (!byKey) phraseMemo.set(lexicons, (byKey = new Map()));
  const id = `${file}\u0000${key}`;
  let list = byKey.get(id);
  if (!list) {
    const v = lexicons[file]?.[key];
    list = Array.isArray(v) ? v.map(String) : [];
    byKey.set(id, list);
  }
  return list.slice();
}

/** Every key of a lexicon with its phrases. */
export function table(lexicons: Lexicons, file: string): Array<[string, string[]]> {
  return Object.entries(lexicons[file] ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : [String(v)]]);
}
