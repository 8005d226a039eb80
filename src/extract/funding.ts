// Funding: who pays. The three normalised funders (Norway Grants, EEA Grants, Erasmus+ and its key
// actions), labelled funders, and bodies named after cue phrases (`funded by`, `co-financed by`,
// `£20 million from`), with the programme when one is named beside them.
import type { Document, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases } from '../pipeline/lexicons.js';
import type { ExtractContext, Finding } from './finding.js';
import { CONFIDENCE, finding } from './finding.js';
import { factsFor } from './labels.js';
import { compiled } from './memo.js';
import { DASHED_PAYER, moneyMentions } from './money.js';
import { lineAt } from './text.js';
import { foldCell, rowCells, rowsUnder } from './tables.js';
import type { OrgName } from './org-names.js';
import { PhraseMatcher, clauseEnd, nameAt, orgList, orgWords, phrasePattern, plausible } from './org-names.js';

/** One funder read from the text. */
interface Funder {
  funder: string;
  programme: string | null;
  span: Span;
  programmeSpan: Span | null;
  method: string;
  confidence: number;
  /** named as giving the money (`X will invest`, `… committed by X`), not only as a source */
  gives?: boolean;
  /** named only as the issuer of a call (`X is inviting applications`) */
  issuer?: boolean;
}

interface FunderWords {
  normal: Array<{ name: string; re: RegExp; caps: RegExp }>;
  action: RegExp;
  cue: RegExp;
  cueAfter: RegExp;
  /** words before a `cue_after` participle that make it passive (`can be funded`): no payer before them */
  passiveBefore: Set<string>;
  /** phrases after which a list of funders follows (`our funders include`, `we are grateful to`) */
  listCue: RegExp;
  /** phrases of support (`supported by`) that name a funder only when its name holds a funder's word */
  supportCue: RegExp;
  /** words of a paying body's name (`Fund`, `Foundation`, `Trust`, `Stiftung`) */
  payerWord: RegExp;
  body: RegExp;
  programmeWord: RegExp;
  contextOnly: RegExp;
  administeredBy: RegExp;
  supportAfter: RegExp;
  supportBefore: RegExp;
  issuerVerb: RegExp;
  callWord: RegExp;
  /** a conjunction, then a cue's closing word (`e pela`, `and by`, `und von`): one more payer follows */
  again: RegExp;
  /** the state budget named as a payer (`state budget`, `štátny rozpočet`, `valstybės biudžetas`) */
  stateBudget: RegExp;
  /** after an amount: the words that name where it comes from (`€275.000 van het Ministerie`, `£5m from the X Trust`) */
  source: RegExp;
}

const wordCache = new WeakMap<Lexicons, FunderWords>();

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

function funderWords(lexicons: Lexicons): FunderWords {
  let w = wordCache.get(lexicons);
  if (w) return w;
  const normalise = (lexicons.funders?.normalise ?? {}) as Record<string, unknown>;
  const normal = Object.entries(normalise).map(([name, list]) => {
    const variants = (Array.isArray(list) ? list.map(String) : []).concat(name);
    // acronyms (`NFM`) match in capitals only; names in any case
    const caps = variants.filter((v) => /^[A-Z]{2,6}$/.test(v));
    const words = variants.filter((v) => !/^[A-Z]{2,6}$/.test(v));
    const wrap = (alts: string[], caseless: boolean) => new PhraseMatcher(alts, { before: '(?<![\\p{L}\\p{N}])', after: '(?![\\p{L}\\p{N}+])', caseless }) as unknown as RegExp;
    return { name, re: wrap(words, true), caps: wrap(caps, false) };
  });
  const actions = phrases(lexicons, 'funders', 'erasmus_action');
  w = {
    normal,
    action: new PhraseMatcher(actions, { before: '(?<![\\p{L}\\p{N}])', after: '(?![\\p{L}\\p{N}])', caseless: false }) as unknown as RegExp,
    cue: phrasePattern(phrases(lexicons, 'funders', 'cue')),
    cueAfter: phrasePattern(phrases(lexicons, 'funders', 'cue_after')),
    passiveBefore: new Set(phrases(lexicons, 'funders', 'passive_before').map((p) => p.toLowerCase())),
    listCue: phrasePattern(phrases(lexicons, 'funders', 'list_cue')),
    supportCue: phrasePattern(phrases(lexicons, 'funders', 'support_cue')),
    payerWord: phrasePattern(phrases(lexicons, 'funders', 'payer_word')),
    body: new PhraseMatcher(phrases(lexicons, 'funders', 'body'), { before: '(?<![\\p{L}\\p{N}])', after: '(?![\\p{L}\\p{N}])' }) as unknown as RegExp,
    programmeWord: phrasePattern(phrases(lexicons, 'funders', 'programme_word')),
    contextOnly: phrasePattern(phrases(lexicons, 'funders', 'context_only')),
    supportAfter: phrasePattern(phrases(lexicons, 'funders', 'support_after')),
    supportBefore: phrasePattern(phrases(lexicons, 'funders', 'support_before')),
    issuerVerb: phrasePattern(phrases(lexicons, 'funders', 'issuer_verb')),
    callWord: phrasePattern(phrases(lexicons, 'funders', 'call_word')),
    again: againPattern(lexicons),
    stateBudget: phrasePattern(phrases(lexicons, 'funders', 'state_budget')),
    source: new RegExp(`^(?:\\s+(?:${phrases(lexicons, 'money', 'grant_after').sort((a, b) => b.length - a.length).map(esc).join('|') || '(?!)'}))?,?\\s+(?:${phrases(lexicons, 'money', 'source_after').sort((a, b) => b.length - a.length).map(esc).join('|') || '(?!)'})(?:\\s+|(?<=['’]))(?=\\S)`, 'iu'),
    administeredBy: new RegExp(`^([^,;.:()]{2,80}?)\\s*,?\\s+(?:${phrases(lexicons, 'funders', 'administered_by').sort((a, b) => b.length - a.length).map(esc).join('|') || '(?!)'})(?:\\s+|(?<=['’]))(?=\\S)`, 'iu'),
  };
  wordCache.set(lexicons, w);
  return w;
}

