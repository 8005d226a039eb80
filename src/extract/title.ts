// The document's own title (front matter, first h1, the page's <title>, or the first line that is a
// title once site furniture is skipped), then its project's acronym and the kind of document it is.
import { compiled } from './memo.js';
import { trieSource } from './trie.js';
import type { Document, Line, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases, table } from '../pipeline/lexicons.js';
import { CONFIDENCE, clean, finding, trimSpan, type ExtractContext, type Finding } from './finding.js';
import { labelFacts } from './labels.js';
import { chromeMatcher, isChrome, isDateLine, isStampLine } from './head.js';
import { acronym } from './acronym.js';
import { documentKind } from './document-kind.js';

/** Findings for /title, /acronym and /document_kind. */
export function title(doc: Document, context: ExtractContext): Finding[] {
  const out: Finding[] = [];
  const t = titleOf(doc, context.lexicons);
  if (t) out.push(t);
  const a = acronym(doc, context.lexicons, t);
  if (a) out.push(a);
  const k = documentKind(doc, context.lexicons, t);
  if (k) out.push(k);
  return out;
}

/** The title finding, or null when the document has no line that can be one. */
export function titleOf(doc: Document, lexicons: Lexicons): Finding | null {
  const fm = frontMatterTitle(doc);
  if (fm) return make(doc, fm, 'front-matter', CONFIDENCE.frontMatter);
  const h1 = firstHeading(doc);
  if (h1) return make(doc, h1, 'heading', CONFIDENCE.table);
  if (doc.pageTitle) {
    const span = cutSiteName(doc, doc.pageTitle);
    if (span.end > span.start) return make(doc, span, 'page-title', CONFIDENCE.pattern);
  }
  const line = titleLine(doc, lexicons);
  return line ? make(doc, line, 'first-line', CONFIDENCE.heuristic) : null;
}

function make(doc: Document, span: Span, method: string, confidence: number): Finding | null {
  const s = unquote(doc, trimSpan(doc.view, span));
  const value = clean(doc, s);
  return value ? finding(doc, '/title', value, s, method, confidence) : null;
}

