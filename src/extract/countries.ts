// Countries: every country the text names (by name, demonym or an ISO code beside an organisation),
// leaving out funder-only mentions (`Norway Grants`), language names and web addresses.
import type { Document } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases, table } from '../pipeline/lexicons.js';
import type { ExtractContext, Finding } from './finding.js';
import { compiled } from './memo.js';
import { CONFIDENCE, finding } from './finding.js';
import { countryCode, countryMentions, foldPlace } from './geo.js';

/** One country mention in the view. */
interface Mention {
  start: number;
  end: number;
  code: string;
  phrase: string;
  method: string;
  confidence: number;
}

/** Findings at `/countries/-`: one per country, on its first mention that counts. */
export function countries(doc: Document, context: ExtractContext): Finding[] {
  const { lexicons } = context;
  const view = withoutAddresses(doc);
  const mentions: Mention[] = [];
  const lower = lowerCaseForms(lexicons);
  for (const m of countryMentions(view, lexicons)) {
    // names are capitalised; only the lexicon's own lower-case forms (`polnischen`, `italiana`) match in lower case
    if (!/^\p{Lu}/u.test(m.phrase) && !lower.has(foldPlace(m.phrase))) continue;
    mentions.push({ start: m.index, end: m.index + m.length, code: m.code, phrase: m.phrase, method: 'gazetteer', confidence: CONFIDENCE.pattern });
  }
  mentions.push(...codeMentions(view, lexicons));

  const words = lexiconSet(lexicons, 'funder_after');
  const languages = lexiconSet(lexicons, 'languages');
  const before = lexiconSet(lexicons, 'funder_before');
  const orgHeads = lexiconSet(lexicons, 'organisation_heads');
  const ambiguous = lexiconSet(lexicons, 'ambiguous');
  const stats = lexiconSet(lexicons, 'context_figure_words');

  // a country that pays (`Norway Grants`) counts elsewhere in the same paragraph only where it names an organisation or a place
  const donorBlocks = new Set<string>();
  const kept: Mention[] = [];
  for (const m of mentions) {
    if (m.method !== 'gazetteer') {
      kept.push(m);
      continue;
    }
    const after = view.slice(m.end, m.end + 60);
    const prior = view.slice(Math.max(0, m.start - 60), m.start);
    if (isFunderMention(after, prior, words, before)) {
      donorBlocks.add(`${m.code}@${blockOf(doc, m.start)}`);
      continue;
    }
    if (languages.has(foldPlace(m.phrase)) && !namesThing(after, languages)) continue;
    if (ambiguous.has(foldPlace(m.phrase)) && !placeLike(m.phrase, prior, after)) continue;
    if (contextFigure(prior, stats)) continue;
    kept.push(m);
  }
  const best = new Map<string, Mention>();
  for (const m of kept) {
    if (m.method === 'gazetteer' && donorBlocks.has(`${m.code}@${blockOf(doc, m.start)}`)) {
      const after = view.slice(m.end, m.end + 60);
      const prior = view.slice(Math.max(0, m.start - 60), m.start);
      if (!startsOrganisation(after, orgHeads) && !/\b(?:in|to|at)\s+$/iu.test(prior)) continue;
    }
    const prev = best.get(m.code);
    if (!prev || m.confidence > prev.confidence || (m.confidence === prev.confidence && m.start < prev.start)) best.set(m.code, m);
  }
  return [...best.values()].map((m) => finding(doc, '/countries/-', m.code, m, m.method, m.confidence));
}

/** The view with web and mail addresses blanked (same length), so `.uk` or `USA.gov` name no country. */
const masked = new WeakMap<Document, string>();

/** The document's view with its web and e-mail addresses blanked out, made once per document. */
export function withoutAddresses(doc: Document): string {
  let view = masked.get(doc);
  if (view === undefined) masked.set(doc, (view = maskAddresses(doc.view)));
  return view;
}

