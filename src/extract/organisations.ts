// Promoter and partners: labelled leads and partner lists, cue phrases (`implemented by`, `in
// partnership with`), names with a role or country code beside them, and bare `Org, Country` lines.
import type { Document, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import type { ExtractContext, Finding } from './finding.js';
import { CONFIDENCE, finding } from './finding.js';
import { factsFor } from './labels.js';
import type { LabelFact } from './labels.js';
import { countryMentions } from './geo.js';
import { funderSpans } from './funding.js';
import type { OrgName, OrgWords } from './org-names.js';
import { FUNCTION_WORD, bare, clauseEnd, countryOf, nameAt, nameWord, orgList, orgWords, readOrg, tokens } from './org-names.js';

/** The one country the document names (funders' names aside), or null when it names none or several. */
function soleCountry(doc: Document, lexicons: Lexicons): { code: string; span: Span } | null {
  const skip = funderSpans(doc, lexicons);
  let first: { code: string; span: Span } | null = null;
  for (const m of countryMentions(doc.view, lexicons)) {
    if (skip.some((s) => m.index < s.end && m.index + m.length > s.start)) continue;
    if (!first) first = { code: m.code, span: { start: m.index, end: m.index + m.length } };
    else if (m.code !== first.code) return null;
  }
  return first;
}

/** Findings for the promoter and the partners. */
export function organisations(doc: Document, context: ExtractContext): Finding[] {
  const { lexicons } = context;
  const words = orgWords(lexicons);
  const promoters: Array<{ org: OrgName; method: string; confidence: number }> = [];
  const partners: Array<{ org: OrgName; method: string; confidence: number }> = [];
  const funderNames = new Set(funderSpans(doc, lexicons).map((s) => fold(doc.view.slice(s.start, s.end))));
  const isFunder = (o: OrgName) => funderNames.has(fold(o.name));

  // 1. labelled facts: `Project promoter: X`, `Partners: A, B and C`
  for (const fact of factsFor(doc, lexicons, 'promoter').filter((f) => firmLabel(doc, f))) {
    const inner = cueOrgs(doc, fact.value, lexicons, words);
    const list = inner.promoters.length ? inner.promoters : orgList(doc, fact.value, lexicons, { semicolons: true });
    list.forEach((org, i) => (i === 0 ? promoters : partners).push({ org, method: fact.method, confidence: fact.confidence }));
    for (const org of inner.partners) partners.push({ org, method: fact.method, confidence: fact.confidence });
  }
  for (const fact of factsFor(doc, lexicons, 'partners').filter((f) => firmLabel(doc, f))) {
    for (const org of orgList(doc, fact.value, lexicons, { semicolons: true })) {
      if (org.role && words.promoterRole.has(org.role)) promoters.push({ org, method: fact.method, confidence: fact.confidence });
      else partners.push({ org, method: fact.method, confidence: fact.confidence });
    }
  }

  // 2. cue phrases in running text
  for (const line of doc.lines) {
    if (line.text.length < 8) continue;
    const found = cueOrgs(doc, line, lexicons, words);
    for (const org of found.promoters) promoters.push({ org, method: 'pattern', confidence: CONFIDENCE.pattern });
    for (const org of found.partners) partners.push({ org, method: 'pattern', confidence: CONFIDENCE.pattern });
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

  // 6. bare lines `Org name, Country`, two or more in a row
  let run: OrgName[] = [];
  const flush = () => {
    if (run.length >= 2) for (const org of run) partners.push({ org, method: 'pattern', confidence: CONFIDENCE.heuristic });
    run = [];
  };
  for (const line of doc.lines) {
    // (an attendee line `Name – Role, Org, NL` names people, not partners)
    const m = /\s[-–—]\s/.test(line.text) ? null : /^(.{2,100}?),\s*([^,]{2,40})$/.exec(line.text);
    const code = m ? countryOf(m[2]!, lexicons) : null;
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
  const byline = promoters.length || partners.length || profile ? null : bylineOrg(doc, lexicons, words);
  if (byline) promoters.push({ org: byline, method: 'pattern', confidence: CONFIDENCE.nlp });

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
  const best = promoters.filter((p) => !isFunder(p.org)).sort((a, b) => b.confidence - a.confidence || a.org.span.start - b.org.span.start)[0];
  if (best) {
    const fb = carried ? { code: carried.code!, span: carried.f.value } : sole;
    emit('/promoter', best, fb);
    for (const p of promoters) if (p !== best && p.confidence > CONFIDENCE.nlp && fold(p.org.name) !== fold(best.org.name)) partners.push(p);
  }
  const seen = new Set<string>();
  partners.sort((a, b) => b.confidence - a.confidence);
  for (const p of partners) {
    if (isFunder(p.org)) continue;
    const k = fold(p.org.name.replace(/\s*\([^()]*\)\s*$/, ''));
    if (seen.has(k) || (best && k === fold(best.org.name.replace(/\s*\([^()]*\)\s*$/, '')))) continue;
    seen.add(k);
    emit('/partners/-', p, sole);
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
      if (org && /\s/.test(org.name)) out.push(org);
    }
    words.granteeAfter.lastIndex = 0;
    while ((m = words.granteeAfter.exec(line.text))) {
      const rest = line.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (!/^\s+(?:(?:an?|the)\s+)?(?:award|grant|funding|almost|over|more|up|nearly|around|about|[€$£]|EUR|GBP|USD)/i.test(rest) && !/^\s/.test(m[0].slice(-1)) && !/award|grant/.test(m[0])) continue;
      const org = nameBefore(doc, line.start + m.index, line.start, lexicons, words);
      if (org && /\s/.test(org.name)) out.push(org);
    }
  }
  const seen = new Set<string>();
  return out.filter((o) => !seen.has(fold(o.name)) && !!seen.add(fold(o.name)));
}

function hasHead(name: string, words: OrgWords): boolean {
  return name.split(/\s+/).some((t) => words.head.has(bare(t).toLowerCase()));
}

/**
 * The organisation a document is by, from its title or first lines: a segment (`Ministry of Justice:
 * …`, `St Giles Trust – Peer Advice Project`, `University of Chicago Crime Lab · Chicago`) that is a
 * whole organisation name with a head word. Breadcrumbs (a website's trail) do not count.
 */
function bylineOrg(doc: Document, lexicons: Lexicons, words: OrgWords): OrgName | null {
  const spans: Span[] = [];
  if (doc.pageTitle) spans.push(doc.pageTitle);
  for (const line of doc.lines.slice(0, 4)) spans.push(line);
  for (const span of spans) {
    const text = doc.view.slice(span.start, span.end);
    if (/[›»>]|\s\/\s/.test(text) || text.length > 160) continue;
    const re = /[^:|·–—]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const seg = m[0];
      const lead = seg.length - seg.trimStart().length;
      const piece = { start: span.start + m.index + lead, end: span.start + m.index + seg.trimEnd().length };
      if (piece.end <= piece.start) continue;
      const name = nameAt(doc, piece, words);
      if (!name || name.end < piece.end - 1 || name.start > piece.start + 4) continue;
      const org = readOrg(doc, name, piece, lexicons, words);
      if (!org || !hasHead(org.name, words) || org.name.split(/\s+/).length > 8) continue;
      if (/\b(?:programme|program|project|report|evaluation|review|summit|conference|meeting|grants?|fund)\b|\d/i.test(org.name)) continue;
      if (FUNCTION_WORD.test(org.name.split(/\s+/)[0]!) || /^(?:from|into|towards?|through|beyond|after|before)$/i.test(org.name.split(/\s+/)[0]!)) continue;
      return org;
    }
  }
  return null;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^(?:the|der|die|das|la|le|il|l)\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Organisations after a promoter or partner cue, and before a `as lead partner` phrase, in a span. */
function cueOrgs(doc: Document, span: Span, lexicons: Lexicons, words: OrgWords): { promoters: OrgName[]; partners: OrgName[] } {
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
      const from = span.start + m.index + m[0].length;
      const end = Math.min(span.end, clauseEnd(doc, from));
      const before = text.slice(Math.max(0, m.index - 6), m.index);
      const atStart = (m.index < 6 && !/\S/.test(before)) || /[.:]\s*$/.test(before);
      const list = orgList(doc, { start: from, end }, lexicons, atStart && kind === 'partner' ? { max: 1 } : {});
      if (!list.length) continue;
      if (kind === 'partner' && /evaluat/i.test(doc.view.slice(Math.max(span.start, from - 120), end))) continue;
      // `with the support of X` where X pays is funding, not partnership
      if (/support/i.test(m[0]) && (moneyRe.test(doc.view.slice(from, end)) || moneyRe.test(text.slice(Math.max(0, m.index - 40), m.index)))) continue;
      // the list must start right after the cue
      if (!/^\s*(?:(?:the|der|die|den|dem|das|le|la|les|il|lo|gli|i|o|a|os|as|el|los|las)\s+)?["“„]?(?:l['’])?\S/i.test(doc.view.slice(from, list[0]!.span.start + 1))) continue;
      if (doc.view.slice(from, list[0]!.span.start).trim().split(/\s+/).filter(Boolean).length > 3) continue;
      list.forEach((org, i) => (kind === 'promoter' && i === 0 ? promoters : partners).push(org));
    }
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
  return { promoters, partners };
}

/** The organisation name that ends right before `end` (`with Sacro as lead partner`). */
function nameBefore(doc: Document, end: number, floor: number, lexicons: Lexicons, words: OrgWords): OrgName | null {
  const toks = tokens(doc.view, { start: Math.max(floor, end - 160), end });
  let k = toks.length - 1;
  let start = -1;
  while (k >= 0) {
    const raw = toks[k]!.text;
    if (/[,;:.!?]$/.test(raw) && k !== toks.length - 1) break;
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
