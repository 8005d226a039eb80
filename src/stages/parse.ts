// Parse stage: unified + remark-parse (+ GFM tables, front matter) for text and markdown, rehype-parse for
// HTML and for raw HTML blocks inside markdown; then the plain "view" of the text every extractor reads.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Processor } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import rehypeParse from 'rehype-parse';
import { decodeHTML } from 'entities';
import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';
import type { Root as HastRoot, Nodes as HastNodes, Element } from 'hast';
import type { ReadResult, Span } from '../document.js';

/** What parse adds to a read document. */
export interface Parsed {
  tree: MdastRoot | HastRoot;
  view: string;
  frontMatter: Span | null;
  pageTitle: Span | null;
  /** set when the markdown parser gave up and the text was read as plain text */
  fallback?: 'plain';
}

/**
 * GFM tables only: the rest of GFM (autolinks, footnotes, strike-through, task lists) only marks text
 * up, which extraction does not read, and would cost a third of the parse.
 */
export function remarkTables(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const markdown = unified().use(remarkParse).use(remarkTables).use(remarkFrontmatter, ['yaml']);
// GFM's extensions slow down sharply (worse than linearly) on very long lines and very long
// paragraphs; reports are kilobytes, so GFM is used up to a size where it stays cheap
const markdownPlain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const GFM_MAX_LINE = 20_000;
const GFM_MAX_TEXT = 400_000;
/**
 * A line that could be a table's delimiter row: only `-`, `|`, `:` and blanks (after any quote
 * markers), with a hyphen and a pipe or colon. Without one there is no table, and the table
 * extension, which tries every paragraph line as a head row, is left out.
 */
const DELIMITER_ROW = /^[ \t>]*(?=[-|: \t]*[|:])[-|: \t]*-[-|: \t]*\r?$/m;

/** Whether a text has a line that could be a table's delimiter row (see DELIMITER_ROW). */
export function mayHoldTable(text: string): boolean {
  return DELIMITER_ROW.test(text);
}
const html = unified().use(rehypeParse, { fragment: false });
const htmlFragment = unified().use(rehypeParse, { fragment: true });

/** HTML elements whose text is not part of the document's content. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'nav', 'svg', 'head', 'iframe', 'object', 'button', 'select']);
/** HTML elements that start a new block (a new line in the view). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'title',
  'tr', 'ul', 'body', 'html',
]);
const CELLS = new Set(['td', 'th']);

/** Parse a read document into its tree and view. */
export function parse(doc: ReadResult): Parsed {
  const { text } = doc;
  const view = masked(text);
  if (doc.source.media_type === 'text/html') {
    let tree: HastRoot;
    try {
      tree = html.parse(text) as HastRoot;
    } catch (e) {
      // nesting too deep for the tree builder: blank the tags by pattern instead
      if (!(e instanceof RangeError)) throw e;
      return { tree: { type: 'root', children: [] }, view: stripTags(text), frontMatter: null, pageTitle: null, fallback: 'plain' };
    }
    const pageTitle = unmaskHtml(tree, text, view, 0);
    return { tree, view: view.join(''), frontMatter: null, pageTitle };
  }
  let tree: MdastRoot;
  try {
    if (tooDeep(text)) throw new RangeError('too deeply nested');
    const gfm = text.length <= GFM_MAX_TEXT && mayHoldTable(text) && longestLine(text) <= GFM_MAX_LINE;
    tree = (gfm ? markdown : markdownPlain).parse(text) as MdastRoot;
  } catch (e) {
    // a structure too deep for the parser (thousands of nested quotes or lists): read it as plain text
    if (!(e instanceof RangeError)) throw e;
    return { tree: { type: 'root', children: [] }, view: text, frontMatter: null, pageTitle: null, fallback: 'plain' };
  }
  let frontMatter: Span | null = null;
  walkMdast(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    // some transforms (GFM autolink literals) make nodes without positions: show the parent's raw text
    if ('children' in node && node.children.some((c) => !c.position)) {
      unmask(text, view, start, end);
      return;
    }
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
        unmask(text, view, start, end);
        break;
      case 'yaml': {
        // the value sits between the fences: unmask from the first line break to the last
        const inner = text.indexOf('\n', start) + 1;
        const close = text.lastIndexOf('\n', end - 1);
        if (inner > 0 && close >= inner) {
          unmask(text, view, inner, close);
          frontMatter = { start: inner, end: close };
        }
        break;
      }
      case 'html': {
        const fragment = htmlFragment.parse(text.slice(start, end)) as HastRoot;
        unmaskHtml(fragment, text, view, start);
        break;
      }
      case 'table':
        // cell separators become tabs, so a row reads as `label<TAB>value`
        for (let i = start; i < end; i++) if (text[i] === '|' && view[i] === ' ') view[i] = '\t';
        break;
    }
  });
  return { tree, view: view.join(''), frontMatter, pageTitle: null };
}

/** Deepest block-quote nesting and widest indentation the markdown parser is given. */
const MAX_QUOTE_DEPTH = 32;
const MAX_INDENT = 160;

