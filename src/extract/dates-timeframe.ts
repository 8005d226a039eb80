// The timeframe: the implementation period of the document's main (or first dated) project, from
// labelled facts (`Duration: 1 Sept 2020- 31 Aug 2023`) or sentences (`Running from October 2007 to
// December 2008`, `launched … in 2018: a three-year project`, `since November 2024`).
import type { Document, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases } from '../pipeline/lexicons.js';
import { CONFIDENCE, finding, type Finding } from './finding.js';
import { factsFor } from './labels.js';
import { sentencesOf } from './text.js';
import { alt, datesIn, durationsIn, iso, monthsBetween, rangesIn, type DateToken, type DateValue, type Duration } from './dates-parse.js';

/** A period candidate: its ends and stated duration, each with the span that proves it. */
interface Period {
  from?: DateToken;
  to?: DateToken;
  duration?: Duration;
  /** lower is stronger: 0 labelled, 1 a stated range, 2 a start or end cue, 3 an open `since` */
  rank: number;
  at: number;
  method: string;
  confidence: number;
}

interface Cues {
  start: RegExp;
  end: RegExp;
  span: RegExp;
  weak: RegExp;
  since: RegExp;
  sinceVerb: RegExp;
  project: RegExp;
  /** the project's word at the end of a text (`the project (`), before a date range it names */
  projectBefore: RegExp;
  instrument: RegExp;
  /** a measurement window (`reoffend within the period from …`), never the programme's period */
  window: RegExp;
  /** a study's words (`cohorts`, `interviews`): a weak range in their sentence is the study's window */
  study: RegExp;
  durationTail: RegExp;
  durationLead: RegExp;
  /** what may stand before a duration label's figure: a hedge (`maximum`), or a range's first figure (`12 à`) */
  durationPrefix: RegExp;
  moneyOver: RegExp;
  money: RegExp;
}

const cache = new WeakMap<Lexicons, Cues>();

