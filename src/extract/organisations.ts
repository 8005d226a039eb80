// Promoter and partners: labelled leads and partner lists, cue phrases (`implemented by`, `in
// partnership with`), names with a role or country code beside them, and bare `Org, Country` lines.
import type { Document, Line, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases } from '../pipeline/lexicons.js';
import type { ExtractContext, Finding } from './finding.js';
import { CONFIDENCE, finding } from './finding.js';
import { factsFor } from './labels.js';
import type { LabelFact } from './labels.js';
import { countryMentions } from './geo.js';
import { withoutAddresses } from './countries.js';
import { contactRoles } from './contacts.js';
import { partnerTables } from './org-tables.js';
import { compiled, namePattern } from './memo.js';
import { funderSpans, payingBodies } from './funding.js';
import { moneyMentions } from './money.js';
import { isListItem, listItems } from './text.js';
import type { OrgName, OrgWords } from './org-names.js';
import { FUNCTION_WORD, bare, clauseEnd, countryOf, nameAt, nameWord, orgList, orgWords, readOrg, tokens, trimEnd } from './org-names.js';

const mentionMemo = new WeakMap<Document, { lexicons: Lexicons; found: ReturnType<typeof countryMentions> }>();

/** The country mentions of a whole document, read once. */
function docMentions(doc: Document, lexicons: Lexicons): ReturnType<typeof countryMentions> {
  const seen = mentionMemo.get(doc);
  if (seen && seen.lexicons === lexicons) return seen.found;
  // addresses blanked out as for the countries field (`www.giustizia.it` names no country), which
  // also makes it the text that field has just scanned
  const found = countryMentions(withoutAddresses(doc), lexicons);
  mentionMemo.set(doc, { lexicons, found });
  return found;
}

/** The one country the document names (funders' names aside), or null when it names none or several. */
function soleCountry(doc: Document, lexicons: Lexicons): { code: string; span: Span } | null {
  const skip = funderSpans(doc, lexicons);
  let first: { code: string; span: Span } | null = null;
  for (const m of docMentions(doc, lexicons)) {
    if (skip.some((s) => m.index < s.end && m.index + m.length > s.start)) continue;
    if (!first) first = { code: m.code, span: { start: m.index, end: m.index + m.length } };
    else if (m.code !== first.code) return null;
  }
  return first;
}

/**
 * The country the document is mostly about (funders' names aside): named at least twice and at least
 * twice as often as any other; else the one country it names. Null when there is none.
 */
function mainCountry(doc: Document, lexicons: Lexicons): { code: string; span: Span } | null {
  const sole = soleCountry(doc, lexicons);
  if (sole) return sole;
  const skip = funderSpans(doc, lexicons);
  const counts = new Map<string, { n: number; span: Span }>();
  for (const m of docMentions(doc, lexicons)) {
    if (skip.some((s) => m.index < s.end && m.index + m.length > s.start)) continue;
    const c = counts.get(m.code);
    if (c) c.n++;
    else counts.set(m.code, { n: 1, span: { start: m.index, end: m.index + m.length } });
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n);
  const [top, second] = ranked;
  if (!top || top[1].n < 2 || (second && top[1].n < 2 * second[1].n)) return null;
  return { code: top[0], span: top[1].span };
}

/** The confidence of a paying body read as the lead of its grant round: above the cut, below any other cue. */
const PAYER = 0.45;
/** The confidence of a founder (`launched in 2017 by X`): above other cues, which may name a body doing one task, below a label. */
const FOUNDER = 0.85;
/** A deck's presenting service, named in its running slide titles, outranks a cue about another project. */
const PRESENTER = 0.85;

