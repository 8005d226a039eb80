// One document through every stage: read → parse → sections → languages → extract → assemble → validate.
// Returns a record or a failure value naming the stage; it never throws.
import { VFile } from 'vfile';
import type { Document } from '../document.js';
import type { GleanerRecord } from '../record.js';
import { read } from '../stages/read.js';
import { looksBinary } from '../stages/decode.js';
import { parse } from '../stages/parse.js';
import { blocksOf, linesOf, sectionsOf } from '../stages/sections.js';
import { languagesOf } from '../stages/languages.js';
import { lexiconsFor } from './lexicons.js';
import { extractAll } from '../extract/index.js';
import { assemble } from '../extract/assemble.js';
import { validateRecord } from '../stages/validate.js';
import type { Options } from './config.js';

/** A document that gave no record: which stage, which code, why. */
export interface Failure {
  stage: string;
  code: string;
  message: string;
}

/** What processing one document gives. */
export type Outcome =
  | { ok: true; record: GleanerRecord; warnings: string[]; languages: string[] }
  | { ok: false; failure: Failure; warnings: string[]; languages: string[] };

/** Build the Document from raw bytes (read, parse, sections, languages); `id` overrides the one from the file name. */
export function prepare(bytes: Uint8Array, sourcePath: string, options: Options, id?: string): Document {
  const base = read(bytes, sourcePath);
  if (id) base.id = id;
  const parsed = parse(base);
  const lines = linesOf(parsed.view);
  const file = new VFile({ path: base.source.path, value: base.text });
  if (parsed.fallback) file.message('structure too deeply nested for the markdown parser; read as plain text', undefined, 'gleaner:parse');
  return {
    ...base,
    ...parsed,
    lines,
    blocks: blocksOf(parsed.view, lines),
    sections: sectionsOf(parsed.tree, base.text, lines, options.sections),
    languages: languagesOf(parsed.view, options.lexiconFiles, options.languages),
    file,
  };
}

/**
 * Process one document's bytes into a record or a failure.
 * @param sourcePath the path shown in `source.path`
 * @param id the record id, when the batch has made it unique; else from the file name
 */
export function processDocument(bytes: Uint8Array, sourcePath: string, options: Options, id?: string): Outcome {
  let stage = 'read';
  let doc: Document | null = null;
  try {
    if (bytes.byteLength > options.limits.maxBytes) {
      return fail('read', 'too-large', `file is ${bytes.byteLength} bytes, over the limit of ${options.limits.maxBytes}`, []);
    }
    if (looksBinary(bytes)) return fail('read', 'binary', 'the file is binary, not text', []);
    stage = 'parse';
    doc = prepare(bytes, sourcePath, options, id);
    stage = 'extract';
    const findings = extractAll(doc, lexiconsFor(options.lexiconFiles, doc.languages, options.languages.shared));
    stage = 'assemble';
    const record = assemble(doc, findings, options.extract);
    stage = 'validate';
    const problems = validateRecord(record, doc.text);
    const warnings = messages(doc);
    if (problems.length) {
      return fail('validate', 'schema', problems.slice(0, 5).map((p) => `${p.pointer}: ${p.message}`).join('; '), warnings, doc.languages);
    }
    return { ok: true, record, warnings, languages: doc.languages };
  } catch (e) {
    const err = e as Error;
    const code = err instanceof RangeError ? 'too-complex' : 'internal';
    // where it happened, so a bug report can point at the code (the function and file, no full trace)
    const at = /\n\s+at (.+)/.exec(err.stack ?? '')?.[1]?.replace(/\(?file:\/\/\S*\/(?:dist|src)\//, '(') ?? '';
    return fail(stage, code, `${err.name}: ${err.message}${at ? ` (at ${at})` : ''}`, doc ? messages(doc) : [], doc?.languages ?? []);
  }
}

function fail(stage: string, code: string, message: string, warnings: string[], languages: string[] = []): Outcome {
  return { ok: false, failure: { stage, code, message }, warnings, languages };
}

/** The document's warnings as `path:line:col: message [rule]`. */
function messages(doc: Document): string[] {
  return doc.file.messages.map((m) => `${doc.source.path}:${m.line ?? 1}:${m.column ?? 1}: ${m.reason} [${[m.source, m.ruleId].filter(Boolean).join(':') || 'gleaner'}]`);
}
