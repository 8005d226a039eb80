// Extractor stub: target-groups.
import type { Document } from '../document.js';
import type { ExtractContext, Finding } from './finding.js';

/** Findings for this field family. */
export function targetGroups(doc: Document, context: ExtractContext): Finding[] {
  void doc;
  void context;
  return [];
}