/** Findings for the promoter and the partners. */
export function organisations(doc: Document, context: ExtractContext): Finding[] {
  const { lexicons } = context;
  const words = orgWords(lexicons);
  const promoters: Array<{ org: OrgName; method: string; confidence: number }> = [];
  const partners: Array<{ org: OrgName; method: string; confidence: number }> = [];
  const funderNames = new Set(funderSpans(doc, lexicons).map((s) => fold(doc.view.slice(s.start, s.end))));
  const isFunder = (o: OrgName) => funderNames.has(fold(o.name));

  // an organisation of a list: the lead when its role says so (`(Coordinator)`), else a partner
  const place = (org: OrgName, method: string, confidence: number) => (org.role && words.promoterRole.has(org.role) ? promoters : partners).push({ org, method, confidence });

  // 0. partner tables: one organisation a row (their header row is no labelled value)
  const tables = partnerTables(doc, lexicons, words);
  for (const { org } of tables) place(org, 'table', CONFIDENCE.table);
  // (its header and cells are no labelled values: `| Organisation | Country | Role |`, `… | Partner |`)
  const inTable = (s: Span) => tables.some((t) => s.start >= t.table.start && s.start < t.table.end);
  const firm = (f: LabelFact) => firmLabel(doc, f) && !inTable(f.label) && !inTable(f.value);

  // 1. labelled facts: `Project promoter: X`, `Partners: A, B and C`
  for (const fact of factsFor(doc, lexicons, 'promoter').filter(firm)) {
    const inner = cueOrgs(doc, fact.value, lexicons, words);
    let list = inner.promoters.length ? inner.promoters : orgList(doc, fact.value, lexicons, { semicolons: true, labelled: true });
    // `Project coordinator: Giulia Ferraresi, Associazione Orizzonti Liberi APS`: a person, then the body
    if (list.length >= 2 && personLike(list[0]!.name, words) && hasHead(list[1]!.name, words)) list = list.slice(1);
    // `Projectcoördinator: Lieselot Vermeersch`, with `lieselot.vermeersch@…` below: a person, no body
    if (list.length && personLike(list[0]!.name, words) && inEmail(doc, list[0]!.name)) list = list.slice(1);
    // `coordinator: Anna Kowalczyk (project manager), Marek Zieliński (finance officer)`: people by their jobs
    list = list.filter((org) => !withJob(doc, org, lexicons));
    // `- Stowarzyszenie X (PL), coordinator: Anna Kowalczyk`: a list of those present, where the role
    // labels the body before it and the people after it
    if (!list.length) {
      const before = orgList(doc, { start: fact.line.start, end: fact.label.start }, lexicons, { labelled: true }).at(-1);
      if (before && /^\s*(?:\([^()]{1,40}\))?\s*,\s*$/.test(doc.view.slice(before.span.end, fact.label.start))) list = [before];
    }
    // (after the lead, a part with a number is its address: `Ente capofila: X, Via del Pratello 71, 40122 Bologna`;
    // so is a street's name and all after it: `X CLG, Dock Road, Limerick, Ireland`)
    const [lead, ...rest] = list;
    if (lead) promoters.push({ org: lead, method: fact.method, confidence: fact.confidence });
    const address = rest.findIndex((org) => isStreet(org.name, words));
    for (const org of address < 0 ? rest : rest.slice(0, address)) if (!/\p{N}/u.test(org.name)) partners.push({ org, method: fact.method, confidence: fact.confidence });
    for (const org of inner.partners) partners.push({ org, method: fact.method, confidence: fact.confidence });
  }
  const partnerFacts = factsFor(doc, lexicons, 'partners').filter(firm);
  for (const fact of partnerFacts) {
    const items = valueItems(doc, fact);
    for (const item of items) {
      const list = items.length > 1 ? orgList(doc, item, lexicons, { max: 1, labelled: true }) : orgList(doc, item, lexicons, { semicolons: true, labelled: true });
      for (const org of list) place(org, fact.method, fact.confidence);
    }
  }
  // 1b. the list under a partners heading (`## Partenaires représentés`), one organisation an item
  for (const section of partnerSections(doc, lexicons)) {
    const first = doc.lines.find((l) => l.start > section.start && l.start < section.end && l.text.trim() && !section.heading.includes(l.text.trim()));
    if (!first || !isListItem(doc, first) || partnerFacts.some((f) => f.line.index === first.index)) continue;
    for (const item of listItems(doc, first.index)) for (const org of orgList(doc, item, lexicons, { max: 1, labelled: true })) place(org, 'label', CONFIDENCE.label);
  }

  // 2. cue phrases in running text
  for (const line of doc.lines) {
    if (line.text.length < 8) continue;
    const found = cueOrgs(doc, line, lexicons, words);
    for (const org of found.promoters) promoters.push({ org, method: 'pattern', confidence: CONFIDENCE.pattern });
    for (const org of found.partners) partners.push({ org, method: 'pattern', confidence: CONFIDENCE.pattern });
    for (const org of found.leads) promoters.push({ org, method: 'pattern', confidence: CONFIDENCE.heuristic });
  }

  // 2a. `LETJI was launched in January 2017 by Northshore Workforce Alliance`: a founding verb, a date, its founder
  for (const line of doc.lines) {
    if (line.text.length < 20 || !/\d{4}/.test(line.text)) continue;
    words.foundedBy.lastIndex = 0;
    let f: RegExpExecArray | null;
    while ((f = words.foundedBy.exec(line.text))) {
      if (!/(?:^|\D)(?:19|20)\d{2}(?!\d)/.test(f[1]!)) continue;
      const from = line.start + f.index + f[0].length;
      const org = orgList(doc, { start: from, end: Math.min(line.end, clauseEnd(doc, from)) }, lexicons, { max: 1 })[0];
      if (org && doc.view.slice(from, org.span.start).trim().split(/\s+/).filter(Boolean).length <= 1 && subjectLike(org, words)) promoters.push({ org, method: 'pattern', confidence: FOUNDER });
    }
  }

  // 2c. a sentence whose subject launches a project: `Kriminalvården startar i april projektet KLIV`,
  // `Das Justizministerium Mecklenburg-Vorpommern startet am 1. April 2024 das Landesprogramm …`; and a
  // title whose subject launches a named thing: `Lantern Trust launches Homeward mentoring for women …`
  if (!promoters.length) {
    const titleFinding = context.previous.find((f) => f.path === '/title');
    const spans: Array<{ span: Span; title: boolean }> = [...doc.lines.slice(0, 40).map((l) => ({ span: l as Span, title: false })), ...(titleFinding ? [{ span: titleFinding as Span, title: true }] : [])];
    for (const { span, title } of spans) {
      const org = launcher(doc, span, title, lexicons, words);
      if (org) {
        promoters.push({ org, method: 'pattern', confidence: CONFIDENCE.heuristic });
        break;
      }
    }
  }

  // 2b. examples after a word of partnership: `partnerships extend across businesses such as A, B and C`
  for (const line of doc.lines) {
    if (line.text.length < 20) continue;
    words.exampleCue.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = words.exampleCue.exec(line.text))) {
      const stop = Math.max(line.text.lastIndexOf('. ', m.index), line.text.lastIndexOf('; ', m.index));
      const before = line.text.slice(Math.max(stop + 1, m.index - 150), m.index);
      words.partnerWord.lastIndex = 0;
      if (!words.partnerWord.test(before) || /\bfund|financ|grant/i.test(before)) continue;
      const from = line.start + m.index + m[0].length;
      const list = orgList(doc, { start: from, end: clauseEnd(doc, from) }, lexicons);
      if (list.length < 2 || !opensList(doc.view.slice(from, list[0]!.span.start), words.head)) continue;
      for (const org of list) partners.push({ org, method: 'pattern', confidence: CONFIDENCE.heuristic });
    }
  }

  // 3. lists whose items carry a role or a country code: `A (Coordinator); B; C (NL)`, `A (SK), B (PL)`
  for (const line of doc.lines) {
    const roles = /\((?:[A-Z][A-Za-z]|[^()]{0,20}\b(?:coordinator|lead partner)\b[^()]{0,20})\)/gi;
    const hits = [...line.text.matchAll(roles)].filter((m) => !/^\([A-Za-z]{2}\)$/.test(m[0]) || countryOf(m[0], lexicons));
    const withRole = hits.some((m) => !/^\([A-Za-z]{2}\)$/.test(m[0]));
    if (!withRole && hits.length < 2) continue;
    const firstHit = hits[0]!.index!;
    const colon = line.text.lastIndexOf(':', firstHit);
    const stop = Math.max(colon, line.text.lastIndexOf('. ', firstHit));
    const from = line.start + (stop >= 0 ? stop + 1 : 0);
    const list = orgList(doc, { start: from, end: clauseEnd(doc, from, true) }, lexicons, { semicolons: true });
    if (list.length < 2) continue;
    for (const org of list) {
      if (org.role && words.promoterRole.has(org.role)) promoters.push({ org, method: 'pattern', confidence: CONFIDENCE.pattern });
      else partners.push({ org, method: 'pattern', confidence: CONFIDENCE.heuristic });
    }
  }

  // 4. grantees: one is the project's lead, several are the partners of a grant round
  const grantees = granteesOf(doc, lexicons, words);
  if (grantees.length === 1) promoters.push({ org: grantees[0]!, method: 'pattern', confidence: CONFIDENCE.heuristic });
  else for (const org of grantees) partners.push({ org, method: 'pattern', confidence: CONFIDENCE.heuristic });

  // 6. bare lines `Org name, Country` or list items `Org (CC), …`, two or more in a row
  let run: OrgName[] = [];
  const flush = () => {
    if (run.length >= 2) for (const org of run) partners.push({ org, method: 'pattern', confidence: CONFIDENCE.heuristic });
    run = [];
  };
  for (const line of doc.lines) {
    // (an attendee line `Name – Role, Org, NL` names people, not partners)
    const m = /\s[-–—]\s/.test(line.text) ? null : /^(.{2,100}?),\s*([^,]{2,40})$/.exec(line.text);
    const code = m ? countryOf(m[2]!, lexicons) : null;
    // an item of a list of bodies with their codes, people after them: `- Zavod Povezani (SI), host: Tina Novak`
    const coded = !code && isListItem(doc, line) ? /^([^()]{2,100}?\s\(([A-Z]{2})\))\s*(?:[,:;]|$)/u.exec(line.text) : null;
    if (coded && countryOf(coded[2]!, lexicons)) {
      const org = orgList(doc, { start: line.start, end: line.start + coded[1]!.length }, lexicons, { max: 1 })[0];
      // (a name after a legal form in lower case, `vzw Bindkracht`, is read from its capital)
      if (org && org.country && /^\p{Ll}{0,5}\s?$/u.test(doc.view.slice(line.start, org.span.start))) run.push(org);
      continue;
    }
    if (!m || !code) {
      flush();
      continue;
    }
    const list = orgList(doc, line, lexicons);
    if (list.length === 1 && list[0]!.country === code) run.push(list[0]!);
    else flush();
  }
  flush();

  // 7. the organisation a page or deck is by: a title or first line that is a name (`Ministry of Justice: …`)
  const profile = context.previous.some((f) => f.path === '/document_kind' && f.value === 'programme-profile');
  // (beside partners found elsewhere, only a name the page keeps repeating: its logo, title and footer)
  // (the project's own short name in a title, `LAUNCH: mentoring for …`, is no body)
  const acronym = context.previous.find((f) => f.path === '/acronym')?.value;
  // (nor the programme's own name: `Whakapūmau Whānau Reintegration Service | Te Whare Oranga Trust`)
  const ownName = context.previous.find((f) => f.path === '/title')?.value;
  let byline = promoters.length || profile ? null : bylineOrg(doc, lexicons, words, typeof acronym === 'string' ? acronym : null, typeof ownName === 'string' ? ownName : null);
  if (byline && partners.length && (timesNamed(doc, byline.name) < 3 || partners.some((p) => fold(p.org.name) === fold(byline!.name)))) byline = null;
  if (byline) promoters.push({ org: byline, method: 'pattern', confidence: CONFIDENCE.nlp });

  const kind = context.previous.filter((f) => f.path === '/document_kind').sort((a, b) => b.confidence - a.confidence)[0]?.value;
  // 7b. a title or breadcrumb `Project of Latvian Prison Administration`
  const owner = ownerOrg(doc, lexicons, words);
  if (owner) promoters.push({ org: owner, method: 'pattern', confidence: CONFIDENCE.heuristic });

  // 7c. slides whose running titles name the presenter's own service
  if (kind === 'presentation') {
    const title = context.previous.find((f) => f.path === '/title');
    const presenter = presenterOrg(doc, lexicons, words) ?? (title ? presenterLine(doc, title, lexicons, words) : null);
    if (presenter) promoters.push({ org: presenter, method: 'pattern', confidence: PRESENTER });
  }

  // 8. news of a grant round, or a call, with no other lead: the one body that pays runs it
  if (!promoters.some((p) => !isFunder(p.org)) && grantees.length !== 1 && (kind === 'news' || kind === 'call')) {
    const payers = payingBodies(doc, lexicons);
    const names = new Set(payers.map((p) => fold(p.name)));
    const payer = names.size === 1 ? payers[0]! : null;
    const org = payer ? readOrg(doc, payer.span, payer.span, lexicons, words) : null;
    if (org && (hasHead(org.name, words) || org.name.split(/\s+/).length >= 2)) promoters.push({ org, method: 'pattern', confidence: PAYER });
  }

  // countries: one named beside the name, else the one country of the whole document
  const sole = soleCountry(doc, lexicons);
  const carried = factsFor(doc, lexicons, 'countries')
    .map((f) => ({ f, code: countryOf(f.text, lexicons) }))
    .find((x) => x.code);
  const out: Finding[] = [];
  const emit = (path: string, c: { org: OrgName; method: string; confidence: number }, fallback: { code: string; span: Span } | null) => {
    const { org } = c;
    const country = org.country ?? fallback?.code ?? null;
    const countrySpan = org.country ? org.countrySpan : fallback?.span ?? null;
    const parts: Record<string, Span> = { name: org.span };
    if (country && countrySpan) parts.country = countrySpan;
    const start = Math.min(org.span.start, countrySpan && Math.abs(countrySpan.start - org.span.end) < 200 ? countrySpan.start : org.span.start);
    const end = Math.max(org.span.end, countrySpan && Math.abs(countrySpan.start - org.span.end) < 200 ? countrySpan.end : org.span.end);
    out.push(finding(doc, path, { name: org.name, country }, { start, end }, c.method, c.confidence, parts));
  };
  for (const list of [promoters, partners]) for (const c of list) c.org = spelledOut(doc, c.org, lexicons, words);
  const best = promoters.filter((p) => !isFunder(p.org) || p.confidence === PAYER).sort((a, b) => b.confidence - a.confidence || a.org.span.start - b.org.span.start)[0];
  if (best) {
    const fb = carried ? { code: carried.code!, span: carried.f.value } : mainCountry(doc, lexicons);
    emit('/promoter', best, fb);
    for (const p of promoters) if (p !== best && p.confidence > CONFIDENCE.nlp && fold(p.org.name) !== fold(best.org.name)) partners.push(p);
  }
  const seen = new Set<string>();
  partners.sort((a, b) => b.confidence - a.confidence);
  for (const p of partners) {
    if (isFunder(p.org)) continue;
    const k = fold(p.org.name.replace(/\s*\([^()]*\)\s*$/, ''));
    if (seen.has(k) || (best && (k === fold(best.org.name.replace(/\s*\([^()]*\)\s*$/, '')) || shortFor(p.org.name, best.org.name)))) continue;
    seen.add(k);
    emit('/partners/-', p, sole);
  }
  return out;
}

