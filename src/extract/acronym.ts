// The short name a document gives its project or programme (`MIPT`, `RE[ENTER]`, `PPROMPT`), as written:
// labelled, in brackets in the title, a short word of the title, or defined beside the title's words.
import { compiled } from './memo.js';
import { PhraseFinder } from './trie.js';
import type { Document, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases } from '../pipeline/lexicons.js';
import { CONFIDENCE, finding, type Finding } from './finding.js';
import { factsFor } from './labels.js';

/** Small words that may sit inside a name (`Centre for the Study of Crime`). */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'to', 'in', 'on', 'at', 'with', 'a', 'an', '&', 'de', 'la', 'le', 'les', 'des', 'du', 'di', 'del', 'della', 'dei', 'per', 'e', 'et', 'y', 'und', 'für', 'der', 'die', 'das', 'von', 'zu', 'im', 'da', 'do', 'dos', 'das', 'em']);

/** Bracketed definitions read in one document at most: real texts have far fewer. */
const MAX_DEFINITIONS = 400;

/**
 * A name of one or two words in quotes right after a project noun (`„Tandem“`, `«Fuori Rotta»`); a longer
 * quoted name (`„Verantwortung statt Gewalt“`) is the project's full name, not a short one.
 */
const QUOTED = /^\s{1,3}[„"«“‚'‹]\s?(\p{Lu}[\p{L}\p{N}'’-]*(?:\s[\p{L}\p{N}'’-]+)?)\s?[“"»”'’‘›](?![\p{L}])/u;

/** How far into a text a short name beside a project noun is looked for (or a quarter of a long text). */
const NOUN_REACH = 8000;

/** A token that can be a short name: a capital, then letters (at most one digit), `-`, `[`, `]` or `+`. */
const TOKEN = /(?<![\p{L}\p{N}\-[])\p{L}[\p{L}\p{N}]{0,15}(?:[-[][\p{L}\p{N}]{1,12}\]?){0,3}(?![\p{L}\p{N}])/gu;

/** A short name right before or after a project noun (`the PREP project`, `progetto CUP`). */
const NOUN_TOKEN = '\\p{Lu}[\\p{L}\\p{N}]{1,15}(?:[-[][\\p{L}\\p{N}]{1,12}\\]?){0,3}';
const NOUN_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}\\-])(${NOUN_TOKEN})\\s$`, 'u');
const NOUN_AFTER = new RegExp(`^\\s(${NOUN_TOKEN})(?![\\p{L}\\p{N}\\-\\]])`, 'u');

/** The acronym finding with the highest confidence, or null. `title` is the title finding, when there is one. */
export function acronym(doc: Document, lexicons: Lexicons, title: Finding | null): Finding | null {
  const found: Finding[] = [];
  const stop = new Set(phrases(lexicons, 'titles', 'not_acronyms').map((w) => w.toUpperCase()));
  const orgWords = new Set(phrases(lexicons, 'titles', 'letterhead').map((w) => w.toLowerCase()));
  const defs = definitions(doc);
  const orgs = new Set(defs.filter((d) => d.words.length > 0 && (orgWords.has(d.words[0]!.toLowerCase()) || orgWords.has(d.words[d.words.length - 1]!.toLowerCase()))).map((d) => d.token));
  const isOrg = (token: string): boolean => orgs.has(token);
  const counts = new Map<string, number>();
  const uses = (token: string): number => {
    let n = counts.get(token);
    if (n === undefined) {
      n = 0;
      for (let at = doc.view.indexOf(token); at >= 0 && n < 3; at = doc.view.indexOf(token, at + token.length)) n++;
      counts.set(token, n);
    }
    return n;
  };
  const ok = (token: string): boolean => isShortName(token) && !stop.has(token.toUpperCase().replace(/S$/, '')) && !stop.has(token.toUpperCase());

  // 1. a label: `Acronym: MIPT`
  for (const fact of factsFor(doc, lexicons, 'acronym')) {
    const m = /^\S{2,30}/.exec(doc.view.slice(fact.value.start, fact.value.end));
    if (m) found.push(finding(doc, '/acronym', m[0], { start: fact.value.start, end: fact.value.start + m[0].length }, fact.method, fact.confidence));
  }
  const titles: Span[] = [];
  if (title) titles.push(title);
  for (const fact of factsFor(doc, lexicons, 'title')) if (fact.value.end - fact.value.start <= 300) titles.push(fact.value);
  const titleWords = new Set<string>();
  for (const t of titles) for (const w of contentWords(doc.view.slice(t.start, t.end))) titleWords.add(w);
  const titleOrder = title ? contentWords(doc.view.slice(title.start, title.end)) : [];

  for (const [k, t] of titles.entries()) {
    const text = doc.view.slice(t.start, t.end);
    // 2. in brackets in the title: `Implementation of mediation in probation offices (MIPT)`, `(Just Closer)`
    for (const m of text.matchAll(/\(([^()]{2,30})\)/g)) {
      const inner = m[1]!.trim();
      const words = inner.split(/\s+/);
      const caps = (inner.match(/\p{Lu}/gu) ?? []).length;
      if (words.length > 3 || caps < 2 || !words.every((w) => /^\p{Lu}/u.test(w)) || /\d{2}/.test(inner) || stop.has(inner.toUpperCase())) continue;
      const start = t.start + m.index! + m[0].indexOf(inner);
      found.push(finding(doc, '/acronym', inner, { start, end: start + inner.length }, 'title', k === 0 ? CONFIDENCE.pattern + 0.05 : CONFIDENCE.heuristic + 0.05));
    }
    // 3. a short name among the title's words: `The EPTA-I end of project …`, `JOBTRACK “Working with Conviction”`
    if (k === 0 && !mostlyUpper(text)) {
      for (const m of text.matchAll(TOKEN)) {
        const token = m[0];
        if (!ok(token) || /\d/.test(token) || !isAllCapsLike(token) || isOrg(token)) continue;
        // one word of a name in capitals (`INSIDE OUT LEARNING`) is not a short name
        if (/(?:^|[^\p{L}])\p{Lu}{2,}\s+$/u.test(text.slice(Math.max(0, m.index! - 20), m.index!)) || /^\s+\p{Lu}{2,}(?![\p{Ll}])/u.test(text.slice(m.index! + token.length, m.index! + token.length + 20))) continue;
        found.push(finding(doc, '/acronym', token, { start: t.start + m.index!, end: t.start + m.index! + token.length }, 'title', CONFIDENCE.pattern - 0.05));
        break;
      }
    }
  }
  // 4. defined in the text beside the title's words: `The Virtual European Prison School (VEPS) Project`
  if (titleWords.size) {
    const tried = new Set<string>();
    for (const d of defs) {
      if (tried.has(d.token) || !ok(d.token) || isOrg(d.token)) continue;
      tried.add(d.token);
      const shared = contentWords(d.words.join(' ')).filter((w) => titleWords.has(w));
      // three words of the title, or every word of a short name: `Preventing Violent Extremism (PVE)` is not `Preventing violent radicalisation`
      const own = contentWords(d.words.join(' '));
      if (shared.length < 3 && !(shared.length >= 2 && shared.length === own.length)) continue;
      // the name that comes first in the title wins among those defined beside its words
      const at = Math.max(0, Math.min(...shared.map((w) => titleOrder.indexOf(w)).filter((i) => i >= 0)));
      found.push(finding(doc, '/acronym', d.token, d.span, 'pattern', CONFIDENCE.heuristic + 0.05 - at * 0.001));
    }
  }
  // 5. a short name spelt out in brackets after it: `icommit (Improved Commitment of Multi-stakeholder …)`
  let spelt = 0;
  for (const p of doc.view.matchAll(/\s\(([^()]{8,200})\)/g)) {
    if (++spelt > MAX_DEFINITIONS) break;
    const lead = /(?<![\p{L}\p{N}])[\p{L}][\p{L}\p{N}-]{2,15}$/u.exec(doc.view.slice(Math.max(0, p.index! - 17), p.index!));
    if (!lead) continue;
    const m = { index: p.index! - lead[0].length };
    const token = lead[0];
    const words = p[1]!.split(/[\s-]+/).filter(Boolean);
    if (words.length < 3 || stop.has(token.toUpperCase()) || !/^\p{Lu}/u.test(words[0]!)) continue;
    const content = words.filter((w) => !CONNECTORS.has(w.toLowerCase()));
    if (content.filter((w) => /^\p{Lu}/u.test(w)).length * 5 < content.length * 4) continue;
    if (counts.size > 50 && !counts.has(token)) continue;
    if (uses(token) < 2) continue; // the short name is used again
    if (orgWords.has(words[0]!.toLowerCase()) || orgWords.has(words[words.length - 1]!.toLowerCase())) continue;
    if (!spells(token, words)) continue;
    found.push(finding(doc, '/acronym', token, { start: m.index!, end: m.index! + token.length }, 'pattern', CONFIDENCE.heuristic - 0.03));
  }
  // 6. beside a project noun: `the PREP project`, `progetto CUP`, `the COURAGE training course`
  const nouns = phrases(lexicons, 'titles', 'acronym_nouns');
  if (nouns.length) {
    const nounFinder = compiled(lexicons, 'acronym:nouns', () => new PhraseFinder(nouns, { boundary: 'letters', space: '\\s+' }));
    const before = NOUN_BEFORE;
    const after = NOUN_AFTER;
    let hit: Finding | null = null;
    // the project's own name shows near the top: deep in a long text, `the Italian LCP model` is one programme among others
    const reach = Math.max(NOUN_REACH, doc.view.length / 4);
    for (const m of nounFinder.startingBy(doc.view, reach)) {
      if (m[0] === m[0].toUpperCase()) continue; // `PROJECT FINISHED`: a line in capitals, not a name
      const b = before.exec(doc.view.slice(Math.max(0, m.index! - 40), m.index!));
      const a = after.exec(doc.view.slice(m.index! + m[0].length, m.index! + m[0].length + 40));
      for (const [token, start] of [
        [b?.[1], m.index! - (b ? b[0].length : 0)],
        [a?.[1], m.index! + m[0].length + 1],
      ] as const) {
        if (!token || !ok(token) || !isAllCapsLike(token) || /\d/.test(token) || isOrg(token)) continue;
        hit = finding(doc, '/acronym', token, { start, end: start + token.length }, 'pattern', CONFIDENCE.heuristic - 0.05);
        break;
      }
      if (hit) break;
    }
    if (hit) found.push(hit);
    // 6b. a name in quotes after a project noun: `das Projekt „Tandem“`, `il progetto «Fuori Rotta»`
    for (const m of nounFinder.startingBy(doc.view, reach)) {
      const q = QUOTED.exec(doc.view.slice(m.index! + m[0].length, m.index! + m[0].length + 60));
      if (!q || stop.has(q[1]!.toUpperCase()) || isOrg(q[1]!)) continue;
      const start = m.index! + m[0].length + q[0].indexOf(q[1]!);
      found.push(finding(doc, '/acronym', q[1]!, { start, end: start + q[1]!.length }, 'pattern', CONFIDENCE.heuristic - 0.1));
      break;
    }
  }
  // 7. a slide's line of its own, spelt out on the next line: `PPROMPT` / `Peer Pro-Social Modelling in Probation`
  for (let i = 0; i + 1 < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    const next = doc.lines[i + 1]!;
    if (line.blankAfter || !/^\p{Lu}[\p{Lu}\p{N}\-[\]]{2,15}$/u.test(line.text) || !ok(line.text)) continue;
    if (spells(line.text, next.text.split(/[\s-]+/).filter(Boolean))) found.push(finding(doc, '/acronym', line.text, line, 'pattern', CONFIDENCE.heuristic - 0.05));
  }
  // 8. the initials of the title's words, used as a name in the text: `Adult Redeploy Illinois` … `ARI`
  if (title) {
    const words = doc.view.slice(title.start, title.end).split(/[\s&,:;–—-]+/).filter((w) => /^\p{Lu}/u.test(w) || CONNECTORS.has(w.toLowerCase()));
    const seen = new Map<string, number>();
    for (const m of doc.view.matchAll(/\p{Lu}{3,8}/gu)) {
      const at = m.index!;
      const end = at + m[0].length;
      const stop = doc.view[end] === 's' ? end + 1 : end;
      if (/[\p{L}\p{N}]/u.test(doc.view[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(doc.view[stop] ?? ' ')) continue;
      if (!seen.has(m[0]) && (at < title.start || at >= title.end)) seen.set(m[0], at);
    }
    let bestAt = Infinity;
    let pick: Finding | null = null;
    for (const [token, at] of seen) {
      if (!ok(token) || isOrg(token)) continue;
      const pos = initialsAt(token, words);
      // the initials of an organisation's name (`Liverpool John Moores University`, `LJMU`) are not the project's
      if (pos >= 0 && initialWords(token, words, pos).some((w) => orgWords.has(w.toLowerCase()))) continue;
      if (pos >= 0 && pos < bestAt) {
        bestAt = pos;
        pick = finding(doc, '/acronym', token, { start: at, end: at + token.length }, 'pattern', CONFIDENCE.heuristic + 0.05 - pos * 0.001);
      }
    }
    if (pick) found.push(pick);
  }
  let top: Finding | null = null;
  for (const f of found) if (!top || f.confidence > top.confidence || (f.confidence === top.confidence && f.start < top.start)) top = f;
  return top;
}

/** `Name of Things (NOT)` in the text: the token in brackets and the capitalised words before it. */
function definitions(doc: Document): Array<{ token: string; words: string[]; span: Span }> {
  const out: Array<{ token: string; words: string[]; span: Span }> = [];
  for (const m of doc.view.matchAll(/\(\s?['‘"“]?([\p{L}][\p{L}\p{N}\-[\]]{1,15})['’"”]?\s?\)/gu)) {
    if (out.length >= MAX_DEFINITIONS) break;
    const before = doc.view.slice(Math.max(0, m.index! - 200), m.index!);
    const raw = before.split(/\s+/).filter(Boolean);
    const words: string[] = [];
    for (let i = raw.length - 1; i >= 0 && words.length < 14; i--) {
      const w = raw[i]!.replace(/^[„"“‘'(]+|[,"”’')]+$/g, '');
      if (/^\p{Lu}/u.test(w) || CONNECTORS.has(w.toLowerCase())) words.unshift(w);
      else break;
      if (/[.:;!?]$/.test(raw[i - 1] ?? '')) break;
    }
    while (words.length && CONNECTORS.has(words[0]!.toLowerCase())) words.shift();
    // the words the token spells, when it spells the last few (`la Direction générale des prisons … (DGPR)`)
    const window = raw.slice(-14).map((w) => w.replace(/^[„"“‘'(]+|[,"”’')]+$/g, ''));
    let from = 0;
    for (let i = window.length - 2; i >= 0; i--) if (/[.:;!?]$/.test(window[i]!)) { from = i + 1; break; }
    for (let i = from; i < window.length; i++) {
      if (window[i]![0]?.toLowerCase() === m[1]![0]!.toLowerCase() && spells(m[1]!, window.slice(i))) {
        words.splice(0, words.length, ...window.slice(i));
        break;
      }
    }
    const start = m.index! + m[0].indexOf(m[1]!);
    out.push({ token: m[1]!, words, span: { start, end: start + m[1]!.length } });
  }
  return out;
}

/** Lower-case content words, plural `s` dropped, for comparing names. */
function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !CONNECTORS.has(w))
    .map((w) => w.replace(/s$/, ''));
}

/** A short name: two capitals or more (`MIPT`, `RExO`, `RiUscire`), three letters or more. */
function isShortName(token: string): boolean {
  const letters = token.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && (token.match(/\p{Lu}/gu) ?? []).length >= 2 && token.length <= 24;
}

/** Capitals for at least half its letters (`EPTA-I`, `RExO`), not a capitalised word (`McDonald`). */
function isAllCapsLike(token: string): boolean {
  const letters = token.replace(/[^\p{L}]/gu, '');
  const caps = (letters.match(/\p{Lu}/gu) ?? []).length;
  return caps * 2 >= letters.length;
}

function mostlyUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && (letters.match(/\p{Lu}/gu) ?? []).length / letters.length > 0.6;
}

/** True when the token's letters run through the words in order, the first letter opening the first word. */
function spells(token: string, words: string[]): boolean {
  const letters = token.toLowerCase().replace(/[^\p{L}]/gu, '');
  const ws = words.map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, '')).filter(Boolean);
  if (!letters || !ws.length || ws[0]![0] !== letters[0]) return false;
  // letters are read inside the current word or at the start of a later one; at most 3 words skipped in a row
  let wi = 0;
  let ci = 1;
  let used = 1;
  for (let li = 1; li < letters.length; li++) {
    const ch = letters[li]!;
    const inWord = ws[wi]!.indexOf(ch, ci);
    let next = -1;
    for (let j = wi + 1; j < ws.length && j <= wi + 4; j++) if (ws[j]![0] === ch) { next = j; break; }
    if (next >= 0 && (inWord < 0 || next === wi + 1)) {
      wi = next;
      ci = 1;
      used++;
    } else if (inWord >= 0) ci = inWord + 1;
    else return false;
  }
  const content = ws.filter((w) => !CONNECTORS.has(w)).length;
  return used >= Math.min(2, content) && used * 2 >= Math.min(content, letters.length);
}

/** The words whose initials the token spells from position `pos` (as initialsAt counts, connectors skipped). */
function initialWords(token: string, words: string[], pos: number): string[] {
  return words.filter((w) => !CONNECTORS.has(w.toLowerCase())).slice(pos, pos + token.length);
}

/** Where in the words the token's letters are the initials of consecutive capitalised words (connectors skipped), or -1. */
function initialsAt(token: string, words: string[]): number {
  const caps = words.map((w, i) => ({ w, i })).filter((x) => !CONNECTORS.has(x.w.toLowerCase()));
  for (let s = 0; s + token.length <= caps.length; s++) {
    let hit = true;
    for (let k = 0; k < token.length; k++) if (caps[s + k]!.w[0] !== token[k]) { hit = false; break; }
    if (hit) return s;
  }
  return -1;
}
