// Dates, ranges and durations as written: `20 October 2022`, `01/10/2018 – 30/09/2020`, `January –
// September 2015`, `2014-2017`, `(24 months)`; day-first numbers; month names from the dates lexicon.
import { trieSource } from './trie.js';
import { compiled } from './memo.js';
import type { Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases } from '../pipeline/lexicons.js';
import { numberWord } from './text.js';

/** A calendar point at the precision written; `y` is 0 when the text gives no year (`20 March`). */
export interface DateValue {
  y: number;
  m?: number;
  d?: number;
}

/** A date found in a string: its offsets and value. */
export interface DateToken extends Span {
  value: DateValue;
}

/** A period: two dates joined by a dash or `to`, or an open one (`2014 – ongoing`). */
export interface DateRange extends Span {
  from: DateToken;
  to: DateToken | null;
}

/** A duration as written (`24 months`, `two-year`, `3 Jahre`), in months. */
export interface Duration extends Span {
  months: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The compiled patterns of one lexicon set. */
export interface Grammar {
  monthOf: Map<string, number>;
  re: Record<string, RegExp>;
  lexicons: Lexicons;
}

const cache = new WeakMap<Lexicons, Grammar>();

/** A pattern for any of the phrases, ignoring case (a trie: see trie.ts); spaces match a run of spaces. */
export function alt(list: readonly string[]): string {
  return trieSource(list);
}

/** The date patterns for a lexicon set (compiled once). */
export function grammar(lexicons: Lexicons): Grammar {
  const seen = cache.get(lexicons);
  if (seen) return seen;
  const monthOf = new Map<string, number>();
  MONTHS.forEach((key, i) => {
    for (const p of phrases(lexicons, 'dates', key)) if (!monthOf.has(p.toLowerCase())) monthOf.set(p.toLowerCase(), i + 1);
  });
  const MON = `(${alt([...monthOf.keys()])})\\.?`;
  const L = '(?<![\\p{L}\\p{N}])';
  const R = '(?![\\p{L}\\p{N}])';
  // (an ordinal's letters may stand apart from the figure where markup raised them: `1<sup>er</sup>`)
  const ORD = '(?:st|nd|rd|th|er| {4,12}(?:st|nd|rd|th|er)(?= )|º|°|\\.)?';
  const JOIN = `(?:(?:${alt(phrases(lexicons, 'dates', 'date_joiner'))})\\s{1,3})?`;
  const DAYS = `(\\d{1,2})${ORD}(?:\\s{0,2}(?:[-–&]|and)\\s{0,2}\\d{1,2}${ORD})?`;
  const YEAR = '((?:19|20)\\d{2})(?![\\p{N}])';
  const units = `(?:${alt([...phrases(lexicons, 'dates', 'unit_month'), ...phrases(lexicons, 'dates', 'unit_year')])})`;
  const words = Object.keys(lexicons.numbers ?? {}).filter((w) => !/\s/.test(w));
  // year first (`2018. október 1.`, `2018 m. spalio 1 d.`, `2018. gada 1. oktobrī`): the year needs its dot or a year word
  const YM = `(?:\\.\\s{1,3}(?:(?:${alt(phrases(lexicons, 'dates', 'year_mark'))})\\s{1,3})?|\\s{1,3}(?:${alt(phrases(lexicons, 'dates', 'year_mark'))})\\s{1,3})`;
  const re: Record<string, RegExp> = {
    iso: new RegExp(`${L}(\\d{4})-(\\d{2})-(\\d{2})(?:T[\\d:.]{2,15}Z?)?${R}`, 'gu'),
    dmyNum: new RegExp(`(?<![\\p{L}\\p{N}./])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?![\\p{N}])`, 'gu'),
    // `14-11-2024`, as Dutch writes a date (not inside a range of such: `1-2-2020-3-4-2021` is no date)
    dmyDash: new RegExp(`(?<![\\p{L}\\p{N}./-])(\\d{1,2})-(\\d{1,2})-(\\d{4})(?![\\p{N}]|-\\d)`, 'gu'),
    // `1. 10. 2018` (Czech, Slovak, German): day and month with a dot and a space
    dmySpaced: new RegExp(`(?<![\\p{L}\\p{N}./])(\\d{1,2})\\.\\s(\\d{1,2})\\.\\s{1,2}(\\d{4})(?![\\p{N}])`, 'gu'),
    // `2018.10.01.`, `2018. 10. 01.` (Hungarian), `2018/10/01`
    ymdNum: new RegExp(`(?<![\\p{L}\\p{N}./])((?:19|20)\\d{2})(?:\\.\\s?|/)(\\d{1,2})(?:\\.\\s?|/)(\\d{1,2})\\.?(?![\\p{N}])`, 'gu'),
    ymd: new RegExp(`${L}${YEAR}${YM}${MON}\\s{1,3}(\\d{1,2})(?![\\p{N}])\\.?(?:\\s{1,2}d\\.)?`, 'giu'),
    ydm: new RegExp(`${L}${YEAR}${YM}(\\d{1,2})\\.\\s{1,3}${MON}(?![\\p{L}])`, 'giu'),
    ym: new RegExp(`${L}${YEAR}${YM}${MON}(?![\\p{L}])`, 'giu'),
    myNum: new RegExp(`(?<![\\p{L}\\p{N}./])(\\d{1,2})[/.](\\d{4})(?![\\p{N}]|[./]\\d)`, 'gu'),
    mdy: new RegExp(`${L}${MON}\\s{1,3}${DAYS},?\\s{1,3}${YEAR}`, 'giu'),
    dmy: new RegExp(`${L}${DAYS}(?:\\s{0,3}| {4,12})${JOIN}${MON},?\\s{1,3}${JOIN}${YEAR}`, 'giu'),
    my: new RegExp(`${L}${MON},?\\s{1,3}${JOIN}${YEAR}`, 'giu'),
    dm: new RegExp(`${L}(\\d{1,2})${ORD}\\s{1,3}${JOIN}${MON}(?![\\p{L}])`, 'giu'),
    md: new RegExp(`${L}${MON}\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?${R}`, 'giu'),
    year: new RegExp(`(?<![\\p{L}\\p{N}./£$€])(19[5-9]\\d|20[0-3]\\d)(?![\\p{N}]|[-/.]\\d{1,2}(?!\\d))`, 'gu'),
    monthOnly: new RegExp(`${L}${MON}${R}`, 'giu'),
    monthBefore: new RegExp(`${L}${MON}${R}\\s{0,3}(?:[-–—]|(?:${alt(phrases(lexicons, 'dates', 'range_to'))})(?![\\p{L}]))\\s{0,3}$`, 'iu'),
    // `between March 2021 and December 2023`, `entre marzo de 2021 y diciembre de 2023`
    betweenBefore: new RegExp(`(?<![\\p{L}])(?:${alt(phrases(lexicons, 'dates', 'between'))})\\s{1,3}(?:(?:${alt(phrases(lexicons, 'dates', 'date_soft'))})\\s{1,3})?$`, 'iu'),
    betweenGap: new RegExp(`^\\.?\\s{1,3}(?:${alt(phrases(lexicons, 'dates', 'range_and'))})\\s{1,3}$`, 'iu'),
    rangeGap: new RegExp(`^\\.?\\s{0,3}(?:(?:${alt(phrases(lexicons, 'dates', 'year_suffix'))})(?![\\p{L}])\\s{0,3})?(?:[-–—]|(?:${alt(phrases(lexicons, 'dates', 'range_to'))})(?![\\p{L}]))\\s{0,3}$`, 'iu'),
    openEnd: new RegExp(`^\\s{0,3}[-–—]\\s{0,3}(?:${alt(phrases(lexicons, 'dates', 'open_end'))})${R}`, 'iu'),
    duration: new RegExp(
      `(?<![\\p{L}\\p{N}/.,])(\\d{1,3}|${alt(words)})(?:\\s{1,2}|\\s?-\\s?)(?:(?:full|calendar|long|whole)\\s)?(${units})${R}`,
      'giu',
    ),
  };
  const g = { monthOf, re, lexicons };
  cache.set(lexicons, g);
  return g;
}

function valid(v: DateValue): boolean {
  if (v.m !== undefined && (v.m < 1 || v.m > 12)) return false;
  if (v.d !== undefined && (v.d < 1 || v.d > 31)) return false;
  return v.y === 0 || (v.y >= 1950 && v.y <= 2039);
}

/** Every date in `text`, non-overlapping, longest first, in order; `base` is added to offsets. */
export function datesIn(text: string, lexicons: Lexicons, base = 0): DateToken[] {
  // every date form has a digit (a month name alone only matters beside a year): skip text without one
  if (!/\d/.test(text)) return [];
  const g = grammar(lexicons);
  const mon = (s: string): number => g.monthOf.get(s.toLowerCase().replace(/\.$/, '')) ?? 0;
  const found: DateToken[] = [];
  const scan = (name: string, read: (m: RegExpExecArray) => DateValue | null): void => {
    const re = g.re[name]!;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const v = read(m);
      if (v && valid(v)) found.push({ start: base + m.index, end: base + m.index + m[0].length, value: v });
      if (re.lastIndex === m.index) re.lastIndex++;
    }
  };
  // every form but day-and-month has a four-digit year: text without one is scanned for those two only
  const year = /\d{4}/.test(text);
  if (year) scanYearForms(scan, mon);
  scan('dm', (m) => ({ y: 0, m: mon(m[2]!), d: +m[1]! }));
  scan('md', (m) => ({ y: 0, m: mon(m[1]!), d: +m[2]! }));
  if (year) scan('year', (m) => ({ y: +m[1]! }));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateToken[] = [];
  for (const t of found) {
    const last = out[out.length - 1];
    if (last && t.start < last.end) {
      if (t.end - t.start > last.end - last.start && t.start === last.start) out[out.length - 1] = t;
      continue;
    }
    out.push(t);
  }
  return out;
}

