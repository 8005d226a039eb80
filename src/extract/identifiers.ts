// Extractor stub: identifiers.
import type { Document } from '../document.js';
import type { ExtractContext, Finding } from './finding.js';

/** Findings for this field family. */
export function identifiers(doc: Document, context: ExtractContext): Finding[] {
  void doc;
  void context;
  return [];
}
