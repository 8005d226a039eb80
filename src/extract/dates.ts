// Dates: the document's own date and the timeframe (start, end, duration) of its main project.
import type { Document } from '../document.js';
import type { ExtractContext, Finding } from './finding.js';
import { documentDate } from './dates-document.js';
import { timeframe } from './dates-timeframe.js';

/** Findings for `/date` and `/timeframe/*`. */
export function dates(doc: Document, context: ExtractContext): Finding[] {
  return [...documentDate(doc, context.lexicons), ...timeframe(doc, context.lexicons)];
}