type Scan = (name: string, read: (m: RegExpExecArray) => DateValue | null) => void;

/** The date forms with a four-digit year, in the order their matches win ties. */
function scanYearForms(scan: Scan, mon: (s: string) => number): void {
  scan('iso', (m) => ({ y: +m[1]!, m: +m[2]!, d: +m[3]! }));
  // day first, unless the second figure can only be a day (`03/18/2023`, written month first in the US)
  scan('dmyNum', (m) => (+m[3]! > 12 && +m[1]! <= 12 && m[2] === '/' ? { y: +m[4]!, m: +m[1]!, d: +m[3]! } : { y: +m[4]!, m: +m[3]!, d: +m[1]! }));
  scan('dmyDash', (m) => (+m[2]! > 12 && +m[1]! <= 12 ? { y: +m[3]!, m: +m[1]!, d: +m[2]! } : { y: +m[3]!, m: +m[2]!, d: +m[1]! }));
  scan('dmySpaced', (m) => ({ y: +m[3]!, m: +m[2]!, d: +m[1]! }));
  scan('ymdNum', (m) => ({ y: +m[1]!, m: +m[2]!, d: +m[3]! }));
  // after a bare `2018.` a capital month starts a new sentence (`ended in 2017. March saw …`), not a year-first date
  const yearFirst = (m: RegExpExecArray): boolean => !/^\d{4}\.\s{1,3}\p{Lu}/u.test(m[0]);
  scan('ymd', (m) => (yearFirst(m) ? { y: +m[1]!, m: mon(m[2]!), d: +m[3]! } : null));
  scan('ydm', (m) => ({ y: +m[1]!, m: mon(m[3]!), d: +m[2]! }));
  scan('ym', (m) => (yearFirst(m) ? { y: +m[1]!, m: mon(m[2]!) } : null));
  scan('myNum', (m) => ({ y: +m[2]!, m: +m[1]! }));
  scan('mdy', (m) => ({ y: +m[3]!, m: mon(m[1]!), d: +m[2]! }));
  scan('dmy', (m) => ({ y: +m[3]!, m: mon(m[2]!), d: +m[1]! }));
  scan('my', (m) => ({ y: +m[2]!, m: mon(m[1]!) }));
}