/** `and by`, `e pela`: a conjunction, then the closing word of a cue phrase that is no article. */
function againPattern(lexicons: Lexicons): RegExp {
  const words = orgWords(lexicons);
  const closing = new Set(phrases(lexicons, 'funders', 'cue').map((c) => c.toLowerCase().split(/\s+/).pop()!).filter((c) => c.length > 1 && !words.article.has(c) && !words.leadArticle.has(c)));
  const alt = (list: Iterable<string>) => [...list].sort((a, b) => b.length - a.length).map(esc).join('|') || '(?!)';
  return new RegExp(`\\s(?:${alt(words.and)})\\s+(?:${alt(closing)})\\s+(?=\\S)`, 'iu');
}

/** Every mention of one normalised funder in `text`, in order. */
function mentionsOf(entry: { re: RegExp; caps: RegExp }, text: string): Array<{ index: number; length: number }> {
  const out: Array<{ index: number; length: number }> = [];
  for (const re of [entry.re, entry.caps]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) out.push({ index: m.index, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

const memo = new WeakMap<Document, { lexicons: Lexicons; funders: Funder[] }>();

/** Spans of the funders' names in the text, for other extractors (funders are never partners). */
const spanMemo = new WeakMap<Document, { lexicons: Lexicons; spans: Span[] }>();

export function funderSpans(doc: Document, lexicons: Lexicons): Span[] {
  const seen = spanMemo.get(doc);
  if (seen && seen.lexicons === lexicons) return seen.spans;
  const spans: Span[] = [];
  const w = funderWords(lexicons);
  for (const entry of w.normal) for (const m of mentionsOf(entry, doc.view)) spans.push({ start: m.index, end: m.index + m.length });
  // (a state's own budget is no name of another country's: `Lietuvos Respublikos valstybės biudžetas` says where the project is)
  const stateBudget = (f: Funder) => f.method === 'state' || ((w.stateBudget.lastIndex = 0), w.stateBudget.test(f.funder));
  for (const f of readFunders(doc, lexicons)) if (f.method !== 'normalised' && !stateBudget(f)) spans.push(f.span);
  spanMemo.set(doc, { lexicons, spans });
  return spans;
}

/**
 * The paying bodies named as such (not the normalised schemes, not a fund or programme, not the EU
 * bodies): who runs a grant round when a news item or call has no other lead.
 */
export function payingBodies(doc: Document, lexicons: Lexicons): Array<{ name: string; span: Span }> {
  const w = funderWords(lexicons);
  return readFunders(doc, lexicons)
    .filter((f) => f.gives && f.method !== 'normalised' && f.method !== 'body')
    .filter((f) => {
      w.programmeWord.lastIndex = 0;
      w.body.lastIndex = 0;
      return !w.programmeWord.test(f.funder) && !w.body.test(f.funder);
    })
    .map((f) => ({ name: f.funder, span: f.span }));
}

/** Findings for the funding list. */
export function funding(doc: Document, context: ExtractContext): Finding[] {
  const funders = readFunders(doc, context.lexicons);
  const out = funders.map((f) => {
    const method = f.method === 'normalised' || f.method === 'body' || f.method === 'state' ? 'pattern' : f.method;
    const parts: Record<string, Span> = { funder: f.span };
    if (f.programmeSpan) parts.programme = f.programmeSpan;
    return finding(doc, '/funding/-', { funder: f.funder, programme: f.programme }, f.span, method, f.confidence, parts);
  });
  const issuer = payingIssuer(doc, context, funders);
  if (issuer) out.push(issuer);
  return out;
}

/**
 * A call's issuer that pays from its own funds (`La Fondazione … promuove il presente bando`): the
 * promoter of a call, whose name holds a payer's word (a foundation, a fund), is a funder too, unless
 * the money is public money it hands on (a funder named as European or the state's: `EFS+`).
 */
function payingIssuer(doc: Document, context: ExtractContext, funders: readonly Funder[]): Finding | null {
  const kind = context.previous.find((f) => f.path === '/document_kind');
  const promoter = context.previous.find((f) => f.path === '/promoter');
  if (kind?.value !== 'call' || !promoter) return null;
  const name = (promoter.value as { name: string }).name;
  const w = funderWords(context.lexicons);
  w.payerWord.lastIndex = 0;
  if (!w.payerWord.test(name)) return null;
  if (handedOn(funders, context.lexicons) || funders.some((f) => f.funder === name)) return null;
  const span = promoter.parts?.['name'] ?? { start: promoter.start, end: promoter.end };
  return finding(doc, '/funding/-', { funder: name, programme: null }, span, 'pattern', CONFIDENCE.heuristic, { funder: span });
}

/** Whether some funder is public money (Norway Grants, a European fund, the state budget; `public_word`). */
function handedOn(funders: readonly Funder[], lexicons: Lexicons): boolean {
  const publicMoney = compiled(lexicons, 'funding:public', () => phrasePattern(phrases(lexicons, 'funders', 'public_word')));
  return funders.some((f) => f.method === 'normalised' || ((publicMoney.lastIndex = 0), publicMoney.test(f.funder)));
}

function readFunders(doc: Document, lexicons: Lexicons): Funder[] {
  const seen = memo.get(doc);
  if (seen && seen.lexicons === lexicons) return seen.funders;
  const w = funderWords(lexicons);
  const found = collect(doc, lexicons);
  // `EU-funded` says less than a named EU body elsewhere in the text
  const named = found.filter((f) => f.method !== 'body' && ((w.body.lastIndex = 0), w.body.test(f.funder)));
  // and `Co-funded by the EU` says less than Erasmus+, the EU's own programme, named elsewhere
  const erasmus = found.some((f) => f.funder === 'Erasmus+');
  const isBody = (f: Funder) => f.method === 'body' || (erasmus && /^(?:the\s+)?(?:EU|European\s+Union)$/iu.test(f.funder));
  // a call's issuer hands on public money named beside it (`… cofinanced by the ESF+`): it pays nothing itself
  const handsOn = handedOn(found, lexicons);
  // a payer's word alone (`Fonds`, from `le Fonds social européen`, a name written in sentence case) names no one
  const bare = (f: Funder) => !/\s/.test(f.funder.trim()) && ((w.payerWord.lastIndex = 0), w.payerWord.exec(f.funder)?.[0].length === f.funder.trim().length);
  const funders = dedupe(found.filter((f) => (!isBody(f) || (!named.length && !erasmus)) && !(f.issuer && handsOn) && !bare(f)));
  memo.set(doc, { lexicons, funders });
  return funders;
}

/**
 * The funders a label's value names: the first, and the next ones only where the value lists them with
 * a semicolon or a conjunction (`A; B`, `A und B`), so `European Commission, DG Justice` stays one payer.
 */
function labelledFunders(doc: Document, span: Span, lexicons: Lexicons): OrgName[] {
  const list = orgList(doc, span, lexicons, { semicolons: true, max: 4, labelled: true });
  const words = orgWords(lexicons);
  const out = list.slice(0, 1);
  for (let i = 1; i < list.length; i++) {
    // (the next name's article stays out of the gap: `… and the Ministry of Justice`)
    const gap = doc.view.slice(list[i - 1]!.span.end, list[i]!.span.start).replace(/^\s*\([^()]*\)/, '').trim().replace(/\s+(\p{L}+)$/u, (m, a: string) => (words.article.has(a.toLowerCase()) ? '' : m));
    if (gap !== ';' && gap !== '|' && !words.and.has(gap.toLowerCase())) break;
    out.push(list[i]!);
  }
  return out;
}

/**
 * The bodies of a table of funding sources: a header with a funder column (`funder_columns`:
 * `Source`, `Funder`, `Mittelgeber`), rows with amounts of money, one body a row; a total row is none.
 *
 *   Mittelgeber                        Art               Betrag
 *   Landesstiftung Kinderchancen       Kofinanzierung    61.800,00 €
 */
function funderTables(doc: Document, lexicons: Lexicons): OrgName[] {
  const words = compiled(lexicons, 'funding:columns', () => ({
    column: new Set(phrases(lexicons, 'funders', 'funder_columns').map(foldCell)),
    total: new Set(phrases(lexicons, 'money', 'table_total').map(foldCell)),
  }));
  if (!words.column.size) return [];
  const out: OrgName[] = [];
  let amounts: ReturnType<typeof moneyMentions> | null = null;
  for (let i = 0; i < doc.lines.length; i++) {
    const header = rowCells(doc, doc.lines[i]!, true);
    if (!header) continue;
    const col = header.findIndex((c) => words.column.has(foldCell(c.text)));
    // a header opens its table, and its other cells are column names, not a name or an amount (a fact
    // box's row `Funder | Greenfield Youth Trust` is no header)
    if (col < 0 || (i > 0 && rowCells(doc, doc.lines[i - 1]!, true))) continue;
    if (header.some((c, k) => k !== col && (/\d/.test(c.text) || /\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(c.text)))) continue;
    const { rows, end } = rowsUnder(doc, i);
    i = end - 1;
    amounts ??= moneyMentions(doc, lexicons);
    const last = rows[rows.length - 1];
    if (!last || !amounts.some((m) => m.start >= rows[0]!.span.start && m.start < last.span.end)) continue;
    for (const row of rows) {
      // the name column, counted from the right when the row has fewer cells than the header
      const k = col - (header.length - row.cells.length);
      if (k < 0) continue;
      const cell = k === 0 ? row.first : row.cells[k]!;
      const text = doc.view.slice(cell.start, cell.end);
      if (words.total.has(foldCell(text.split(/\s+/).slice(0, 2).join(' '))) || words.total.has(foldCell(text.split(/\s+/)[0] ?? ''))) continue;
      const org = orgList(doc, cell, lexicons, { max: 1, labelled: true })[0];
      if (org && org.span.start - cell.start <= 4) out.push(org);
    }
  }
  return out;
}

/** A funder read as an organisation's name, with no programme beside it. */
function orgFunder(org: OrgName, method: string, confidence: number, gives?: boolean): Funder {
  return { funder: org.name, programme: null, span: org.span, programmeSpan: null, method, confidence, ...(gives ? { gives } : {}) };
}

function sentenceAround(doc: Document, at: number): string {
  const from = Math.max(doc.view.lastIndexOf('\n', at), doc.view.lastIndexOf('. ', at)) + 1;
  return doc.view.slice(from, clauseEnd(doc, at, true) + 1);
}

function collect(doc: Document, lexicons: Lexicons): Funder[] {
  const w = funderWords(lexicons);
  const words = orgWords(lexicons);
  const view = doc.view;
  const out: Funder[] = [];

  // 1. the normalised funders, wherever the text names them as this project's (not in a scheme's blurb)
  for (const entry of w.normal) {
    for (const m of mentionsOf(entry, view)) {
      w.contextOnly.lastIndex = 0;
      if (w.contextOnly.test(sentenceAround(doc, m.index))) continue;
      // `Fundusze Norweskie 2014–2021, Program „Sprawiedliwość”`: the programme named in quotes beside it
      const prog = PROGRAMME_AFTER.exec(view.slice(m.index + m.length, m.index + m.length + 120));
      const ps = prog ? m.index + m.length + prog.index + prog[0].length - prog[1]!.length - 1 : -1;
      const programmeSpan = prog ? { start: ps, end: ps + prog[1]!.length } : null;
      out.push({ funder: entry.name, programme: prog ? prog[1]!.trim() : null, span: { start: m.index, end: m.index + m.length }, programmeSpan, method: 'normalised', confidence: CONFIDENCE.pattern });
      break;
    }
  }
  // Erasmus+ key actions, also inside a project number (`2018-1-EL01-KA204-047785`)
  w.action.lastIndex = 0;
  let a: RegExpExecArray | null;
  while ((a = w.action.exec(view))) {
    const span = { start: a.index, end: a.index + a[0].length };
    const inNumber = /[-/]$/.test(view.slice(Math.max(0, a.index - 1), a.index));
    let programmeSpan: Span | null = null;
    if (!inNumber) {
      const after = view.slice(span.end, span.end + 4);
      const end = /^\s*[:–—-]\s/.test(after) ? clauseEnd(doc, span.end + after.search(/[:–—-]/) + 1, true) : span.end;
      programmeSpan = { start: span.start, end: trimBack(view, end) };
    }
    const existing = out.find((f) => f.funder === 'Erasmus+');
    const programme = programmeSpan ? view.slice(programmeSpan.start, programmeSpan.end).replace(/\s+/g, ' ').trim() : null;
    if (existing) {
      if (!existing.programme && programme) {
        existing.programme = programme;
        existing.programmeSpan = programmeSpan;
      }
    } else out.push({ funder: 'Erasmus+', programme, span, programmeSpan, method: 'normalised', confidence: CONFIDENCE.pattern });
  }

  // 2. labelled funders (`Funded by: European Commission/DAPHNE III-Programme`), and a grant label whose
  // value names who pays rather than how much (`Förderung: Europäischer Sozialfonds (ESF); Ministerium …`)
  // (a bracket may hold a year: `Cassa delle Ammende (bando 2023) e Fondazione X`; a name may come before
  // the amount: `Förderung: Ludwig-Körner-Stiftung, 48.000 €`, read up to the comma)
  // (not a co-financing label's: it names the promoter's own share as often as another payer)
  const grantNames = factsFor(doc, lexicons, 'grant').flatMap((f) => {
    const bare = f.text.replace(/\([^()]*\)/gu, '');
    // (a sentence is no list of names: `Summary Please summarise in one sentence the purpose of this grant.`)
    if (/[.?!]\s*$/u.test(bare) || (bare.match(/(?:^|\s)\p{Ll}/gu) ?? []).length > 8) return [];
    if (!/\p{N}/u.test(bare)) return [f];
    const value = doc.view.slice(f.value.start, f.value.end);
    const named = /^([^\d(),;]{3,120}?),\s*(?:[€$£]|EUR\s?)?\d/u.exec(value);
    if (named) return [{ ...f, value: { start: f.value.start, end: f.value.start + named[1]!.length } }];
    // or after the amount and a dash: `R$ 1.850.000,00 – Fundo Penitenciário Nacional (Funpen)`
    const amount = moneyMentions(doc, lexicons).find((m) => m.start >= f.value.start && m.end <= f.value.end);
    const after = amount ? DASHED_PAYER.exec(view.slice(amount.end, f.value.end)) : null;
    const end = amount && after ? amount.end + after[0].length : 0;
    return after ? [{ ...f, value: { start: end - after[1]!.length, end } }] : [];
  });
  for (const fact of [...factsFor(doc, lexicons, 'funder'), ...grantNames].sort((a, b) => a.value.start - b.value.start)) {
    const label = view.slice(fact.label.start, fact.label.end).toLowerCase();
    if (/program|action|scheme/.test(label)) continue;
    const value = view.slice(fact.value.start, fact.value.end);
    w.cue.lastIndex = 0;
    if (w.cue.test(value)) continue; // read below, as a cue
    if (w.normal.some((e) => mentionsOf(e, value).length)) continue;
    const slash = /^([^/]{2,80})\/([^/]{2,120})$/.exec(value);
    const funderEnd = slash ? fact.value.start + slash[1]!.length : fact.value.end;
    const list = labelledFunders(doc, { start: fact.value.start, end: funderEnd }, lexicons);
    if (!list.length) continue;
    const programmeSpan = slash ? { start: funderEnd + 1, end: fact.value.end } : null;
    out.push(withBody(doc, w, { funder: list[0]!.name, programme: programmeSpan ? view.slice(programmeSpan.start, programmeSpan.end).trim() : null, span: list[0]!.span, programmeSpan, method: fact.method, confidence: fact.confidence }));
    for (const org of list.slice(1)) out.push(withBody(doc, w, orgFunder(org, fact.method, fact.confidence)));
  }

  // 2a. a grant or co-financing label that names its payer before the separator:
  // `Cofinancement Fondation Calanques Solidaires : 120 000 €`, `Cofinanziamento Regione Emilia-Romagna: € 97.250,00`
  const namedLabel = compiled(lexicons, 'funding:named-label', () => {
    const list = [...phrases(lexicons, 'labels', 'grant'), ...phrases(lexicons, 'labels', 'cofinancing')].sort((a, b) => b.length - a.length).map(esc);
    return new RegExp(`^[\\s|*_#-]*(?:${list.join('|') || '(?!)'})\\s+(?=\\p{Lu})`, 'iu');
  });
  // (listed after the payers named elsewhere: a co-financer's label is no sign of the main grant-giver)
  const labelNamed: Funder[] = [];
  for (const line of doc.lines) {
    const m = namedLabel.exec(line.text);
    if (!m) continue;
    const rest = line.text.slice(m[0].length);
    const sep = /\s*(?::|\t)/.exec(rest);
    if (!sep || sep.index > 100 || !moneyMentions(doc, lexicons).some((a) => a.start >= line.start && a.start < line.end)) continue;
    const span = { start: line.start + m[0].length, end: line.start + m[0].length + sep.index };
    const name = nameAt(doc, span, words);
    if (!name || name.end < span.end - 1) continue;
    const org = labelledFunders(doc, name, lexicons)[0];
    // (a name of two words or more: `ESF-a` in `Bespovratna sredstva ESF-a (85 %)` is what is left of a longer label)
    if (org && /\S\s+\S/.test(org.name)) labelNamed.push(withBody(doc, w, orgFunder(org, 'label', CONFIDENCE.label)));
  }

  // 2b. tables of funding sources: the names in a funder column (`Source`, `Mittelgeber`) of a table with amounts
  for (const org of funderTables(doc, lexicons)) out.push(withBody(doc, w, orgFunder(org, 'table', CONFIDENCE.table, true)));

  // 3. cue phrases: `funded by X`, `with the financial support of X`, `60% from X` (amounts with their
  // source, `£20 million from X`, are read below from the money reader's amounts)
  const share = /\b\d{1,3}(?:[.,]\d{1,2})?\s?%(?:\s+(?:in\s+)?(?:grants?|funding))?\s+from\s+/giu;
  // `$50 million is being delivered by X`, `£18 million … has been committed by X`, `CAD 600,000, provided by X`
  const moneyBy = /(?:[€$£]|\b(?:EUR|GBP|USD|NOK|AUD|CAD)\b)\s?\d[\d.,]{0,15}(?:\s?(?:million|m|bn|billion|k)\b)?[^.;:\n]{0,100}?(?:\b(?:is|are|was|were|has|have|had|will|being)\s+(?:been\s+|be\s+|being\s+)?|,\s*)(?:delivered|provided|committed|awarded|allocated|granted|invested|given|made\s+available|contributed|pledged|donated)\s+by\s+/giu;
  // `has been awarded a grant of £420,000 by the X Trust`
  const awardBy = /\b(?:awarded|granted|given)\s+(?:an?\s+)?(?:(?:\p{L}+-)?(?:year|month)\s+)?(?:grant|award|funding)?\s*(?:of\s+)?(?:[€$£]|\b(?:EUR|GBP|USD|NOK|AUD|CAD)\b)\s?\d[\d.,]{0,15}(?:\s?(?:million|m|bn|billion|k)\b)?\s+by\s+/giu;
  // an amount and where it comes from, in any language the lexicon knows: `krijgt 425.000 euro van het
  // ministerie van …`, `€275.000 van het Ministerie …`, `£1.2 million in grants from the X Trust`
  const fromAmount = new Set<number>();
  const amounts = moneyMentions(doc, lexicons);
  /** whether an amount of money starts between two offsets */
  const moneyIn = (start: number, end: number) => amounts.some((m) => m.start >= start && m.start < end);
  for (const m of amounts) {
    const s = w.source.exec(view.slice(m.end, m.end + 80));
    if (s) fromAmount.add(m.end + s[0].length);
  }
  for (const line of doc.lines) {
    if (line.text.length < 8) continue;
    const starts: number[] = [];
    const giving = new Set<number>();
    for (const at of fromAmount) if (at > line.start && at < line.end) {
      starts.push(at);
      giving.add(at);
    }
    for (const re of [w.cue, share, moneyBy, awardBy]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(line.text))) {
        starts.push(line.start + m.index + m[0].length);
        if (re === moneyBy || re === awardBy) giving.add(line.start + m.index + m[0].length);
      }
    }
    for (const from of new Set(starts)) {
      const end = Math.min(line.end, clauseEnd(doc, from, false));
      if (w.normal.some((e) => mentionsOf(e, view.slice(from, Math.min(end, from + 40))).length)) continue;
      // `State budget programme 2013, administrated by Society Integration foundation`: the body pays
      const lead = /^\s*(?:the\s+)?/i.exec(view.slice(from, end))![0].length;
      const adm = w.administeredBy.exec(view.slice(from + lead, end));
      w.programmeWord.lastIndex = 0;
      if (adm && w.programmeWord.test(adm[1]!)) {
        const at = from + lead + adm[0].length;
        const body = orgList(doc, { start: at, end }, lexicons, { max: 1 })[0];
        if (body && body.span.start === at) {
          const programmeSpan = { start: from + lead, end: from + lead + adm[1]!.trimEnd().length };
          out.push({ funder: body.name, programme: view.slice(programmeSpan.start, programmeSpan.end).replace(/\s+/g, ' '), span: body.span, programmeSpan, method: 'pattern', confidence: CONFIDENCE.pattern });
          continue;
        }
      }
      let list = orgList(doc, { start: from, end }, lexicons, { max: 2 });
      if (!list.length) continue;
      // a second funder only when joined by `and` (`… 2021-2027, JUST-JACC-2021` is not one)
      if (list.length > 1 && !/^\s*(?:and|&|et|und|e|y)\s/i.test(view.slice(list[0]!.span.end, list[1]!.span.start).replace(/^\s*\([^()]*\)/, ''))) list = list.slice(0, 1);
      if (view.slice(from, list[0]!.span.start).trim().split(/\s+/).filter(Boolean).length > 2) continue;
      for (const org of list) out.push(withBody(doc, w, orgFunder(org, 'pattern', CONFIDENCE.pattern, giving.has(from))));
      // the cue's word repeated after a conjunction names one more payer: `cofinanciado pela União Europeia
      // através do Programa … e pela Fundação X`, `funded by A through its B scheme and by C`
      const again = w.again.exec(view.slice(list[list.length - 1]!.span.end, end));
      if (again) {
        const at = list[list.length - 1]!.span.end + again.index + again[0].length;
        const more = orgList(doc, { start: at, end }, lexicons, { max: 1 })[0];
        if (more && view.slice(at, more.span.start).trim().split(/\s+/).filter(Boolean).length <= 1) out.push(withBody(doc, w, orgFunder(more, 'pattern', CONFIDENCE.pattern)));
      }
    }
    // `This project is supported by the National Lottery Community Fund`: support from a body whose name pays
    w.supportCue.lastIndex = 0;
    let sc: RegExpExecArray | null;
    while ((sc = w.supportCue.exec(line.text))) {
      const from = line.start + sc.index + sc[0].length;
      const org = orgList(doc, { start: from, end: Math.min(line.end, clauseEnd(doc, from, false)) }, lexicons, { max: 1 })[0];
      w.payerWord.lastIndex = 0;
      if (!org || view.slice(from, org.span.start).trim().split(/\s+/).filter(Boolean).length > 1 || !w.payerWord.test(org.name)) continue;
      if (w.normal.some((e) => mentionsOf(e, view.slice(from, org.span.end)).length)) continue;
      out.push(withBody(doc, w, orgFunder(org, 'pattern', CONFIDENCE.heuristic)));
    }
    // `Our funders include A, B and the C Trust`: every body of the list
    w.listCue.lastIndex = 0;
    let l: RegExpExecArray | null;
    while ((l = w.listCue.exec(line.text))) {
      const from = line.start + l.index + l[0].length;
      const list = orgList(doc, { start: from, end: Math.min(line.end, clauseEnd(doc, from, true)) }, lexicons, { max: 8 });
      if (!list.length || view.slice(from, list[0]!.span.start).trim().split(/\s+/).filter(Boolean).length > 2) continue;
      for (const org of list) out.push(withBody(doc, w, orgFunder(org, 'pattern', CONFIDENCE.pattern, true)));
    }
    // `Home Office funded …`, `The … Government will invest …`
    w.cueAfter.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = w.cueAfter.exec(line.text))) {
      if (m.index > 0 && !/\s/.test(line.text[m.index - 1]!)) continue;
      const at = line.start + m.index;
      const name = nameBeforeSpan(doc, at, line.start, words);
      if (!name) continue;
      const value = view.slice(name.start, name.end).replace(/\s+/g, ' ');
      if (!plausible(value, lexicons, words) || !/\s/.test(value)) continue;
      // `Activities that can be funded`: the thing funded stands before a passive, not its payer
      if (w.passiveBefore.has(value.slice(value.lastIndexOf(' ') + 1).toLowerCase())) continue;
      out.push({ funder: value, programme: null, span: name, programmeSpan: null, method: 'pattern', confidence: CONFIDENCE.heuristic, gives: true });
    }
    // `Die Stiftung X unterstützt das Projekt … mit 180.000 Euro`: support with an amount is funding
    for (const re of [w.supportAfter, w.issuerVerb]) {
      re.lastIndex = 0;
      while ((m = re.exec(line.text))) {
        if (m.index > 0 && !/\s/.test(line.text[m.index - 1]!)) continue;
        const at = line.start + m.index;
        const rest = view.slice(at, Math.min(line.end, at + 300));
        const stop = rest.search(/[.!?;]\s+["„“]?\p{Lu}\p{Ll}/u);
        const clause = stop < 0 ? rest : rest.slice(0, stop);
        if (re === w.supportAfter ? !moneyIn(at, at + clause.length) : ((w.callWord.lastIndex = 0), !w.callWord.test(clause.slice(0, 160)))) continue;
        const name = nameBeforeSpan(doc, trimBack(view, at), line.start, words);
        if (!name) continue;
        const value = view.slice(name.start, name.end).replace(/\s+/g, ' ');
        if (!plausible(value, lexicons, words) || !/\s/.test(value) || /^(?:the|die|der|das|la|le|il|el|los)\s+\S+$/i.test(value)) continue;
        out.push({ funder: value, programme: null, span: name, programmeSpan: null, method: 'pattern', confidence: CONFIDENCE.heuristic, gives: true, ...(re === w.issuerVerb ? { issuer: true } : {}) });
      }
    }
    // `… gab die Landesstiftung Baden-Württemberg insgesamt 1,2 Millionen Euro`: verb, then the payer
    w.supportBefore.lastIndex = 0;
    while ((m = w.supportBefore.exec(line.text))) {
      const from = line.start + m.index + m[0].length;
      const rest = view.slice(from, Math.min(line.end, from + 200));
      const stop = rest.search(/[.!?;]\s+["„“]?\p{Lu}\p{Ll}/u);
      if (!moneyIn(from, from + (stop < 0 ? rest.length : stop))) continue;
      const org = orgList(doc, { start: from, end: clauseEnd(doc, from, true) }, lexicons, { max: 1 })[0];
      if (!org || !/^\s*(?:der|die|das|den|dem)\s+$/i.test(view.slice(from, org.span.start)) || !/\s/.test(org.name) || /^(?:projekt|programm|vorhaben)/i.test(org.name)) continue;
      out.push(orgFunder(org, 'pattern', CONFIDENCE.heuristic, true));
    }
    // `EU-funded`, `EU contribution`
    w.body.lastIndex = 0;
    while ((m = w.body.exec(line.text))) {
      const after = line.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (!/^[-\s](?:funded|funding|contribution|grant)\b/i.test(after)) continue;
      out.push({ funder: m[0], programme: null, span: { start: line.start + m.index, end: line.start + m.index + m[0].length }, programmeSpan: null, method: 'body', confidence: CONFIDENCE.heuristic });
    }
  }
  out.push(...labelNamed, ...stateBudgets(doc, lexicons, w));
  return out;
}

/** Capitalised words (or an acronym) right after a state budget that say whose it is: `… Slovenskej republiky`, `… ČR`, `… of the Slovak Republic`. */
const OWNER_AFTER = /^(?:\s+(?:of\s+the|of|de\s+la|de|del|della|do|da|des|der)\b)?(?:\s+\p{Lu}[\p{L}.-]*){1,3}(?:\s+\p{Ll}+(?=\s*(?:[.,;:)]|$)))?/u;
/** … or right before it, as Baltic languages write them: `Lietuvos Respublikos valstybės biudžetas`. */
const OWNER_BEFORE = /(?:\p{Lu}[\p{L}.-]*\s+){2,3}$/u;

/**
 * The state budget as a funder (`Spolufinancovanie: štátny rozpočet Slovenskej republiky`, `76 926,00 Eur
 * (15 %) – Lietuvos Respublikos valstybės biudžetas`): a `state_budget` phrase on a line that a funding
 * label opens or that gives an amount, with the capitalised words that say whose budget it is.
 */
function stateBudgets(doc: Document, lexicons: Lexicons, w: FunderWords): Funder[] {
  const out: Array<Funder & { owned: boolean }> = [];
  let lines: Set<number> | null = null;
  for (const line of doc.lines) {
    w.stateBudget.lastIndex = 0;
    const m = w.stateBudget.exec(line.text);
    if (!m) continue;
    lines ??= new Set([
      ...['funder', 'grant', 'cofinancing'].flatMap((k) => factsFor(doc, lexicons, k)).flatMap((f) => [f.line.index, lineAt(doc, f.label.start)?.index ?? -1]),
      ...moneyMentions(doc, lexicons).map((a) => lineAt(doc, a.start)?.index ?? -1),
    ]);
    if (!lines.has(line.index)) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    // `State budget programme 2013`: a programme of the budget, named by its own words
    w.programmeWord.lastIndex = 0;
    const next = w.programmeWord.exec(line.text.slice(end, end + 30));
    if (next && /^\s*$/.test(line.text.slice(end, end + next.index))) continue;
    const after = OWNER_AFTER.exec(line.text.slice(end));
    const before = after ? null : OWNER_BEFORE.exec(line.text.slice(0, start));
    if (after) end += after[0].length;
    else if (before) start -= before[0].length;
    const name = line.text.slice(start, end).replace(/[\s.,;:]+$/u, '');
    out.push({ funder: name, programme: null, span: { start: line.start + start, end: line.start + start + name.length }, programmeSpan: null, method: 'state', confidence: CONFIDENCE.pattern, owned: !!(after || before) });
  }
  // one state pays: the budget named with its state (`… Slovenskej republiky`) over a bare mention elsewhere
  const owned = out.filter((f) => f.owned);
  return (owned.length ? owned : out).slice(0, 1).map(({ owned: _, ...f }) => f);
}

/** A programme named in quotes right after a funder (`, Program „Sprawiedliwość”`). */
const PROGRAMME_AFTER = /^\s{0,3}(?:\d{4}\s?[–-]\s?\d{4}\s{0,3})?[,:–-]?\s{0,3}(?:Programm?e?|Programa|Programu|Programma)\s{1,3}["„“«]([^"”“»\n]{2,80})["”“»]/u;

function trimBack(view: string, end: number): number {
  while (end > 0 && /[\s.,;:]/.test(view[end - 1]!)) end--;
  return end;
}

/** The capitalised name that ends right before `end`, on its line. */
function nameBeforeSpan(doc: Document, end: number, floor: number, words: ReturnType<typeof orgWords>): Span | null {
  const text = doc.view.slice(Math.max(floor, end - 120), end);
  const base = end - text.length;
  const toks = [...text.matchAll(/\S+/g)];
  let start = -1;
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k]![0];
    if (/[,;:.!?)]$/.test(t)) break;
    // (a capitalised article opening the sentence before a lower-case head word is no part of the name)
    if (/^[\p{Lu}]/u.test(t) && (words.article.has(t.toLowerCase()) || words.leadArticle.has(t.toLowerCase())) && start >= 0 && /^\p{Ll}/u.test(doc.view[start] ?? '')) break;
    if (/^[\p{Lu}]/u.test(t)) start = base + toks[k]!.index!;
    // a head word written in lower case opens a name too (`De gemeente Dordwijk draagt …`)
    else if (start >= 0 && words.head.has(t.toLowerCase())) start = base + toks[k]!.index!;
    else if (!words.inner.has(t.toLowerCase()) || words.article.has(t.toLowerCase())) break;
  }
  if (start < 0) return null;
  return nameAt(doc, { start, end }, words);
}

