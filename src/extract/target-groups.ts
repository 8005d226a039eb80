// Target groups: who a programme is for, as taxonomy labels with the document's own phrase. Phrases per
// label come from `pipelines/lexicon/target-groups.yaml`; a mention counts where the document presents
// the group as participants, beneficiaries or targets (a `Target group:` label, the title, or a sentence
// that says the programme works with, helps or aims at them).
import type { Document, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases, table } from '../pipeline/lexicons.js';
import type { ExtractContext, Finding } from './finding.js';
import { CONFIDENCE, finding } from './finding.js';
import { factsFor } from './labels.js';
import { isListItem, listItems, sentencesOf } from './text.js';
import { PhraseFinder, trieSource } from './trie.js';
import { compiled } from './memo.js';

/** One phrase of the lexicon found in the text. */
export interface GroupMention extends Span {
  labels: string[];
  phrase: string;
}

interface Matcher {
  labelsOf: Map<string, string[]>;
  firstWords: Set<string>;
  maxWords: number;
  /** every phrase cut after each of its words (`young`, `young people`): how far a lookup may extend */
  prefixes: Set<string>;
}

/** The phrase cut after each of its words, so a scan stops as soon as no phrase goes on. */
function addPrefixes(prefixes: Set<string>, k: string): void {
  TOKEN.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = TOKEN.exec(k))) prefixes.add(k.slice(0, t.index + t[0].length));
}

const cache = new WeakMap<Lexicons, Matcher>();
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/** A word without an English plural ending (`es`, `s`), or the word itself. */
function withoutEnd(word: string, end: string): string {
  return word.endsWith(end) ? word.slice(0, -end.length) : word;
}

/** Fold a phrase for lookup: lower case, hyphens as spaces, single spaces, one kind of apostrophe. */
function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[’]/g, "'").replace(/[-\s\u00a0]+/g, ' ').trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[-\\s]{1,3}');
}

/** The phrase table of the lexicon: folded phrase → labels. Keys with `_` are settings, not labels. */
export function groupMatcher(lexicons: Lexicons): Matcher {
  let m = cache.get(lexicons);
  if (m) return m;
  const labelsOf = new Map<string, string[]>();
  const firstWords = new Set<string>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const [label, list] of table(lexicons, 'target-groups')) {
    if (label.includes('_')) continue;
    for (const p of list) {
      const k = fold(p);
      if (!k) continue;
      const prev = labelsOf.get(k) ?? [];
      if (!prev.includes(label)) labelsOf.set(k, [...prev, label]);
      const words = k.match(TOKEN) ?? [];
      if (words[0]) firstWords.add(words[0]);
      maxWords = Math.max(maxWords, Math.min(10, words.length));
      addPrefixes(prefixes, k);
    }
  }
  m = { labelsOf, firstWords, maxWords, prefixes };
  cache.set(lexicons, m);
  return m;
}

interface Token {
  start: number;
  end: number;
  /** the word in lower case (the text is NFC already) */
  key: string;
}
let lastTokens: { text: string; words: Token[] } | null = null;

/** The words of a text, remembered for the last text: one sentence is scanned by several matchers. */
function tokensOf(text: string): Token[] {
  if (lastTokens && lastTokens.text === text) return lastTokens.words;
  const words: Token[] = [];
  TOKEN.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = TOKEN.exec(text))) words.push({ start: t.index, end: t.index + t[0].length, key: t[0].toLowerCase() });
  lastTokens = { text, words };
  return words;
}

const keyMatchers = new WeakMap<Lexicons, Map<string, Matcher>>();
/** A matcher over one settings key of the lexicon (`violent_crimes`), its phrases labelled by the key. */
function keyMatcher(lexicons: Lexicons, key: string): Matcher {
  let byKey = keyMatchers.get(lexicons);
  if (!byKey) keyMatchers.set(lexicons, (byKey = new Map()));
  let m = byKey.get(key);
  if (m) return m;
  const labelsOf = new Map<string, string[]>();
  const firstWords = new Set<string>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const p of phrases(lexicons, 'target-groups', key)) {
    const k = fold(p);
    const words = k.match(TOKEN) ?? [];
    if (!words[0]) continue;
    labelsOf.set(k, [key]);
    firstWords.add(words[0]);
    maxWords = Math.max(maxWords, Math.min(10, words.length));
    addPrefixes(prefixes, k);
  }
  byKey.set(key, (m = { labelsOf, firstWords, maxWords, prefixes }));
  return m;
}

/**
 * Every lexicon phrase in `text` (offsets into it), with its labels: at each word the longest run of
 * words the lexicon knows, an English plural ending aside; linear in the text.
 */