function cues(lexicons: Lexicons): Cues {
  const seen = cache.get(lexicons);
  if (seen) return seen;
  const p = (k: string): string => alt(phrases(lexicons, 'dates', k));
  const W = '(?<![\\p{L}\\p{N}])';
  const E = '(?![\\p{L}\\p{N}])';
  // a cue, up to six words, a preposition and a soft word (`started with five pilot sites in early`)
  const gap = `(?:\\s{1,3}[^\\s.;:!?()]{1,30}){0,6}?\\s{1,3}(?:${p('date_prep')})\\s{1,3}(?:(?:${p('date_soft')})\\s{1,3})?$`;
  const direct = `\\s{1,3}(?:${p('date_prep')})\\s{1,3}(?:(?:${p('date_soft')})\\s{1,3})?$`;
  // a cue that ends in its own preposition takes the date right after it (`dates from 1998`)
  const preps = new Set(phrases(lexicons, 'dates', 'date_prep').map((w) => w.toLowerCase()));
  const withPrep = (k: string): string =>
    alt(phrases(lexicons, 'dates', k).filter((q) => preps.has(q.toLowerCase().split(/\s+/).pop() ?? '')));
  const tight = (k: string): string => `|${W}(?:${withPrep(k)})\\s{1,3}(?:(?:${p('date_soft')})\\s{1,3})?$`;
  const hedge = `(?:(?:${p('duration_hedge')})\\s{1,3})?`;
  // (`Landesprogramm`, `pilotproject`: a compound that ends in a project word names a project too)
  const compound = phrases(lexicons, 'dates', 'project_compound').length ? `|${W}\\p{L}{3,}(?:${p('project_compound')})${E}` : '';
  const project = new RegExp(`${W}(?:${p('project_word')})${E}${compound}`, 'iu');
  const c: Cues = {
    start: new RegExp(
      `${W}(?:${p('start_cue')})(?:${direct}|${gap})${tight('start_cue')}` +
        // `will run for two years from 1 October 2024`: a stated duration, then `from`
        (phrases(lexicons, 'dates', 'start_from').length ? `|${W}(?:${p('duration_lead')})(?:\\s{1,3}[^\\s.;:!?()]{1,30}){1,4}?\\s{1,3}(?:${p('start_from')})\\s{1,3}(?:(?:${p('date_soft')})\\s{1,3})?$` : ''),
      'iu',
    ),
    end: new RegExp(
      `${W}(?:${p('end_cue')})(?:${direct}|${gap})${tight('end_cue')}|${W}(?:${p('project_word')})\\s{1,3}(?:${p('end_due')})\\s{1,3}$` +
        // `läuft über drei Jahre bis Dezember 2025`, `runs until June 2026`: a verb of running, then `until`
        `|${W}(?:${p('run_verb')})(?:\\s{1,3}[^\\s.;:!?()]{1,30}){0,5}?\\s{1,3}(?:${p('until')})\\s{1,3}(?:(?:${p('date_soft')})\\s{1,3})?$`,
      'iu',
    ),
    span: new RegExp(`${W}(?:${p('span_cue')})\\s{1,3}$`, 'iu'),
    weak: new RegExp(`${W}(?:${p('span_weak')})\\s{1,3}$`, 'iu'),
    since: new RegExp(`${W}(?:${p('since')})\\s{1,3}(?:(?:${p('date_soft')})\\s{1,3})?$`, 'iu'),
    sinceVerb: new RegExp(`${W}(?:${p('since_verb')})${E}`, 'iu'),
    project,
    projectBefore: new RegExp(`(?:${project.source})\\s{0,2}\\(?\\s{0,2}$`, 'iu'),
    instrument: new RegExp(`${W}(?:${p('instrument_word')})${E}`, 'iu'),
    window: new RegExp(`${W}(?:${p('window_word')})${E}`, 'iu'),
    study: new RegExp(`${W}(?:${p('study_word')})${E}`, 'iu'),
    durationTail: new RegExp(`^\\s{0,3}(?:(?:${p('project_word')})${E}|(?:${p('duration_of')})${E})`, 'iu'),
    durationLead: new RegExp(`${W}(?:${p('duration_lead')})\\s{1,3}${hedge}$`, 'iu'),
    durationPrefix: new RegExp(`^\\s*(?:(?:${p('duration_hedge')})|\\d{1,3}\\s*(?:[-–]|(?:${p('range_to')})))\\s*$`, 'iu'),
    moneyOver: new RegExp(`${W}(?:${p('money_over')})\\s{1,3}${hedge}$`, 'iu'),
    money: /[£$€]\s?\d|\d\s?(?:million|billion|bn|m\b|millionen|mio|millions|milioni|milhões|millones|eur|euros?|usd|gbp|nok|dollars|pounds)(?![\p{L}])/iu,
  };
  cache.set(lexicons, c);
  return c;
}

/** The timeframe findings of a document: start, end and duration of one period. */
export function timeframe(doc: Document, lexicons: Lexicons): Finding[] {
  const c = cues(lexicons);
  const periods: Period[] = [];
  const labelled = fromLabels(doc, lexicons);
  if (labelled) periods.push(labelled);
  const stated: Duration[] = [];
  for (const s of sentencesOf(doc)) {
    if (s.text.length > 2000) continue;
    if (/\d/.test(s.text)) periods.push(...fromSentence(s.text, s.start, lexicons, c));
    stated.push(...statedDurations(s.text, s.start, lexicons, c));
  }
  if (!periods.length && !stated.length) return [];
  periods.sort((a, b) => a.rank - b.rank || a.at - b.at);
  const best = periods[0];
  const out: Finding[] = [];
  const push = (path: string, value: unknown, span: Span, method: string, confidence: number): void => {
    out.push(finding(doc, path, value, span, method, confidence));
  };
  if (best) {
    // a start-only or end-only cue takes the other end from a cue in the same sentence, else in one of
    // the two sentences before or after it (`… startet am 1. April 2024 … Das Programm läuft vier Jahre bis
    // zum 31. März 2028.`), when the two make a period in order
    if (best.rank === 2) {
      const inOrder = (p: Period) => (best.from && p.to ? before(best.from.value, p.to.value) : best.to && p.from ? before(p.from.value, best.to.value) : false);
      const opposite = (p: Period) => p !== best && p.rank === 2 && !!p.from !== !!best.from;
      // (in the same sentence an open `since` is a start too: `em andamento desde fevereiro de 2024 e vai até dezembro de 2024`)
      const mate =
        periods.find((p) => (opposite(p) || (p.rank === 3 && p.from && !best.from)) && sameSentence(doc, p.at, best.at) && (p.rank === 2 || inOrder(p))) ??
        periods.find((p) => opposite(p) && sentencesApart(doc, p.at, best.at) <= 2 && inOrder(p));
      if (mate) {
        best.from ??= mate.from;
        best.to ??= mate.to;
        best.duration ??= mate.duration;
      }
    }
    if (best.from) push('/timeframe/start', iso(best.from.value), best.from, best.method, best.confidence);
    if (best.to) push('/timeframe/end', iso(best.to.value), best.to, best.method, best.confidence);
  }
  const duration = best?.duration ?? stated[0];
  if (duration) push('/timeframe/duration_months', duration.months, duration, best?.duration ? best.method : 'pattern', best?.duration ? best.confidence : CONFIDENCE.pattern);
  else if (best?.from && best.to) {
    const n = monthsBetween(best.from.value, best.to.value);
    if (n) push('/timeframe/duration_months', n, { start: Math.min(best.from.start, best.to.start), end: Math.max(best.from.end, best.to.end) }, 'derived', best.confidence - 0.05);
  }
  return out;
}