/**
 * Periods in `text`: two dates joined by a dash or a `to` word (`March 2018 – October 2020`) or, after a
 * `between` word, by an `and` word (`between March 2021 and December 2023`), a month
 * before a dated month (`January – September 2015`), or an open end (`2014 – ongoing`).
 */
export function rangesIn(text: string, lexicons: Lexicons, base = 0, tokens = datesIn(text, lexicons, base)): DateRange[] {
  const g = grammar(lexicons);
  const out: DateRange[] = [];
  const used = new Set<DateToken>();
  for (let i = 0; i < tokens.length; i++) {
    let a = tokens[i]!;
    const b = tokens[i + 1];
    const gap = b ? text.slice(a.end - base, b.start - base) : '';
    // a day and month without a year before a dated day takes its year: `del 1 de enero al 31 de diciembre de 2025`
    if (a.value.y === 0 && a.value.m !== undefined && a.value.d !== undefined && b?.value.y && b.value.d !== undefined && g.re.rangeGap!.test(gap)) {
      const from = { ...a, value: { ...a.value, y: b.value.y } };
      if (order(from.value, b.value)) a = from;
    }
    if (a.value.y === 0) continue;
    // (to the month at least: `between 2016 and 2018` is mostly a study's years, not a period's ends)
    const between = !!b && a.value.m !== undefined && b.value.m !== undefined && g.re.betweenGap!.test(gap) && g.re.betweenBefore!.test(text.slice(Math.max(0, a.start - base - 40), a.start - base));
    if (b && b.value.y !== 0 && (g.re.rangeGap!.test(gap) || between) && order(a.value, b.value)) {
      out.push({ start: a.start, end: b.end, from: a, to: b });
      used.add(a).add(b);
      i++;
      continue;
    }
    const open = g.re.openEnd!.exec(text.slice(a.end - base, a.end - base + 40));
    if (open) {
      out.push({ start: a.start, end: a.end + open[0].length, from: a, to: null });
      used.add(a);
    }
  }
  // a month without its year before a dated month: `January – September 2015`
  for (const b of tokens) {
    if (used.has(b) || b.value.y === 0 || b.value.m === undefined) continue;
    const before = text.slice(Math.max(0, b.start - base - 40), b.start - base);
    const m = g.re.monthBefore!.exec(before);
    if (!m) continue;
    const month = g.monthOf.get(m[1]!.toLowerCase()) ?? 0;
    if (!month || month > b.value.m) continue;
    const start = b.start - before.length + m.index;
    const from: DateToken = { start, end: start + m[1]!.length, value: { y: b.value.y, m: month } };
    out.push({ start, end: b.end, from, to: b });
  }
  return out.sort((x, y) => x.start - y.start);
}