export function groupMentions(text: string, lexicons: Lexicons, matcher: Matcher = groupMatcher(lexicons)): GroupMention[] {
  const { labelsOf, firstWords, maxWords, prefixes } = matcher;
  const words = tokensOf(text);
  const out: GroupMention[] = [];
  const find = (k: string) => labelsOf.get(k) ?? labelsOf.get(withoutEnd(k, 'es')) ?? labelsOf.get(withoutEnd(k, 's'));
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!.key;
    if (!firstWords.has(first) && !(first.endsWith('s') && (firstWords.has(first.slice(0, -1)) || (first.endsWith('es') && firstWords.has(first.slice(0, -2)))))) continue;
    // extend word by word while some phrase goes on; keep the longest phrase found
    let key = first;
    let best: { n: number; labels: string[] } | null = null;
    for (let n = 1; n <= maxWords && i + n - 1 < words.length; n++) {
      if (n > 1) {
        const gap = text.slice(words[i + n - 2]!.end, words[i + n - 1]!.start);
        if (/[\n.;:!?]/u.test(gap) || words[i + n - 1]!.end - words[i]!.start > 160) break;
        key = `${key}${gap.replace(/[’]/gu, "'").replace(/[-\s\u00a0]+/gu, ' ')}${words[i + n - 1]!.key}`;
      }
      const labels = find(key);
      if (labels) best = { n, labels };
      if (!prefixes.has(key)) break;
    }
    if (!best) continue;
    const start = words[i]!.start;
    const end = words[i + best.n - 1]!.end;
    out.push({ start, end, labels: best.labels, phrase: text.slice(start, end) });
    i += best.n - 1;
  }
  return withReleases(text, lexicons, out);
}

/** Up to two capitalised words right after a prison word: its name. */
const PRISON_NAME = /(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/uy;

/**
 * A way out of a named prison (`leaving HMP Perth`, `released from Limerick Prison`, `returning from state
 * correctional institutions`): a `release_from` phrase, up to four capitalised or `prison_lead` words
 * (`the`, `state`), and a `prison_words` word (with the name after it: `HMP Eastwood Park`), read as
 * ex-prisoners. It replaces the group phrases inside it.
 */
function withReleases(text: string, lexicons: Lexicons, found: GroupMention[]): GroupMention[] {
  const re = compiled(lexicons, 'target-groups:release_from', () => {
    const from = phrases(lexicons, 'target-groups', 'release_from');
    const prison = phrases(lexicons, 'target-groups', 'prison_words');
    if (!from.length || !prison.length) return null;
    const lead = new Set(phrases(lexicons, 'target-groups', 'prison_lead').map((w) => w.toLowerCase()));
    return { from: new RegExp(`(?<![\\p{L}])(?:${trieSource(from)})(?=\\s)`, 'giu'), prison: new RegExp(`(?:${trieSource(prison)})(?![\\p{L}])`, 'yiu'), lead };
  });
  if (!re) return found;
  re.from.lastIndex = 0;
  const releases: GroupMention[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.from.exec(text))) {
    // the words after the phrase: up to four capitalised or place words before a prison word
    const words = [...text.slice(m.index + m[0].length, m.index + m[0].length + 160).matchAll(/\s+([^\s.,;:!?()]+)/gu)].slice(0, 7);
    const base = m.index + m[0].length;
    for (let k = 0; k < words.length && k <= 4; k++) {
      const at = base + words[k]!.index! + words[k]![0].length - words[k]![1]!.length;
      re.prison.lastIndex = at;
      const p = re.prison.exec(text);
      if (p) {
        // the prison's name after it (`HMP Eastwood Park`)
        PRISON_NAME.lastIndex = at + p[0].length;
        const end = PRISON_NAME.lastIndex + (PRISON_NAME.exec(text)?.[0].length ?? 0);
        releases.push({ start: m.index, end, labels: ['ex-prisoners'], phrase: text.slice(m.index, end) });
        break;
      }
      if (!/^\p{Lu}/u.test(words[k]![1]!) && !re.lead.has(words[k]![1]!.toLowerCase())) break;
    }
  }
  if (!releases.length) return found;
  const kept = found.filter((g) => !releases.some((r) => g.start < r.end && r.start < g.end && !(g.start <= r.start && g.end >= r.end)));
  const inside = releases.filter((r) => !kept.some((g) => g.start <= r.start && g.end >= r.end));
  return [...kept, ...inside].sort((a, b) => a.start - b.start);
}