/** How many sentences apart two offsets are (0: the same one); Infinity when one is in none. */
function sentencesApart(doc: Document, a: number, b: number): number {
  const all = sentencesOf(doc);
  const ia = all.findIndex((s) => s.start <= a && a < s.end);
  const ib = all.findIndex((s) => s.start <= b && b < s.end);
  return ia < 0 || ib < 0 ? Infinity : Math.abs(ia - ib);
}

/** Does date `a` come before date `b` (by year, then month and day where both give them)? */
function before(a: DateValue, b: DateValue): boolean {
  if (a.y !== b.y) return a.y < b.y;
  if (a.m && b.m && a.m !== b.m) return a.m < b.m;
  if (a.d && b.d && a.m === b.m) return a.d < b.d;
  return false;
}

function sameSentence(doc: Document, a: number, b: number): boolean {
  return sentencesOf(doc).some((s) => s.start <= a && a < s.end && s.start <= b && b < s.end);
}

/** Labelled facts: a range (`Timeframe 01/10/2018 – 30/09/2020 (24 months)`), start and end labels, a duration. */
function fromLabels(doc: Document, lexicons: Lexicons): Period | null {
  const p: Period = { rank: 0, at: Infinity, method: 'label', confidence: CONFIDENCE.label };
  for (const key of ['timeframe', 'duration', 'start_date', 'end_date']) {
    for (const f of factsFor(doc, lexicons, key)) {
      const text = doc.view.slice(f.value.start, f.value.end);
      const all = datesIn(text, lexicons, f.value.start);
      const tokens = all.filter((t) => t.value.y);
      const first = tokens[0];
      const lead = first ? text.slice(0, first.start - f.value.start) : text;
      const mark = (): void => {
        p.at = Math.min(p.at, f.value.start);
        p.method = f.method;
        p.confidence = f.confidence;
      };
      if (key === 'timeframe' || key === 'duration') {
        // (with the days written without a year, which a range's end may date: `del 1 de enero al 31 de diciembre de 2025`)
        const range = rangesIn(text, lexicons, f.value.start, all)[0];
        if (range && !p.from && range.start - f.value.start < 40) {
          p.from = range.from;
          if (range.to) p.to = range.to;
          mark();
        }
        const d = durationsIn(text, lexicons, f.value.start)[0];
        // (`Project duration: maximum 24 months`: a hedge before the figure; `Durée : 12 à 24 mois`: the
        // longest of a range, a call's maximum)
        const prefixed = !!d && cues(lexicons).durationPrefix.test(text.slice(0, d.start - f.value.start));
        if (d && !p.duration && (d.start - f.value.start < 3 || prefixed || (range && near(range, d)))) {
          p.duration = d;
          mark();
        }
        continue;
      }
      // a start or end label's value is the date itself
      if (!first || lead.trim().length > 3) continue;
      if (key === 'start_date' && !p.from) p.from = first;
      else if (key === 'end_date' && !p.to) p.to = first;
      else continue;
      mark();
    }
  }
  return p.from || p.to || p.duration ? p : null;
}

