// Dates: the document's own date and the timeframe (start, end, duration) of its main project.
import type { Document } from '../document.js';
import type { ExtractContext, Finding } from './finding.js';
import { documentDate } from './dates-document.js';
import { timeframe } from './dates-timeframe.js';

/** Findings for `/date` and `/timeframe/*`. */
export function dates(doc: Document, context: ExtractContext): Finding[] {
  return [...documentDate(doc, context.lexicons).map((f) => monthFirst(doc, f, context)), ...timeframe(doc, context.lexicons)];
}

/** A date written with figures only, either of which may be the month: `02/11/2025`. */
const AMBIGUOUS = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * The document's date read month first when the document is placed in the United States, which writes
 * `02/11/2025` for 11 February (elsewhere it is 2 November); a figure over 12 already decides.
 */
function monthFirst(doc: Document, f: Finding, context: ExtractContext): Finding {
  const m = AMBIGUOUS.exec(doc.view.slice(f.start, f.end));
  if (!m || +m[1]! > 12 || +m[2]! > 12 || m[1] === m[2]) return f;
  const countries = new Set(context.previous.filter((p) => p.path === '/countries/-').map((p) => p.value));
  if (!countries.has('US') || countries.size > 1) return f;
  return { ...f, value: `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}` };
}
