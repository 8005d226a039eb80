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

/** The cells of a tab-separated row, or null for a line without a tab. */
export function tabCells(doc: Document, line: Line): Cell[] | null {
  if (!line.text.includes('\t')) return null;
  return trimEnds(split(doc, line, '\t'));
}

/**
 * The cells of a row in either form: tab-separated, or (with `spaces`) columns set apart by two
 * spaces or more. Null for a line that is no row: one cell only, or prose.
 */
export function rowCells(doc: Document, line: Line, spaces: boolean): Cell[] | null {
  const tabs = tabCells(doc, line);
  if (tabs || !spaces) return tabs;
  if (!/\S {2,}\S/.test(line.text)) return null;
  const cells = split(doc, line, / {2,}/g);
  return cells.length >= 2 ? cells : null;
}

function split(doc: Document, line: Line, by: string | RegExp): Cell[] {
  const raw = doc.view.slice(line.start, line.end);
  const out: Cell[] = [];
  const re = typeof by === 'string' ? new RegExp(by, 'g') : by;
  re.lastIndex = 0;
  let from = 0;
  const push = (to: number) => {
    const part = raw.slice(from, to);
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    const start = line.start + from + lead;
    if (text || typeof by === 'string') out.push({ start, end: start + text.length, text });
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
