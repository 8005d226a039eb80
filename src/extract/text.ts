// Small text helpers extractors share: sentences of the view with offsets, number words.
import type { Document, Line, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases } from '../pipeline/lexicons.js';
import { compiled } from './memo.js';
import { trieSource } from './trie.js';

/** A sentence of the view: `text` is exactly `view.slice(start, end)`, so offsets into it add to `start`. */
export interface Sentence extends Span {
  text: string;
}

const memo = new WeakMap<Document, Sentence[]>();

/**
 * The document's sentences: each block split after `.`, `!` or `?` followed by a space and a capital
 * or digit, and at line breaks that end a list item or a short line. Computed once per document.
 */
export function sentencesOf(doc: Document): Sentence[] {
  const seen = memo.get(doc);
  if (seen) return seen;
  const out: Sentence[] = [];
  for (const line of doc.lines) {
    // a line is the unit in slides and lists; prose paragraphs span lines, but most documents here
    // wrap paragraphs as one line, so a line is the safe first cut
    const re = /[.!?](?=\s+["“(]?[\p{Lu}\p{N}])/gu;
    let from = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line.text))) {
      const before = line.text.slice(Math.max(0, m.index - 4), m.index);
      if (/(?:\b\p{Lu}|\bDr|\bMr|\bMs|\bMrs|\bno|\bNo|\bvs|\be\.g|\bi\.e|\betc|\bSt|\bProf)$/u.test(before)) continue;
      // a day with its ordinal dot before a capitalised month and a year (`am 1. April 2024`)
      if (/(?:^|[^\d.])(?:[1-9]|[12]\d|3[01])$/.test(before) && /^\.\s+\p{Lu}\p{Ll}{2,}\.?\s+\d{4}(?!\d)/u.test(line.text.slice(m.index))) continue;
      push(out, doc, line.start + from, line.start + m.index + 1);
      from = m.index + 1;
    }
    push(out, doc, line.start + from, line.end);
  }
  memo.set(doc, out);
  return out;
}

function push(out: Sentence[], doc: Document, start: number, end: number): void {
  while (start < end && /\s/.test(doc.view[start]!)) start++;
  while (end > start && /\s/.test(doc.view[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: doc.view.slice(start, end) });
}

/** The value of a number word (`three` → 3) from the `numbers` lexicon, or null. */
export function numberWord(word: string, lexicons: Lexicons): number | null {
  const v = lexicons.numbers?.[word.toLowerCase()];
  return typeof v === 'number' ? v : null;
}

/** The line holding an offset (binary search), or undefined. */
export function lineAt(doc: Document, offset: number): Line | undefined {
  let lo = 0;
  let hi = doc.lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = doc.lines[mid]!;
    if (offset < l.start) hi = mid - 1;
    else if (offset > l.end) lo = mid + 1;
    else return l;
  }
  return undefined;
}

/** The line of the text a line of the view is on, from its start (markup and indentation included). */
function rawLine(doc: Document, line: Line): string {
  return doc.text.slice(doc.text.lastIndexOf('\n', line.start - 1) + 1, line.end);
}

/** Is a line of the view an item of a list (`- X`, `1. X`, `<li>X`, `<ul><li>X`) in the text? */
export function isListItem(doc: Document, line: Line): boolean {
  return /^\s*(?:[-*•+–]\s|\d{1,2}[.)]\s|(?:<[uo]l\b[^>]*>\s*)?<li\b)/iu.test(rawLine(doc, line));
}

/** How far a line's list marker is indented in the text. */
function indentOf(doc: Document, line: Line): number {
  return /^[ \t]*/.exec(rawLine(doc, line))![0].length;
}

/** The items of the list a line opens: that line and the items right after it at the same depth. */
export function listItems(doc: Document, from: number): Line[] {
  const out: Line[] = [];
  const depth = indentOf(doc, doc.lines[from]!);
  for (let i = from; i < doc.lines.length && isListItem(doc, doc.lines[i]!) && indentOf(doc, doc.lines[i]!) === depth && out.length < 40; i++) out.push(doc.lines[i]!);
  return out;
}

/** Lines under an `elsewhere` heading that still belong to its list: short, and no sentence. */
const ELSEWHERE_LINE_WORDS = 14;

const elsewhereMemo = new WeakMap<Document, Span[]>();

/**
 * Page parts about other projects: a heading that opens with a `sections.yaml` `elsewhere` phrase
 * (`Other grants in Gloucestershire`, `Vergelijkbare interventies`) and the list after it: its items,
 * or short lines up to the next heading, sentence or long line (a footer's `… publishes open data
 * under …`). Computed once per document.
 */
export function elsewhere(doc: Document, lexicons: Lexicons): Span[] {
  const seen = elsewhereMemo.get(doc);
  if (seen) return seen;
  const heading = compiled(lexicons, 'sections:elsewhere', () => {
    const list = phrases(lexicons, 'sections', 'elsewhere');
    return list.length ? new RegExp(`^[\\s#*_]*(?:${trieSource(list)})(?![\\p{L}\\p{N}])[^.!?]{0,60}$`, 'iu') : null;
  });
  const out: Span[] = [];
  let headings: Set<number> | null = null;
  if (heading) {
    for (let i = 0; i < doc.lines.length; i++) {
      const line = doc.lines[i]!;
      if (line.text.length > 80 || !heading.test(line.text)) continue;
      headings ??= headingLines(doc);
      let end = line.end;
      let j = i + 1;
      for (; j < doc.lines.length; j++) {
        const next = doc.lines[j]!;
        if (heading.test(next.text)) break;
        // a list's items; or short lines that are no heading of their own (`<h3>Sostienici</h3>` ends it)
        if (!isListItem(doc, next) && (headings.has(next.start) || next.text.split(/\s+/).length > ELSEWHERE_LINE_WORDS || /[.!?]["”)]?$/u.test(next.text))) break;
        end = next.end;
      }
      out.push({ start: line.start, end });
      i = j - 1;
    }
  }
  elsewhereMemo.set(doc, out);
  return out;
}

/** The starts of the lines that open a section (a section starts at its heading's markup, its line at the text). */
function headingLines(doc: Document): Set<number> {
  const out = new Set<number>();
  const starts = doc.sections.map((sec) => sec.start).sort((a, b) => a - b);
  let i = 0;
  for (const start of starts) {
    while (i < doc.lines.length && doc.lines[i]!.end <= start) i++;
    if (i < doc.lines.length) out.add(doc.lines[i]!.start);
  }
  return out;
}

/** Whether a span starts inside one of these parts. */
export function inElsewhere(parts: readonly Span[], span: Span): boolean {
  return parts.some((p) => span.start >= p.start && span.start < p.end);
}