/**
 * Whether a text nests quotes or lists so deeply that the markdown parser, whose work grows with the
 * square of the depth, would take too long; such text is read as plain text instead.
 */
function tooDeep(text: string): boolean {
  let atLineStart = true;
  let quotes = 0;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      atLineStart = true;
      quotes = 0;
      width = 0;
      continue;
    }
    if (!atLineStart) continue;
    if (c === 62) quotes++;
    else if (c === 32) width++;
    else if (c === 9) width += 4;
    else {
      atLineStart = false;
      continue;
    }
    if (quotes > MAX_QUOTE_DEPTH || width > MAX_INDENT) return true;
  }
  return false;
}

/**
 * The view of HTML without a tree: tags blanked (a block tag's `<` becomes a line break), and the
 * contents of scripts and styles blanked; linear in the length of the text.
 */
function stripTags(text: string): string {
  const view = masked(text);
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,20})?[^<>]{0,4000}>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    unmask(text, view, last, m.index);
    const tag = (m[2] ?? '').toLowerCase();
    if (BLOCKS.has(tag)) view[m.index] = '\n';
    last = m.index + m[0].length;
    if (!m[1] && (tag === 'script' || tag === 'style')) {
      const close = text.toLowerCase().indexOf(`</${tag}`, last);
      last = close < 0 ? text.length : close;
      re.lastIndex = last;
    }
  }
  unmask(text, view, last, text.length);
  return view.join('');
}

function longestLine(text: string): number {
  let longest = 0;
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    if (end - from > longest) longest = end - from;
    if (nl < 0) return longest;
    from = nl + 1;
  }
}

/** Every character masked to a space, line breaks kept. */
function masked(text: string): string[] {
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text[i] === '\n' ? '\n' : ' ';
  return out;
}

function unmask(text: string, view: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) view[i] = text[i]!;
}

function walkMdast(node: MdastNodes, visit: (node: MdastNodes) => void): void {
  // an explicit stack: deeply nested input must not overflow the call stack
  const stack: MdastNodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    visit(n);
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as MdastNodes);
  }
}

/**
 * Unmask the text of an HTML tree into the view; `base` is the tree's offset in the text.
 * Returns the span of the `<title>` text, when there is one.
 */
function unmaskHtml(tree: HastRoot, text: string, view: string[], base: number): Span | null {
  let title: Span | null = null;
  const stack: Array<{ node: HastNodes; hidden: boolean }> = [{ node: tree, hidden: false }];
  while (stack.length) {
    const { node, hidden } = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text') {
      if (hidden || start === undefined || end === undefined) continue;
      // whitespace between tags, which parse5 may stretch over end tags such as `</body>`
      if (!node.value.trim()) continue;
      unmaskText(text, view, base + start, base + end);
      continue;
    }
    if (node.type === 'element') {
      const el = node as Element;
      if (start !== undefined && end !== undefined) {
        const s = base + start;
        const e = base + end;
        if (el.tagName === 'br') {
          // a line break is one break: none more when the source breaks the line right after it
          // (`Name, Role<br>\n<a>email</a>` reads as two lines of one block, not two blocks)
          if (view[s] === ' ' && !/^[ \t]*\r?\n/.test(text.slice(e, e + 40))) view[s] = '\n';
        } else if (BLOCKS.has(el.tagName)) {
          if (view[s] === ' ') view[s] = '\n';
          if (view[e - 1] === ' ') view[e - 1] = '\n';
        } else if (CELLS.has(el.tagName)) {
          if (view[s] === ' ') view[s] = '\t';
        }
      }
      if (el.tagName === 'title' && !title) {
        const child = el.children[0];
        const cs = child?.position?.start.offset;
        const ce = child?.position?.end.offset;
        if (child?.type === 'text' && cs !== undefined && ce !== undefined) {
          title = { start: base + cs, end: base + ce };
          unmaskText(text, view, title.start, title.end);
        }
      }
      const hide = hidden || HIDDEN.has(el.tagName);
      const kids = el.tagName === 'template' ? [] : el.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] as HastNodes, hidden: hide });
      continue;
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as HastNodes, hidden });
    }
  }
  return title;
}

/** Unmask raw HTML text, writing each character reference as its character followed by spaces. */
function unmaskText(text: string, view: string[], start: number, end: number): void {
  const raw = text.slice(start, end);
  const re = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    for (let i = last; i < m.index; i++) view[start + i] = raw[i]!;
    const decoded = decodeHTML(m[0]);
    if (decoded !== m[0] && decoded.length <= m[0].length) {
      const ch = decoded === '\u00a0' ? ' ' : decoded;
      for (let i = 0; i < m[0].length; i++) view[start + m.index + i] = i < ch.length ? ch[i]! : ' ';
    } else {
      for (let i = 0; i < m[0].length; i++) view[start + m.index + i] = m[0][i]!;
    }
    last = m.index + m[0].length;
  }
  for (let i = last; i < raw.length; i++) view[start + i] = raw[i]!;
}