function order(a: DateValue, b: DateValue): boolean {
  const k = (v: DateValue): number => v.y * 10000 + (v.m ?? 0) * 100 + (v.d ?? 0);
  return k(a) < k(b) || (a.y < b.y);
}

/** Durations in `text` (`24 months`, `two-year`, `36 mesi`), in months. */
export function durationsIn(text: string, lexicons: Lexicons, base = 0): Duration[] {
  const g = grammar(lexicons);
  const years = compiled(lexicons, 'dates:unit_year', () => new Set(phrases(lexicons, 'dates', 'unit_year').map((p) => p.toLowerCase())));
  const re = g.re.duration!;
  re.lastIndex = 0;
  const out: Duration[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : numberWord(m[1]!, lexicons);
    if (n && n > 0 && n <= 240) {
      const unit = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      const months = years.has(unit) ? n * 12 : n;
      if (months <= 240) out.push({ start: base + m.index, end: base + m.index + m[0].length, months });
    }
    if (re.lastIndex === m.index) re.lastIndex++;
  }
  return out;
}

/** ISO 8601 at the precision written: `2018-10-01`, `2015-01`, `2014`. */
export function iso(v: DateValue): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  if (v.m === undefined) return String(v.y);
  if (v.d === undefined) return `${v.y}-${p(v.m)}`;
  return `${v.y}-${p(v.m)}-${p(v.d)}`;
}

/**
 * Months between two dates: to the month counting both end months (Oct 2018 – Sep 2020 is 24); to the
 * day, whole months from the start to the day after the end (2020-01-29 – 2024-01-29 is 48); else null.
 */
export function monthsBetween(a: DateValue, b: DateValue): number | null {
  if (!a.y || !b.y || a.m === undefined || b.m === undefined) return null;
  if (a.d === undefined || b.d === undefined) {
    if (a.d !== undefined || b.d !== undefined) return null;
    const n = (b.y - a.y) * 12 + (b.m - a.m) + 1;
    return n > 0 ? n : null;
  }
  const next = new Date(Date.UTC(b.y, b.m - 1, b.d + 1));
  let n = (next.getUTCFullYear() - a.y) * 12 + (next.getUTCMonth() + 1 - a.m);
  if (next.getUTCDate() < a.d) n--;
  return n > 0 ? n : null;
}

/**
 * What follows a date once a time of day is taken away: `, 11:32`, ` - 10:42`, `, de 9 h 30 à 12 h 30`,
 * `um 14.00 Uhr` leave nothing.
 */
export function afterTime(tail: string): string {
  const m = TIME_TAIL.exec(tail);
  return m && /\d/.test(m[0]) ? tail.slice(m[0].length) : tail;
}

const TIME = '\\d{1,2}(?:\\s?[:.h]\\s?\\d{2})?(?:\\s?(?:h|uhr|am|pm|a\\.m\\.|p\\.m\\.))?';
const TIME_TAIL = new RegExp(`^[\\s,*_)\\]]*(?:[-–—|·]\\s*)?(?:(?:um|at|à|a|alle|às|de|from|von|dalle|ore|kl\\.?|klo)\\s+)?${TIME}(?:\\s*(?:[-–—]|à|a|to|bis|alle|às)\\s*${TIME})?(?![\\p{L}\\p{N}])`, 'iu');
