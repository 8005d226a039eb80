// Lexicons: the words a data steward may change (labels, phrases, funder names, demonyms), read from
// `pipelines/lexicon/*.yaml`, one file per kind of word, one section per language. A document is
// read with the sections of English and of the languages it is written in (stages/languages.ts).
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

/** Lexicon files by name, each as written (language → key → value): what a run keeps. */
export type LexiconFiles = Readonly<Record<string, LexiconFile>>;

/**
 * Join lexicon sources file by file and language by language, later sources adding to earlier ones
 * (lists are joined, scalars replaced). Languages stay apart, so a document can be given only the
 * sections of the languages it is written in ({@link scopeLexicons}).
 */
export function combineLexicons(...sources: ReadonlyArray<Record<string, LexiconFile>>): Record<string, LexiconFile> {
  const out: Record<string, LexiconFile> = {};
  for (const source of sources) {
    for (const [file, langs] of Object.entries(source)) {
      const target = (out[file] ??= {});
      for (const [lang, keys] of Object.entries(langs ?? {})) {
        const section = (target[lang] ??= {});
        for (const [key, value] of Object.entries(keys ?? {})) join(section, key, value);
      }
    }
  }
  return out;
}

/** Keys read in every language whatever a document's languages, by file (`*`: the whole file). */
export type SharedKeys = Readonly<Record<string, readonly string[]>>;

/**
 * One table per file from the sections of some languages (every language when `languages` is
 * null), taken in the order of their codes: lists are joined, a later language's scalar replaces.
 * `shared` keys are taken from every language: they hold parts of names (`Fondazione`, `della`),
 * which a report may quote in any language.
 */
export function scopeLexicons(files: LexiconFiles, languages: ReadonlySet<string> | null, shared: SharedKeys = {}): Lexicons {
  const out: Record<string, Lexicon> = {};
  for (const [file, langs] of Object.entries(files)) {
    const target: Lexicon = (out[file] = {});
    const keep = new Set(shared[file] ?? []);
    for (const lang of Object.keys(langs).sort()) {
      const all = !languages || languages.has(lang) || keep.has('*');
      for (const [key, value] of Object.entries(langs[lang] ?? {})) if (all || keep.has(key)) join(target, key, value);
    }
  }
  return out;
}

/** Add a value under a key: a list joins the list already there, anything else replaces it. */
function join(target: Record<string, unknown>, key: string, value: unknown): void {
  const prev = target[key];
  target[key] = Array.isArray(prev) && Array.isArray(value) ? [...prev, ...value] : value;
}

/** The shared keys as a string, made once per settings object: part of a set's key. */
const sharedIds = new WeakMap<SharedKeys, string>();

/** The lexicon sets made for some languages, kept per lexicon files; the oldest goes past MAX_SETS. */
const scopes = new WeakMap<LexiconFiles, Map<string, Lexicons>>();

/**
 * How many language sets a thread keeps built at once. Patterns compiled for a set live as long as
 * the set; a corpus with more language mixes than this builds some of them again.
 */
export const MAX_SETS = 12;

const dropped: Array<() => void> = [];
const wholeFiles = new WeakMap<LexiconFiles, Map<string, Lexicon>>();

/** Call `fn` when a lexicon set is let go, so indexes that serve every set can forget its patterns. */
export function whenSetDropped(fn: () => void): void {
  dropped.push(fn);
}

/**
 * The lexicons for a document in some languages: the sections of those languages only, built once
 * and kept (at most MAX_SETS sets, the least recently used goes first), with the `shared` keys of
 * every language. Without `languages`, every language.
 */
export function lexiconsFor(files: LexiconFiles, languages?: readonly string[], shared: SharedKeys = {}): Lexicons {
  let sets = scopes.get(files);
  if (!sets) scopes.set(files, (sets = new Map()));
  // every language gives the same tables whatever is shared; otherwise the shared keys are part of the set
  let sharedId = sharedIds.get(shared);
  if (sharedId === undefined) sharedIds.set(shared, (sharedId = JSON.stringify(shared)));
  const key = languages ? `${[...languages].sort().join(' ')} ${sharedId}` : '*';
  let set = sets.get(key);
  if (set) {
    sets.delete(key);
    sets.set(key, set);
    return set;
  }
  set = scopeLexicons(files, languages ? new Set(languages) : null, shared);
  // a file read whole in every language is one table for every set, so what is built from it alone
  // (the gazetteer, the label matcher) is built once
  let whole = wholeFiles.get(files);
  if (!whole) wholeFiles.set(files, (whole = new Map()));
  for (const [file, keys] of Object.entries(shared)) {
    if (!keys.includes('*') || !set[file]) continue;
    const kept = whole.get(file);
    if (kept) (set as Record<string, Lexicon>)[file] = kept;
    else whole.set(file, set[file]);
  }
  if (sets.size >= MAX_SETS) {
    sets.delete(sets.keys().next().value!);
    for (const fn of dropped) fn();
  }
  sets.set(key, set);
  return set;
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