/** A span without the quotation marks that wrap it whole (`"Das Nachsorgeprojekt …"`). */
function unquote(doc: Document, s: Span): Span {
  const text = doc.view.slice(s.start, s.end);
  if (text.length > 2 && /^["“„«']/.test(text) && /["”“»']$/.test(text) && !/["“”„«»]/.test(text.slice(1, -1))) return { start: s.start + 1, end: s.end - 1 };
  return s;
}

// ---------------------------------------------------------------------------------------------
// front matter, headings, <title>

/** The keys of front matter that hold a title, the first found first. */
const FRONT_MATTER_KEYS = [/^title\s*:/i, /^name\s*:/i];

/** The value of a `title:` (else `name:`) key in YAML front matter, quoted values over several lines included. */
function frontMatterTitle(doc: Document): Span | null {
  const fm = doc.frontMatter;
  if (!fm) return null;
  const lines = doc.lines.filter((l) => l.start >= fm.start && l.end <= fm.end);
  for (const key of FRONT_MATTER_KEYS) {
    const k = lines.findIndex((l) => key.test(l.text));
    if (k < 0) continue;
    const line = lines[k]!;
    const colon = line.text.indexOf(':');
    let start = line.start + colon + 1;
    while (start < line.end && /\s/.test(doc.view[start]!)) start++;
    let end = line.end;
    const q = doc.view[start];
    if (q === '"' || q === "'") {
      start++;
      // a quoted value may run over the next lines until its closing quote
      let j = k;
      let close = doc.view.indexOf(q, start);
      while (close < 0 || close > lines[j]!.end) {
        if (j + 1 >= lines.length || /^[\w-]+\s*:/.test(lines[j + 1]!.text)) break;
        j++;
        close = doc.view.indexOf(q, start);
      }
      end = close >= start && close <= lines[j]!.end ? close : lines[j]!.end;
    }
    const span = trimSpan(doc.view, { start, end });
    if (span.end > span.start && /\p{L}/u.test(doc.view.slice(span.start, span.end))) return span;
  }
  return null;
}

interface TreeNode {
  type: string;
  depth?: number;
  tagName?: string;
  children?: TreeNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** The first level-1 heading of a markdown or HTML tree (`# Title`, `<h1>`), as the span of its text. */
function firstHeading(doc: Document): Span | null {
  const stack: TreeNode[] = [doc.tree as unknown as TreeNode];
  let first: Span | null = null;
  while (stack.length) {
    const node = stack.pop()!;
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if ((node.type === 'heading' && node.depth === 1) || (node.type === 'element' && node.tagName === 'h1')) {
      if (s !== undefined && e !== undefined && (!first || s < first.start)) {
        const span = trimSpan(doc.view, { start: s, end: e });
        if (span.end > span.start && /\p{L}/u.test(doc.view.slice(span.start, span.end))) first = span;
      }
      continue;
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return first;
}

/** The page's <title> without a trailing `| Site name` (the span is cut, the quote stays exact). */
function cutSiteName(doc: Document, span: Span): Span {
  const text = doc.view.slice(span.start, span.end);
  const bar = text.lastIndexOf(' | ');
  return trimSpan(doc.view, bar > 0 ? { start: span.start, end: span.start + bar } : span);
}

// ---------------------------------------------------------------------------------------------
// plain text: the first line that is a title

const BODY_WORDS = 30;
/** A first slide's marker once its word is known: `Slide 1`, `[Slide 1 of 12]`, `Folie 1/20`, `## Slajd 1:`. */
const SLIDE_ONE = /^[\s[(#*_-]*\p{L}+\s*0?1(?:\s*(?:\/|\p{L}{1,4})\s*\d{1,3})?\s*[\])*_]*\s*[:.]?$/u;
/** Lines near the top looked at as the title, header lines included. */
const MAX_CANDIDATES = 7;

/** The first line near the top that is a title: not site furniture, a date, a label or a sentence of prose. */
export function titleLine(doc: Document, lexicons: Lexicons): Line | null {
  const chrome = chromeMatcher(lexicons);
  const letterhead = wordMatcher(lexicons, 'letterhead');
  const top = doc.lines.slice(0, 25).filter((l) => !(doc.frontMatter && l.start < doc.frontMatter.end));
  // a block (lines with no blank between) at the top that holds a piece of site furniture is all furniture
  const chromeBlock = new Set<number>();
  let blockStart = 0;
  for (let i = 0; i <= top.length; i++) {
    if (i === top.length || (i > 0 && top[i]!.blankBefore)) {
      const block = top.slice(blockStart, i);
      if (block.length > 1 && block.some((l) => isChrome(l.text, chrome))) for (const l of block) chromeBlock.add(l.index);
      blockStart = i;
    }
  }
  // a `Label: value` line (`Start date: …`) is a fact, not a title
  const labelled = new Set(labelFacts(doc, lexicons).filter((f) => f.method !== 'front-matter' && /^(?:\s*[:：]|\t|\s{2})/.test(doc.view.slice(f.label.end, f.label.end + 3))).map((f) => f.label.start));
  const candidates: Line[] = [];
  for (const line of top) {
    if (isBody(line.text)) break;
    if (chromeBlock.has(line.index) || isChrome(line.text, chrome) || !canBeTitle(line.text) || labelled.has(line.start) || isStampLine(line.text, lexicons)) continue;
    candidates.push(line);
    if (candidates.length >= MAX_CANDIDATES) break;
  }
  if (!candidates.length) return null;
  // a deck whose first slide is marked (`[Slide 1 of 12]`): the lines above the marker are the page that
  // hosts it (an event's name, `uploaded by …`), and the title is on the first slide
  const slide = wordMatcher(lexicons, 'slide', true);
  const marker = top.find((l) => slide.test(l.text.replace(/^[\s[(#*_-]+/, '')) && SLIDE_ONE.test(l.text)) ?? bareSlideOne(doc, top);
  if (marker && candidates.some((l) => l.index > marker.index)) candidates.splice(0, candidates.length, ...candidates.filter((l) => l.index > marker.index));
  // a header block: letterheads (an organisation's or a newspaper's name) and funding banners
  // (`With the financial support of …`, `EU PREVENTION OF AND FIGHT AGAINST CRIME`) over the title
  // give way to the next line that can be one
  const banners = bannerLines(candidates, wordMatcher(lexicons, 'banner', true), wordMatcher(lexicons, 'banner_caps', true));
  const kickers = kickerWords(lexicons);
  // a menu's item again on a line of its own is the section the page is in (`SOCIEDAD` under `… | Sociedad | …`);
  // (a breadcrumb's items are not: its last one is the page's own title)
  const menus = top.filter((l) => isChrome(l.text, chrome) && (l.text.match(/\s[|·]\s/g) ?? []).length >= 2);
  const menuItems = new Set(menus.flatMap((l) => l.text.split(/\s[|·]\s/).map((x) => x.trim().toLowerCase())));
  // (an office-holder's byline over a media release's title: `The Hon. Leanne Carver MP`, `Minister for Corrections`)
  const office = wordMatcher(lexicons, 'office', true);
  const isHeader = (l: Line): boolean => banners.has(l.index) || (letterhead.test(l.text) && isNameLike(l.text)) || kickers.has(l.text.toLowerCase().replace(/[:\s]+$/, '')) || menuItems.has(l.text.trim().toLowerCase()) || office.test(l.text);
  const canFollow = (l: Line): boolean => !isPersonLine(l.text) && !/[.!?]$/.test(l.text) && l.text.split(/\s+/).length <= 20;
  let i = 0;
  while (i + 1 < candidates.length && isHeader(candidates[i]!) && candidates[i + 1]!.index - candidates[i]!.index <= 4 && canFollow(candidates[i + 1]!)) i++;
  // a funding banner is never the title; an organisation's name is, when nothing follows it
  while (i > 0 && banners.has(candidates[i]!.index)) i--;
  return banners.has(candidates[i]!.index) ? null : candidates[i]!;
}

/**
 * A deck exported as text whose slides are numbered by a figure alone on a line (`1`, then `2`, `3`
 * further down, each after a blank line): the line `1` at the top, or undefined.
 */
function bareSlideOne(doc: Document, top: Line[]): Line | undefined {
  const one = top.find((l) => l.blankBefore && l.text.trim() === '1');
  if (!one) return undefined;
  let next = 2;
  for (const l of doc.lines.slice(one.index + 1)) if (l.blankBefore && l.text.trim() === String(next)) next++;
  return next > 3 ? one : undefined;
}

/** Lines at the top that a funding credit or a programme's name in capitals opens, with the lines of its block (no blank between) after it. */
function bannerLines(candidates: Line[], banner: RegExp, bannerCaps: RegExp): Set<number> {
  const out = new Set<number>();
  for (const l of candidates) {
    const text = l.text.replace(/^[^\p{L}]{1,4}/u, '');
    // a funder's or programme's name (`EU`, `ERASMUS+`) opens a banner only on a line in capitals
    if (banner.test(text) || (mostlyUpper(text) && bannerCaps.test(text))) out.add(l.index);
    else if (!l.blankBefore && out.has(l.index - 1)) out.add(l.index);
  }
  return out;
}

/** A kind's own words alone on a line (`Program Profile`, `Press release`, `News`): a kicker over the title. */
function kickerWords(lexicons: Lexicons): Set<string> {
  const out = new Set<string>();
  for (const [key, list] of table(lexicons, 'kinds')) if (key.endsWith('_head')) for (const p of list) out.add(p.trim().toLowerCase().replace(/\s+/g, ' '));
  return out;
}

function mostlyUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && (letters.match(/\p{Lu}/gu) ?? []).length / letters.length > 0.7;
}

function isBody(text: string): boolean {
  return text.length > 400 || text.split(/\s+/).length > BODY_WORDS;
}

/** Lines that cannot be a title: dates, labels, captions, bullets, numbers, links, sentences. */
function canBeTitle(text: string): boolean {
  if (text.length < 3 || text.length > 250 || !/\p{L}{2}/u.test(text)) return false;
  if (/^(?:[-*•✓–]\s|\d+\s*$|https?:|www\.|\[\[|\[(?:photo|image|img|foto)\b|!\[)/i.test(text)) return false;
  // a letterhead's address line (`ASBL … – Rue des Brasseurs 41, 5000 Namur – www.…`): a title names no web or mail address
  if (/(?:^|\s)(?:https?:\/\/|www\.)\S|\S@\S+\.\p{L}{2}/u.test(text)) return false;
  if (/^[\p{L}\s]{2,40}:$/u.test(text)) return false;
  if (isDateLine(text)) return false;
  if (text.split(/\s+/).length > 25) return false;
  return true;
}

/** A short line of capitalised words: an organisation's name rather than a headline. */
function isNameLike(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 12 && !/[.!?"“”«»:]|\d/.test(text);
}

function isPersonLine(text: string): boolean {
  return /^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}\p{Lu}]+$/u.test(text);
}

/** A pattern for any phrase of a `titles` list as whole words, ignoring case (a trie, built once). */
function wordMatcher(lexicons: Lexicons, key: string, atStart = false): RegExp {
  return compiled(lexicons, `titles:${key}:${atStart}`, () => new RegExp(`${atStart ? '^' : '(?<![\\p{L}])'}(?:${trieSource(phrases(lexicons, 'titles', key), { space: '\\s+' })})(?![\\p{L}])`, 'iu'));
}
