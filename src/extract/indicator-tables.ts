// Indicator tables: a table whose header names a column of targets and a column of results (or one of
// them beside a label column headed as indicators), one counted thing a row. Each figure under those
// columns is an indicator of that kind, its unit the row's label:
//
//   Key performance indicators     Target (Year 2)   Achieved to date
//   Referrals received             90                64
//
// The column words are per language, in `indicators.yaml` (`target_column`, `result_column`).
import type { Document, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases } from '../pipeline/lexicons.js';
import { compiled } from './memo.js';
import { foldCell, rowCells, rowsUnder, type Cell } from './tables.js';

/** One figure read from an indicator table. */
export interface TableIndicator {
  value: number;
  unit: string;
  kind: 'target' | 'result';
  /** the row, from its label to its last figure (a label wrapped over two lines included) */
  row: Span;
  /** the figure */
  span: Span;
}

interface ColumnWords {
  target: RegExp;
  result: RegExp;
  /** a label column's heading that says the rows are indicators (`Indicator`, `Näitaja`) */
  label: RegExp;
}


function columnWords(lexicons: Lexicons): ColumnWords {
  return compiled(lexicons, 'indicator-tables:columns', () => {
    // a header cell opens with a column word: `Target (Year 2)`, `Soll 2024`, `Achieved to 28 Feb 2025`
    const re = (key: string) => {
      const list = phrases(lexicons, 'indicators', key).map((p) => foldCell(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
      return new RegExp(`^(?:${list.sort((a, b) => b.length - a.length).join('|') || '(?!)'})(?![\\p{L}])`, 'u');
    };
    return { target: re('target_column'), result: re('result_column'), label: re('indicator_column') };
  });
}

/** A figure in a cell of its own: `64`, `1,200`, `67%`, `67 %`. */
const FIGURE = /^(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)\s?(%)?$/u;

function figure(cell: Cell): { value: number; percent: boolean } | null {
  const m = FIGURE.exec(cell.text);
  if (!m) return null;
  const raw = m[1]!;
  // digits grouped by threes are thousands (`1,200`, `1.500`); one separator before other digits is a decimal point
  const value = /^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+$/u.test(raw) ? Number(raw.replace(/\D/g, '')) : Number(raw.replace(',', '.'));
  return Number.isFinite(value) ? { value, percent: !!m[2] } : null;
}

/** A cell with no figure in it: `-`, `n/a`, `–`. */
const EMPTY = /^(?:[-–—]|n\/a|n\.a\.|k\.a\.)$/iu;

/** Every figure of the document's indicator tables, in text order. */
export function indicatorTables(doc: Document, lexicons: Lexicons): TableIndicator[] {
  const words = columnWords(lexicons);
  const out: TableIndicator[] = [];
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const header = rowCells(doc, lines[i]!, true);
    if (!header) continue;
    const kinds = header.map((c) => (words.target.test(foldCell(c.text)) ? 'target' : words.result.test(foldCell(c.text)) ? 'result' : null));
    // a column of targets and one of results; or one of them beside a label column headed as indicators
    const both = kinds.includes('target') && kinds.includes('result');
    if (!both && !(kinds.some(Boolean) && kinds[0] === null && words.label.test(foldCell(header[0]!.text)))) continue;
    const { rows, end } = rowsUnder(doc, i);
    for (const row of rows) {
      const cells = row.cells;
      const values = cells.map((c) => figure(c) ?? (EMPTY.test(c.text) ? 'empty' : null));
      if (values.every((v) => v === null)) continue;
      // the label: the first cell when it holds no figure, with the lines it wraps onto
      const hasLabel = values[0] === null;
      const unitText = hasLabel ? [row.first, ...row.more].map((p) => doc.view.slice(p.start, p.end)).join(' ').replace(/\s+/g, ' ').trim() : '';
      if (!unitText || !/\p{L}/u.test(unitText)) continue;
      // figures line up with the header's columns from the right (a header may leave the label column blank)
      const shift = header.length - cells.length;
      for (let k = 1; k < cells.length; k++) {
        const v = values[k];
        const kind = kinds[k + shift];
        if (!v || v === 'empty' || !kind) continue;
        out.push({ value: v.value, unit: v.percent ? '%' : unitOf(unitText), kind, row: row.span, span: { start: cells[k]!.start, end: cells[k]!.end } });
      }
    }
    i = end - 1;
  }
  return out;
}

/**
 * A row's label as a unit: a capital that only opens the label goes (`Referrals received` →
 * `referrals received`); a label with other capitalised words keeps its case (German nouns:
 * `Begleitete Besuche in der JVA`).
 */
function unitOf(label: string): string {
  if (!/^\p{Lu}\p{Ll}/u.test(label) || /\s\p{Lu}/u.test(label)) return label;
  return label[0]!.toLowerCase() + label.slice(1);
}
