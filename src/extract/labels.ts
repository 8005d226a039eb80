// "Label: value" facts shared by several extractors: value on the same line or the next, in table
// rows (cells read as `label<TAB>value`) and in YAML front matter, any case; labels from the lexicon.
import { trieSource } from './trie.js';
import type { Document, Line, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { table } from '../pipeline/lexicons.js';
import { CONFIDENCE } from './finding.js';

/** One labelled fact: which key, where the label is, where its value is. */
export interface LabelFact {
  key: string;
  label: Span;
  value: Span;
  /** the value's text with whitespace collapsed */
  text: string;
  method: 'label' | 'table' | 'front-matter';
  confidence: number;
  line: Line;
}

/** by the `labels` table, which is one object for every language set that reads it whole */
const cache = new WeakMap<object, Matcher>();

/** Fold a label for lookup: lower case, `_` and `-` as spaces, single spaces. */
export function foldLabel(s: string): string {
  return s.toLowerCase().replace(/[_\-\s]+/g, ' ').trim();
}

interface Matcher {
  /** the labels, longest first, tried at one position only (sticky) */
  re: RegExp;
  keyOf: Map<string, string>;
  /** first letters of the labels, lower case: a position starting with another letter is skipped */
  firsts: Set<string>;
}

/** Words for `from` before a label's named source (`Grant z Norských fondů`, `From Norway Grants:`). */
export const SOURCE_WORDS = 'from|von|vom|aus|z|ze|od|iz|de|da|din|från|fra|από|от';

/** A qualifier between a label and its separator: words in brackets, or a named source after `from`. */
const QUALIFIER = String.raw`(?:\s*\([^()\n\d]{1,60}\)|\s+(?:${SOURCE_WORDS})\s+\p{Lu}[^:：\n\t()]{1,60}?)?`;
const QUALIFIED_SEP = new RegExp(String.raw`^${QUALIFIER}\s*(?:[:：]|\s[-–—]\s|\t)\s*`, 'u');
const QUALIFIED_END = new RegExp(String.raw`^${QUALIFIER}\s*$`, 'u');

function matcher(lexicons: Lexicons): Matcher {
  const owner = lexicons['labels'] ?? lexicons;
  let m = cache.get(owner);
  if (m) return m;
  const keyOf = new Map<string, string>();
  for (const [key, list] of table(lexicons, 'labels')) for (const p of list) if (!keyOf.has(foldLabel(p))) keyOf.set(foldLabel(p), key);
  const labels = [...keyOf.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const re = new RegExp(`(${trieSource(labels, { separators: /[_\- ]/u, space: '[_\\-\\s]+' })})(?![\\p{L}\\p{N}])`, 'iuy');
  const firsts = new Set(labels.map((l) => l[0]!).flatMap((c) => [c, c.toUpperCase()]));
  m = { re, keyOf, firsts };
  cache.set(owner, m);
  return m;
}

/**
 * Where a label may start in a line: the line's start, and the start of each cell (after a tab, two
 * spaces, or `,` `;` `|` and the spaces after them). Trying the labels only there keeps the work
 * proportional to the cells, not to the characters times the labels.
 */
function* labelPositions(text: string): Generator<number> {
  yield 0;
  // (char codes: tab 9, space 32, `,` 44, `;` 59, `|` 124)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const cell = c === 9 || c === 44 || c === 59 || c === 124;
    const gap = c === 32 && text.charCodeAt(i + 1) === 32;
    if (!cell && !gap) continue;
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    if (j < text.length) yield j;
    i = j - 1;
  }
}

const memo = new WeakMap<Document, { lexicons: Lexicons; facts: LabelFact[] }>();

/** Every labelled fact in the document, in text order (computed once per document). */
export function labelFacts(doc: Document, lexicons: Lexicons): LabelFact[] {
  const seen = memo.get(doc);
  if (seen && seen.lexicons === lexicons) return seen.facts;
  const facts = readFacts(doc, lexicons);
  memo.set(doc, { lexicons, facts });
  return facts;
}

function readFacts(doc: Document, lexicons: Lexicons): LabelFact[] {
  const { re, keyOf, firsts } = matcher(lexicons);
  const facts: LabelFact[] = [];
  const headings = doc.sections.map((s) => s.start);
  const isHeading = (line: Line) => headings.some((at) => at >= line.start && at < line.end);
  const fm = doc.frontMatter;
  for (const line of doc.lines) {
    const inFront = !!fm && line.start >= fm.start && line.end <= fm.end;
    const hits: Array<{ key: string; label: Span; after: number; colon: boolean; atStart: boolean }> = [];
    let m: RegExpExecArray | null;
    let from = 0;
    for (const at of labelPositions(line.text)) {
      if (at < from || !firsts.has(line.text[at]!)) continue;
      re.lastIndex = at;
      if (!(m = re.exec(line.text))) continue;
      from = at + m[0].length;
      const labelStart = at;
      let after = labelStart + m[1]!.length;
      // a bounded window: the separator and the first letters of the value are all that is looked at
      const rest = line.text.slice(after, after + 200);
      // (a short qualifier in words may stand in brackets between a label and its separator: `Budget
      // (EUR):`, `Spolufinancování (státní rozpočet ČR)` with its value on the next line; not a period or a
      // share, `Orçamento (2021–2023):`, which makes the value something else than the label says)
      // (or a source after a word for `from`: `Grant z Norských fondů`, `Grant from Norway Grants:`)
      const sep = QUALIFIED_SEP.exec(rest) ?? QUALIFIED_END.exec(rest);
      const atStart = labelStart === 0;
      if (sep) after += sep[0].length;
      // `Promoter Lithuanian Probation Service`: a label and its value with no separator, only at the start of a
      // short line that is no heading in capitals (`AWARD CRITERIA`), nor a table row's first cell that
      // goes on past the label (`Funding Announcement ID<TAB>RNI-2025-01`)
      else if (!atStart || !/^\s+[\p{Lu}\p{N}€$£]/u.test(rest) || line.text.length > 100 || rest.includes('\t') || (!/\p{Ll}/u.test(line.text) && isHeading(line))) continue;
      hits.push({ key: keyOf.get(foldLabel(m[1]!))!, label: { start: line.start + labelStart, end: line.start + labelStart + m[1]!.length }, after, colon: !!sep && /[:：]/.test(sep[0]), atStart });
    }
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]!;
      // inside a line, a label needs a colon unless it starts the line or a cell
      if (!hit.atStart && !hit.colon && !/\t *$/.test(line.text.slice(Math.max(0, hit.label.start - line.start - 40), hit.label.start - line.start))) continue;
      const stop = h + 1 < hits.length ? hits[h + 1]!.label.start - line.start : line.text.length;
      let value = span(line.start + hit.after, line.start + stop, doc.view);
      let from = line;
      if (value.end <= value.start) {
        // the value is on the next line
        const next = doc.lines[line.index + 1];
        if (!next || (inFront && !(next.start >= fm!.start && next.end <= fm!.end))) continue;
        if (startsWithLabel(next.text, re)) continue;
        value = { start: next.start, end: next.end };
        from = next;
      }
      else if (h === hits.length - 1 && !inFront) value = { start: value.start, end: continued(doc, line, value, re) };
      const text = doc.view.slice(value.start, value.end).replace(/\s+/g, ' ').trim().replace(/^["']|["']$/g, '');
      if (!text) continue;
      const isTable = doc.view.slice(line.start, line.end).includes('\t') || doc.text[hit.label.start - 1] === '|';
      const method = inFront ? 'front-matter' : isTable ? 'table' : 'label';
      const confidence = inFront ? CONFIDENCE.frontMatter : isTable ? CONFIDENCE.table : CONFIDENCE.label;
      facts.push({ key: hit.key, label: hit.label, value: trimSpan(doc.view, value), text, method, confidence, line: from });
    }
  }
  return facts;
}

/** How far a line of the view is indented in the text (from the start of its raw line). */
function columnOf(doc: Document, offset: number): number {
  return offset - (doc.text.lastIndexOf('\n', offset - 1) + 1);
}

/**
 * Where a value ends that goes on over lines indented to its column (a fact box of aligned columns):
 *
 *   Coordinator:   Institute for Penal Policy Studies (IPPS),
 *                  Athens, Greece
 */
function continued(doc: Document, line: Line, value: Span, re: RegExp): number {
  const column = columnOf(doc, value.start);
  if (column < 8 || doc.view.slice(line.start, line.end).includes('\t')) return value.end;
  let end = value.end;
  for (let i = line.index + 1; i < doc.lines.length && i <= line.index + 12; i++) {
    const next = doc.lines[i]!;
    const indent = columnOf(doc, next.start);
    if (next.blankBefore || indent < column - 1 || indent > column + 1 || startsWithLabel(next.text, re)) break;
    end = next.end;
  }
  return end;
}

/** The facts for one key. */
export function factsFor(doc: Document, lexicons: Lexicons, key: string): LabelFact[] {
  return labelFacts(doc, lexicons).filter((f) => f.key === key);
}

function startsWithLabel(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  const m = re.exec(text);
  return !!m && /^\s*(?:[:：]|$)/.test(text.slice(m[0].length, m[0].length + 200));
}

function span(start: number, end: number, view: string): Span {
  return trimSpan(view, { start, end });
}

function trimSpan(view: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s:|]/.test(view[start]!)) start++;
  while (end > start && /[\s,;|]/.test(view[end - 1]!)) end--;
  return { start, end };
}
