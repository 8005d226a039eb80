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
import { sentencesOf } from './text.js';

/** One phrase of the lexicon found in the text. */
export interface GroupMention extends Span {
  labels: string[];
  phrase: string;
}

interface Matcher {
  labelsOf: Map<string, string[]>;
  firstWords: Set<string>;
  maxWords: number;
}

const cache = new WeakMap<Lexicons, Matcher>();
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

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
    }
  }
  m = { labelsOf, firstWords, maxWords };
  cache.set(lexicons, m);
  return m;
}

/**
 * Every lexicon phrase in `text` (offsets into it), with its labels: at each word the longest run of
 * words the lexicon knows, an English plural ending aside; linear in the text.
 */
export function groupMentions(text: string, lexicons: Lexicons): GroupMention[] {
  const { labelsOf, firstWords, maxWords } = groupMatcher(lexicons);
  const words: Array<{ start: number; end: number }> = [];
  TOKEN.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = TOKEN.exec(text))) words.push({ start: t.index, end: t.index + t[0].length });
  const out: GroupMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = text.slice(words[i]!.start, words[i]!.end).toLowerCase();
    if (!firstWords.has(first) && !firstWords.has(first.replace(/s$/u, '')) && !firstWords.has(first.replace(/es$/u, ''))) continue;
    for (let n = Math.min(maxWords, words.length - i); n >= 1; n--) {
      const start = words[i]!.start;
      const end = words[i + n - 1]!.end;
      if (end - start > 160 || /[\n.;:!?]/u.test(text.slice(start, end))) continue;
      const k = fold(text.slice(start, end));
      const labels = labelsOf.get(k) ?? labelsOf.get(k.replace(/es$/u, '')) ?? labelsOf.get(k.replace(/s$/u, ''));
      if (!labels) continue;
      out.push({ start, end, labels, phrase: text.slice(start, end) });
      i += n - 1;
      break;
    }
  }
  return out;
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
  // labelled values: `Target groups: prisoners, juveniles`
  const labelled: Span[] = [];
  for (const fact of factsFor(doc, lexicons, 'target_groups')) {
    labelled.push(fact.value);
    for (const g of groupMentions(doc.view.slice(fact.value.start, fact.value.end), lexicons)) {
      for (const label of relabel(g, doc, lexicons)) offer(label, { start: fact.value.start + g.start, end: fact.value.start + g.end }, fact.method, fact.confidence);
    }
  }
  const cue = cueMatcher(lexicons);
  const heads = new Set(phrases(lexicons, 'target-groups', 'not_name_heads').map((w) => w.toLowerCase()));
  const title = titleSpan(doc);
  const seen = new Map<string, { span: Span; sentences: Set<number> }>();
  sentencesOf(doc).forEach((s, i) => {
    const mentions = groupMentions(s.text, lexicons);
    if (!mentions.length || labelled.some((l) => s.start >= l.start && s.end <= l.end)) return;
    const tested = new Map<RegExp, boolean>();
    const cuedFor = (label: string): boolean => {
      const re = labelCue(lexicons, label) ?? cue;
      let hit = tested.get(re);
      if (hit === undefined) {
        re.lastIndex = 0;
        tested.set(re, (hit = re.test(s.text)));
      }
      return hit;
    };
    for (const g of mentions) {
      const span = { start: s.start + g.start, end: s.start + g.end };
      const labels = relabel(g, doc, lexicons);
      if (labels.every((label) => (best.get(label)?.confidence ?? 0) >= CONFIDENCE.pattern && (seen.get(label)?.sentences.size ?? 0) >= 3)) continue;
      if (inName(doc.view, span, heads)) continue;
      for (const label of labels) {
        if (title && span.start >= title.start && span.end <= title.end) offer(label, span, 'title', CONFIDENCE.pattern);
        else if (cuedFor(label)) offer(label, span, 'cue', CONFIDENCE.heuristic);
        const entry = seen.get(label) ?? { span, sentences: new Set<number>() };
        entry.sentences.add(i);
        seen.set(label, entry);
      }
    }
  });
  // a group the document keeps coming back to is one it is about
  for (const [label, { span, sentences }] of seen) if (sentences.size >= 3) offer(label, span, 'repeated', CONFIDENCE.nlp);
  return [...best.values()];
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

const labelCueCache = new WeakMap<Lexicons, Map<string, RegExp | null>>();
/** The cue words of one label (`cue_staff`), or null when it takes the general ones. */
function labelCue(lexicons: Lexicons, label: string): RegExp | null {
  let byLabel = labelCueCache.get(lexicons);
  if (!byLabel) labelCueCache.set(lexicons, (byLabel = new Map()));
  if (!byLabel.has(label)) {
    const list = phrases(lexicons, 'target-groups', `cue_${label}`);
    byLabel.set(label, list.length ? wordsRe(list) : null);
  }
  return byLabel.get(label)!;
}

function wordsRe(list: readonly string[]): RegExp {
  const alts = list.map((p) => fold(p)).sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}])(?:${alts.join('|') || '(?!)'})(?![\\p{L}])`, 'giu');
}

const cueCache = new WeakMap<Lexicons, RegExp>();
/** Words that present a group as the programme's participants, beneficiaries or targets. */
function cueMatcher(lexicons: Lexicons): RegExp {
  let re = cueCache.get(lexicons);
  if (!re) {
    const alts = phrases(lexicons, 'target-groups', 'cue_target').map((p) => fold(p)).sort((a, b) => b.length - a.length).map(escape);
    re = new RegExp(`(?<![\\p{L}])(?:${alts.join('|') || '(?!)'})(?![\\p{L}])`, 'giu');
    cueCache.set(lexicons, re);
  }
  return re;
}

/** The span of the document's title: front matter `title`, the first heading, or the first line. */
function titleSpan(doc: Document): Span | null {
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