/**
 * The pieces of a partners label's value, one organisation each when it has several lines: the items of
 * the list under the label (`Parceiros:` and its items), or the lines of a fact box's value; else the value.
 */
function valueItems(doc: Document, fact: LabelFact): Span[] {
  if (fact.line.start > fact.label.end && isListItem(doc, fact.line)) return listItems(doc, fact.line.index);
  const lines = doc.lines.filter((l) => l.end > fact.value.start && l.start < fact.value.end);
  return lines.length > 1 ? lines.map((l, i) => (i === 0 ? { start: fact.value.start, end: l.end } : l)) : [fact.value];
}

/** Sections whose heading opens with a partners label (`Partners`, `Partenaires représentés`). */
function partnerSections(doc: Document, lexicons: Lexicons): Array<{ start: number; end: number; heading: string }> {
  const words = orgWords(lexicons);
  const labels = compiled(lexicons, 'organisations:partner-headings', () => phrases(lexicons, 'labels', 'partners').map((p) => p.toLowerCase()));
  // a clause that opens a list with a colon: `Our partners are:`, `Kooperationspartner waren:`, `… the following partners:`
  const opens = (clause: string): boolean => {
    const toks = clause.trim().toLowerCase().split(/\s+/);
    const verb = toks.length > 1 && words.listVerb.has(toks[toks.length - 1]!) ? 1 : 0;
    const before = toks.slice(0, toks.length - verb).join(' ');
    return toks.length <= 10 && labels.some((l) => before === l || before.endsWith(` ${l}`));
  };
  const out = doc.sections.filter((s) => {
    const h = s.heading.trim().toLowerCase().replace(/[:：]\s*$/, '');
    if (h.length > 60) return false;
    // (`Who we work with (partners)`: the word in brackets after the heading's own)
    if (labels.some((l) => h === l || h.startsWith(`${l} `) || h.endsWith(`(${l})`))) return true;
    const nl = doc.view.indexOf('\n', s.start);
    return /[:：]\s*$/.test(doc.view.slice(s.start, nl < 0 ? doc.view.length : nl)) && opens(h);
  });
  // the same clause closing a paragraph, the list under it (`Träger war der Verein X. Kooperationspartner waren:`)
  for (const line of doc.lines) {
    if (line.text.length <= 60 || !/[:：]$/.test(line.text)) continue;
    const clause = line.text.slice(0, -1).split(/[.!?]\s+/).pop()!;
    if (clause.length < line.text.length - 1 && opens(clause)) out.push({ start: line.start, end: doc.view.length, heading: clause, level: 3 });
  }
  return out;
}

