// The kind of document (record.md `document_kind`), decided by cue phrases from
// pipelines/lexicon/kinds.yaml and a few layout cues (slide counters, bylines, a registry's rating).
import { compiled } from './memo.js';
import { PhraseFinder, trieSource } from './trie.js';
import type { Document, Line, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases } from '../pipeline/lexicons.js';
import { CONFIDENCE, finding, type Finding } from './finding.js';
import { rating } from './identifiers.js';
import { isChromeLine, isDateLine, isStampLine } from './head.js';

/** The kinds of the record's enum, in the order that breaks a tie. */
export const KINDS = ['presentation', 'meeting-report', 'call', 'programme-profile', 'news', 'report', 'project-page'] as const;
export type Kind = (typeof KINDS)[number];

interface Cue extends Span {
  kind: Kind;
  weight: number;
  /** a cue phrase of the body, not of the title, the head or a heading */
  body?: boolean;
}

/** Lines counted as the document's head: where a kind's own words (`minutes`, `news`, `report`) decide. */
const HEAD_LINES = 6;
/** Below this score no cue decides, and the document is taken for the commonest kind at low confidence. */
const MIN_SCORE = 2;
/** The most a project page's words in the body add up to (`project partners`, `Projektträger`). */
const PAGE_WORDS = 3;
/** Confidence of the fallback kind. */
const FALLBACK = CONFIDENCE.nlp - 0.05;
/** How much of a long text the cue phrases are looked for in. */
const SCAN_CHARS = 60_000;

/**
 * The document_kind finding: a low-confidence `project-page` on the title or first line when no cue
 * decides; null only for a document with no text to point at.
 */
export function documentKind(doc: Document, lexicons: Lexicons, title: Span | null): Finding | null {
  const cues = [...phraseCues(doc, lexicons, title), ...layoutCues(doc, lexicons, title)];
  const score = new Map<Kind, number>();
  for (const c of cues) score.set(c.kind, (score.get(c.kind) ?? 0) + c.weight);
  // reports, minutes and calls speak of a project's partners and aims too: a project page's words in
  // the body count up to a bound, so that they never outweigh a kind's own
  const pageWords = cues.filter((c) => c.kind === 'project-page' && c.body).reduce((n, c) => n + c.weight, 0);
  if (pageWords > PAGE_WORDS) score.set('project-page', score.get('project-page')! - pageWords + PAGE_WORDS);
  let win: Kind | null = null;
  for (const k of KINDS) if ((score.get(k) ?? 0) >= MIN_SCORE && (!win || score.get(k)! > score.get(win)!)) win = k;
  if (!win) {
    const first = title ?? doc.lines[0];
    // low, yet above the pipeline's usual floor (0.4): the commonest kind is a better guess than `other`
    return first ? finding(doc, '/document_kind', 'project-page', first, 'fallback', FALLBACK) : null;
  }
  const runnerUp = Math.max(0, ...KINDS.filter((k) => k !== win).map((k) => score.get(k) ?? 0));
  const best = cues.filter((c) => c.kind === win).sort((a, b) => b.weight - a.weight || a.start - b.start)[0]!;
  const confidence = score.get(win)! >= runnerUp * 2 ? CONFIDENCE.pattern : CONFIDENCE.heuristic;
  return finding(doc, '/document_kind', win, best, 'cue', confidence);
}

