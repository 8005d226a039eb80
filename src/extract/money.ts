// Costs: amounts of money written with a currency (`€389,213`, `$1.1 million`, `1,2 Millionen Euro`),
// their kind from a label or the words around them, and who gives a grant; words in `money.yaml`.
import { namePattern } from './memo.js';
import type { Document, Line, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases } from '../pipeline/lexicons.js';
import type { ExtractContext, Finding } from './finding.js';
import { CONFIDENCE, finding } from './finding.js';
import { countryMentions } from './geo.js';
import { SOURCE_WORDS, factsFor, type LabelFact } from './labels.js';
import { sentencesOf, type Sentence } from './text.js';

/** The kinds of cost record.md allows. */
export type CostKind = 'total' | 'initial' | 'final' | 'grant' | 'budget' | 'cofinancing' | 'unit';

/** One cost as the record holds it. */
export interface Cost {
  kind: CostKind;
  amount: number;
  currency: string;
  funder: string | null;
}

/** An amount written with its currency: where, how much, which currency (`$` for a bare dollar). */
export interface MoneyMention extends Span {
  amount: number;
  currency: string;
}

const LABEL_KINDS: ReadonlyArray<readonly [string, CostKind]> = [
  ['cost_initial', 'initial'],
  ['cost_final', 'final'],
  ['cost_total', 'total'],
  ['cost_budget', 'budget'],
  ['cost_unit', 'unit'],
  ['grant', 'grant'],
  ['cofinancing', 'cofinancing'],
  // `Funding: £250,000`: what a funder gives the project
  ['funder', 'grant'],
];

/** Amounts read per document at most: a report holds a few dozen; more is a data table, not prose. */
const MAX_MENTIONS = 1000;

/** Amounts from this size up are national or programme-wide context, never one project's cost. */
const CONTEXT_AMOUNT = 1e9;

// ---------------------------------------------------------------------------------------------
// Words

