// Indicators: quantities a described programme reached, produced or aims at (`82 persons were trained`,
// `the target is 60 routes`, `reoffending fell by 37%`), read from the sentences that count things.
import { PhraseFinder, trieSource } from './trie.js';
import type { Document, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases } from '../pipeline/lexicons.js';
import { CONFIDENCE, clean, finding, type ExtractContext, type Finding } from './finding.js';
import { indicatorTables } from './indicator-tables.js';
import { sentencesOf, type Sentence } from './text.js';

/** An indicator as it goes into the record. */
export interface Indicator {
  value: number;
  unit: string;
  kind: 'result' | 'target';
  text: string;
}

/** Findings for `/indicators/-`: one per counted thing, the sentence as evidence and the number as the `value` part. */
export function indicators(doc: Document, context: ExtractContext): Finding[] {
  const words = wordsOf(context.lexicons);
  const out: Finding[] = [];
  const seen = new Set<string>();
  // tables of targets and results first; their figures are not read again from the text
  const tables = indicatorTables(doc, context.lexicons);
  for (const t of tables) {
    const value: Indicator = { value: t.value, unit: t.unit, kind: t.kind, text: clean(doc, t.row) };
    out.push(finding(doc, '/indicators/-', value, t.row, 'table', CONFIDENCE.table, { value: t.span }));
  }
  const inTable = (at: number) => tables.some((t) => at >= t.row.start && at < t.row.end);
  for (const sentence of sentencesOf(doc)) {
    if (sentence.text.length > 2000) continue;
    const numbers = numbersIn(sentence.text, words);
    if (!numbers.length) continue;
    const low = sentence.text.toLowerCase();
    if (words.context(low) || CITATION.test(sentence.text)) continue;
    const hits = labelled(sentence, words) ?? countsIn(doc, sentence, low, numbers, words);
    for (const hit of hits) {
      if (tables.length && inTable(hit.span.start)) continue;
      const kind = hit.kind ?? kindOf(doc, sentence, hit.at, words);
      // a figure restated later (`higher than 1500 persons initially planned`, `the three pilot projects`) is one
      // indicator; repeated counts of people may count different things (`3 people … housing`, `three people … a job`)
      const key = `${hit.value}|${lastWord(hit.unit).slice(0, 5)}|${kind}`;
      const restated = hit.unit !== '%' && (kind === 'target' || !words.peopleUnits.has(lastWord(hit.unit)));
      if (restated && seen.has(key)) continue;
      seen.add(key);
      const value: Indicator = { value: hit.value, unit: hit.unit, kind, text: clean(doc, sentence) };
      out.push(finding(doc, '/indicators/-', value, sentence, hit.method, hit.confidence, { value: hit.span }));
    }
  }
  return out;
}

/** A number in a sentence that counts something. */
interface Count {
  value: number;
  unit: string;
  /** span of the number in the text */
  span: Span;
  /** offset of the number inside the sentence */
  at: number;
  method: string;
  confidence: number;
  /** the kind the text gives the figure itself (`meta 80; resultado: 64`), else read from its context */
  kind?: 'result' | 'target';
}

/** A number as written: digits or a number word, at an offset of the sentence. */
interface Numeral {
  at: number;
  end: number;
  raw: string;
  value: number;
  isWord: boolean;
}

/** The counted thing: a lexicon noun, a noun phrase read from the text (`open`), or a result verb phrase. */
type Unit = { kind: 'noun' | 'open' | 'verb'; text: string };

