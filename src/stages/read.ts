// Read stage: bytes → sha256, size, media type, encoding and the normalised text record.md defines.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { MediaType, ReadResult } from '../document.js';
import { decode } from './decode.js';

/** File extensions Gleaner reads, with their media types. */
export const MEDIA_TYPES: Readonly<Record<string, MediaType>> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
};

/** The media type for a file name, or null when Gleaner does not read it. */
export function mediaTypeOf(file: string): MediaType | null {
  return MEDIA_TYPES[path.extname(file).toLowerCase()] ?? null;
}

/** The record id for a file name: its base name without extension, slugged to `[a-z0-9-]`. */
export function idOf(file: string): string {
  const base = path.basename(file, path.extname(file));
  const slug = base
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'document';
}

/** Normalise decoded text: CRLF and CR to LF, then Unicode NFC. */
export function normalise(decoded: string): string {
  return decoded.replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * Turn the raw bytes of one input into its normalised text and source facts.
 * @param bytes the file's raw bytes
 * @param sourcePath the path as given on the command line or relative to the pipeline file
 */
export function read(bytes: Uint8Array, sourcePath: string): ReadResult {
  const media = mediaTypeOf(sourcePath) ?? 'text/plain';
  const { text, encoding } = decode(bytes);
  return {
    id: idOf(sourcePath),
    source: {
      path: sourcePath.split(path.sep).join('/'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.byteLength,
      media_type: media,
      encoding,
    },
    text: normalise(text),
  };
}
