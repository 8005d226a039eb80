// A finding: one value an extractor read, with the span of normalised text that proves it.
import type { Document, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';

/** One extracted value and where it came from. */
export interface Finding extends Span {
  /**
   * JSON Pointer of the value in the record: `/title`, `/promoter`, `/timeframe/start`; list items
   * use the append form `/costs/-`, and assemble gives them their index.
   */
  path: string;
  value: unknown;
  /** the rule or model that found it: `label`, `table`, `front-matter`, `pattern`, `nlp`, … */
  method: string;
  /** 0 to 1: a labelled fact above a pattern above an NLP guess */
  confidence: number;
  /** spans of an object value's own properties, for evidence such as `/costs/0/amount` */
  parts?: Readonly<Record<string, Span>>;
}

/** What every extractor receives besides the document. */
export interface ExtractContext {
  lexicons: Lexicons;
  /** findings of the extractors that ran before, for those that build on them */
  previous: readonly Finding[];
}

/** An extractor reads the document and returns findings; it never builds the record. */
export type Extractor = (doc: Document, context: ExtractContext) => Finding[];

/** Confidence levels shared by extractors, so the scale means the same everywhere. */
export const CONFIDENCE = {
  frontMatter: 0.98,
  label: 0.95,
  table: 0.9,
  pattern: 0.8,
  heuristic: 0.65,
  nlp: 0.5,
  fallback: 0.3,
} as const;

/** A finding for `value` at `span`, with trimmed whitespace around the span. */
export function finding(
  doc: Document,
  path: string,
  value: unknown,
  span: Span,
  method: string,
  confidence: number,
  parts?: Record<string, Span>,
): Finding {
  const { start, end } = trimSpan(doc.view, span);
  return parts ? { path, value, start, end, method, confidence, parts } : { path, value, start, end, method, confidence };
}

/** Narrow a span so it neither starts nor ends with whitespace (or masked markup) in the view. */
export function trimSpan(view: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(view[start]!)) start++;
  while (end > start && /\s/.test(view[end - 1]!)) end--;
  return { start, end };
}

/** The view text of a span with whitespace runs collapsed: the form values take. */
export function clean(doc: Document, span: Span): string {
  return doc.view.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}