export function maskAddresses(view: string): string {
  // found from their anchors (`://`, `www.`, `@`, a top-level domain) and widened leftwards, so no
  // regex is tried at every word of the text
  const spans: Array<[number, number]> = [];
  let m: RegExpExecArray | null;
  const url = /\b(?:https?:\/\/|www\.)[^\s<>"]{1,500}/giu;
  while ((m = url.exec(view))) spans.push([m.index, m.index + m[0].length]);
  const at = /@[\p{L}\p{N}.-]{1,120}/gu;
  while ((m = at.exec(view))) {
    const left = /[\p{L}\p{N}._%+-]{1,80}$/u.exec(view.slice(Math.max(0, m.index - 80), m.index));
    if (left) spans.push([m.index - left[0].length, m.index + m[0].length]);
  }
  const tld = /\.(?:gov|com|org|net|eu|uk|edu|int|info)\b/giu;
  while ((m = tld.exec(view))) {
    const left = /(?<![\p{L}\p{N}_])[\p{L}\p{N}-]{1,60}(?:\.[\p{L}\p{N}-]{1,60}){0,4}$/u.exec(view.slice(Math.max(0, m.index - 310), m.index));
    if (left) spans.push([m.index - left[0].length, m.index + m[0].length]);
  }
  if (!spans.length) return view;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [from, to] of spans) {
    if (to <= pos) continue;
    const start = Math.max(from, pos);
    out += view.slice(pos, start) + ' '.repeat(to - start);
    pos = to;
  }
  return out + view.slice(pos);
}

/** ISO codes beside an organisation: `Edukos (SK)`, or ending an attendee line `…, The Hague, NL`. */
function codeMentions(view: string, lexicons: Lexicons): Mention[] {
  const out: Mention[] = [];
  const inParens = /(?<=[\p{L}\p{N}.)]\s{1,3})\(([A-Z]{2})\)/gu;
  const found: Array<{ index: number; code: string }> = [];
  let m: RegExpExecArray | null;
  while ((m = inParens.exec(view))) {
    const code = countryCode(m[1]!, lexicons);
    if (code) found.push({ index: m.index + 1, code });
  }
  // a lone `(XX)` may be an acronym (`(HR)`, `(IT)`); a list of them is a list of countries
  const distinct = new Set(found.map((f) => f.code));
  const acronyms = new Set(phrases(lexicons, 'countries', 'code_acronyms').map((s) => s.toUpperCase()));
  for (const f of found) {
    if (distinct.size < 2 && acronyms.has(f.code)) continue;
    out.push({ start: f.index, end: f.index + 2, code: f.code, phrase: f.code, method: 'code', confidence: CONFIDENCE.pattern });
  }
  const lineEnd = /^[ \t]{0,8}(?:[-*•·][ \t]{1,4})?[\p{Lu}][^\n]{4,200}?(?:,|\s[–—-])[ \t]{0,3}([A-Z]{2})[ \t]*$/gmu;
  while ((m = lineEnd.exec(view))) {
    const code = countryCode(m[1]!, lexicons);
    if (!code) continue;
    const start = m.index + m[0].lastIndexOf(m[1]!);
    out.push({ start, end: start + 2, code, phrase: m[1]!, method: 'code', confidence: CONFIDENCE.pattern });
  }
  // a table row whose last cell is the code beside a name: `| Stichting Nieuw Perspectief | NL |`
  const cell = /^[ \t]*\p{Lu}[^\n\t]{3,200}\t[ \t]*([A-Z]{2})[ \t]*\t?[ \t]*$/gmu;
  // (only a view with table cells has tabs)
  if (view.includes('\t')) while ((m = cell.exec(view))) {
    const code = countryCode(m[1]!, lexicons);
    if (!code) continue;
    const start = m.index + m[0].lastIndexOf(m[1]!);
    out.push({ start, end: start + 2, code, phrase: m[1]!, method: 'code', confidence: CONFIDENCE.pattern });
  }
  return out;
}

/** The lexicon's country phrases written in lower case (adjectives in languages that do not capitalise them). */
function lowerCaseForms(lexicons: Lexicons): Set<string> {
  return compiled(lexicons, 'countries:lower', () => {
    const out = new Set<string>();
    for (const [code, list] of table(lexicons, 'countries')) if (/^[A-Z]{2}$/.test(code)) for (const p of list) if (/^\p{Ll}/u.test(p)) out.add(foldPlace(p));
    return out;
  });
}

