// Finding a record's source file again and rebuilding its normalised text, the text the evidence
// offsets point into.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Source } from '../document.js';
import { normalise } from '../stages/read.js';

/** The normalised text of a source, where it was found, and whether its bytes are the ones read. */
export interface SourceText {
  text: string;
  file: string;
  /** false when the file's sha256 differs from the record's: offsets may not fit */
  same: boolean;
}

/**
 * Look for `source.path` under each folder in turn (the first whose bytes match wins) and decode it
 * the way record.md says; null when no folder has it.
 * @param roots folders a relative `source.path` may be relative to
 */
export function sourceText(source: Source, roots: readonly string[]): SourceText | null {
  const candidates = path.isAbsolute(source.path) ? [source.path] : roots.map((r) => path.resolve(r, source.path));
  let fallback: SourceText | null = null;
  for (const file of [...new Set(candidates)]) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      continue;
    }
    const same = createHash('sha256').update(bytes).digest('hex') === source.sha256;
    const found = { text: decodeText(bytes, source.encoding), file, same };
    if (same) return found;
    fallback ??= found;
  }
  return fallback;
}

/** Decode with the named encoding (BOM dropped), then CRLF and CR to LF and NFC. */
export function decodeText(bytes: Uint8Array, encoding: string): string {
  let label = encoding;
  try {
    new TextDecoder(label);
  } catch {
    label = 'utf-8';
  }
  return normalise(new TextDecoder(label).decode(bytes));
}