/** A labelled fact whose label is really a label: a colon, a tab or a line break after it, or several words. */
function firmLabel(doc: Document, fact: LabelFact): boolean {
  const between = doc.text.slice(fact.label.end, fact.value.start) + doc.view.slice(fact.label.end, fact.value.start);
  const label = doc.view.slice(fact.label.start, fact.label.end);
  if (!/[:：\t\n|]/.test(between) && !/\s/.test(label.trim())) return false;
  // a lone capitalised word on the next line is a heading (`Coordinator` / `Details`), not a name
  if (/\n/.test(between) && !/\s/.test(fact.text) && !/^\p{Lu}[\p{Lu}\p{N}&-]+$/u.test(fact.text)) return false;
  return true;
}

/** Organisations given money in the text: `$1.1 million for Berry Street`, `X received an award of £…`. */
function granteesOf(doc: Document, lexicons: Lexicons, words: OrgWords): OrgName[] {
  const out: OrgName[] = [];
  const amount = /(?:[€$£]|\b(?:EUR|GBP|USD|AUD|CAD|NOK)\s?)\d[\d.,]{0,15}(?:\s?(?:million|m|bn|billion|k)\b)?\s+(?:is\s+going\s+)?(?:for|to)\s+(?=(?:the\s+)?\p{Lu})/gu;
  for (const line of doc.lines) {
    if (line.text.length < 10) continue;
    amount.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = amount.exec(line.text))) {
      const from = line.start + m.index + m[0].length;
      const list = orgList(doc, { start: from, end: clauseEnd(doc, from) }, lexicons, { max: 1 });
      const org = list[0];
      // (`£1.8 million for Round 2`: a word and a number name a round or a phase, not a body)
      if (org && /\s/.test(org.name) && !/^\p{L}+\s+\d+$/u.test(org.name)) out.push(org);
    }
    words.granteeAfter.lastIndex = 0;
    while ((m = words.granteeAfter.exec(line.text))) {
      const rest = line.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      // (in any language, an amount with its currency within a few words: `ha obtingut una subvenció de 240.000 euros`)
      const after = line.start + m.index + m[0].length;
      const paid = moneyMentions(doc, lexicons).some((x) => x.start >= after && x.start < after + 40);
      if (!paid && !/^\s+(?:(?:an?|the)\s+)?(?:award|grant|funding|almost|over|more|up|nearly|around|about|[€$£]|EUR|GBP|USD)/i.test(rest) && !/^\s/.test(m[0].slice(-1)) && !/award|grant/.test(m[0])) continue;
      let org = nameBefore(doc, line.start + m.index, line.start, lexicons, words);
      // `Second Chapter Learning, the Leeds-based education charity, has been awarded …`: the name before a
      // description set off by commas
      const appositive = /,\s+(?:the|an?|der|die|das|le|la|l['’]|el|il|lo|o|a|de|het|een)\s[^,;.()]{3,80},\s*$/iu.exec(line.text.slice(0, m.index));
      if (appositive) org = nameBefore(doc, line.start + appositive.index, line.start, lexicons, words) ?? org;
      if (org && /\s/.test(org.name)) out.push(org);
    }
  }
  // a list of awards, one grantee an item: `- Harbourside Housing Association – £4.6 million to provide …`
  const item = /^(\p{Lu}[^–—:]{2,120}?)\s*(?:\s[–—-]\s|:\s)(?:[€$£]|(?:EUR|GBP|USD|AUD|CAD|NZD|NOK)\s?|(?:AU|NZ|CA|US)\$)\s?\d/u;
  for (const line of doc.lines) {
    const m = item.exec(line.text);
    if (!m || !isListItem(doc, line)) continue;
    const org = orgList(doc, { start: line.start, end: line.start + m[1]!.length }, lexicons, { max: 1 })[0];
    if (org && org.span.start === line.start && /\s/.test(org.name)) out.push(org);
  }
  const seen = new Set<string>();
  return out.filter((o) => !seen.has(fold(o.name)) && !!seen.add(fold(o.name)));
}

