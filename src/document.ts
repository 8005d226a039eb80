// The Document a stage receives: normalised text, a same-length plain view of it, the syntax tree,
// sections and the vfile that collects warnings.
import type { VFile } from 'vfile';
import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';

/** Media types Gleaner reads. */
export type MediaType = 'text/plain' | 'text/markdown' | 'text/html';

/** What the read stage learns about one input file. */
export interface Source {
  path: string;
  sha256: string;
  bytes: number;
  media_type: MediaType;
  encoding: string;
}

/** A span of the normalised text: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A section found by the splitter. */
export interface Section extends Span {
  heading: string;
  level: number;
}

/** A line of the view, trimmed: `text` is `view.slice(start, end)`. */
export interface Line extends Span {
  text: string;
  /** index of the line in `Document.lines` */
  index: number;
  /** true when an empty line (or the start of the text) comes right before it */
  blankBefore: boolean;
  /** true when an empty line (or the end of the text) comes right after it */
  blankAfter: boolean;
}

/** A block of the view: a paragraph, list item, table cell or heading, split on blank lines. */
export interface Block extends Span {
  text: string;
}

/** The normalised document after read. */
export interface ReadResult {
  id: string;
  source: Source;
  text: string;
}

/** The document every extractor receives. */
export interface Document extends ReadResult {
  /**
   * Same length as `text`; markup (markdown syntax, HTML tags, the page's head and navigation) is
   * replaced by spaces, block boundaries by newlines and HTML entities by their character followed by
   * spaces, so any offset into `view` is an offset into `text`.
   */
  view: string;
  tree: MdastRoot | HastRoot;
  lines: Line[];
  blocks: Block[];
  sections: Section[];
  /** the languages the document is read in (lexicon section codes, sorted): English and those it shows */
  languages: string[];
  /** span of a YAML front matter block, when there is one */
  frontMatter: Span | null;
  /** the page's `<title>` span, for HTML */
  pageTitle: Span | null;
  file: VFile;
}