/** The folded phrases of one key, built once per lexicon set. */
function lexiconSet(lexicons: Lexicons, key: string): Set<string> {
  return compiled(lexicons, `countries:${key}`, () => new Set(phrases(lexicons, 'countries', key).map(foldPlace)));
}

/** `Norway Grants`, `Norwegian Financial Mechanism`, `funded by Norway`: the country only pays. */
function isFunderMention(after: string, prior: string, words: Set<string>, before: Set<string>): boolean {
  const next = /^(?:'s|’s)?\s{0,3}([\p{L}-]{1,30}(?:\s{1,3}[\p{L}-]{1,30})?)/u.exec(after);
  if (next) {
    const two = foldPlace(next[1]!);
    const one = two.split(' ')[0]!;
    if (words.has(one) || words.has(two)) return true;
  }
  const tail = foldPlace(prior).replace(/[^\p{L}' ]+/gu, ' ').trim().split(/\s+/).slice(-3);
  for (let i = 0; i < tail.length; i++) if (before.has(tail.slice(i).join(' '))) return true;
  // `EEA Grants from Iceland, Liechtenstein and Norway`: a donor list
  return /\b(?:grants|mechanism|donors?|donor states)\s+(?:from|of)\s+(?:[\p{L}]{1,20},?\s+){0,4}$/iu.test(prior);
}

/** A language word (`English`, `Deutsch`) names a country only before a word it qualifies, not `as a Second Language` or a menu. */
function namesThing(after: string, languages: Set<string>): boolean {
  // `Bulgarian and Norwegian Correctional Services`: pass over the other adjectives of the list
  const re = /^[ \t]{1,3}(?:(?:and|or|&|,)[ \t]{1,3})?([\p{L}-]{2,30})/u;
  let rest = after;
  for (let k = 0; k < 4; k++) {
    const next = re.exec(rest);
    if (!next) return false;
    const w = foldPlace(next[1]!);
    if (/^(?:as|language|languages|version|translation|speaking|speakers?|text|subtitles?|only|is|was|and|or)$/u.test(w)) return false;
    if (!languages.has(w)) return true;
    if (!/^[ \t]{1,3}(?:and|or|&|,)/u.test(rest)) return false;
    rest = rest.slice(next[0].length);
  }
  return false;
}

/** The mention starts an organisation's name: `Norwegian Correctional Service`, `Irish Prison Service`. */
function startsOrganisation(after: string, orgHeads: Set<string>): boolean {
  const m = /^[ \t]{1,3}(?:[\p{Lu}][\p{L}-]{0,30}[ \t]{1,3}){0,3}?([\p{Lu}][\p{L}-]{1,30})/u.exec(after);
  if (!m) return false;
  const words = after.slice(0, m.index + m[0].length).trim().split(/\s+/);
  return words.some((w) => orgHeads.has(w.toLowerCase()));
}

/** An ambiguous name (`Georgia`, `Jordan`, `turkey`) counts only capitalised and not beside another name (`Michael Jordan`, `Atlanta, Georgia`). */
function placeLike(phrase: string, prior: string, after: string): boolean {
  if (!/^\p{Lu}/u.test(phrase)) return false;
  if (/[\p{Lu}][\p{L}.]{0,20},?[ \t]{1,3}$/u.test(prior)) return false;
  return !/^[ \t]{1,3}[\p{Lu}]/u.test(after);
}

/** Index of the block holding an offset, or -1. */
function blockOf(doc: Document, offset: number): number {
  let lo = 0;
  let hi = doc.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = doc.blocks[mid]!;
    if (offset < b.start) hi = mid - 1;
    else if (offset >= b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * `Alto tasso di recidiva in Italia`, `the imprisonment rate in Poland`: a national figure quoted as
 * context, where the country is the statistic's scope, not a place the project works in.
 */
function contextFigure(prior: string, stats: Set<string>): boolean {
  const clause = prior.split(/[.;:!?()\n•]/u).pop()!;
  const words = foldPlace(clause).match(/[\p{L}]+/gu) ?? [];
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  if (!/^(?:in|im|en|no|na|w|ve|v|nel|dans)$/u.test(last)) return false;
  return words.slice(-6, -1).some((w) => stats.has(w));
}