interface Phrase {
  re: RegExp;
  /** folded phrase → value, for the case-insensitive entries */
  loose: Map<string, string>;
  /** exact phrase → value, for short entries with capitals (`EUR`, `Ft`, `M`) */
  exact: Map<string, string>;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

function isExact(p: string): boolean {
  return /\p{Lu}/u.test(p) && p.replace(/[^\p{L}]/gu, '').length <= 3;
}

function fold(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A matcher for phrases with values (`€` → EUR); the pattern source is the longest-first alternation. */
function phraseTable(entries: ReadonlyArray<readonly [string, string]>): Phrase {
  const loose = new Map<string, string>();
  const exact = new Map<string, string>();
  for (const [p, v] of entries) {
    if (!p.trim()) continue;
    if (isExact(p)) exact.set(p, v);
    else if (!loose.has(fold(p))) loose.set(fold(p), v);
  }
  const all = [...new Set([...exact.keys(), ...loose.keys()])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { re: new RegExp(all.map(escape).join('|') || '(?!)', 'giu'), loose, exact };
}

function lookup(t: Phrase, s: string): string | undefined {
  const norm = s.replace(/\s+/g, ' ');
  return t.exact.get(norm) ?? t.loose.get(fold(norm));
}

/** A cue list: finds any of its phrases as whole words. */
interface Cue {
  test(s: string): boolean;
  /** offset of the first match, or -1 */
  find(s: string): { index: number; length: number } | null;
}

function cueList(list: readonly string[]): Cue {
  const t = phraseTable(list.map((p) => [p, p] as const));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${t.re.source})(?![\\p{L}\\p{N}])`, 'giu');
  const find = (s: string): { index: number; length: number } | null => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      if (lookup(t, m[0]) !== undefined) return { index: m.index, length: m[0].length };
      re.lastIndex = m.index + 1;
    }
    return null;
  };
  return { test: (s) => find(s) !== null, find };
}

interface Words {
  currency: Phrase;
  magnitude: Phrase;
  money: RegExp;
  range: RegExp;
  rangeJoin: RegExp;
  currencyAhead: RegExp;
  dollar: Array<[string, string[]]>;
  /** each dollar's states and provinces, as one global pattern (`New South Wales|Victoria|…`) */
  dollarPlaces: Array<[string, RegExp]>;
  /** the country (alpha-2) → code of a bare `kr` (SE → SEK, DK → DKK, NO → NOK) */
  krone: Map<string, string>;
  cue: Record<string, Cue>;
  hedge: RegExp;
  clauseAnd: RegExp;
  tableTotal: Cue;
  /** `from the European Social Fund` after an amount: a grant from a named payer */
  source: RegExp;
  /** `for Berry Street` right after an amount: a grant for a named recipient */
  recipient: RegExp;
  funder: { after: RegExp; before: RegExp; by: RegExp };
  /** words of money that are never a payer's name (`Amount awarded £449,862`), folded */
  notPayer: Set<string>;
  /** a canonical funder name and the phrases that name it, each a whole-word pattern on folded text */
  normalise: Array<[string, RegExp[]]>;
}

const cache = new WeakMap<Lexicons, Words>();

const CUES = ['unit_after', 'unit_leadin', 'unit_cost', 'grant_with', 'support_verb', 'total_after', 'total_near', 'cofinancing_near', 'donor', 'grant_before', 'grant_after', 'grant_near', 'envelope_near', 'budget_near', 'budget_word', 'project_word', 'context'] as const;

// a number as written: thousands groups by `,` `.` `'` or spaces, an optional decimal part
const NUM = String.raw`\d{1,3}(?:[.,'’\u00a0\u202f ]\d{3}){1,6}(?:[.,]\d{1,2})?(?!\d)|\d{1,12}(?:[.,]\d{1,3})?(?!\d)`;

function words(lexicons: Lexicons): Words {
  let w = cache.get(lexicons);
  if (w) return w;
  const lex = lexicons.money ?? {};
  const currencyEntries: Array<[string, string]> = [];
  const magnitudeEntries: Array<[string, string]> = [];
  const dollar: Array<[string, string[]]> = [];
  const krone = new Map<string, string>();
  for (const key of Object.keys(lex)) {
    const list = phrases(lexicons, 'money', key);
    let m: RegExpExecArray | null;
    if ((m = /^currency_([A-Z]{3})$/.exec(key))) for (const p of list) currencyEntries.push([p, m[1]!]);
    else if (key === 'currency_dollar') for (const p of list) currencyEntries.push([p, '$']);
    else if (key === 'currency_krone') for (const p of list) currencyEntries.push([p, 'kr']);
    else if ((m = /^magnitude_(\d+)$/.exec(key))) for (const p of list) magnitudeEntries.push([p, m[1]!]);
    else if ((m = /^dollar_([A-Z]{3})$/.exec(key))) dollar.push([m[1]!, list]);
    else if ((m = /^krone_([A-Z]{3})$/.exec(key))) for (const p of list) krone.set(p, m[1]!);
  }
  const currency = phraseTable(currencyEntries);
  const magnitude = phraseTable(magnitudeEntries);
  const C = currency.re.source;
  const M = magnitude.re.source;
  // `1,2 millones de euros`, `1,5 million d'euros`: a linking word between a magnitude and the currency
  const links = phrases(lexicons, 'money', 'magnitude_link').map((p) => (/['’]$/.test(p) ? `${escape(p.slice(0, -1))}['’]` : `${escape(p)}(?=\\s)`));
  const L = links.length ? `(?:\\s(?:${links.join('|')}))?` : '';
  const money = new RegExp(
    `(?<![\\p{L}\\p{N}])(?<pc>${C})\\s?(?<pn>${NUM})(?:\\s?(?<pm>${M})(?![\\p{L}\\p{N}]))?(?:\\s(?<pw>${C})(?![\\p{L}\\p{N}])(?!\\s?\\d))?` +
      `|(?<![\\p{L}\\p{N}.,'’])(?<sn>${NUM})(?:\\s?(?<sm>${M})${L})?\\s?(?<sc>${C})(?![\\p{L}\\p{N}])`,
    'gu' + (C ? 'i' : ''),
  );
  const cue = {} as Record<string, Cue>;
  for (const k of CUES) cue[k] = cueList(phrases(lexicons, 'money', k));
  const hedges = phrases(lexicons, 'money', 'hedge').map(escape);
  const ands = phrases(lexicons, 'money', 'clause_and').map(escape);
  const norm = lexicons.funders?.normalise;
  const normalise: Array<[string, RegExp[]]> =
    norm && typeof norm === 'object' && !Array.isArray(norm)
      ? Object.entries(norm as Record<string, unknown>).map(([k, v]) => [k, (Array.isArray(v) ? v.map(String) : []).map((p) => new RegExp(`(?<![\\p{L}])${escape(fold(p))}(?![\\p{L}])`, 'u'))])
      : [];
  w = {
    currency,
    magnitude,
    money,
    range: new RegExp(`^(?:\\s?(?<dash>[-–])\\s?|\\s(?:to|and|bis|do|až|e|à)\\s)(?<n>${NUM})(?:\\s?(?<m>${M})(?![\\p{L}\\p{N}]))?`, 'iu'),
    rangeJoin: /^(?:\s?[-–]\s?|\s(?:to|and|bis|und|a|do|až|e|à)\s)$/iu,
    currencyAhead: new RegExp(`^\\s*(?:${C})`, 'iu'),
    dollar,
    dollarPlaces: dollar.flatMap(([code, list]) => {
      const places = list.filter((p) => !/^[A-Z]{2}$/.test(p));
      return places.length ? [[code, new RegExp(`(?<![\\p{L}\\p{N}])(?:${places.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu')] as [string, RegExp]] : [];
    }),
    krone,
    cue,
    hedge: new RegExp(`(?<![\\p{L}\\p{N}])(?:${hedges.join('|') || '(?!)'})\\s*$`, 'iu'),
    clauseAnd: new RegExp(`[,;:(–]|\\s-\\s|(?<![\\p{L}])(?:${ands.join('|') || '(?!)'})(?![\\p{L}])`, 'giu'),
    tableTotal: cueList(phrases(lexicons, 'money', 'table_total')),
    recipient: new RegExp(`^\\s*(?:${phrases(lexicons, 'money', 'recipient_before').map(escape).join('|') || '(?!)'})\\s+(?:(?:${phrases(lexicons, 'money', 'article').map(escape).join('|') || '(?!)'})\\s+)?\\p{Lu}`, 'u'),
    funder: funderPatterns(lexicons),
    notPayer: new Set(phrases(lexicons, 'money', 'not_payer').map(fold)),
    source: new RegExp(`^[^.;]{0,30}?(?<![\\p{L}])(?:${phrases(lexicons, 'money', 'source_after').map(escape).join('|') || '(?!)'})\\s(?:the\\s|der\\s|dem\\s|la\\s|il\\s)?\\p{Lu}`, 'u'),
    normalise,
  };
  cache.set(lexicons, w);
  return w;
}

// ---------------------------------------------------------------------------------------------
// Amounts

/**
 * The value of a number as written: `389,213` and `461.122` are thousands, `922,347.71` and
 * `62.800,00` have decimals, `1,2` and `1.1` are decimals; with a magnitude word (`1.125 million`)
 * one separator before three digits is a decimal point.
 */
export function parseAmount(raw: string, withMagnitude = false): number | null {
  const s = raw.replace(/[\u00a0\u202f ’']/g, (c) => (c === "'" || c === '’' ? ',' : ' '));
  const seps = s.replace(/[\d]/g, '');
  let int = s;
  let dec = '';
  const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  if (last >= 0) {
    const tail = s.slice(last + 1);
    const sepChar = s[last]!;
    const others = seps.replace(/ /g, '').split('').filter((c) => c !== sepChar).length;
    const same = seps.split('').filter((c) => c === sepChar).length;
    const decimal = others > 0 || (same === 1 && (tail.length !== 3 || withMagnitude) && !seps.includes(' ')) || (same === 1 && seps.includes(' ') && tail.length !== 3);
    if (decimal) {
      int = s.slice(0, last);
      dec = tail;
    }
  }
  const digits = int.replace(/[^\d]/g, '');
  if (!digits) return null;
  const n = Number(`${digits}${dec ? `.${dec}` : ''}`);
  return Number.isFinite(n) ? n : null;
}

const mentionMemo = new WeakMap<Document, { lexicons: Lexicons; limit: number; out: MoneyMention[] }>();

/**
 * Every amount written with a currency in the view, in text order, up to `limit`; bare dollars keep `$`.
 * Read once per document: the costs and the funding extractors ask for the same list (do not change it).
 */
export function moneyMentions(doc: Document, lexicons: Lexicons, limit = MAX_MENTIONS): MoneyMention[] {
  const seen = mentionMemo.get(doc);
  if (seen && seen.lexicons === lexicons && seen.limit === limit) return seen.out;
  const out = readMentions(doc, lexicons, limit);
  mentionMemo.set(doc, { lexicons, limit, out });
  return out;
}

function readMentions(doc: Document, lexicons: Lexicons, limit: number): MoneyMention[] {
  const w = words(lexicons);
  const out: MoneyMention[] = [];
  const view = doc.view;
  w.money.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = w.money.exec(view))) {
    const g = m.groups ?? {};
    const cur = g.pc ?? g.sc ?? '';
    const code = lookup(w.currency, cur);
    if (!code) {
      w.money.lastIndex = m.index + 1;
      continue;
    }
    const mag = g.pm ?? g.sm;
    const factor = mag ? Number(lookup(w.magnitude, mag) ?? NaN) : 1;
    if (!Number.isFinite(factor)) {
      w.money.lastIndex = m.index + 1;
      continue;
    }
    const value = parseAmount((g.pn ?? g.sn)!, !!mag);
    if (value === null) continue;
    let end = m.index + m[0].length;
    if (g.pw && !lookup(w.currency, g.pw)) end = m.index + m[0].lastIndexOf(g.pw);
    const first: MoneyMention = { start: m.index, end, amount: round(value * factor), currency: code };
    out.push(first);
    // a range whose second figure has no currency of its own: `€10,000–50,000`, `$1-2 million`
    const tail = w.range.exec(view.slice(end, end + 60));
    if (!tail || w.currencyAhead.test(view.slice(end + tail[0].length, end + tail[0].length + 6))) continue;
    const t = tail.groups ?? {};
    const tmag = t.m ? Number(lookup(w.magnitude, t.m) ?? NaN) : factor;
    const second = parseAmount(t.n!, !!t.m || !!mag);
    if (second === null || !Number.isFinite(tmag) || second < value) continue;
    // a word (`to`, `and`) joins a range only when the second figure is written as money
    if ((!t.dash && !t.m && second < 1000) || (!t.m && /^(?:19|20)\d\d$/.test(t.n!))) continue;
    if (!mag && t.m) first.amount = round(value * tmag);
    const s = end + tail[0].lastIndexOf(t.n!);
    out.push({ start: s, end: end + tail[0].length, amount: round(second * tmag), currency: code });
    w.money.lastIndex = end + tail[0].length;
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The code of a bare dollar: the dollar country the document places the programme in (the countries
 * found before, else the country names of its opening, and the states or provinces it names), else USD.
 */
function dollarCode(doc: Document, context: ExtractContext, mentions: readonly MoneyMention[] = []): string {
  const w = words(context.lexicons);
  const byCountry = new Map<string, string>();
  for (const [code, list] of w.dollar) for (const p of list) if (/^[A-Z]{2}$/.test(p)) byCountry.set(p, code);
  const votes = new Map<string, { n: number; first: number }>();
  const vote = (code: string | undefined, at: number, n = 1): void => {
    if (!code) return;
    const v = votes.get(code) ?? { n: 0, first: at };
    v.n += n;
    v.first = Math.min(v.first, at);
    votes.set(code, v);
  };
  // the document's own dollars written in full (`Annual budget: NZ$385,000` above `approx. $4,200`)
  const dollars = new Set(w.dollar.map(([code]) => code));
  for (const m of mentions) if (m.currency !== '$' && dollars.has(m.currency)) vote(m.currency, m.start, 3);
  const found = context.previous.filter((f) => f.path === '/countries/-');
  // (a country counts more than a state's or province's name, which may also name a street: `27 Victoria Street`)
  if (found.length) for (const f of found) vote(byCountry.get(String(f.value)), f.start, 2);
  // without the countries extractor (run alone), read the country names of the amounts' lines
  else for (const span of opening(doc)) for (const c of countryMentions(doc.view.slice(span.start, span.end), context.lexicons)) vote(byCountry.get(c.code), span.start + c.index);
  for (const [code, re] of w.dollarPlaces) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(doc.view))) vote(code, m.index);
  }
  let best = 'USD';
  let top: { n: number; first: number } | null = null;
  for (const [code, v] of votes) if (!top || v.n > top.n || (v.n === top.n && v.first < top.first)) [best, top] = [code, v];
  return best;
}

/**
 * The code of a bare `kr`: the one krone country the document names (the countries found before),
 * else null (the amount is left out rather than guessed).
 */
function kroneCode(doc: Document, context: ExtractContext): string | null {
  const w = words(context.lexicons);
  const codes = new Set<string>();
  const found = context.previous.filter((f) => f.path === '/countries/-').map((f) => String(f.value));
  const names = found.length ? found : countryMentions(doc.view.slice(0, 20000), context.lexicons).map((c) => c.code);
  for (const c of names) {
    const code = w.krone.get(c);
    if (code) codes.add(code);
  }
  return codes.size === 1 ? [...codes][0]! : null;
}

/** The sentence of an amount, cut to a few hundred characters on each side so long lines stay cheap. */
function around(doc: Document, sentence: Span, m: Span): Sentence {
  const start = Math.max(sentence.start, m.start - 200);
  const end = Math.min(sentence.end, m.end + 200);
  return { start, end, text: doc.view.slice(start, end) };
}

/** The lines with a bare dollar: where, short of the countries extractor, the programme's country is read. */
function opening(doc: Document): Span[] {
  const out: Span[] = [];
  for (const line of doc.lines) {
    if (/\$\s?\d/.test(line.text)) out.push(line);
    if (out.length > 20) break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Kinds

interface Judgement {
  kind: CostKind;
  /** 3 label, 2 a cue beside the amount, 1 a cue in its sentence, 0 none */
  rank: number;
  funder: { name: string; span: Span } | null;
}

/** The words of the sentence on each side of an amount, up to the neighbouring amounts. */
interface Sides {
  left: string;
  leftStart: number;
  right: string;
  rightStart: number;
  /** the right side before it is cut at a clause boundary */
  rawRight: string;
}

function sides(doc: Document, m: MoneyMention, sentence: Span, prevEnd: number, nextStart: number, w: Words): Sides {
  let leftStart = Math.max(sentence.start, prevEnd);
  let left = doc.view.slice(leftStart, m.start);
  // keep the left side's last clause
  w.clauseAnd.lastIndex = 0;
  let cut = -1;
  let c: RegExpExecArray | null;
  while ((c = w.clauseAnd.exec(left))) cut = c.index + c[0].length;
  if (cut > 0) {
    leftStart += cut;
    left = left.slice(cut);
  }
  const rightEnd = Math.min(sentence.end, nextStart);
  const rawRight = doc.view.slice(m.end, rightEnd);
  const stop = /[,;(]|\s[-–]\s/.exec(rawRight);
  const right = stop ? rawRight.slice(0, stop.index) : rawRight;
  return { left, leftStart, right, rightStart: m.end, rawRight };
}

function startsWith(cue: Cue, s: string): boolean {
  const f = cue.find(s);
  return !!f && f.index <= 3;
}

/** `wide`: the words before the amount on its line from the last full stop (sentences break at `e. V.`) */
function judge(s: Sides, sentence: string, w: Words, wide = ''): Judgement | null {
  const c = w.cue;
  const near = s.left + ' … ' + s.right;
  const local = ((): CostKind | null => {
    if (startsWith(c.unit_after!, s.right)) return 'unit';
    // `The cost per participant was approximately $1,850`
    if (c.unit_after!.test(s.left) && c.unit_cost!.test(s.left)) return 'unit';
    // `Die Stiftung X unterstützt das Projekt „…“ mit 180.000 Euro`: support given with an amount
    const w8 = c.grant_with!.find(s.left.slice(-20));
    if (w8 && !s.left.slice(-20).slice(w8.index + w8.length).trim() && (c.support_verb!.test(sentence) || c.support_verb!.test(wide))) return 'grant';
    const of = c.total_after!.find(s.rawRight);
    if (of && /^[\s,]*$/.test(s.rawRight.slice(0, of.index))) return 'total';
    if (c.cofinancing_near!.test(near)) return c.donor!.test(near) ? 'grant' : 'cofinancing';
    if (c.grant_before!.test(s.left.slice(-80))) return 'grant';
    if (c.envelope_near!.test(near)) return 'budget';
    if (c.total_near!.test(near)) return 'total';
    if (startsWith(c.grant_after!, s.right) || c.grant_near!.test(near)) return 'grant';
    if (w.source.test(s.right)) return 'grant';
    if (c.budget_word!.test(near) && c.project_word!.test(near)) return 'total';
    // `$1.1 million for Berry Street`: an amount for a named recipient
    if (w.recipient.test(s.right)) return 'grant';
    // `- Goldfields Aboriginal Justice Collective – $612,000 for …`: an item of a list of awards
    if (AWARD_ITEM.test(wide) && !c.budget_word!.test(wide) && !c.total_near!.test(wide) && !c.budget_near!.test(wide) && !c.envelope_near!.test(wide)) return 'grant';
    if (c.budget_near!.test(near)) return 'budget';
    return null;
  })();
  if (local) return { kind: local, rank: 2, funder: null };
  const whole = ((): CostKind | null => {
    if (c.cofinancing_near!.test(sentence)) return c.donor!.test(sentence) ? 'grant' : 'cofinancing';
    if (c.grant_before!.test(sentence)) return 'grant';
    if (c.envelope_near!.test(sentence)) return 'budget';
    if (c.total_near!.test(sentence)) return 'total';
    if (c.grant_near!.test(sentence)) return 'grant';
    if (c.budget_word!.test(sentence) && c.project_word!.test(sentence)) return 'total';
    if (c.budget_near!.test(sentence)) return 'budget';
    return null;
  })();
  if (whole) return { kind: whole, rank: 1, funder: null };
  return { kind: 'budget', rank: 0, funder: null };
}

/** The words before an amount in an item of a list of awards: a name of two capitalised words or more and a dash or colon. */
const AWARD_ITEM = /^\s*(?:[-*•]\s*)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|for|and|the|de|di|du|der|&)?\s*\p{Lu}[\p{L}'’.&-]*){1,8}\.?\s(?:[–—-]|:)\s*$/u;

// a funder's name: capitalised words, with small joining words between them
const NAME = String.raw`\p{Lu}[\p{L}\p{N}+'’.&-]{0,40}(?:\s(?:(?:of|for|and|the|für|der|des|di|del|della|de|du|da|do|na|pro|&)\s){0,2}[\p{Lu}\p{N}][\p{L}\p{N}+'’.&-]{0,40}){0,8}`;

/** The patterns that read a payer's name beside an amount, from the `funder_*` words. */
function funderPatterns(lexicons: Lexicons): { after: RegExp; before: RegExp; by: RegExp } {
  const list = (key: string): string => phrases(lexicons, 'money', key).map(escape).join('|') || '(?!)';
  const tail = `(?:\\s(?:${list('funder_tail')}))?`;
  const article = `(?:(?:${list('article')})\\s)?`;
  return {
    after: new RegExp(`(?<![\\p{L}])(?:(?<by>${list('funder_from')})|${list('funder_of')})\\s${article}(?<name>${NAME}${tail})`, 'gu'),
    before: new RegExp(`(?:^|\\s)${article}(${NAME}${tail})\\s(?:(?:${list('funder_aux')})\\s)?(?:${list('funder_verb')})(?![\\p{L}])`, 'u'),
    by: new RegExp(`(?<![\\p{L}])(?:${list('funder_from')})\\s${article}(${NAME}${tail})`, 'u'),
  };
}

/** Who pays an amount, read beside it: `from the Shared Outcomes Fund`, `the Commission contributes`. */
function funderBeside(doc: Document, s: Sides, w: Words): { name: string; span: Span } | null {
  const { after } = w.funder;
  after.lastIndex = 0;
  let a: RegExpExecArray | null;
  while ((a = after.exec(s.right))) {
    // `of the Latvian state` names a payer only after a word of money (`co-financing of`)
    const before = s.left.slice(-40) + ' ' + s.right.slice(0, a.index);
    const money = w.cue.cofinancing_near!.test(before) || w.cue.grant_near!.test(before);
    if (a.groups!.by || money) return named(doc, s.rightStart + a.index + a[0].length - a.groups!.name!.length, a.groups!.name!, w);
  }
  const before = w.funder.before.exec(s.left);
  if (before) return named(doc, s.leftStart + before.index + before[0].indexOf(before[1]!), before[1]!, w);
  const by = w.funder.by.exec(s.left);
  if (by) return named(doc, s.leftStart + by.index + by[0].length - by[1]!.length, by[1]!, w);
  return null;
}

function named(doc: Document, start: number, raw: string, w: Words): { name: string; span: Span } | null {
  const article = /^(?:The|Die|Der|Das|La|Il|Le|Lo|O|A)\s+(?=\p{Lu})/u.exec(raw);
  if (article) {
    start += article[0].length;
    raw = raw.slice(article[0].length);
  }
  const name = raw.replace(/[\s.,;:'’-]+$/u, '').replace(/\s+/g, ' ');
  if (name.length < 2 || /^\p{Lu}[\p{Ll}]{0,3}$/u.test(name) && !/^[A-Z]{2,}$/.test(name)) return null;
  if (/^(?:The|This|These|It|He|She|They|We|In|On|At|For|With|A|An)$/u.test(name) || w.notPayer.has(fold(name))) return null;
  return { name: normaliseFunder(name, w), span: { start, end: start + name.length } };
}

function normaliseFunder(name: string, w: Words): string {
  const f = fold(name);
  for (const [canon, list] of w.normalise) if (list.some((p) => p.test(f))) return canon;
  return name;
}

// ---------------------------------------------------------------------------------------------
// The extractor

interface Candidate {
  mention: MoneyMention;
  judgement: Judgement;
  method: string;
  confidence: number;
  label?: Span;
}

/** The rest of a labelled value after its amount: a dash and a name in capitals to the value's end. */
export const DASHED_PAYER = /^\s*[–—-]\s+(\p{Lu}[^;|\n\d]{2,100}?)\s*$/u;

/** A cost label that is a source after a word for `from` (`Von der Europäischen Union:`): the payer. */
const FROM_LABEL = new RegExp(`^(?:${SOURCE_WORDS})\\s+(.{2,80})$`, 'iu');

/** Findings for `/costs/-`: one per amount and currency, with its kind, currency and funder. */
export function money(doc: Document, context: ExtractContext): Finding[] {
  const { lexicons } = context;
  const w = words(lexicons);
  // (copies: the currency of a bare `$` is settled below, on this document's context)
  const mentions = moneyMentions(doc, lexicons).map((m) => ({ ...m }));
  const labelled = labelledKinds(doc, lexicons);
  const bare = bareAmounts(doc, lexicons, labelled, mentions);
  if (!mentions.length && !bare.length) return [];
  let dollar: string | null = null;
  let krone: string | null | undefined;
  const sentences = sentencesOf(doc);
  const candidates: Candidate[] = [...bare];
  let si = 0;
  let fi = 0;
  let li = 0;
  let pairLeft: Sides | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.amount <= 0) continue;
    if (m.currency === '$') m.currency = dollar ??= dollarCode(doc, context, mentions);
    if (m.currency === 'kr') m.currency = (krone ??= kroneCode(doc, context)) ?? 'kr';
    if (m.currency === 'kr') continue;
    while (si < sentences.length && sentences[si]!.end <= m.start) si++;
    const sentence = around(doc, sentences[si] && sentences[si]!.start <= m.start ? sentences[si]! : m, m);
    if (m.amount >= CONTEXT_AMOUNT) continue;
    const prevEnd = i > 0 ? mentions[i - 1]!.end : 0;
    const nextStart = i + 1 < mentions.length ? mentions[i + 1]!.start : doc.view.length;
    let s = sides(doc, m, sentence, prevEnd, nextStart, w);
    // a sentence of context (`wages`, `public spending`) still gives a programme's cost per person
    const perPerson = startsWith(w.cue.unit_after!, s.right) || (w.cue.unit_after!.test(s.left) && w.cue.unit_cost!.test(s.left));
    if (w.cue.context!.test(sentence.text) && !perPerson) continue;
    // the two ends of a range (`between €10,000 and €50,000`) are read with the words around both
    const next = mentions[i + 1];
    if (pairLeft) s = { ...s, left: pairLeft.left, leftStart: pairLeft.leftStart };
    pairLeft = null;
    if (next && next.start <= sentence.end && w.rangeJoin.test(doc.view.slice(m.end, next.start))) {
      const after = sides(doc, next, sentence, m.end, i + 2 < mentions.length ? mentions[i + 2]!.start : doc.view.length, w);
      pairLeft = s;
      s = { ...s, right: after.right, rightStart: after.rightStart, rawRight: after.rawRight };
    }
    if (w.hedge.test(doc.view.slice(Math.max(sentence.start, m.start - 30), m.start))) continue;
    while (fi < labelled.length && labelled[fi]!.fact.value.end < m.end) fi++;
    const inFact = labelled.slice(fi, fi + 3).find((f) => f.fact.value.start <= m.start && m.end <= f.fact.value.end);
    // a later amount of the value, not joined as a range (`Wartość projektu: 1 200 000 zł, w tym dofinansowanie 1 020 000 zł`), is read by its own words
    const prior = i > 0 ? mentions[i - 1]! : null;
    // (but the same sum in another currency, in brackets, is the value again: `1 176 470 EUR (30 588 220 Kč)`)
    const converted = !!prior && prior.currency !== m.currency && /^\s?\(\s?$/.test(doc.view.slice(prior.end, m.start));
    const later = !!inFact && !!prior && prior.start >= inFact.fact.value.start && !w.rangeJoin.test(doc.view.slice(prior.end, m.start)) && !converted;
    const fact = later ? undefined : inFact;
    if (fact) {
      const fromLabel = FROM_LABEL.exec(doc.view.slice(fact.fact.label.start, fact.fact.label.end).trim());
      // (a payer's name after a dash, ending the value: `Recursos federais | R$ 1.850.000,00 – Fundo Penitenciário Nacional (Funpen)`)
      const dashed = fact.kind === 'grant' || fact.kind === 'cofinancing' ? DASHED_PAYER.exec(doc.view.slice(m.end, fact.fact.value.end)) : null;
      const payer = dashed ? named(doc, m.end + dashed[0].length - dashed[1]!.length, dashed[1]!, w) : null;
      const funder = fromLabel ? { name: normaliseFunder(fromLabel[1]!.trim(), w), span: fact.fact.label } : payer ?? funderBeside(doc, s, w);
      candidates.push({ mention: m, judgement: { kind: fact.kind, rank: 3, funder }, method: fact.fact.method, confidence: fact.fact.confidence, label: fact.fact.label });
      continue;
    }
    while (li < doc.lines.length && doc.lines[li]!.end < m.end) li++;
    const row = tableRow(doc, doc.lines[li], m, w);
    if (row === 'skip') continue;
    if (row) {
      candidates.push({ mention: m, judgement: { kind: row, rank: 2, funder: null }, method: 'table', confidence: CONFIDENCE.table });
      continue;
    }
    const line = doc.lines[li];
    const lineLeft = line && line.start <= m.start ? doc.view.slice(Math.max(line.start, m.start - 200), m.start) : '';
    const stop = [...lineLeft.matchAll(/[.!?]\s{1,3}(?=\p{Lu}\p{Ll})/gu)].pop();
    const wide = stop ? lineLeft.slice(stop.index! + stop[0].length) : lineLeft;
    const j = judge(s, sentence.text, w, wide);
    if (!j) continue;
    j.funder = j.kind === 'total' || j.kind === 'unit' ? null : funderBeside(doc, s, w);
    // the payer named before a support verb earlier on the line (`Die Stiftung X unterstützt … mit`)
    const payer = !j.funder && j.kind === 'grant' && wide.length > s.left.length ? w.funder.before.exec(wide) : null;
    if (payer) j.funder = named(doc, m.start - wide.length + payer.index + payer[0].indexOf(payer[1]!), payer[1]!, w);
    candidates.push({ mention: m, judgement: j, method: 'pattern', confidence: j.rank === 2 ? CONFIDENCE.pattern : j.rank === 1 ? CONFIDENCE.heuristic : CONFIDENCE.fallback });
  }
  return toFindings(doc, candidates, context);
}

/** Cost facts from labels (`Initial project cost: €389,213`), with the kind their label gives. */
function labelledKinds(doc: Document, lexicons: Lexicons): Array<{ fact: LabelFact; kind: CostKind }> {
  const out: Array<{ fact: LabelFact; kind: CostKind }> = [];
  for (const [key, kind] of LABEL_KINDS) for (const fact of factsFor(doc, lexicons, key)) out.push({ fact, kind });
  return out.sort((a, b) => a.fact.value.start - b.fact.value.start);
}

/** Labelled amounts written without a currency (`amount: 27468`), when a label names the currency. */
function bareAmounts(doc: Document, lexicons: Lexicons, labelled: Array<{ fact: LabelFact; kind: CostKind }>, mentions: MoneyMention[]): Candidate[] {
  const w = words(lexicons);
  const out: Candidate[] = [];
  let currency: string | null | undefined;
  for (const { fact, kind } of labelled) {
    if (!/^\d[\d.,\s']{0,20}$/.test(fact.text) || mentions.some((m) => m.start < fact.value.end && m.end > fact.value.start)) continue;
    if (currency === undefined) {
      currency = null;
      const labels = new Set(phrases(lexicons, 'money', 'currency_label').map((p) => fold(p).replace(/[_-]/g, ' ')));
      for (const line of doc.lines) {
        const m = /^([\p{L}_ -]{3,30})\s*[:：]\s*(\S{1,12})\s*$/u.exec(line.text);
        if (m && labels.has(fold(m[1]!).replace(/[_-]/g, ' '))) {
          currency = lookup(w.currency, m[2]!.replace(/^["']|["']$/g, '')) ?? null;
          if (currency === '$' || currency === 'kr') currency = null;
          if (currency) break;
        }
      }
    }
    if (!currency) return out;
    const amount = parseAmount(fact.text.trim());
    if (amount === null || amount <= 0) continue;
    out.push({ mention: { start: fact.value.start, end: fact.value.end, amount, currency }, judgement: { kind, rank: 3, funder: null }, method: fact.method, confidence: fact.confidence, label: fact.label });
  }
  return out;
}

/**
 * An amount in a table row of three cells or more: a line item (`Staff time | £490 | £620`) is no
 * cost, the `Total` row is (a unit price when the line before the table speaks of one item).
 */
function tableRow(doc: Document, line: Line | undefined, m: MoneyMention, w: Words): CostKind | 'skip' | null {
  if (!line || line.start > m.start || line.text.length > 2000) return null;
  const cells = line.text.split('\t').map((c) => c.trim()).filter(Boolean);
  if (cells.length < 3) return null;
  const first = cells[0]!;
  const kindOfLabel = ((): CostKind | null => {
    if (w.cue.grant_near!.test(first) || w.cue.grant_after!.test(first)) return 'grant';
    if (w.cue.cofinancing_near!.test(first)) return 'cofinancing';
    if (w.cue.envelope_near!.test(first) || /budget/i.test(first)) return 'budget';
    return null;
  })();
  if (kindOfLabel) return kindOfLabel;
  const f = w.tableTotal.find(first);
  if (!f || f.index !== 0 || f.length < first.length) return 'skip';
  // the lead-in: the nearest line above the table that is not a row
  for (let i = line.index - 1; i >= 0 && i >= line.index - 40; i--) {
    const l = doc.lines[i]!;
    if (!l.text.trim() || l.text.includes('\t') || /^[\s|:-]+$/.test(l.text)) continue;
    // `what it costs to produce one book`: a cost word, then one item named
    const cost = w.cue.unit_cost!.find(l.text);
    const rest = cost ? l.text.slice(cost.index + cost.length) : '';
    const lead = cost ? w.cue.unit_leadin!.find(rest) : null;
    return lead && /^\s{1,3}\p{L}{3,}/u.test(rest.slice(lead.index + lead.length)) ? 'unit' : 'total';
  }
  return 'total';
}

/** One finding per amount and currency: the best-ranked kind wins, the first mention on a tie. */
function toFindings(doc: Document, candidates: Candidate[], context: ExtractContext): Finding[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${c.mention.amount}|${c.mention.currency}`;
    const prev = best.get(key);
    if (!prev || c.judgement.rank > prev.judgement.rank || (c.judgement.rank === prev.judgement.rank && c.mention.start < prev.mention.start)) best.set(key, c);
  }
  const docFunder = documentFunder(context, candidates);
  const out: Finding[] = [];
  for (const c of best.values()) {
    const { mention: m, judgement: j } = c;
    let funder = j.funder ? fuller(j.funder, context) : null;
    if (!funder && j.kind === 'grant') funder = docFunder;
    const value: Cost = { kind: j.kind, amount: m.amount, currency: m.currency, funder: funder?.name ?? null };
    const parts: Record<string, Span> = { amount: { start: m.start, end: m.end } };
    if (funder) parts.funder = funder.span;
    const span = c.label && c.label.start < m.start && m.start - c.label.end < 40 ? { start: c.label.start, end: m.end } : { start: m.start, end: m.end };
    out.push(finding(doc, '/costs/-', value, span, c.method, c.confidence, parts));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A short name read beside an amount (`the Commission`, `DPPA`) in full, as the funding extractor found it. */
function fuller(funder: { name: string; span: Span }, context: ExtractContext): { name: string; span: Span } {
  // made only when some funder is longer: most amounts have none beside them
  let word: RegExp | null = null;
  for (const f of context.previous) {
    const v = f.path === '/funding/-' ? (f.value as { funder?: unknown } | null) : null;
    if (!v || typeof v.funder !== 'string' || v.funder.length <= funder.name.length) continue;
    word ??= namePattern(funder.name, 'iu');
    if (word.test(v.funder)) return { name: v.funder, span: funder.span };
  }
  return funder;
}

/** The grant-giver of the document: the first funder found by the funding extractor, else one named beside an amount. */
function documentFunder(context: ExtractContext, candidates: Candidate[]): { name: string; span: Span } | null {
  for (const f of context.previous) {
    if (f.path !== '/funding/-') continue;
    const v = f.value as { funder?: unknown } | null;
    if (v && typeof v.funder === 'string' && v.funder) return { name: v.funder, span: { start: f.start, end: f.end } };
  }
  for (const c of candidates) if (c.judgement.funder && c.judgement.kind !== 'cofinancing') return c.judgement.funder;
  return null;
}