/** Split `European Union Justice Programme` or `X Programme of the European Union` into body and programme. */
function withBody(doc: Document, w: FunderWords, f: Funder): Funder {
  const view = doc.view;
  const text = view.slice(f.span.start, f.span.end);
  // a programme owned by the payer: `Scottish Government's Reducing Reoffending Change Fund`
  const owner = /^(\p{Lu}[^'’]{1,80}?)['’]s\s+(\p{Lu}.{2,100})$/u.exec(text);
  w.programmeWord.lastIndex = 0;
  if (owner && !f.programme && w.programmeWord.test(owner[2]!)) {
    const ps = f.span.start + owner[0].length - owner[2]!.length;
    return { ...f, funder: owner[1]!.replace(/\s+/g, ' ').trim(), span: { start: f.span.start, end: f.span.start + owner[1]!.length }, programme: owner[2]!.replace(/\s+/g, ' ').trim(), programmeSpan: { start: ps, end: f.span.end } };
  }
  // a programme in brackets after the payer: `The Ashlow Charitable Trust (Futures Fund)`
  const bracket = /\s*\(([^()]{3,80})\)$/.exec(text);
  w.programmeWord.lastIndex = 0;
  if (bracket && !f.programme && /\s/.test(bracket[1]!.trim()) && w.programmeWord.test(bracket[1]!)) {
    const inner = bracket[1]!.trim();
    const ps = f.span.start + bracket.index + bracket[0].indexOf(inner);
    const funderEnd = f.span.start + bracket.index;
    return { ...f, funder: view.slice(f.span.start, funderEnd).replace(/\s+/g, ' ').trim(), span: { start: f.span.start, end: funderEnd }, programme: inner, programmeSpan: { start: ps, end: ps + inner.length } };
  }
  w.body.lastIndex = 0;
  const b = w.body.exec(text);
  w.programmeWord.lastIndex = 0;
  const isProgramme = w.programmeWord.test(text);
  if (b && (b.index > 0 || b[0].length < text.length)) {
    const bodySpan = { start: f.span.start + b.index, end: f.span.start + b.index + b[0].length };
    const rest = b.index === 0 ? { start: bodySpan.end, end: f.span.end } : { start: f.span.start, end: f.span.start + b.index };
    const restText = view.slice(rest.start, rest.end).replace(/\b(?:of|of the|der|de la|de l'|dell'|della)\s*$/i, '').replace(/\s+/g, ' ').trim();
    w.programmeWord.lastIndex = 0;
    if (restText && w.programmeWord.test(restText)) {
      const ps = view.indexOf(restText.split(' ')[0]!, rest.start);
      return { ...f, funder: b[0], span: bodySpan, programme: f.programme ?? restText, programmeSpan: f.programmeSpan ?? (ps >= 0 ? { start: ps, end: ps + restText.length } : null) };
    }
  }
  if (!b && isProgramme) {
    // a programme named first, its body after it (`… Programme\nEuropean Commission - DG Home Affairs`)
    const after = view.slice(f.span.end, f.span.end + 80);
    w.body.lastIndex = 0;
    const nb = w.body.exec(after);
    if (nb && !/[.;]\s/.test(after.slice(0, nb.index))) {
      const bodySpan = { start: f.span.end + nb.index, end: f.span.end + nb.index + nb[0].length };
      return { ...f, funder: nb[0], span: bodySpan, programme: f.programme ?? f.funder, programmeSpan: f.programmeSpan ?? f.span };
    }
  }
  return f;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^(?:the)\s+/, '').replace(/[^\p{L}\p{N}+]+/gu, ' ').trim();
}

/** One entry per funder (the first, with the best programme); a body also named in full goes. */
function dedupe(list: Funder[]): Funder[] {
  const byKey = new Map<string, Funder>();
  for (const f of list) {
    const k = fold(f.funder);
    const prev = byKey.get(k);
    if (!prev) byKey.set(k, f);
    else if (!prev.programme && f.programme) byKey.set(k, { ...prev, programme: f.programme, programmeSpan: f.programmeSpan, gives: prev.gives || f.gives });
    else if (f.gives && !prev.gives) byKey.set(k, { ...prev, gives: true });
  }
  const keys = [...byKey.keys()];
  // a short form goes when a fuller name holds it: `Conseil départemental` beside `Conseil départemental de
  // Maine-et-Loire`, `DAP` beside `Direction de l'administration pénitentiaire (DAP)`
  const brackets = [...byKey.values()].flatMap((f) => [...f.funder.matchAll(/\(([^()]{2,20})\)/gu)].map((b) => fold(b[1]!)));
  return [...byKey.entries()].filter(([k]) => !keys.some((o) => o !== k && o.startsWith(k + ' ')) && !brackets.includes(k)).map(([, f]) => f);
}