/**
 * `the EPTA network` where the text spells the acronym out elsewhere (`European Penitentiary Training
 * Academies Network (EPTA)`): the full name with its acronym.
 */
function spelledOut(doc: Document, org: OrgName, lexicons: Lexicons, words: OrgWords): OrgName {
  // `RPS service`, or an acronym alone (`delivered by MWRN`) where the text spells it out once
  const m = /^(\p{Lu}[\p{Lu}\p{N}]{1,9})(?:\s+(\p{Ll}+))?$/u.exec(org.name);
  if (!m || (m[2] && !words.head.has(m[2]))) return org;
  const needle = `(${m[1]})`;
  for (let at = doc.view.indexOf(needle); at >= 0 && at < 2_000_000; at = doc.view.indexOf(needle, at + 1)) {
    const full = nameBefore(doc, at + needle.length, Math.max(0, at - 160), lexicons, words);
    if (!full || !full.name.endsWith(needle) || (m[2] && !full.name.toLowerCase().includes(m[2]))) continue;
    const initials = full.name.slice(0, -needle.length).split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (initials.startsWith(m[1]!)) return { ...full, country: full.country ?? org.country, countrySpan: full.country ? full.countrySpan : org.countrySpan };
  }
  return org;
}

/**
 * The organisation a slide deck's running titles keep naming (`Mentoring programs for offenders in
 * Romanian Probation Service – Method`): named in three short title lines or more.
 */
function presenterOrg(doc: Document, lexicons: Lexicons, words: OrgWords): OrgName | null {
  const counts = new Map<string, { n: number; org: OrgName }>();
  for (const line of doc.lines.slice(0, 2000)) {
    const text = line.text;
    if (text.length < 8 || text.length > 110 || /[.;]\s*$/.test(text)) continue;
    const seen = new Set<string>();
    const re = /(?:^|\b(?:in|at|of|by|from)\s+(?:the\s+)?)(?=\p{Lu})/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0] === '' && m.index > 0) {
        re.lastIndex++;
        continue;
      }
      const from = line.start + m.index + m[0].length;
      const stop = text.slice(m.index + m[0].length).search(/\s[-–—:]\s|[:(]/);
      const to = stop < 0 ? line.end : from + stop;
      const name = nameAt(doc, { start: from, end: to }, words);
      const org = name ? readOrg(doc, name, { start: from, end: to }, lexicons, words) : null;
      if (m[0] === '') re.lastIndex++;
      // (a heading in capitals names a topic: `PROBATION SERVICE STRUCTURE`)
      if (!org || !hasHead(org.name, words) || org.name.split(/\s+/).length < 2 || !/\p{Ll}/u.test(org.name)) continue;
      const key = fold(org.name).replace(/s$/, '');
      if (seen.has(key)) continue;
      seen.add(key);
      const c = counts.get(key);
      if (c) c.n++;
      else counts.set(key, { n: 1, org });
    }
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best && best.n >= 3 ? best.org : null;
}

/**
 * The presenter's own body on a line under a deck's title: `Dr Priya Raman, Program Manager, Wattle
 * Reintegration Services` (a person's name first, the body last, parts set apart by commas or dots).
 */
function presenterLine(doc: Document, title: Span, lexicons: Lexicons, words: OrgWords): OrgName | null {
  const at = doc.lines.findIndex((l) => l.end >= title.end);
  for (const line of doc.lines.slice(at + 1, at + 4)) {
    const parts = line.text.split(/\s*[,·|]\s+|\s+[–—]\s+/);
    if (parts.length < 2 || parts.length > 4 || !isPerson(parts[0]!, words)) continue;
    const last = parts[parts.length - 1]!;
    const from = line.start + line.text.lastIndexOf(last);
    const span = { start: from, end: from + last.length };
    const name = nameAt(doc, span, words);
    const org = name ? readOrg(doc, name, span, lexicons, words) : null;
    if (org && hasHead(org.name, words) && org.name.split(/\s+/).length >= 2) return org;
  }
  return null;
}

