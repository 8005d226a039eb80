// Table rows in the view. Markdown and HTML tables reach the view as rows of tab-separated cells
// (`\t A \t B \t`); a plain-text table lines its columns up with runs of spaces:
//
//   Key performance indicators     Target    Achieved
//   Referrals received             90        64
import type { Document, Line, Span } from '../document.js';

/** One cell of a row: its text, trimmed, and where it is. */
export interface Cell extends Span {
  text: string;
}

/** A cell's or a heading's words for lookup: lower case, emphasis and colons dropped, spaces folded. */
export function foldCell(s: string): string {
  return s.toLowerCase().replace(/[:：*_]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The cells of a tab-separated row, or null for a line without a tab. */
export function tabCells(doc: Document, line: Line): Cell[] | null {
  if (!line.text.includes('\t')) return null;
  return trimEnds(split(doc, line, /\t/g, true));
}

/**
 * The cells of a row in either form: tab-separated, or (with `spaces`) columns set apart by two
 * spaces or more. Null for a line that is no row: one cell only, or prose.
 */
export function rowCells(doc: Document, line: Line, spaces: boolean): Cell[] | null {
  const tabs = tabCells(doc, line);
  if (tabs || !spaces) return tabs;
  // a row of a table written with pipes but no rule under its header, which markdown reads as text
  if (PIPE.test(line.text)) {
    const cells = trimEnds(split(doc, line, /\|/g, true));
    if (cells.length >= 2 && cells.every((c) => c.text)) return cells;
  }
  if (!/\S {2,}\S/.test(line.text)) return null;
  const cells = split(doc, line, / {2,}/g, false);
  return cells.length >= 2 ? cells : null;
}

/** A pipe set apart by blanks, as between two cells (`Kliente kokku | 412`); the cells are checked after the split. */
const PIPE = /\s\|\s/;

/** Split a line at a global pattern; `keepEmpty` keeps empty cells (between two tabs) in their place. */
function split(doc: Document, line: Line, re: RegExp, keepEmpty: boolean): Cell[] {
  const raw = doc.view.slice(line.start, line.end);
  const out: Cell[] = [];
  re.lastIndex = 0;
  let from = 0;
  const push = (to: number) => {
    const part = raw.slice(from, to);
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    const start = line.start + from + lead;
    if (text || keepEmpty) out.push({ start, end: start + text.length, text });
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(raw.length);
  return out;
}

/** The outer tabs of a row leave empty cells at both ends. */
function trimEnds(cells: Cell[]): Cell[] {
  while (cells.length && !cells[0]!.text) cells.shift();
  while (cells.length && !cells[cells.length - 1]!.text) cells.pop();
  return cells;
}

/** One row under a table's header: its cells, and its first cell with the lines a long label wraps onto. */
export interface Row {
  cells: Cell[];
  /** the first cell, from the line it opens on (`Residents moving … within` / `12 months of release`) */
  first: Span;
  /** the first cell's words carried onto the next line, under it (`Plus (ESF Plus)`) */
  more: Span[];
  /** the whole row, wrapped lines included */
  span: Span;
}

/** How far a line's text stands in from the start of its line in the view (lines hold trimmed text). */
function indentOf(doc: Document, line: Line): number {
  const from = doc.view.lastIndexOf('\n', line.start - 1) + 1;
  return /^[ \t]*$/.test(doc.view.slice(from, line.start)) ? line.start - from : 0;
}

/** Whether the markup between two lines only closes a table row and opens the next. */
function sameHtmlTable(doc: Document, from: number, to: number): boolean {
  if (doc.source.media_type !== 'text/html' || to - from > 400) return false;
  const markup = doc.text.slice(from, to);
  return /<tr[\s>]/i.test(markup) && !/<\/table|<table/i.test(markup);
}

/**
 * The rows under the header on line `header`, to the first blank line after a row or the first line
 * that is no row. A plain-text table may wrap a long first cell: onto the next, deeper-indented line
 * that holds the other cells (`Residents moving … within` / `    12 months of release   60%   67%`),
 * or after the row (`Europäische Union – … Sozialfonds   Zuwendung   148.320,00 €` / `    Plus (ESF Plus)`).
 * Rule lines (`-----   ----`) and a Markdown table's delimiter row are passed over.
 */
export function rowsUnder(doc: Document, header: number): { rows: Row[]; end: number } {
  const lines = doc.lines;
  const rows: Row[] = [];
  let pending: Line | null = null;
  let indent = -1;
  /** the line the last row ends on */
  let rowLine = -1;
  let j = header + 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    // a blank line after the first row ends the table
    const gap = doc.view.slice(lines[j - 1]!.end, line.start);
    // (not the line breaks between two rows of one HTML table: `</tr>` and `<tr>` on lines of their own)
    const blank = /\n[ \t]*\n/.test(gap) && !sameHtmlTable(doc, lines[j - 1]!.end, line.start);
    if (blank && (rows.length || pending)) break;
    if (!line.text.trim() || /^[\s|:+=-]*$/.test(line.text)) continue;
    const cells = rowCells(doc, line, true);
    const lead = indentOf(doc, line);
    if (indent < 0) indent = lead;
    if (!cells) {
      const start = line.start + line.text.search(/\S/);
      const end = line.start + line.text.trimEnd().length;
      const last = rows[rows.length - 1];
      if (lead > indent && last && !pending && rowLine === j - 1) {
        last.more.push({ start, end });
        last.span = { start: last.span.start, end: Math.max(last.span.end, end) };
        rowLine = j;
        continue;
      }
      if (pending) break;
      pending = line;
      continue;
    }
    const start = pending ? pending.start + pending.text.search(/\S/) : cells[0]!.start;
    rows.push({ cells, first: { start, end: cells[0]!.end }, more: [], span: { start, end: cells[cells.length - 1]!.end } });
    pending = null;
    rowLine = j;
  }
  return { rows, end: j };
}
