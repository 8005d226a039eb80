// Partner tables: a table under a partners heading (or whose name column says `Partner`), one
// organisation a row, its country from a country column and its role from a role column:
//
//   ## Partners
//   | Organisation                | Country |
//   | Stichting Nieuw Perspectief | NL      |
//
// Tables reach the view as rows of tab-separated cells (`\t A \t B \t`), in Markdown and HTML alike.
import type { Document, Line, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases } from '../pipeline/lexicons.js';
import { compiled } from './memo.js';
import type { OrgName, OrgWords } from './org-names.js';
import { countryOf, nameAt, readOrg } from './org-names.js';
import { foldCell, rowCells } from './tables.js';

/** A row's cells: tab-separated (Markdown, HTML) or set apart by runs of spaces (plain text). */
const cellsOf = (doc: Document, line: Line) => rowCells(doc, line, true);

interface Columns {
  /** header words of a column of names (`Organisation`, `Name`, `Partner`) */
  name: Set<string>;
  /** header words that are themselves partner words (`Partner`, `Partner organisation`) */
  partner: Set<string>;
  country: Set<string>;
  role: Set<string>;
  /** headings and lead lines of a partner list (the `partners` labels) */
  heading: Set<string>;
}

/** One partner read from a table, with the span of the whole table (header and rows). */
export interface TableOrg {
  org: OrgName;
  table: Span;
}


function columns(lexicons: Lexicons): Columns {
  return compiled(lexicons, 'org-tables:columns', () => {
    const set = (file: string, key: string) => new Set(phrases(lexicons, file, key).map(foldCell));
    const partner = set('organisations', 'partner_columns');
    return {
      name: new Set([...set('organisations', 'name_columns'), ...partner]),
      partner,
      country: set('organisations', 'country_columns'),
      role: set('organisations', 'role_columns'),
      heading: set('labels', 'partners'),
    };
  });
}

/** The heading of the section a line is in, or the lead line right above the table. */
function saysPartners(doc: Document, header: Line, cols: Columns): boolean {
  let heading = '';
  for (const s of doc.sections) if (s.start <= header.start && header.start < s.end) heading = s.heading;
  // (a numbered heading too: `3. PARTENARIATO`)
  if (cols.heading.has(foldCell(heading.replace(/^\s*(?:\d{1,2}|[IVX]{1,4})[.)]?\s+/u, '')))) return true;
  for (let i = header.index - 1; i >= 0 && i >= header.index - 2; i--) {
    const above = doc.lines[i]!;
    if (!above.text.trim()) continue;
    return cols.heading.has(foldCell(above.text));
  }
  return false;
}

/** Every organisation of the document's partner tables, in text order. */
export function partnerTables(doc: Document, lexicons: Lexicons, words: OrgWords): TableOrg[] {
  const cols = columns(lexicons);
  const out: TableOrg[] = [];
  let i = 0;
  while (i < doc.lines.length) {
    const header = doc.lines[i]!;
    const head = cellsOf(doc, header);
    if (!head || (i > 0 && cellsOf(doc, doc.lines[i - 1]!))) {
      i++;
      continue;
    }
    // the rows that follow, up to the first line that is no row
    let j = i + 1;
    while (j < doc.lines.length && cellsOf(doc, doc.lines[j]!)) j++;
    const names = head.map((c) => foldCell(c.text));
    const nameCol = names.findIndex((n) => cols.name.has(n));
    // (a column of bodies beside their countries lists a partnership wherever it stands:
    // `Organisation   Country   Representatives` in a meeting's minutes; a role column may hold people's jobs)
    const described = names.some((n) => cols.country.has(n));
    const isPartnerTable = nameCol >= 0 && (cols.partner.has(names[nameCol]!) || described || saysPartners(doc, header, cols));
    if (isPartnerTable) {
      const countryCol = names.findIndex((n) => cols.country.has(n));
      const roleCol = names.findIndex((n) => cols.role.has(n));
      for (let k = i + 1; k < j; k++) {
        const cells = cellsOf(doc, doc.lines[k]!)!;
        // the delimiter row of a Markdown table is blank in the view
        if (cells.length !== head.length) continue;
        const cell = cells[nameCol]!;
        const name = nameAt(doc, cell, words);
        const org = name ? readOrg(doc, name, cell, lexicons, words) : null;
        if (!org) continue;
        const country = countryCol >= 0 ? cells[countryCol]! : null;
        const code = country ? countryOf(country.text, lexicons) : null;
        // (or in the name's cell after a dash: `EuroDesist (EDR) – coordinator`)
        const dashed = /\s[–—-]\s+([\p{L} ]{3,40})$/u.exec(doc.view.slice(cell.start, cell.end).trim());
        const cellRole = dashed && (words.promoterRole.has(dashed[1]!.toLowerCase()) || words.partnerRole.has(dashed[1]!.toLowerCase())) ? dashed[1]!.toLowerCase() : null;
        const role = roleCol >= 0 ? foldCell(cells[roleCol]!.text) : cellRole;
        const table = { start: header.start, end: doc.lines[j - 1]!.end };
        out.push({ org: { ...org, country: code ?? org.country, countrySpan: code ? { start: country!.start, end: country!.end } : org.countrySpan, role: role || org.role }, table });
      }
    }
    i = j;
  }
  return out;
}