/** A person's name: two or three capitalised words, a middle initial allowed. */
const PERSON = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\.?)?(?:[ -]\p{Lu}\p{Ll}+){1,2}$/u;

/** Whether a name is a street's (`Dock Road`, `Rue des Brasseurs`, `Via San Lazzaro`, `Kurze Brunnenstraße`): its first or last word is a street word, or its last word ends like one (`street_end`). */
function isStreet(name: string, words: OrgWords): boolean {
  const toks = name.toLowerCase().split(/\s+/).map((t) => t.replace(/\.$/, ''));
  const last = toks[toks.length - 1]!;
  return toks.length >= 2 && (words.street.has(toks[0]!) || words.street.has(last) || words.streetEnd.some((end) => last.endsWith(end)));
}

/** Whether a part of a line is a person's name, after any titles of address (`person_title`: `Dr`, `Prof. Dr.`, `Mag.`). */
function isPerson(part: string, words: OrgWords): boolean {
  const toks = part.split(/\s+/);
  while (toks.length > 2 && words.personTitle.has(toks[0]!.toLowerCase())) toks.shift();
  return PERSON.test(toks.join(' '));
}

/** The owner a title or breadcrumb segment names: `… > Project of Latvian Prison Administration`. */
function ownerOrg(doc: Document, lexicons: Lexicons, words: OrgWords): OrgName | null {
  const spans: Span[] = [];
  if (doc.pageTitle) spans.push(doc.pageTitle);
  for (const line of doc.lines.filter((l) => l.text.trim()).slice(0, 6)) spans.push(line);
  for (const span of spans) {
    const text = doc.view.slice(span.start, span.end);
    if (text.length > 200) continue;
    const re = /[^>›»|·]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const seg = m[0].trim();
      const head = words.ownerHead.exec(seg);
      if (!head) continue;
      const from = span.start + m.index + m[0].indexOf(seg) + head[0].length;
      const to = span.start + m.index + m[0].trimEnd().length;
      const org = orgList(doc, { start: from, end: to }, lexicons, { max: 1 })[0];
      if (org && org.span.start - from < 5 && to - org.span.end < 3 && hasHead(org.name, words)) return org;
    }
  }
  return null;
}

/**
 * A title name without a head word (`Unlocked Graduates`, `Public Safety Canada`) is the document's
 * organisation when the body speaks of it as an actor: a sentence opens with it, or it recurs.
 */
