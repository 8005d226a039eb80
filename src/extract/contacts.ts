// Extractor stub: contacts.
import type { Document } from '../document.js';
import type { ExtractContext, Finding } from './finding.js';

/** Findings for this field family. */
export function contacts(doc: Document, context: ExtractContext): Finding[] {
  void doc;
  void context;
  return [];
}