/** Cue phrases: each distinct phrase counts once, more in the title and the head than in the body. */
function phraseCues(doc: Document, lexicons: Lexicons, title: Span | null): Cue[] {
  const cues: Cue[] = [];
  // the kind shows in the document's first pages; a long text is read that far
  const scanned = doc.view.slice(0, SCAN_CHARS);
  // the head: the first lines, when short and not site furniture (a menu's `News` says nothing of the page)
  const headLines = doc.lines.slice(0, HEAD_LINES).filter((l) => l.text.split(/\s+/).length <= 15 && !isChromeLine(l.text, lexicons));
  // menus and breadcrumbs (lines with separators) say nothing of the page: `Home | Projects | News`
  const chromeLines = doc.lines.slice(0, 12).filter((l) => /[|>›»·/]/.test(l.text) && isChromeLine(l.text, lexicons));
  const inHead = (s: Span): boolean => headLines.some((l) => s.start >= l.start && s.end <= l.end);
  const inChrome = (s: Span): boolean => chromeLines.some((l) => s.start >= l.start && s.end <= l.end);
  const headings = doc.sections.filter((s) => s.heading.length <= 120).slice(0, 30);
  const inTitle = (s: Span): boolean => !!title && s.start >= title.start && s.end <= title.end;
  const headingLines = headings.map((h) => lineOf(doc, h.start)).filter((l): l is Line => !!l);
  const inHeading = (s: Span): boolean => headingLines.some((l) => s.start >= l.start && s.end <= l.end);
  // head phrases count only in the title, the head and headings: only those lines are scanned for them
  const headRegions = regions([...(title ? [title] : []), ...headLines, ...headingLines]);
  for (const kind of KINDS) {
    for (const [key, head] of [[kind, false], [`${kind}_head`, true]] as const) {
      const list = phrases(lexicons, 'kinds', key);
      if (!list.length) continue;
      const finder = compiled(lexicons, `kinds:${key}`, () => new PhraseFinder(list));
      const seen = new Set<string>();
      for (const m of head ? headRegions.flatMap((r) => finder.all(scanned, r.start, r.end)) : finder.all(scanned)) {
        const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
        if (seen.has(phrase)) continue;
        const span = { start: m.index!, end: m.index! + m[0].length };
        // `20 MINUTES`, `3 meetings`: a quantity, not the document's kind
        if (/\d\s{0,2}$/.test(doc.view.slice(Math.max(0, span.start - 3), span.start)) || (head && inChrome(span))) continue;
        let weight: number;
        if (head) {
          if (inTitle(span)) weight = 3;
          else if (inHead(span) || inHeading(span)) weight = 2;
          else continue;
        } else weight = inHead(span) || inTitle(span) ? 2 : 1;
        seen.add(phrase);
        cues.push({ kind, weight, ...span, ...(head ? {} : { body: true }) });
      }
    }
  }
  // whole headings: `Introduction`, `Summary`, `Conclusions` make a report
  for (const kind of KINDS) {
    const names = new Set(phrases(lexicons, 'kinds', `${kind}_sections`).map((p) => p.toLowerCase()));
    if (!names.size) continue;
    const hits = doc.sections.filter((s) => names.has(s.heading.toLowerCase().replace(/^[\d.\s]+|[:.\s]+$/g, '')));
    const distinct = new Set(hits.map((h) => h.heading.toLowerCase()));
    const line = hits.length ? lineOf(doc, hits[0]!.start) : undefined;
    if (distinct.size >= 2 && line) cues.push({ kind, weight: Math.min(4, distinct.size), start: line.start, end: line.end });
  }
  // reported speech used again and again: `… said`, `… says`
  const speech = phrases(lexicons, 'kinds', 'news_speech');
  if (speech.length) {
    const finder = compiled(lexicons, 'kinds:news_speech', () => new PhraseFinder(speech, { boundary: 'letters' }));
    // said of a quotation: a quotation mark near the verb
    const all = finder.all(doc.view.slice(0, SCAN_CHARS)).filter((m) => /["“”«»]/.test(doc.view.slice(Math.max(0, m.index! - 60), m.index! + m[0].length + 60)));
    if (all.length >= 1) cues.push({ kind: 'news', weight: Math.min(3, all.length), start: all[0]!.index!, end: all[0]!.index! + all[0]![0].length });
  }
  return cues;
}

/** Layout cues: slide counters and slide numbers, a place-and-date under the title, bylines, a registry's rating. */
function layoutCues(doc: Document, lexicons: Lexicons, title: Span | null): Cue[] {
  const cues: Cue[] = [];
  const lines = doc.lines;
  // slides: `1 of 20`, or lines that are only a growing slide number
  const counters = lines.filter((l) => /^\d{1,3}\s*(?:of|\/|von|di|de|z|sur)\s*\d{1,3}$/i.test(l.text) && !/^page\b/i.test(l.text));
  if (counters.length >= 3) cues.push({ kind: 'presentation', weight: 6, start: counters[0]!.start, end: counters[0]!.end });
  let run = 0;
  let last = 0;
  let firstNumber: Line | null = null;
  for (const l of lines) {
    if (!/^\d{1,3}$/.test(l.text) || !l.blankBefore || !l.blankAfter) continue;
    const n = Number(l.text);
    if (n === last + 1) {
      run++;
      if (run === 1) firstNumber = l;
    } else if (n === 1) {
      run = 1;
      firstNumber = l;
    }
    last = n;
  }
  if (run >= 3 && firstNumber) cues.push({ kind: 'presentation', weight: 5, start: firstNumber.start, end: firstNumber.end });
  // markdown slides: three or more thematic breaks
  const breaks = [...doc.text.matchAll(/^(?:-{3,}|\*{3,})[ \t]*$/gm)].filter((m) => !doc.frontMatter || m.index! >= doc.frontMatter.end);
  if (breaks.length >= 3 && doc.source.media_type === 'text/markdown') {
    const after = lines.find((l) => l.start > breaks[0]!.index!);
    if (after) cues.push({ kind: 'presentation', weight: 4, start: after.start, end: after.end });
  }
  // a title page: `Dubrovnik, 20 October 2022` under the title
  const titleLine = title ? lines.findIndex((l) => l.end >= title.end) : -1;
  for (const l of lines.slice(Math.max(0, titleLine + 1), Math.max(0, titleLine + 4))) {
    if (titleLine >= 0 && /^\p{Lu}[\p{L}\s.-]{2,30},\s+(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+)?\p{L}{3,10}\.?(?:\s+\d{4})?$/u.test(l.text) && /\p{L}{3,}(?:\s+\d{4})?$/u.test(l.text) && MONTH.test(l.text)) {
      cues.push({ kind: 'presentation', weight: 3, start: l.start, end: l.end });
      break;
    }
  }
  // news: a time-stamped post, a date beside the title, a dateline opening the story
  const stamp = lines.slice(0, 12).find((l) => /^(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})[ ,T]+\d{1,2}:\d{2}$/.test(l.text));
  if (stamp) cues.push({ kind: 'news', weight: 3, start: stamp.start, end: stamp.end });
  if (titleLine >= 0) {
    // (a front matter's date says nothing of the kind: its keys have their own cue below)
    const inFront = (l: Line) => !!doc.frontMatter && l.start < doc.frontMatter.end;
    // (a page's update stamp, `Last updated: 14 May 2024`, dates the page, not a post)
    const updated = compiled(lexicons, 'kinds:updated', () => new RegExp(`^\\W*(?:${trieSource(phrases(lexicons, 'dates', 'updated_cue'), { space: '\\s+' })})(?![\\p{L}])`, 'iu'));
    const near = lines.slice(Math.max(0, titleLine - 2), titleLine + 3).find((l) => l.index !== titleLine && !inFront(l) && !updated.test(l.text) && (isDateLine(l.text) || isStampLine(l.text, lexicons)));
    if (near) cues.push({ kind: 'news', weight: 2, start: near.start, end: near.end });
    const lede = lines.slice(titleLine + 1, titleLine + 4).find((l) => {
      const m = /^(\p{L}{3,10})\.?\s+\d{4}\s+[–—-]\s+(\p{Lu}\p{Ll}+)/u.exec(l.text);
      return !!m && MONTH.test(m[1]!) && !MONTH.test(m[2]!);
    });
    if (lede) cues.push({ kind: 'news', weight: 2, start: lede.start, end: lede.start + lede.text.indexOf(' ', lede.text.search(/\d{4}/)) });
  }
  // news: an author's name alone on the line under the headline (`Sophie Cois`); weak, slides name their presenter too
  if (titleLine >= 0) {
    const next = lines[titleLine + 1];
    if (next && /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}$/u.test(next.text)) cues.push({ kind: 'news', weight: 1, start: next.start, end: next.end });
  }
  // news: a byline (`By Jane Smith`, `Por Marta Olmedo`, `Συντάκτης: Ελένη Καραγιάννη`), a post's front matter
  const byline = compiled(lexicons, 'kinds:byline', () => new RegExp(`^(?:${trieSource(phrases(lexicons, 'kinds', 'byline'))})\\s*:?\\s+\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+){1,3}$`, 'iu'));
  for (const l of lines.slice(0, 12)) {
    // (a front matter's `author:` has its cue below, with the post's other keys)
    if (doc.frontMatter && l.start < doc.frontMatter.end) continue;
    if (byline.test(l.text)) {
      cues.push({ kind: 'news', weight: 3, start: l.start, end: l.end });
      break;
    }
  }
  if (doc.frontMatter) {
    const fm = doc.text.slice(doc.frontMatter.start, doc.frontMatter.end);
    const post = /^layout:\s*['"]?post\b/m.exec(fm) ?? /^pubdate:/m.exec(fm) ?? (/^author:/m.test(fm) ? /^date:/m.exec(fm) : null);
    if (post) cues.push({ kind: 'news', weight: 3, start: doc.frontMatter.start + post.index, end: doc.frontMatter.start + post.index + post[0].length });
  }
  // a breadcrumb whose section is a kind's own word: `Startsida > Om Kriminalvården > Nyheter`, `Home › News › …`
  const crumb = lines.slice(0, 12).find((l) => /\s[>›»]\s/.test(l.text) && isChromeLine(l.text, lexicons));
  if (crumb) {
    // the last step is the page itself, or the section when the page's title is not repeated
    const steps = crumb.text.split(/\s[>›»]\s/).slice(-2).map((x) => x.trim());
    for (const kind of KINDS) {
      const heads = compiled(lexicons, `kinds:${kind}_crumb:set`, () => new Set([...phrases(lexicons, 'kinds', `${kind}_head`), ...phrases(lexicons, 'kinds', `${kind}_crumb`)].map((p) => p.toLowerCase())));
      const at = steps.findIndex((x) => heads.has(x.toLowerCase().replace(/\s+/g, ' ')));
      if (at < 0) continue;
      const item = steps[at]!;
      const start = crumb.start + crumb.text.lastIndexOf(item);
      cues.push({ kind, weight: 2, start, end: start + item.length });
      break;
    }
  }
  // a registry's entry: it rates the programme
  const r = rating(doc, lexicons);
  // (`rated as effective` in running text may quote another's rating: a weaker cue)
  if (r) cues.push({ kind: 'programme-profile', weight: r.method === 'rated' ? 2 : 4, start: r.start, end: r.end });
  return cues;
}

const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|janeiro|fevereiro|março|abril|maio|junho|julho|setembro|outubro|dezembro)/i;

/** Spans sorted and merged where they overlap. */
function regions(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

function lineOf(doc: Document, offset: number): Line | undefined {
  return doc.lines.find((l) => l.end >= offset && l.start <= offset + 8);
}