function presentsItself(doc: Document, org: OrgName, title: Span): boolean {
  if (org.name.split(/\s+/).length < 2 && !/^\p{Lu}{3,}$/u.test(org.name)) return false;
  const re = namePattern(org.name, 'gu');
  re.lastIndex = 0;
  let opens = 0;
  let all = 0;
  let m: RegExpExecArray | null;
  const view = doc.view.slice(0, 200_000);
  while ((m = re.exec(view)) && all < 10) {
    if (m.index >= title.start && m.index < title.end) continue;
    all++;
    const before = view.slice(Math.max(0, m.index - 3), m.index);
    const after = view.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if ((/(?:^|[.!?]\s|\n\s*)$/.test(before) || m.index === 0) && /^(?:['’]s\s|\s+(?:\p{Ll}|\()|\s*$)/u.test(after)) opens++;
  }
  return (opens >= 1 && all >= 2) || all >= 3;
}

/**
 * The subject of a launch verb in a line or a title: a name that opens the sentence, with a head word or two
 * words or more, before a verb of launching and a project noun (in a title, a capitalised name will do).
 */
function launcher(doc: Document, span: Span, title: boolean, lexicons: Lexicons, words: OrgWords): OrgName | null {
  const text = doc.view.slice(span.start, span.end);
  words.launchAfter.lastIndex = 0;
  const m = words.launchAfter.exec(text);
  if (!m || m.index === 0) return null;
  const after = text.slice(m.index + m[0].length);
  words.projectNoun.lastIndex = 0;
  const named = words.projectNoun.test(after.slice(0, 80)) || (title && /^\s+(?:(?:the|a|an|its|their|das|die|der|den|le|la|les|il|el|o)\s+)?["“„«]?\p{Lu}/u.test(after));
  if (!named) return null;
  const org = nameBefore(doc, span.start + m.index, span.start, lexicons, words);
  if (!org || !(hasHead(org.name, words) || org.name.split(/\s+/).length >= 2)) return null;
  const lead = doc.view.slice(span.start, org.span.start);
  return (title ? /^\W*$/u : /(?:^|[.!?]\s+)(?:\p{Lu}\p{Ll}{1,3}\s+)?$/u).test(lead) ? org : null;
}

/** Two or three capitalised words with no head word, acronym or digit: a person's name by its shape. */
/** Whether a name is followed by a person's job in brackets (`(finance officer)`; the contacts lexicon's roles). */
function withJob(doc: Document, org: OrgName, lexicons: Lexicons): boolean {
  const jobs = contactRoles(lexicons);
  const m = /^\s*\(([^()]{2,60})\)/.exec(doc.view.slice(org.span.end, org.span.end + 64));
  if (!m) return false;
  // the job, or its last words (`finance officer`, `officer`)
  const said = m[1]!.trim().toLowerCase().split(/\s+/);
  return said.some((_, i) => jobs.has(said.slice(i).join(' ')));
}

function personLike(name: string, words: OrgWords): boolean {
  const toks = name.split(/\s+/);
  return toks.length >= 2 && toks.length <= 3 && toks.every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t)) && !hasHead(name, words);
}

/** Whether a name is another without its legal form (`Kompasroos` for `Kompasroos vzw`, `Lantern` no: `Lantern Trust`). */
function shortFor(short: string, full: string): boolean {
  if (!full.startsWith(short + ' ')) return false;
  const rest = full.slice(short.length).trim().split(/\s+/);
  return rest.length <= 2 && rest.every((t) => /^\p{Ll}/u.test(t) || /^\p{Lu}{2,5}$/u.test(t) || /\./.test(t));
}

/** Whether every word of a name stands in the local part of an e-mail address of the text (`lieselot.vermeersch@`). */
function inEmail(doc: Document, name: string): boolean {
  const fold = (t: string) => t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const locals = [...doc.view.matchAll(/([\w.+-]{3,64})@[\w-]+\.[\w.-]+/gu)].map((m) => fold(m[1]!).split(/[._+-]+/));
  const parts = name.split(/[\s-]+/).map(fold);
  return locals.some((l) => parts.every((p) => l.includes(p)));
}

function hasHead(name: string, words: OrgWords): boolean {
  return name.split(/\s+/).some((t) => words.head.has(bare(t).toLowerCase()));
}

/**
 * The organisation a document is by, from its title or first lines: a segment (`Ministry of Justice:
 * …`, `St Giles Trust – Peer Advice Project`, `University of Chicago Crime Lab · Chicago`) that is a
 * whole organisation name with a head word. Breadcrumbs (a website's trail) do not count.
 */
function bylineOrg(doc: Document, lexicons: Lexicons, words: OrgWords, acronym: string | null, title: string | null): OrgName | null {
  const spans: Span[] = [];
  if (doc.pageTitle) spans.push(doc.pageTitle);
  for (const line of doc.lines.filter((l) => l.text.trim()).slice(0, 4)) spans.push(line);
  let own: OrgName | null = null;
  for (const span of spans) {
    const text = doc.view.slice(span.start, span.end);
    if (/[›»>]|\s\/\s/.test(text) || text.length > 160) continue;
    const re = /[^:|·–—,]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const seg = m[0];
      const lead = seg.length - seg.trimStart().length;
      const piece = { start: span.start + m.index + lead, end: span.start + m.index + seg.trimEnd().length };
      if (piece.end <= piece.start) continue;
      const name = nameAt(doc, piece, words);
      if (!name || name.end < piece.end - 1 || name.start > piece.start + 4) continue;
      const org = readOrg(doc, name, piece, lexicons, words);
      if (!org || org.name.split(/\s+/).length > 8) continue;
      if (!hasHead(org.name, words) && !presentsItself(doc, org, span)) continue;
      if (/\b(?:programme|program|project|report|evaluation|review|summit|conference|meeting|grants?|fund)\b|\d/i.test(org.name)) continue;
      if (FUNCTION_WORD.test(org.name.split(/\s+/)[0]!) || /^(?:from|into|towards?|through|beyond|after|before)$/i.test(org.name.split(/\s+/)[0]!)) continue;
      if (acronym && fold(org.name) === fold(acronym)) continue;
      // (the programme's own name, when the same line names a body after it, is not the one it is by)
      if (title && fold(org.name) === fold(title)) {
        own ??= org;
        continue;
      }
      return org;
    }
    if (own) return own;
  }
  return null;
}

/** How often a name is written in the text as given, markup included (a logo's `alt`), up to four. */
function timesNamed(doc: Document, name: string): number {
  let n = 0;
  for (let at = doc.text.indexOf(name); at >= 0 && n < 4; at = doc.text.indexOf(name, at + name.length)) n++;
  return n;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^(?:the|der|die|das|la|le|il|l)\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Organisations after a promoter or partner cue, and before a `as lead partner` phrase, in a span. */
function cueOrgs(doc: Document, span: Span, lexicons: Lexicons, words: OrgWords): { promoters: OrgName[]; partners: OrgName[]; leads: OrgName[] } {
  const text = doc.view.slice(span.start, span.end);
  const promoters: OrgName[] = [];
  const partners: OrgName[] = [];
  const moneyRe = /\b(?:fund(?:s|ed|ing)?|grants?|financ\w*|donation|€|£|\$)/i;
  for (const [re, kind] of [
    [words.promoterCue, 'promoter'],
    [words.partnerCue, 'partner'],
  ] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      // (a cue may stand as a label: `Koostöös: A, B ja C`)
      const from = span.start + m.index + m[0].length + (/^\s*:\s*/.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
      const end = Math.min(span.end, clauseEnd(doc, from));
      const before = text.slice(Math.max(0, m.index - 6), m.index);
      const atStart = (m.index < 6 && !/\S/.test(before)) || /[.:]\s*$/.test(before);
      const listVerb = words.listVerb.has(m[0].toLowerCase().split(/\s+/).pop() ?? '');
      let list = orgList(doc, { start: from, end }, lexicons);
      // a cue that opens its sentence names one partner before the sentence goes on (`In cooperation with
      // X, the charity …`), unless the list is all the clause holds (`In partnership with: A, B and C`)
      const wholeClause = list.length > 1 && /^[\s.;:!?)]*$/u.test(doc.view.slice(list[list.length - 1]!.span.end, end).replace(/^\s*\([^()]*\)/u, ''));
      if (atStart && kind === 'partner' && !listVerb && !wholeClause) list = list.slice(0, 1);
      if (!list.length) continue;
      if (kind === 'partner' && /evaluat/i.test(doc.view.slice(Math.max(span.start, from - 120), end))) continue;
      // `with the support of X` where X pays is funding, not partnership
      if (/support/i.test(m[0]) && (moneyRe.test(doc.view.slice(from, end)) || moneyRe.test(text.slice(Math.max(0, m.index - 40), m.index)))) continue;
      // the list must start right after the cue
      if (!/^\s*(?:(?:the|der|die|den|dem|das|le|la|les|il|lo|gli|i|o|a|os|as|el|los|las)\s+)?["“„]?(?:l['’])?\S/i.test(doc.view.slice(from, list[0]!.span.start + 1))) continue;
      if (doc.view.slice(from, list[0]!.span.start).trim().split(/\s+/).filter(Boolean).length > 3) continue;
      // `run by Elders`: a cue also said of people needs a name that looks like a body
      words.weakCue.lastIndex = 0;
      const weak = kind === 'partner' && ((words.weakCue.exec(m[0]) ?? [''])[0].length === m[0].length);
      list.filter((org) => !weak || subjectLike(org, words)).forEach((org, i) => (kind === 'promoter' && i === 0 ? promoters : partners).push(org));
    }
  }
  // `das Projekt „…“ des Vereins X`: the owner named after a project's name
  words.projectOf.lastIndex = 0;
  let po: RegExpExecArray | null;
  while ((po = words.projectOf.exec(text))) {
    const before = text.slice(Math.max(0, po.index - 120), po.index);
    words.projectNoun.lastIndex = 0;
    if (!words.projectNoun.test(before.slice(Math.max(before.lastIndexOf('. '), 0)))) continue;
    const from = span.start + po.index + po[0].length;
    const org = orgList(doc, { start: from, end: Math.min(span.end, clauseEnd(doc, from)) }, lexicons, { max: 1 })[0];
    if (org && org.span.start - from < 4) promoters.push(org);
  }
  words.promoterAfter.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = words.promoterAfter.exec(text))) {
    const org = nameBefore(doc, span.start + m.index, span.start, lexicons, words);
    if (org) promoters.push(org);
  }
  words.partnerAfter.lastIndex = 0;
  while ((m = words.partnerAfter.exec(text))) {
    const org = nameBefore(doc, span.start + m.index, span.start, lexicons, words);
    if (org) partners.push(org);
  }
  return { promoters, partners, leads: jointSubjects(doc, span, lexicons, words) };
}

/**
 * The organisation a sentence opens with before a joint cue (`The NHC, in cooperation with …`,
 * `a Incarceration Nations Network (INN) juntou-se ao …`): it leads the work it shares.
 */
function jointSubjects(doc: Document, span: Span, lexicons: Lexicons, words: OrgWords): OrgName[] {
  const text = doc.view.slice(span.start, span.end);
  const out: OrgName[] = [];
  words.jointCue.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = words.jointCue.exec(text))) {
    const at = span.start + m.index;
    const end = trimEnd(doc.view, at);
    const org = nameBefore(doc, doc.view[end - 1] === ',' ? end - 1 : end, span.start, lexicons, words);
    if (!org || !subjectLike(org, words)) continue;
    // the name opens its sentence or a clause: nothing but an article between it and a stop or comma
    const before = doc.view.slice(Math.max(span.start, org.span.start - 200), org.span.start);
    const lead = /(?:^|[.!?:;,]["'”’»]?\s|\n)\s*(?:\p{L}{1,4}\s+)?["“„]?$/u.exec(before);
    const word = lead ? /(\p{L}{1,4})\s+["“„]?$/u.exec(lead[0])?.[1] : undefined;
    if (!lead || (word && !words.article.has(word.toLowerCase()))) continue;
    out.push(org);
  }
  return out;
}

/** A name that can be a sentence's organisation subject: a head word, an acronym, or several capitalised words. */
function subjectLike(org: OrgName, words: OrgWords): boolean {
  const toks = org.name.split(/\s+/);
  return hasHead(org.name, words) || /^\p{Lu}{2,}/u.test(org.name) || toks.filter((t) => /^\p{Lu}/u.test(t)).length >= 2;
}

/** The organisation name that ends right before `end` (`with Sacro as lead partner`). */
function nameBefore(doc: Document, end: number, floor: number, lexicons: Lexicons, words: OrgWords): OrgName | null {
  const toks = tokens(doc.view, { start: Math.max(floor, end - 160), end });
  let k = toks.length - 1;
  let start = -1;
  while (k >= 0) {
    const raw = toks[k]!.text;
    // a stop ends the name (a closing quote after it too), but not an abbreviation's (`e. V.`, `St.`)
    if (/[,;:.!?]["'”’»]*$/.test(raw) && k !== toks.length - 1 && !/^(?:\p{L}|St|Co|Inc|Ltd)\.$/u.test(raw)) break;
    // and a closing quote: the end of a title before the name (`het project 'Thuis na Detentie' van Stichting …`)
    if (/\p{L}["'”’»]$/u.test(raw) && k !== toks.length - 1) break;
    // so does a blank line (a heading above the name)
    if (k < toks.length - 1 && /\n[^\S\n]*\n/.test(doc.view.slice(toks[k]!.end, toks[k + 1]!.start))) break;
    const t = bare(raw);
    const lower = t.toLowerCase();
    const prev = k > 0 ? bare(toks[k - 1]!.text).toLowerCase() : '';
    if (nameWord(t) || /\)$/.test(raw)) start = toks[k]!.start;
    else if (!words.inner.has(lower) || (words.article.has(lower) && !(words.inner.has(prev) && !words.article.has(prev)))) break;
    k--;
  }
  if (start < 0) return null;
  const name = nameAt(doc, { start, end }, words);
  return name ? readOrg(doc, name, { start, end }, lexicons, words) : null;
}

/**
 * Does the text between an example cue and the first name found hold only list items? Either next to
 * nothing (`such as A, B`), or whole items naming bodies in lower case, each with a head word
 * (`for example, the social services of X, the Ministry of Justice and …`).
 */
function opensList(gap: string, head: Set<string>): boolean {
  if (gap.length <= 6) return true;
  if (!/(?:,|\s(?:and|&))\s*(?:the\s+)?$/iu.test(gap)) return false;
  const items = gap.replace(/^[\s,:]+/u, '').replace(/(?:\s(?:and|&))?\s*(?:the\s*)?$/iu, '').split(',').map((x) => x.trim()).filter(Boolean);
  return items.length > 0 && items.length <= 3 && items.every((item) => item.length <= 80 && item.split(/\s+/u).some((w) => head.has(w.toLowerCase().replace(/s$/u, '')) || head.has(w.toLowerCase())));
}