function near(a: Span, b: Span): boolean {
  return Math.abs(b.start - a.end) <= 3 || Math.abs(a.start - b.end) <= 3;
}

/** Periods a sentence states. */
function fromSentence(text: string, base: number, lexicons: Lexicons, c: Cues): Period[] {
  const all = datesIn(text, lexicons, base);
  const tokens = all.filter((t) => t.value.y);
  if (!tokens.length) return [];
  const out: Period[] = [];
  const before = (at: number, n = 80): string => text.slice(Math.max(0, at - base - n), at - base);
  const hasProject = c.project.test(text);
  const noInstrument = !c.instrument.test(text);
  const durations = durationsIn(text, lexicons, base);
  const inRange = new Set<DateToken>();
  const ranges = rangesIn(text, lexicons, base, all);
  // `between 2000-2001 and 2004-2005`: two ranges joined by `and`
  for (let i = 0; i + 1 < ranges.length; i++) {
    const a = ranges[i]!;
    const b = ranges[i + 1]!;
    if (/^\s{1,3}(?:and|und|et|e|y|i|en)\s{1,3}$/iu.test(text.slice(a.end - base, b.start - base)) && c.weak.test(before(a.start))) {
      ranges.splice(i, 2, { start: a.start, end: b.end, from: a.from, to: b.to ?? b.from });
    }
  }
  for (const r of ranges) {
    inRange.add(r.from);
    if (r.to) inRange.add(r.to);
    const pre = before(r.start);
    if (c.window.test(before(r.start, 50))) continue;
    const paren = /\(\s{0,2}$/.test(pre) && /^\s{0,2}\)/.test(text.slice(r.end - base));
    const named = c.projectBefore.test(pre) && !c.instrument.test(before(r.start, 40));
    const adjacent = durations.find((d) => near(d, r) || (paren && (Math.abs(d.end - (r.start - 1)) <= 3 || Math.abs(d.start - (r.end + 1)) <= 3)));
    const strong = c.span.test(pre) || c.start.test(pre) || named || !!adjacent || (paren && (r.from.value.m !== undefined || r.to === null));
    const weak = c.weak.test(pre) && hasProject && noInstrument && !c.study.test(text);
    const open = r.to === null && (c.start.test(pre) || c.since.test(pre) || hasProject);
    if (!strong && !weak && !open) continue;
    const p: Period = { from: r.from, rank: 1, at: r.start, method: 'pattern', confidence: CONFIDENCE.pattern };
    if (r.to) p.to = r.to;
    if (adjacent) p.duration = adjacent;
    out.push(p);
  }
  for (const t of tokens) {
    if (inRange.has(t)) continue;
    const pre = before(t.start);
    // the cue nearer the date decides (`startete im Januar 2019 und läuft bis Dezember 2021`)
    const st = c.start.exec(pre);
    const en = c.end.exec(pre);
    if (st && (!en || st.index > en.index)) out.push({ from: t, rank: 2, at: t.start, method: 'pattern', confidence: CONFIDENCE.heuristic });
    else if (en) out.push({ to: t, rank: 2, at: t.start, method: 'pattern', confidence: CONFIDENCE.heuristic });
    else if (c.since.test(pre) && c.sinceVerb.test(text)) out.push({ from: t, rank: 3, at: t.start, method: 'pattern', confidence: CONFIDENCE.heuristic });
  }
  return out;
}

/** Durations a sentence states for a project (`a three-year project`, `£18 million a year over the next two years`). */
function statedDurations(text: string, base: number, lexicons: Lexicons, c: Cues): Duration[] {
  const out: Duration[] = [];
  const hasMoney = c.money.test(text);
  for (const d of durationsIn(text, lexicons, base)) {
    const pre = text.slice(Math.max(0, d.start - base - 90), d.start - base);
    const post = text.slice(d.end - base, d.end - base + 40);
    // a lead phrase counts right after the project's word (`to provide funding for a period of three years`)
    const lead = c.durationLead.exec(pre);
    const led = !!lead && c.project.test(pre.slice(Math.max(0, lead.index - 60), lead.index));
    if (c.durationTail.test(post) || led || (c.moneyOver.test(pre) && hasMoney)) out.push(d);
  }
  return out;
}
