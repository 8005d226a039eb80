// Test helpers: documents from strings or fixtures, with the default options.
import fs from 'node:fs';
import path from 'node:path';
import { prepare } from '../src/pipeline/process.js';
import { resolveOptions } from '../src/pipeline/config.js';
import { lexiconsFor } from '../src/pipeline/lexicons.js';
import type { Lexicons } from '../src/pipeline/lexicons.js';
import type { Document } from '../src/document.js';

/** Default options, resolved once. */
export const options = resolveOptions();

/** The lexicons of every language, for helpers that read a snippet of text rather than a document. */
export const lexicons = lexiconsFor(options.lexiconFiles);

/** The lexicons a run reads a document with: those of English and of the document's languages. */
export function lexiconsOf(doc: Document): Lexicons {
  return lexiconsFor(options.lexiconFiles, doc.languages, options.languages.shared);
}

/** A Document from a string; the file name's extension picks the media type. */
export function docOf(text: string, name = 'test.txt'): Document {
  return prepare(Buffer.from(text, 'utf8'), name, options);
}

/** The seed fixtures folder. */
export const seedsDir = path.join(import.meta.dirname, '..', 'fixtures', 'seeds');

/** The held-out fixtures folder. */
export const holdoutDir = path.join(import.meta.dirname, '..', 'fixtures', 'holdout');

/** A Document from a seed fixture (file name in fixtures/seeds/docs). */
export function seedDoc(name: string): Document {
  const file = path.join(seedsDir, 'docs', name);
  return prepare(fs.readFileSync(file), `fixtures/seeds/docs/${name}`, options);
}