/** Findings at `/target_groups/-`: one per label, `{label, text}`. */
export function targetGroups(doc: Document, context: ExtractContext): Finding[] {
  const { lexicons } = context;
  const best = new Map<string, Finding>();
  const offer = (label: string, span: Span, method: string, confidence: number) => {
    const held = best.get(label);
    if (held && held.confidence >= confidence) return;
    const f = finding(doc, '/target_groups/-', { label, text: doc.view.slice(span.start, span.end).replace(/\s+/g, ' ').trim() }, span, method, confidence);
    const prev = best.get(label);
    if (!prev || f.confidence > prev.confidence || (f.confidence === prev.confidence && f.start < prev.start)) best.set(label, f);
  };
  // a span of the text given over to target groups: every group named in it counts
  const labelled: Span[] = [];
  const readRegion = (from: number, to: number, method: string, confidence: number): void => {
    labelled.push({ start: from, end: to });
    const body = doc.view.slice(from, to);
    const found = groupMentions(body, lexicons);
    for (const g of found) {
      for (const label of inContext(g, found, body, relabel(g, doc, lexicons), lexicons)) offer(label, { start: from + g.start, end: from + g.end }, method, confidence);
    }
  };
  const inRegion = (from: number, to: number): boolean => labelled.some((l) => from >= l.start && to <= l.end);
  // labelled values: `Target groups: prisoners, juveniles`
  for (const fact of factsFor(doc, lexicons, 'target_groups')) readRegion(fact.value.start, fact.value.end, fact.method, fact.confidence);
  // a section headed by a target-group label (`## Destinatari`, `Target groups` over a list): its body is the value
  const labelWords = [...new Set(phrases(lexicons, 'labels', 'target_groups').map(fold))];
  for (const sec of doc.sections) {
    const head = fold((sec.heading ?? '').replace(/^[\s#*_]+|[\s:#*_]+$/gu, ''));
    if (!head || !labelWords.includes(head)) continue;
    const at = doc.view.indexOf(sec.heading, sec.start);
    const from = at >= 0 ? at + sec.heading.length : sec.start;
    // a heading with nothing under it before the next (`DESTINATARI` over `I destinatari erano:` and a list)
    // has the next section as its body
    const next = doc.sections[doc.sections.indexOf(sec) + 1];
    const end = !doc.view.slice(from, sec.end).trim() && next ? next.end : sec.end;
    const to = Math.min(end, from + 2000);
    if (to > from && !inRegion(from, to)) readRegion(from, to, 'section', CONFIDENCE.pattern);
  }
  // a list that a clause opens with a colon, ending with a near cue (`Projects may work with:`, `… rivolto a:`)
  // or with a label of target groups (`Projects must work with one or more of these priority groups:`)
  const near = nearMatcher(lexicons);
  for (let i = 0; i + 1 < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    if (!/[:：]$/.test(line.text) || !isListItem(doc, doc.lines[i + 1]!)) continue;
    const cues = near.all(line.text);
    const last = cues[cues.length - 1];
    const clause = fold(line.text.slice(0, -1));
    const labelledList = labelWords.some((w) => clause === w || clause.endsWith(` ${w}`));
    if (!labelledList && (!last || line.text.slice(last.index! + last[0].length).trim() !== ':')) continue;
    const items = listItems(doc, i + 1).slice(0, 12);
    const from = items[0]!.start;
    const to = items[items.length - 1]!.end;
    if (!inRegion(from, to)) readRegion(from, to, 'section', CONFIDENCE.pattern);
  }
  const cue = cueMatcher(lexicons);
  const heads = new Set(phrases(lexicons, 'target-groups', 'not_name_heads').map((w) => w.toLowerCase()));
  const title = titleSpan(doc, context.previous);
  const seen = new Map<string, { span: Span; sentences: Set<number> }>();
  sentencesOf(doc).forEach((s, i) => {
    const mentions = groupMentions(s.text, lexicons);
    if (labelled.some((l) => s.start >= l.start && s.end <= l.end)) return;
    const tested = new Map<PhraseFinder, boolean>();
    const cuedFor = (label: string, at: number): boolean => {
      const own = labelCue(lexicons, label);
      const re = own ?? cue;
      let hit = tested.get(re);
      if (hit === undefined) tested.set(re, (hit = re.test(s.text)));
      return hit || (!own && cuedBefore(s.text, at, near));
    };
    let prevAside: GroupMention | null = null;
    let prevCued: GroupMention | null = null;
    // `men convicted of domestic violence`: a group named by its crime alone
    const violent = violentMentions(s.text, mentions, lexicons);
    if (!mentions.length && !violent.span) return;
    if (violent.span) {
      const vs = { start: s.start + violent.span.start, end: s.start + violent.span.end };
      if (cuedFor('violent-offenders', violent.span.start)) offer('violent-offenders', vs, 'cue', CONFIDENCE.heuristic);
    }
    // `male inmates aged between 17 and 30`: an age band of young adults narrows the group to young people
    const young = youngAges(s.text, lexicons);
    if (young && mentions.some((g) => !g.labels.includes('young-people') && (gapWords(s.text, g.end, young.start) ?? 99) <= 3) && cuedFor('young-people', young.start)) {
      offer('young-people', { start: s.start + young.start, end: s.start + young.end }, 'cue', CONFIDENCE.heuristic);
    }
    for (const g of mentions) {
      const span = { start: s.start + g.start, end: s.start + g.end };
      let labels = inContext(g, mentions, s.text, relabel(g, doc, lexicons), lexicons);
      if (violent.relabel.has(g)) labels = labels.map((l) => (l === 'offenders' ? 'violent-offenders' : l));
      if (labels.every((label) => (best.get(label)?.confidence ?? 0) >= CONFIDENCE.pattern && (seen.get(label)?.sentences.size ?? 0) >= 3)) continue;
      const inTitle = !!title && span.start >= title.start && span.end <= title.end;
      const heading = headingCase(s.text);
      if (inName(doc.view, span, heads) || (!inTitle && !heading && inProseName(s.text, g))) continue;
      const aside = heading ? new Set(g.labels) : notPresented(s.text, g, lexicons, cue, near);
      // `by a trained team of staff and volunteers`: a group joined to an acting one acts too
      if (prevAside && (gapWords(s.text, prevAside.end, g.start) ?? 99) <= 2) for (const l of [...g.labels, ACTING]) aside.add(l);
      if (!heading && actsAs(s.text, g, mentions, lexicons)) for (const l of [...g.labels, ACTING]) aside.add(l);
      prevAside = aside.has(ACTING) ? g : null;
      const stopped = prevented(s.text, g, lexicons);
      // `young people on remand`: a group phrase right after a presented one is presented with it
      const attached = !!prevCued && gapWords(s.text, prevCued.end, g.start) === 0;
      // `on remand`, `in custody` alone are a state, not a group: they count only after a group noun
      if (!attached && !inTitle && list(lexicons, 'attached_only').set.has(fold(g.phrase))) continue;
      let cued = false;
      // a release phrase alone (`after release`) is a time, not a group: it never counts as repeated
      const bare = list(lexicons, 'release_phrases').set.has(fold(g.phrase));
      for (const label of labels) {
        if (stopped.has(label)) continue;
        if (inTitle) offer(label, span, 'title', CONFIDENCE.pattern);
        else if (!aside.has(label) && (attached || cuedFor(label, g.start))) {
          offer(label, span, 'cue', CONFIDENCE.heuristic);
          cued = true;
        }
        if (bare) continue;
        const entry = seen.get(label) ?? { span, sentences: new Set<number>() };
        entry.sentences.add(i);
        seen.set(label, entry);
      }
      prevCued = cued ? g : null;
    }
  });
  // a group the document keeps coming back to is one it is about, unless the label needs its own
  // cue (staff are a target when trained, not because a service talks about its officers)
  for (const [label, { span, sentences }] of seen) if (sentences.size >= 3 && !labelCue(lexicons, label)) offer(label, span, 'repeated', CONFIDENCE.nlp);
  return [...best.values()];
}

const listCache = new WeakMap<Lexicons, Map<string, { re: PhraseFinder; set: Set<string>; raw: Set<string> }>>();
/** One key of the lexicon as a phrase finder, a set of folded phrases and the set as written, built once per lexicon. */
function list(lexicons: Lexicons, key: string): { re: PhraseFinder; set: Set<string>; raw: Set<string> } {
  let byKey = listCache.get(lexicons);
  if (!byKey) listCache.set(lexicons, (byKey = new Map()));
  let l = byKey.get(key);
  if (!l) {
    const words = phrases(lexicons, 'target-groups', key);
    byKey.set(key, (l = { re: wordsRe(words), set: new Set(words.map((w) => fold(w))), raw: new Set(words) }));
  }
  return l;
}

const CLAUSE_BREAK = /[.;:!?()[\]]/u;

/** The words between two offsets of a sentence, when no clause break lies between them; else null. */
function gapWords(text: string, from: number, to: number): number | null {
  if (to < from) return null;
  const gap = text.slice(from, to);
  if (gap.length > 120 || CLAUSE_BREAK.test(gap)) return null;
  return gap.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * Labels of a mention given its sentence: `women` beside `men` is a mixed group (no label);
 * `children` beside partners or relatives are an offender's family; `offenders` next to a release
 * phrase (`offenders … after their release`, `released adult prisoners`) are ex-prisoners.
 */
function inContext(g: GroupMention, all: GroupMention[], text: string, labels: string[], lexicons: Lexicons): string[] {
  let out = labels;
  const words = (key: string) => list(lexicons, key).set;
  if (out.includes('women') && fold(g.phrase).match(TOKEN)?.length === 1) {
    const men = words('mixed_with_women');
    // the words around it, up to a clause break: `men and women`, `120 uomini, 70 donne`
    const before = text.slice(Math.max(0, g.start - 40), g.start).split(CLAUSE_BREAK).pop()!.match(/[\p{L}\p{N}]+/gu) ?? [];
    const after = text.slice(g.end, g.end + 40).split(CLAUSE_BREAK)[0]!.match(/[\p{L}\p{N}]+/gu) ?? [];
    const around = [...before.slice(-4), ...after.slice(0, 3)];
    if (around.some((w) => men.has(fold(w)))) out = out.filter((l) => l !== 'women');
  }
  const owned = () => {
    const w = text.slice(Math.max(0, g.start - 40), g.start).split(CLAUSE_BREAK).pop()!.match(/[\p{L}\p{N}]+/gu) ?? [];
    const own = words('children_owner_words');
    const filler = words('children_owner_filler');
    for (let k = w.length - 1; k >= 0 && k >= w.length - 4; k--) {
      const x = fold(w[k]!);
      if (own.has(x)) return true;
      if (!filler.has(x) && !/^\d+$/u.test(x)) return false;
    }
    return false;
  };
  if (out.includes('young-people') && words('family_children_words').has(fold(g.phrase)) && (all.some((o) => o !== g && o.labels.includes('families')) || owned())) {
    out = out.map((l) => (l === 'young-people' ? 'families' : l));
  }
  if ((out.includes('offenders') || out.includes('prisoners')) && !out.includes('ex-prisoners')) {
    const release = words('release_phrases');
    const released = all.some((o) => {
      if (o === g || !o.labels.includes('ex-prisoners') || o.labels.length > 1) return false;
      if (out.includes('offenders') && !release.has(fold(o.phrase))) return false;
      // `recently released adult prisoners`: the release phrase just before; `offenders … after their release`: either side
      if (o.end <= g.start) return (gapWords(text, o.end, g.start) ?? 99) <= (out.includes('offenders') ? 6 : 1);
      return out.includes('offenders') && (gapWords(text, g.end, o.start) ?? 99) <= 8;
    });
    if (released) out = [...out.filter((l) => l !== 'offenders' && l !== 'prisoners'), 'ex-prisoners'];
  }
  return out;
}

/** A mark in the set `notPresented` returns: the group is the one acting (after `by`). */
const ACTING = '_acting';

/**
 * Labels a sentence names but does not present as targets: a group just after `by` is the one
 * acting (`training run by RISE staff`); a need in a list of examples is one service among many
 * (`further services, for example housing assistance, substance use disorder treatment`); a word in a
 * web address names nothing.
 */
function notPresented(text: string, g: GroupMention, lexicons: Lexicons, cue: PhraseFinder, near: PhraseFinder): Set<string> {
  const out = new Set<string>();
  const lead = text.slice(Math.max(0, g.start - 60), g.start);
  const token = `${/\S{0,200}$/u.exec(text.slice(Math.max(0, g.start - 200), g.start))![0]}${g.phrase}${/^\S{0,200}/u.exec(text.slice(g.end, g.end + 200))![0]}`;
  if (/:\/\/|www\.|\/[^/\s]{0,200}\//u.test(token)) return new Set(g.labels);
  // `compared with a group of 350 offenders`: a comparison group is not the programme's
  const compared = list(lexicons, 'comparison_words').re;
  if (compared.test(lead.split(/[.;:!?]/u).pop()!)) return new Set(g.labels);
  // `No se financiarán proyectos dirigidos a personas privadas de libertad`, `not homeless`: who is left out
  if (negated(text, g, lexicons, cue, near)) return new Set(g.labels);
  const agent = list(lexicons, 'agent_before').re;
  for (const m of agent.all(lead)) {
    const gap = lead.slice(m.index + m[0].length);
    const n = gapWords(gap, 0, gap.length);
    // `achieved by helping former prisoners`, `created by the courts to support adults`: a cue right
    // after `by`, or a preposition such as `for` between, makes the group the object again
    const verb = cue.first(gap);
    if (n !== null && n <= 6 && !(verb && !/[\p{L}]/u.test(gap.slice(0, verb.index))) && !near.test(gap)) for (const l of g.labels.concat(['families', ACTING])) out.add(l);
  }
  // a release phrase on its own (`contributing to society after release`) only with a cue just before
  // it (`support after release`); beside `offenders` or `prisoners` it relabels them (inContext)
  if (list(lexicons, 'release_phrases').set.has(fold(g.phrase))) for (const l of g.labels) out.add(l);
  const needs = list(lexicons, 'need_labels').raw;
  if (g.labels.some((l) => needs.has(l))) {
    const before = text.slice(Math.max(0, g.start - 200), g.start);
    const examples = list(lexicons, 'example_markers').re;
    const open = before.lastIndexOf('(') > before.lastIndexOf(')');
    if (open || examples.test(before)) for (const l of g.labels) if (needs.has(l)) out.add(l);
  }
  return out;
}

/** Words between a negation and the group it leaves out, at most. */
const NEGATION_REACH = 8;

/**
 * Whether the group is negated: a negation (`negation_words`; not `not only`, `not_negating`) right
 * before it (`not homeless`), or a few words before it in its clause with a cue between them
 * (`No se financiarán proyectos dirigidos a personas privadas de libertad`). A negation with no cue
 * between is about something else (`kein Gefangener ohne Wohnung`).
 */
function negated(text: string, g: GroupMention, lexicons: Lexicons, cue: PhraseFinder, near: PhraseFinder): boolean {
  const lead = text.slice(Math.max(0, g.start - 120), g.start);
  const exempt = list(lexicons, 'not_negating').re;
  for (const m of list(lexicons, 'negation_words').re.all(lead)) {
    const gap = lead.slice(m.index + m[0].length);
    const n = gapWords(gap, 0, gap.length);
    if (n === null || n > NEGATION_REACH || exempt.first(lead.slice(m.index))?.index === 0) continue;
    if (n === 0 || cue.test(gap) || cuedBefore(gap, gap.length, near)) return true;
  }
  return false;
}

/**
 * A line in heading case (`Trauma Types and Promising Approaches to Assist Survivors`): the name of a
 * session, link or other work, not a sentence about the programme (the title is read on its own).
 */
function headingCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 4 || words.length > 16) return false;
  const long = words.filter((w) => w.length > 3);
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Labels a phenomenon word stands for when the programme prevents it (`Preventing violent
 * radicalisation`, `drug prevention`): the aim, not a group the programme works with.
 */
function prevented(text: string, g: GroupMention, lexicons: Lexicons): Set<string> {
  const which = list(lexicons, 'prevented_labels').raw;
  if (!g.labels.some((l) => which.has(l))) return new Set();
  const re = list(lexicons, 'prevention_words').re;
  const lead = text.slice(Math.max(0, g.start - 40), g.start);
  const tail = text.slice(g.end, g.end + 30);
  let hit = false;
  for (const m of re.all(lead)) if ((gapWords(lead, m.index + m[0].length, lead.length) ?? 99) <= 1) hit = true;
  const m = re.first(tail);
  // `drug prevention`, `violent extremism must be tackled`
  if (m && (gapWords(tail, 0, m.index) ?? 99) <= 2) hit = true;
  return hit ? new Set(g.labels.filter((l) => which.has(l))) : new Set();
}

/**
 * A capitalised group word in running prose (not the title, not a heading) right after `Name for` /
 * `Name of` is part of a name (`Action for Children`, `Violence Against Women and Girls strategy`).
 */
function inProseName(text: string, g: GroupMention): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(g.phrase)) return false;
  if (!/(?:^|[\s(])\p{Lu}[\p{L}'’-]{1,30}[ \t]{1,2}(?:[Ff]or|[Oo]f|[Aa]gainst|[Oo]n)[ \t]{1,2}$/u.test(text.slice(Math.max(0, g.start - 40), g.start))) return false;
  return true;
}

/** Labels of a mention in this document: `perpetrators` in a text about domestic abuse are violent offenders. */
function relabel(g: GroupMention, doc: Document, lexicons: Lexicons): string[] {
  if (!g.labels.includes('offenders') || g.labels.length > 1) return g.labels;
  const fold = g.phrase.toLowerCase();
  if (!phrases(lexicons, 'target-groups', 'violent_when_topic_words').some((w) => fold.startsWith(w.toLowerCase()))) return g.labels;
  let violent = topicMemo.get(doc);
  if (violent === undefined) topicMemo.set(doc, (violent = topicRe(lexicons).test(doc.view)));
  return violent ? ['violent-offenders'] : g.labels;
}

const topicMemo = new WeakMap<Document, boolean>();

const topicCache = new WeakMap<Lexicons, RegExp>();
function topicRe(lexicons: Lexicons): RegExp {
  let re = topicCache.get(lexicons);
  if (!re) {
    const alts = phrases(lexicons, 'target-groups', 'violent_topic').map((p) => escape(p.toLowerCase()));
    re = new RegExp(`(?<![\\p{L}])(?:${alts.join('|') || '(?!)'})`, 'iu');
    topicCache.set(lexicons, re);
  }
  return re;
}

const labelCueCache = new WeakMap<Lexicons, Map<string, PhraseFinder | null>>();
/** The cue words of one label (`cue_staff`), or null when it takes the general ones. */
function labelCue(lexicons: Lexicons, label: string): PhraseFinder | null {
  let byLabel = labelCueCache.get(lexicons);
  if (!byLabel) labelCueCache.set(lexicons, (byLabel = new Map()));
  if (!byLabel.has(label)) {
    const list = phrases(lexicons, 'target-groups', `cue_${label}`);
    byLabel.set(label, list.length ? wordsRe(list) : null);
  }
  return byLabel.get(label)!;
}

/** Whole phrases of a list (folded), no letter touching them; words apart by up to three blanks or hyphens. */
function wordsRe(list: readonly string[]): PhraseFinder {
  return new PhraseFinder(list.map((p) => fold(p)), { separators: / /u, space: '[-\\s]{1,3}', boundary: 'letters' });
}

const nearCache = new WeakMap<Lexicons, PhraseFinder>();
/** Short words (`for`, `with`, `für`) that present a group only when they come just before it. */
function nearMatcher(lexicons: Lexicons): PhraseFinder {
  let re = nearCache.get(lexicons);
  if (!re) nearCache.set(lexicons, (re = wordsRe(phrases(lexicons, 'target-groups', 'cue_before'))));
  return re;
}

/**
 * A near cue ends at most a few words before `at` in `text` (`for young and adult offenders`,
 * `with men and women`), with no clause break between them.
 */
function cuedBefore(text: string, at: number, near: PhraseFinder): boolean {
  const from = Math.max(0, at - 80);
  const window = text.slice(from, at);
  const all = near.all(window);
  const m = all[all.length - 1];
  const last = m ? m.index + m[0].length : -1;
  if (last < 0) return false;
  const gap = window.slice(last);
  return !/[.;:!?()[\]]/u.test(gap) && (gap.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 6;
}

const cueCache = new WeakMap<Lexicons, PhraseFinder>();
/** Words that present a group as the programme's participants, beneficiaries or targets. */
function cueMatcher(lexicons: Lexicons): PhraseFinder {
  let re = cueCache.get(lexicons);
  if (!re) cueCache.set(lexicons, (re = wordsRe(phrases(lexicons, 'target-groups', 'cue_target'))));
  return re;
}

/**
 * The span of the document's title: the title extractor's best finding, else the first heading or
 * the first line (a breadcrumb such as `Home > Topics > Radicalisation` is no title).
 */
function titleSpan(doc: Document, previous: readonly Finding[] = []): Span | null {
  let top: Finding | null = null;
  for (const f of previous) if (f.path === '/title' && (!top || f.confidence > top.confidence)) top = f;
  if (top && top.end > top.start) return { start: top.start, end: top.end };
  const h = doc.sections.find((s) => s.level === 1) ?? doc.sections[0];
  if (h && h.heading) {
    const at = doc.view.indexOf(h.heading, h.start);
    if (at >= 0) return { start: at, end: at + h.heading.length };
  }
  const first = doc.lines.find((l) => l.text.trim());
  return first ? { start: first.start, end: first.end } : null;
}

/**
 * The mention is part of an organisation's or a fund's name (`Illinois Prisoner Review Board`,
 * `Families Outside`, `Safer Communities Fund`): a run of capitalised words holding a name head.
 */
function inName(view: string, span: Span, heads: Set<string>): boolean {
  if (!/^\p{Lu}/u.test(view.slice(span.start, span.end))) return false;
  const before = /((?:[\p{Lu}][\p{L}'’.-]{0,30}[ \t]{1,2}(?:(?:of|for|and|&)[ \t]{1,2})?){1,6})$/u.exec(view.slice(Math.max(0, span.start - 160), span.start));
  const after = /^((?:[ \t]{1,2}(?:(?:of|for|and|&)[ \t]{1,2})?[\p{Lu}][\p{L}'’.-]{0,30}){1,6})/u.exec(view.slice(span.end, span.end + 160));
  const run = `${before?.[1] ?? ''} ${view.slice(span.start, span.end)} ${after?.[1] ?? ''}`;
  if (!before && !after) return false;
  return run.split(/[\s]+/).some((w) => heads.has(w.toLowerCase()));
}

/**
 * A violent crime named beside a conviction or an offender (`hombres condenados por delitos de violencia
 * de género`, `junge Gefangene, die wegen Gewalttaten verurteilt wurden`): the span from the convicted
 * word to the crime, and the offender mentions it narrows to violent offenders.
 */
function violentMentions(text: string, mentions: GroupMention[], lexicons: Lexicons): { span: Span | null; relabel: Set<GroupMention> } {
  const relabel = new Set<GroupMention>();
  let span: Span | null = null;
  const crimes = groupMentions(text, lexicons, keyMatcher(lexicons, 'violent_crimes'));
  if (!crimes.length) return { span, relabel };
  const convicted = keyMatcher(lexicons, 'convicted_words');
  for (const c of crimes) {
    const from = Math.max(0, c.start - 80);
    const around = groupMentions(text.slice(from, Math.min(text.length, c.end + 40)), lexicons, convicted).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
    for (const m of around) {
      const gap = m.end <= c.start ? gapWords(text, m.end, c.start) : gapWords(text, c.end, m.start);
      if (gap === null || gap > 4) continue;
      const s = { start: Math.min(m.start, c.start), end: Math.max(m.end, c.end) };
      if (!span) span = s;
    }
    for (const g of mentions) {
      if (!(g.labels.length === 1 && g.labels[0] === 'offenders') || g.end > c.start) continue;
      if ((gapWords(text, g.end, c.start) ?? 99) <= 5) {
        relabel.add(g);
        if (!span) span = { start: g.start, end: c.end };
      }
    }
  }
  return { span, relabel };
}

/**
 * Staff or volunteers who deliver the programme, not receive it: joined by `with` to a group served
 * (`match young people on remand with trained volunteer mentors`) or followed by a delivery verb
 * (`volunteers deliver the sessions`, `Los profesionales valoraron …`).
 */
function actsAs(text: string, g: GroupMention, all: GroupMention[], lexicons: Lexicons): boolean {
  if (!g.labels.some((l) => l === 'staff' || l === 'volunteers')) return false;
  const next = text.slice(g.end, g.end + 40).split(CLAUSE_BREAK)[0]!.match(/[\p{L}]+/gu) ?? [];
  const verbs = list(lexicons, 'acting_verbs_after').set;
  if (next.slice(0, 2).some((w) => verbs.has(fold(w)))) return true;
  const withWords = list(lexicons, 'paired_with').set;
  const lead = text.slice(Math.max(0, g.start - 30), g.start).split(CLAUSE_BREAK).pop()!.match(/[\p{L}]+/gu) ?? [];
  if (!lead.slice(-3).some((w) => withWords.has(fold(w)))) return false;
  return all.some((o) => o !== g && o.end <= g.start && !o.labels.some((l) => l === 'staff' || l === 'volunteers') && (gapWords(text, o.end, g.start) ?? 99) <= 6);
}

const AGE_RANGE = /(?<![\p{L}\p{N}])(\d{1,2})[ \t]{0,2}(?:-|–|—|to|and|bis|und|à|et|a|e|y|i|do|až|tot|en)[ \t]{0,2}(\d{1,2})(?![\p{N}])/gu;

/**
 * An age band of young people in a sentence (`aged between 17 and 30`, `18–25 anni`, `im Alter von 14
 * bis 21 Jahren`): from 10 to 25 at the lowest and at most 35 (`ex-offenders in the 18-35 age bracket`), with an age word just before or after; else null.
 */
function youngAges(text: string, lexicons: Lexicons): Span | null {
  if (!/\d/u.test(text)) return null;
  const ages = list(lexicons, 'age_words').set;
  AGE_RANGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AGE_RANGE.exec(text))) {
    const lo = Number(m[1]);
    const hi = Number(m[2]);
    if (lo < 10 || lo > 25 || hi > 35 || lo >= hi) continue;
    const before = (text.slice(Math.max(0, m.index - 30), m.index).match(/[\p{L}-]+/gu) ?? []).slice(-3);
    const after = (text.slice(m.index + m[0].length, m.index + m[0].length + 20).match(/[\p{L}-]+/gu) ?? []).slice(0, 1);
    if (![...before, ...after].some((w) => ages.has(fold(w)))) continue;
    const lead = before.length && ages.has(fold(before[before.length - 1]!)) ? text.lastIndexOf(before[before.length - 1]!, m.index) : -1;
    let start = m.index;
    for (const w of before) if (ages.has(fold(w))) {
      const at = text.lastIndexOf(w, m.index);
      if (at >= 0 && at < start) start = at;
      break;
    }
    if (lead >= 0 && lead < start) start = lead;
    const end = after[0] && ages.has(fold(after[0])) ? text.indexOf(after[0], m.index + m[0].length) + after[0].length : m.index + m[0].length;
    return { start, end };
  }
  return null;
}
