// Sections stage: lines and blocks of the view, and a section list from headings (markdown or HTML)
// and from the plain-text cues reports use: short title lines between blank lines, `Label:` lines.
import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot, Element } from 'hast';
import type { Block, Line, Section, Span } from '../document.js';

/** Options of the section splitter. */
export interface SectionOptions {
  /** longest line, in characters, that can be a plain-text heading */
  maxHeadingLength: number;
}

/** The view's non-empty lines, trimmed, with their offsets. */
export function linesOf(view: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  let blank = true;
  const raw = view.split('\n');
  for (let k = 0; k < raw.length; k++) {
    const row = raw[k]!;
    const lead = row.length - row.trimStart().length;
    const body = row.trim();
    if (body) {
      const start = pos + lead;
      lines.push({ start, end: start + body.length, text: body, index: lines.length, blankBefore: blank, blankAfter: true });
      blank = false;
    } else {
      blank = true;
      if (lines.length) lines[lines.length - 1]!.blankAfter = true;
    }
    if (body && k + 1 < raw.length && raw[k + 1]!.trim()) lines[lines.length - 1]!.blankAfter = false;
    pos += row.length + 1;
  }
  return lines;
}

/** Blocks: runs of lines with no blank line between them. */
export function blocksOf(view: string, lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let first: Line | null = null;
  for (const line of lines) {
    if (!first) first = line;
    if (line.blankAfter) {
      blocks.push({ start: first.start, end: line.end, text: view.slice(first.start, line.end) });
      first = null;
    }
  }
  return blocks;
}

/** Split into sections: headings from the tree, else plain-text cues. */
export function sectionsOf(
  tree: MdastRoot | HastRoot,
  text: string,
  lines: readonly Line[],
  options: SectionOptions,
): Section[] {
  const fromTree = treeHeadings(tree).sort((a, b) => a.start - b.start);
  const heads: Array<Span & { heading: string; level: number }> = [...fromTree];
  // lines and tree headings are both in text order: walk them together
  let k = 0;
  let previous: Line | null = null;
  for (const line of lines) {
    while (k < fromTree.length && fromTree[k]!.end < line.start) k++;
    const inHeading = k < fromTree.length && line.start >= fromTree[k]!.start && line.end <= fromTree[k]!.end;
    if (!inHeading && (isCueHeading(line, options) || slideTitle(line, previous, options))) heads.push({ start: line.start, end: line.end, heading: line.text.replace(/:$/, ''), level: 2 });
    previous = line;
  }
  heads.sort((a, b) => a.start - b.start);
  return heads.map((h, i) => ({
    heading: h.heading.replace(/\s+/g, ' ').trim(),
    level: h.level,
    start: h.start,
    end: i + 1 < heads.length ? heads[i + 1]!.start : text.length,
  }));
}

/** A short line standing alone between blank lines, or a `Label:` line with nothing after the colon. */
function isCueHeading(line: Line, options: SectionOptions): boolean {
  const t = line.text;
  if (t.length > options.maxHeadingLength || t.length < 3) return false;
  if (/^[-*•✓–]|^\d+[.)]?\s*$|^https?:|@/.test(t)) return false;
  if (/^[^:]{2,60}:$/.test(t)) return true;
  if (!(line.blankBefore && line.blankAfter)) return false;
  if (/[.;,]$/.test(t)) return false;
  return /^\p{Lu}/u.test(t) || /^\d+\.\s+\p{L}/u.test(t);
}

/** A slide's marker in a plain-text deck: `[Slide 4 of 12]`, `[Folie 4/20]`, `-- Slide 4 --`. */
const SLIDE_MARKER = /^(?:\[\s*\p{L}+\s+\d{1,3}(?:\s*(?:\/|\p{L}{1,4})\s*\d{1,3})?\s*\]|-{2,}\s*\p{L}+\s+\d{1,3}\s*-{2,})$/u;

/** The first line of a slide, right under its marker, is the slide's heading (`Who we work with (partners)`). */
function slideTitle(line: Line, previous: Line | null, options: SectionOptions): boolean {
  const t = line.text;
  return !!previous && !line.blankBefore && SLIDE_MARKER.test(previous.text) && t.length >= 3 && t.length <= options.maxHeadingLength && /^\p{Lu}/u.test(t) && !/[.;,]$/.test(t);
}

function treeHeadings(tree: MdastRoot | HastRoot): Array<Span & { heading: string; level: number }> {
  const out: Array<Span & { heading: string; level: number }> = [];
  const stack: unknown[] = [tree];
  while (stack.length) {
    const node = stack.pop() as { type: string; depth?: number; tagName?: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } };
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (node.type === 'heading' && s !== undefined && e !== undefined) {
      out.push({ start: s, end: e, heading: plain(node), level: node.depth ?? 1 });
      continue;
    }
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '') && s !== undefined && e !== undefined) {
      out.push({ start: s, end: e, heading: plain(node as unknown as Element), level: Number(node.tagName!.slice(1)) });
      continue;
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

/** The text content of a tree node. */
function plain(node: unknown): string {
  const n = node as { value?: string; children?: unknown[] };
  if (typeof n.value === 'string') return n.value;
  return (n.children ?? []).map(plain).join('');
}