const RANGE_WORD = /\s*(?:-|–|—|to|bis|à|a|e|y|or|oder|o|ou)\s*$/iu;
const RANGE_AFTER = /^\s*(?:-|–|to|bis|à|a)\s*\d[\d,.]*/iu;
const STOP = new Set(
  'of in to for and or with from at by on the a an who which that than as per each every under into among across between about around over this these those its their our his her is are was were be been has have had di de del della dei degli e ed und der die das den dem des et le la les du au aux em com para da do das dos no na nos nas pelo pela sur dans pour avec par sous chez con su nel nella nei negli al alla ai agli en el los las por zu zum zur je mit für im auf bei aus nach von vom w z ze we na do dla od przez oraz i v ve s se za pro'.split(
    ' ',
  ),
);
const VERBAL = /^\s*(?:of\s+(?:them|these|those|whom|which)\s+)?(?:(?:have|has|had|were|was|are|sont|ont|haben|hanno)\s+(?:been\s+|already\s+|successfully\s+)?)?/iu;
const YEAR = /^(?:1[89]|20)\d\d$/;
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:the|in|for|of|since|from|until|till|by|to|and|during|between|before|after|year|jahr|anno|année|ano|im|nel|en|em|seit|dal|depuis|desde)\s*$/iu;
// (thousands may be grouped by a space: `1 800 personnes`, `1 150 paniers`)
const DIGITS = /\d{1,3}(?: \d{3})+(?![\p{N}]|[.,]\d)|\d+(?:[.,\u00a0\u202f]\d+)*/gu;
const NOT_BEFORE_DIGITS = /[\p{L}\p{N}_.,/:@#€$£]$|[\p{L}\p{N}]-$/u;
const TOKEN = /\p{L}+(?:-\p{L}+)*/gu;
const BULLET = '[-–•*✓✔·]';
/** A figure opening a list item or a short label (`31 contratti di lavoro attivati`, `Obiettivo: 100 tirocini`, `Ziel 2025: 80 Tandems`). */
const OPEN_LEAD = new RegExp(`^(?:${BULLET}\\s*)?(?:\\p{L}[\\p{L} ]{0,30}(?:\\s(?:19|20)\\d{2})?:\\s*)?$`, 'u');
/** A bibliographic citation (`(Ministry of Justice, 2017)`): the sentence reports someone else's figures. */
const CITATION = /\([^()]{3,80},\s*(?:19|20)\d\d[a-z]?\)/u;
const LEAD = new RegExp(`^(?:${BULLET}\\s*)?(?:[\\p{L}'’-]+\\s+)?$`, 'u');

/** Every number of a sentence: digits (`2,084`, `2.6`) and number words (`three`, `Twenty-four`, `dix-sept`). */
function numbersIn(s: string, words: Words): Numeral[] {
  const out: Numeral[] = [];
  if (/\d/.test(s)) {
    for (const m of s.matchAll(DIGITS)) {
      const at = m.index!;
      const end = at + m[0].length;
      if (NOT_BEFORE_DIGITS.test(s.slice(Math.max(0, at - 2), at)) || /^\p{L}/u.test(s.slice(end, end + 1))) continue;
      const value = digitsValue(m[0]);
      if (value !== null) out.push({ at, end, raw: m[0], value, isWord: false });
    }
  }
  // number words: only in a sentence that holds a word of some number phrase (most hold none)
  if (!words.numberParts.test(s)) return out.sort((a, b) => a.at - b.at);
  let previous: RegExpMatchArray | null = null;
  let previousLow = '';
  // lower case once for the sentence, when that keeps every offset
  const lower = s.toLowerCase();
  const same = lower.length === s.length;
  for (const m of s.matchAll(TOKEN)) {
    const at = m.index!;
    const w = same ? lower.slice(at, at + m[0].length) : m[0].toLowerCase();
    const pair = previous && previous.index! + previous[0].length + 1 === at ? `${previousLow} ${w}` : '';
    if (pair && words.numbers.has(pair)) out.push({ at: previous!.index!, end: at + w.length, raw: `${previous![0]} ${m[0]}`, value: words.numbers.get(pair)!, isWord: true });
    else {
      const value = wordValue(w, words);
      if (value !== null && !words.notNumberWords.has(w) && !afterDigitOrDash(s, at)) out.push({ at, end: at + w.length, raw: m[0], value, isWord: true });
    }
    previous = m;
    previousLow = w;
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Is the character before `at` a digit or a dash (`5-year`, `COVID-nineteen`)? */
function afterDigitOrDash(s: string, at: number): boolean {
  if (at <= 0) return false;
  const c = s.charCodeAt(at - 1);
  const i = c >= 0xdc00 && c <= 0xdfff && at > 1 ? at - 2 : at - 1;
  return /^[-\p{N}]$/u.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** The counts of one sentence that pass the rules of the genre. */
function countsIn(doc: Document, sentence: Sentence, low: string, numerals: Numeral[], words: Words): Count[] {
  const s = sentence.text;
  const out: Count[] = [];
  const strong = words.result(low);
  const marker = strong || words.resultMarker(low);
  // a plan word, or a list item under a heading of objectives or expected results
  const hasTarget = words.target(low) || words.targetStart.test(s) || underTargetHeading(doc, sentence, words);
  const sample = words.sample(low);
  let lastUnit: Unit | null = null;
  for (const { at, end, raw, value, isWord } of numerals) {
    if (!Number.isFinite(value) || value <= 0) continue;
    const before = s.slice(Math.max(0, at - 40), at);
    const after = s.slice(end, end + 100);
    const span = { start: sentence.start + at, end: sentence.start + end };
    const count = (unit: string): Count => ({ value, unit, span, at, method: 'pattern', confidence: CONFIDENCE.heuristic });
    // a table row's number in a cell of its own (`| 3 | Serviciul de Probațiune Iași | Romania |`)
    if (/(?:^|\t)\s*$/.test(before) && /^\s*\t/.test(after)) continue;
    // the upper figure of a range (`15 to 20`, `eight to 10`), a date or a fraction (`20/10`, `1.5.2020`)
    const rw = RANGE_WORD.exec(before);
    if (rw && rw[0].trim() && numerals.some((n) => n.end === at - rw[0].length)) continue;
    // (`between 12 and 15 projects`: a short word joins the figures after a word for `between`)
    if (words.betweenUpper.test(before)) continue;
    if (/^[/.]\d/.test(after) || /\/\s*$/.test(before)) continue;
    if (words.beforeNot.test(before.toLowerCase())) continue;
    const fraction = isWord && words.fractions.has(raw.toLowerCase().replace(/\s+/g, ' '));
    const percent = fraction ? words.fractionOf.test(after) : words.percent.test(after);
    if (percent || fraction) {
      if (words.figureContext(clauseUpTo(s, at).toLowerCase())) continue;
    }
    if (percent) {
      // a share is an outcome only when the sentence says what changed, and only a share of the programme's people
      if (!words.outcome(low) || words.percentNot(low)) continue;
      // a comparison or control group's figure (`frente al 11,3 % del grupo de comparación`)
      if (words.sample(figureClause(s, end, numerals).toLowerCase()) || words.sample(openingOfFigure(s, at).toLowerCase())) continue;
      // (or a share of the outcome itself: `una redução de 48% da reincidência`)
      const of = words.percentOf.exec(after);
      if (of && !words.percentOfOk.test(of[1]!.toLowerCase()) && !words.outcome(/^[\p{L}'’-]*/u.exec(of[1]!.toLowerCase())![0])) continue;
      out.push(count('%'));
      continue;
    }
    if (fraction || sample || !Number.isInteger(value)) continue;
    let rest = after;
    // a range or a bound gives its lower figure: `15 to 20 high-risk inmates`, `1000+ qualifications`
    const range = RANGE_AFTER.exec(rest) ?? (words.betweenLower.test(before) ? /^\s*\p{L}{1,3}\s+\d[\d,.]*/u.exec(rest) : null);
    if (range) rest = rest.slice(range[0].length);
    rest = rest.replace(/^\s*\+/, '');
    if (words.duration.test(rest.toLowerCase())) continue;
    // `Together the six projects are expected to support 600 people` frames the sentence's figure with things
    // counted elsewhere (but `each of the 17 pilots`, `of these 23`); `20 in each of the three countries` is a
    // breakdown of another figure
    const definite = words.definite.exec(before.toLowerCase());
    if (definite && numerals.length > 1 && !/(?:^|[^\p{L}])(?:of|von|de|di|du|des|dei|degli|dos|das|z|ze)\s*$/u.test(before.slice(0, definite.index + 1).toLowerCase())) continue;
    if (words.eachAfter.test(rest.toLowerCase())) continue;
    if (!isWord && YEAR.test(raw) && (YEAR_BEFORE.test(before) || range || !/^\s\p{Ll}/u.test(rest) || words.months.has(lastToken(before)))) continue;
    // a figure the clause gives as a national or average figure (`the national reoffending rate is 25%`)
    if (words.figureContext(clauseUpTo(s, at).toLowerCase())) continue;
    // per-unit design figures: `each offender is assigned three volunteers` (but `each of the 17 pilots`, `every month`)
    const clauseBefore = (before.split(/[,;:()]/).pop() ?? '').toLowerCase();
    const each = words.each.exec(clauseBefore);
    if (each) {
      const next = clauseBefore.slice(each.index + each[0].length);
      if (!/^\s*of\b/u.test(next) && !words.durationWord.test(next)) continue;
    }
    // `une quarantaine de candidats`, `a dozen of`
    if (isWord && /(?:aine|ina|dozen|dúzia|ena)$/iu.test(raw)) rest = rest.replace(/^\s*(?:of|de|di|d['’])\s*/iu, ' ');
    // a number that opens a clause is its subject: `y 63 consiguieron un empleo`, `og 118 påbegyndte et forløb`
    const subject = /(?:^|[,;:(]|^[-*•–]|(?:^|\s)\p{Ll}{1,5})\s*$/u.test(before);
    let unit = unitAfter(rest, words, subject);
    // a noun the lexicon does not know: not after a year or a lone `1` (`2015 means`, `1 Milano`), and only next to
    // a result verb or a plan word (`has funded 38 reintegration projects`, `1.245 hombres iniciaron`) or as a list item
    if (!unit && value >= 2 && !YEAR.test(raw)) {
      const open = openUnit(rest, words);
      if (open && !definite && (OPEN_LEAD.test(s.slice(0, at)) || verbNear(before, rest.slice(open.text.length + 1), words))) unit = open;
    }
    // `training of employees (80)`
    if (!unit && !isWord && /\(\s*$/.test(before) && /^\s*\)/.test(after)) unit = unitBefore(before, words);
    // an elided unit in a series: `5 delegates from Denmark, 2 from Ireland`, `20 routes to housing and 40 to employment`
    if (!unit && lastUnit && /^\s*(?:from|in|to|at|aus|da|de|em|à)\s/iu.test(rest) && /(?:,|\band|\bund|\be|\bet|\by)\s*$/iu.test(before)) {
      // the unit takes the phrase that tells the items apart: `delegates from Ireland`
      const phrase = /^\s*([^,;:.()\n!?]{1,40}?)(?=\s+(?:and|und|et|e|y)\s|[,;:.()\n!?]|$)/iu.exec(rest)?.[1] ?? '';
      unit = { kind: 'noun', text: `${lastUnit.text} ${phrase}`.trim() };
    }
    if (unit === null) continue;
    // a figure opening a short line of a list: `20 mentors recruited and trained`, `42 prisons`
    const lead = LEAD.test(s.slice(0, at)) && s.split(/\s+/).length <= 20;
    const head = lastWord(unit.text);
    if (isStaff(unit.text, words) || unit.kind === 'verb') {
      // staff counts are the promoter's size unless they were trained or took part
      if (!strong) continue;
    } else if (!(strong || hasTarget || lead || (words.peopleUnits.has(head) && marker))) continue;
    if (unit.kind !== 'verb' && !lastUnit) lastUnit = unit;
    out.push(count(unit.text));
  }
  return out;
}

/** The counted thing right after a number: a noun of the `units` lexicon, or a result verb phrase. */
function unitAfter(rest: string, words: Words, subject = false): Unit | null {
  const link = /^\s{1,3}(\p{L}+)\s{1,3}(?=\p{L})/u.exec(rest);
  if (link && words.unitLink.has(link[1]!.toLowerCase())) rest = ` ${rest.slice(link[0].length)}`;
  const clause = /^[^,;:.()\n!?]{0,80}/u.exec(rest)?.[0] ?? '';
  const tokens = [...clause.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’/-]*/gu)].map((t) => t[0]);
  const lower = tokens.map((t) => t.toLowerCase());
  if (lower.length && (words.notUnits.has(lower[0]!) || words.notUnits.has(`${lower[0]} ${lower[1] ?? ''}`) || words.durationWord.test(lower[0]!))) return null;
  for (let i = 0; i < Math.min(tokens.length, 6); i++) {
    const t = lower[i]!;
    if (i + 1 < tokens.length && isUnit(`${t} ${lower[i + 1]}`, words)) return { kind: 'noun', text: tokens.slice(0, i + 2).join(' ') };
    if (isUnit(t, words)) {
      // `74 prison staff`, `92 prison educators`: a unit noun that names the staff after it is its modifier
      const staffNext = i + 1 < tokens.length && (words.staffUnits.has(lower[i + 1]!) || words.staffUnits.has(lower[i + 1]!.replace(/s$/, '')));
      const more = i + 1 < tokens.length && (isUnit(lower[i + 1]!, words) || staffNext) ? 2 : 1;
      // `three pilot countries`: the phrase's head is a thing that is never an indicator
      if (i + 1 < tokens.length && words.notUnits.has(lower[i + 1]!) && !/^partner/u.test(lower[i + 1]!)) return null;
      return { kind: 'noun', text: tokens.slice(0, i + more).join(' ') };
    }
    if (words.notUnits.has(t) || words.durationWord.test(t)) return null;
    // a name in capitals may hold small words: `11 Meet the Employer events`
    const named = i > 0 && /^\p{Lu}/u.test(tokens[i - 1]!) && /^\p{Lu}/u.test(tokens[i + 1] ?? '');
    if ((STOP.has(t) && !named) || /^\p{N}/u.test(t) || (i > 0 && words.verbWord(t))) break;
  }
  // `105 have completed the LCP`, `25 of them finalised their probation period`
  const verbal = VERBAL.exec(rest)!;
  const tail = rest.slice(verbal[0].length);
  const verb = words.resultStart.exec(tail.toLowerCase());
  // (right after a bare number, an English verb must be past (`12 completed`), unless the number opens its
  // clause as the verb's subject, in any language: `96 concluíram uma formação`, `y 63 consiguieron un empleo`;
  // a verb in the singular (`supports`) has another subject)
  if (verb && (verbal[0].trim() || /ed$/u.test(verb[0]) || (subject && !/s$/u.test(verb[0].split(/\s/)[0]!)))) {
    // (up to the next figure: `147 have gained a qualification and 58 are now in paid work`)
    const phrase = (/^[^,;:.()\n!?]{0,60}/u.exec(tail)?.[0] ?? '').replace(/\s+(?:\p{L}{1,4}\s+)?\p{N}.*$/su, '');
    const ws = phrase.split(/\s+/).filter(Boolean).slice(0, 5);
    return ws.length ? { kind: 'verb', text: ws.join(' ') } : null;
  }
  return null;
}

/** The counted thing right before a bracketed number: `employees (80)`. */
function unitBefore(before: string, words: Words): Unit | null {
  const m = /([\p{L}-]+)\s*\(\s*$/u.exec(before);
  return m && isUnit(m[1]!.toLowerCase(), words) ? { kind: 'noun', text: m[1]! } : null;
}

/**
 * The noun phrase right after a number when the lexicon lists none of its words: `312 incarcerated fathers`,
 * `38 reintegration projects`, `31 contratti`, `12 zespołach kuratorskiej służby`. Up to four words, ending at a
 * small word, a verb or punctuation; never a thing of the not_units list, a month or a capitalised name.
 */
function openUnit(rest: string, words: Words): Unit | null {
  const clause = /^\s{1,3}([^,;:.()\n!?%]{0,80})/u.exec(rest)?.[1] ?? '';
  const tokens = [...clause.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’/-]*/gu)].map((t) => t[0]);
  const first = tokens[0];
  if (!first || !/^\p{L}{3}/u.test(first) || !clause.startsWith(first)) return null;
  const low = first.toLowerCase();
  if (STOP.has(low) || words.notUnits.has(low) || words.months.has(low) || words.durationWord.test(low) || words.verbWord(low)) return null;
  if (/^\p{Lu}\p{Lu}/u.test(first)) return null;
  let n = 1;
  while (n < tokens.length && n < 4 && nounLike(tokens[n]!, n, words) && !words.resultStart.test(tokens.slice(n, n + 3).join(' ').toLowerCase())) n++;
  // a capitalised word opens a name (`10 Brickyard Drive`, `5 European universities`) unless it stands alone as a
  // noun the language writes so (`45 Jugendliche das Training`)
  if (/^\p{Lu}/u.test(first) && n > 1) return null;
  const phrase = tokens.slice(0, n);
  // `three pilot countries`, `eight partner universities`: a phrase holding a not_units noun (a modifier such as
  // `partner` in `aziende partner` aside)
  if (phrase.slice(1).some((t) => words.notUnits.has(t.toLowerCase()) && !/^partner/iu.test(t))) return null;
  return { kind: 'open', text: phrase.join(' ') };
}

/** A word that continues a noun phrase: no small word, verb, number or not_units noun. */
function nounLike(token: string, index: number, words: Words): boolean {
  const t = token.toLowerCase();
  if (!/^\p{L}/u.test(t) || STOP.has(t) || words.numbers.has(t) || words.verbWord(t) || words.durationWord.test(t) || words.months.has(t)) return false;
  if (index > 0 && words.npEnd(t)) return false;
  return !/^\p{Lu}\p{Lu}/u.test(token);
}

/** What follows a number up to the clause's end or the next number: whose figure it is (`11,3 % del grupo de comparación`). */
function figureClause(s: string, end: number, numerals: Numeral[]): string {
  const next = numerals.find((n) => n.at >= end)?.at ?? s.length;
  const stop = /[,;()]/.exec(s.slice(end, next));
  return s.slice(end, stop ? end + stop.index : next);
}

/**
 * A result verb or a plan word right before a number (`served 312`, `will support more than 600`) or right after
 * its noun phrase (`1.245 hombres iniciaron`, `were trained`).
 */
function verbNear(before: string, after: string, words: Words): boolean {
  // modal and plan words are too weak for an unknown noun (`will serve 4 broad purposes`)
  const b = (before.split(/[,;()]/).pop() ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(-4);
  if (b.some((w) => words.verbWord(w.replace(/[^\p{L}-]/gu, '')))) return true;
  const a = after.toLowerCase().split(/[,;:()]/)[0]!.split(/\s+/).filter(Boolean).slice(0, 3);
  return a.some((w) => words.verbWord(w.replace(/[^\p{L}-]/gu, '')));
}

/** A count of staff (`12 social workers`, `380 kuratorów zawodowych`): its head or first word is a staff noun. */
function isStaff(unit: string, words: Words): boolean {
  const ws = unit.toLowerCase().split(/\s+/);
  return [ws[ws.length - 1]!, ws[0]!, ws.slice(-2).join(' ')].some((w) => words.staffUnits.has(w) || words.staffStems.some((x) => w.startsWith(x)));
}

function isUnit(t: string, words: Words): boolean {
  if (words.notUnits.has(t)) return false;
  if (words.units.has(t) || (t.endsWith('s') && words.units.has(t.slice(0, -1))) || (t.endsWith('es') && words.units.has(t.slice(0, -2)))) return true;
  // a stem (`uczestnik*`) for languages that inflect the counted noun
  return !t.includes(' ') && words.unitStems.some((x) => t.startsWith(x));
}

/** The clause before a number, up to a comma or bracket but across a colon (`(Vergleichsgruppe: 31 %)`). */
function openingOfFigure(s: string, at: number): string {
  return s.slice(Math.max(s.lastIndexOf(',', at), s.lastIndexOf(';', at), s.lastIndexOf('(', at)) + 1, at);
}

/** The clause of a sentence up to a number. */
function clauseUpTo(s: string, at: number): string {
  return s.slice(Math.max(s.lastIndexOf(',', at), s.lastIndexOf(';', at), s.lastIndexOf('(', at), s.lastIndexOf(':', at)) + 1, at);
}

function lastToken(text: string): string {
  return (/([\p{L}]+)\W*$/u.exec(text)?.[1] ?? '').toLowerCase();
}

function lastWord(unit: string): string {
  return unit.toLowerCase().split(/\s+/).pop() ?? '';
}


const LABELLED = new RegExp(`^(?:${BULLET}\\s*)?(\\p{L}[\\p{L} '’-]{1,40}?)\\s*[:–-]\\s*(\\d{1,3}(?:[,.]\\d{3})+|\\d+)\\+?\\s*$`, 'u');

/** A label that says it counts, and its figure, with a word for the counted after it (`száma: 300 fő`). */
const COUNTED = new RegExp(`^(?:${BULLET}\\s*)?(\\p{L}[\\p{L}\\p{N} ,'’-]{1,100}?)\\s*[:–-]\\s*(\\d{1,3}(?:[,.]\\d{3})+|\\d+)\\+?(?:\\s\\p{L}{1,8})?\\.?\\s*$`, 'u');

/**
 * A figure given as a label and a number on a line of its own: `Outcomes: 36,000`, `Participants – 120`, or
 * a label that opens or ends with a counting word, whatever it counts (`Liczba osób pracujących po
 * opuszczeniu programu – 30`, `felkészített önkéntes mentorok száma: 25 fő`).
 */
function labelled(sentence: Sentence, words: Words): Count[] | null {
  // a label with its target and its result on one line: `Personas participantes: meta 80; resultado a 31/12/2024: 64`
  const both = words.targetAndResult.exec(sentence.text);
  if (both) {
    const label = both[1]!.trim();
    return ([[2, 'target'], [4, 'result']] as const).flatMap(([g, kind]) => {
      const raw = both[g]!;
      const value = digitsValue(raw);
      const at = both.indices![g]![0];
      const unit = both[g + 1] ? '%' : label;
      return value !== null && value > 0 ? [{ value, unit, span: { start: sentence.start + at, end: sentence.start + at + raw.length }, at, method: 'label', confidence: CONFIDENCE.pattern, kind }] : [];
    });
  }
  const counted = COUNTED.exec(sentence.text);
  if (counted) {
    const label = counted[1]!.trim();
    const raw = counted[2]!;
    const thing = words.countLabel(label);
    const value = digitsValue(raw);
    if (thing && value !== null && value > 0 && !YEAR.test(raw)) {
      const at = counted.index + counted[0].lastIndexOf(raw);
      return [{ value, unit: thing, span: { start: sentence.start + at, end: sentence.start + at + raw.length }, at, method: 'label', confidence: CONFIDENCE.pattern }];
    }
  }
  const m = LABELLED.exec(sentence.text);
  if (!m) return null;
  const label = m[1]!.trim();
  const head = lastWord(label);
  const value = digitsValue(m[2]!);
  if (!isUnit(head, words) || isStaff(label, words) || YEAR.test(m[2]!) || value === null || value <= 0) return [];
  const at = sentence.text.lastIndexOf(m[2]!);
  const span = { start: sentence.start + at, end: sentence.start + at + m[2]!.length };
  return [{ value, unit: label, span, at, method: 'label', confidence: CONFIDENCE.pattern }];
}

/** Is the sentence in a section whose heading plans figures (`Objectives`, `Expected results`)? */
function underTargetHeading(doc: Document, sentence: Sentence, words: Words): boolean {
  const sections = doc.sections;
  let k = -1;
  for (let i = 0; i < sections.length; i++) if (sections[i]!.start <= sentence.start && sentence.start < sections[i]!.end) k = i;
  if (k < 0) return false;
  // (a heading of both, `Targets and progress`, leaves the kind to the sentence)
  const planned = (i: number) => {
    const h = sections[i]!.heading.trim().toLowerCase();
    return words.targetHeading.test(h) && !words.resultColumn(h);
  };
  if (sections[k]!.heading.trim() !== sentence.text.trim()) return planned(k);
  // a list item the sections stage took for a heading of its own (a short line with no stop) is read under
  // the heading before it and the items like it (sections that hold their heading only)
  const fold = (t: string) => t.replace(/\s+/g, ' ').trim();
  const headingOnly = (i: number) => fold(doc.view.slice(sections[i]!.start, sections[i]!.end)).length <= fold(sections[i]!.heading).length + 2;
  for (let i = k - 1; i >= 0; i--) {
    if (planned(i)) return true;
    if (!headingOnly(i)) return false;
  }
  return false;
}

/** `result` unless the number's clause, the sentence's opening or a heading above states a plan. */
function kindOf(doc: Document, sentence: Sentence, at: number, words: Words): 'result' | 'target' {
  const s = sentence.text;
  const clauseStart = Math.max(s.lastIndexOf(',', at), s.lastIndexOf(';', at), s.lastIndexOf('(', at)) + 1;
  const stop = /[,;()]/.exec(s.slice(at));
  const clause = s.slice(clauseStart, stop ? at + stop.index : s.length).toLowerCase();
  // (`we aim to enrol 360 learners, to see 180 accredited qualifications`: a clause that opens with `to`)
  if (words.target(clause) || words.targetStart.test(s) || words.targetStart.test(clause.trim())) return 'target';
  if (underTargetHeading(doc, sentence, words)) return 'target';
  if (words.result(clause)) return 'result';
  return words.target(s.toLowerCase()) ? 'target' : 'result';
}

/** `2,084` is 2084, `1.500` is 1500, `2.6` is 2.6; a run such as `20.10.2022` is no number. */
function digitsValue(raw: string): number | null {
  if (/^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+$/.test(raw)) return Number(raw.replace(/[^\d]/g, ''));
  if (/^\d+(?:[.,]\d+)?$/.test(raw)) return Number(raw.replace(',', '.'));
  return null;
}

/** `three` is 3, `twenty-four` 24, `dix-sept` 17 (tens and units joined by a hyphen). */
function wordValue(w: string, words: Words): number | null {
  const whole = words.numbers.get(w);
  if (whole !== undefined) return whole;
  if (!w.includes('-')) return null;
  const [a, b, more] = w.split('-');
  if (more !== undefined || b === undefined) return null;
  const x = words.numbers.get(a!);
  const y = words.numbers.get(b);
  return x !== undefined && y !== undefined && x >= 10 && x % 10 === 0 && y < 10 ? x + y : null;
}

/** A test of lower-cased text for any phrase of a list. */
type PhraseTest = (low: string) => boolean;

/** The lexicon compiled into matchers, once per lexicon table. */
interface Words {
  numbers: Map<string, number>;
  /** every word of every number phrase (`twenty`, `dozen`): a sentence with none holds no number word */
  numberParts: PhraseFinder;
  notNumberWords: Set<string>;
  fractions: Set<string>;
  units: Set<string>;
  unitStems: string[];
  notUnits: Set<string>;
  /** `%` or a percent word right after a number (`37 per cent`, `40 procent`) */
  percent: RegExp;
  /** a word between a number and what it counts (Romanian `250 de deținuți`) */
  unitLink: Set<string>;
  peopleUnits: Set<string>;
  staffUnits: Set<string>;
  staffStems: string[];
  months: Set<string>;
  /** a word that is a verb of the lexicon (result, marker, plan) */
  verbWord: (low: string) => boolean;
  /** a word ending a noun phrase by its ending (`-ed`, `-ing`, `-ati`): a participle after the noun */
  npEnd: (low: string) => boolean;
  definite: RegExp;
  eachAfter: RegExp;
  figureContext: PhraseTest;
  result: PhraseTest;
  resultMarker: PhraseTest;
  resultStart: RegExp;
  target: PhraseTest;
  targetStart: RegExp;
  targetHeading: RegExp;
  /** the words of a results column (`achieved`, `progress`): in a heading with a target's word, neither decides */
  resultColumn: PhraseTest;
  /** a word for `between` right before the lower figure of a range, and before its upper figure with the figure and a short word */
  betweenLower: RegExp;
  betweenUpper: RegExp;
  outcome: PhraseTest;
  percentNot: PhraseTest;
  /** `% of <whom>` right after a number: the words of a share's whole, in group 1 */
  percentOf: RegExp;
  /** a fraction word's `of` (`half of`) */
  fractionOf: RegExp;
  /** what a share may be of: an allowed word, after up to two others (`of REP participants`, `der Tandem-Teilnehmenden`) */
  percentOfOk: RegExp;
  /** `<label>: <target word> N; <result word> …: M` on one line: the label, the target and the result */
  targetAndResult: RegExp;
  /** what a label counts when it opens or ends with a counting word (`Number of …`, `… száma`), else null */
  countLabel: (label: string) => string | null;
  context: PhraseTest;
  sample: PhraseTest;
  each: RegExp;
  beforeNot: RegExp;
  duration: RegExp;
  durationWord: RegExp;
}

const compiled = new WeakMap<Lexicons, Words>();
const MONTHS = 'january february march april may june july august september october november december'.split(' ');

function wordsOf(lexicons: Lexicons): Words {
  const seen = compiled.get(lexicons);
  if (seen) return seen;
  const list = (key: string) => phrases(lexicons, 'indicators', key).map((x) => x.toLowerCase());
  const set = (key: string) => new Set(list(key));
  // (phrase lists as tries: `before_not` is tried at every position of a text, and the lists are long)
  const alt = (items: string[]) => trieSource(items, { stars: true, space: '\\s+' });
  const anchored = (key: string, pre: string, post: string) => new RegExp(`${pre}(?:${alt(list(key))})${post}`, 'u');
  const numbers = new Map<string, number>();
  // `one`, `ein`, `un` are articles far more often than counts
  for (const [k, v] of Object.entries(lexicons.numbers ?? {})) if (typeof v === 'number' && v !== 1) numbers.set(k.toLowerCase(), v);
  const durations = list('durations').map((x) => x.replace(/^-/, ''));
  const words: Words = {
    numbers,
    numberParts: new PhraseFinder(new Set([...numbers.keys()].flatMap((k) => k.split(/[\s-]+/u))), { boundary: 'letters' }),
    notNumberWords: set('not_number_words'),
    fractions: set('fractions'),
    units: set('units'),
    unitStems: list('units').filter((x) => x.endsWith('*') && x.length >= 5).map((x) => x.slice(0, -1)),
    notUnits: set('not_units'),
    unitLink: set('unit_link'),
    percent: new RegExp(`^\\s?(?:%|(?:${alt(list('percent_words'))})(?![\\p{L}]))`, 'iu'),
    peopleUnits: set('people_units'),
    staffUnits: set('staff_units'),
    staffStems: list('staff_units').filter((x) => x.endsWith('*') && x.length >= 5).map((x) => x.slice(0, -1)),
    months: new Set(MONTHS.flatMap((m) => phrases(lexicons, 'dates', m).map((x) => x.toLowerCase()))),
    verbWord: phraseTest([...list('result_verbs'), ...list('result_markers')].filter((x) => !x.includes(' '))),
    npEnd: phraseTest(list('np_end')),
    figureContext: phraseTest(list('figure_context')),
    definite: anchored('definite_before', '(?:^|[^\\p{L}])', '\\s+$'),
    eachAfter: new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:in|for|at|from|per|à|a|en|em|na|w|v|im|zu|je)\\s+(?:${list('each_cues').filter((x) => !/^(?:per|pro|par|por)$/u.test(x)).map(pattern).join('|') || '(?!)'})(?![\\p{L}])`, 'u'),
    result: phraseTest(list('result_verbs')),
    resultMarker: phraseTest(list('result_markers')),
    // (a verb ending of three letters or more stands for the verbs that end so: `*ieron` for `consiguieron`)
    resultStart: new RegExp(`^(?:${[...list('result_verbs').filter((x) => !x.startsWith('*')).map(pattern), ...list('result_verbs').filter((x) => x.startsWith('*') && x.length >= 4).map((x) => `\\p{L}{3,}${esc(x.slice(1))}`)].join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'u'),
    target: phraseTest(list('target_cues')),
    targetStart: new RegExp(`^(?:${BULLET}\\s*)?(?:${alt(list('target_starts'))})\\s+\\p{L}`, 'iu'),
    targetHeading: anchored('target_headings', '^(?:\\d+[.)]?\\s*)?', '(?![\\p{L}])'),
    resultColumn: phraseTest(list('result_column')),
    betweenLower: new RegExp(`(?<![\\p{L}])(?:${alt(list('between'))})\\s+$`, 'iu'),
    betweenUpper: new RegExp(`(?<![\\p{L}])(?:${alt(list('between'))})\\s+\\d[\\d,.]*\\s+\\p{L}{1,3}\\s+$`, 'iu'),
    outcome: phraseTest(list('outcome_cues')),
    percentNot: phraseTest(list('percent_not')),
    percentOf: new RegExp(`^\\s?(?:%|[\\p{L} ]{1,12}?)\\s+(?:${alt(list('percent_of'))})\\s+([\\p{L} '’-]{1,40})`, 'iu'),
    fractionOf: new RegExp(`^\\s+(?:${alt(list('percent_of'))})(?![\\p{L}])`, 'iu'),
    countLabel: countLabel(list('count_label')),
    targetAndResult: new RegExp(
      `^(?:${BULLET}\\s*)?(\\p{L}[\\p{L} '’-]{1,60}?)\\s*[:–]\\s*(?:${alt(list('target_column'))})\\s*:?\\s*(\\d{1,3}(?:[,.]\\d{3})+|\\d+(?:[,.]\\d+)?)(\\s?%)?\\s*[;,/]\\s*(?:${alt(list('result_column'))})(?:\\s[^:;\\n]{1,25}:)?\\s*:?\\s*(\\d{1,3}(?:[,.]\\d{3})+|\\d+(?:[,.]\\d+)?)(\\s?%)?\\.?\\s*$`,
      'iud',
    ),
    percentOfOk: anchored('percent_of_ok', "^\\s*(?:[\\p{L}'’-]+\\s+){0,2}?(?:\\p{L}+-)?", '(?![\\p{L}])'),
    context: phraseTest(list('context_cues')),
    sample: phraseTest(list('sample_cues')),
    each: anchored('each_cues', '(?<![\\p{L}])', '(?![\\p{L}])'),
    beforeNot: anchored('before_not', '(?:^|[^\\p{L}\\p{N}])', '\\.?\\s*[(]?$'),
    duration: new RegExp(`^\\s*(?:-\\s*)?(?:${alt(durations)})(?![\\p{L}])`, 'u'),
    durationWord: new RegExp(`^\\s*(?:${alt(durations)})(?![\\p{L}])`, 'u'),
  };
  compiled.set(lexicons, words);
  return words;
}

/** The counted thing of a label that opens or ends with one of the counting phrases (`number of`, `száma`). */
function countLabel(list: string[]): (label: string) => string | null {
  const alt = trieSource(list, { space: '\\s+' });
  if (alt === '(?!)') return () => null;
  const opens = new RegExp(`^(?:${alt})\\s+(?=\\p{L})`, 'iu');
  const ends = new RegExp(`(?<=\\p{L})\\s+(?:${alt})$`, 'iu');
  return (label) => {
    const thing = label.replace(opens, '').replace(ends, '');
    return thing.length < label.length && /\p{L}{3}/u.test(thing) ? thing : null;
  };
}

/**
 * A test for any phrase of a list in lower-cased text, on word boundaries: a final `*` matches any word
 * ending (`reoffend*`), a leading `*` any word of three letters or more ending so (`*erà`).
 */
function phraseTest(list: string[]): PhraseTest {
  const suffixes = list.filter((x) => x.startsWith('*')).map((x) => x.slice(1));
  const rest = list.filter((x) => !x.startsWith('*'));
  const re = rest.length ? new PhraseFinder(rest, { stars: true, space: '\\s+' }) : null;
  // a word's ending is looked up by its length, not compared with every suffix
  const endings = new Set(suffixes);
  const lengths = [...new Set(suffixes.map((x) => x.length))];
  return (low) => {
    if (re?.test(low)) return true;
    if (!suffixes.length) return false;
    for (const m of low.matchAll(TOKEN)) {
      const w = m[0];
      if (w.length < 5) continue;
      for (const n of lengths) if (w.length >= n + 3 && endings.has(w.slice(-n))) return true;
    }
    return false;
  };
}

/** A phrase as a regex source: spaces match any whitespace, a final `*` any word ending. */
function pattern(phrase: string): string {
  const star = phrase.endsWith('*');
  const body = esc(star ? phrase.slice(0, -1) : phrase).replace(/\s+/g, '\\s+');
  return star ? `${body}[\\p{L}-]{0,20}` : body;
}

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
