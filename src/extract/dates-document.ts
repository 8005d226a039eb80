// The document's own date: a front-matter or labelled date, the dateline of slides or minutes
// (`Dubrovnik, 20 October 2022`), the day a meeting was held, a post's date line, else `last updated`.
import type { Document, Line } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases } from '../pipeline/lexicons.js';
import { CONFIDENCE, finding, type Finding } from './finding.js';
import { factsFor, foldLabel, type LabelFact } from './labels.js';
import { sentencesOf } from './text.js';
import { afterTime, alt, datesIn, iso, type DateToken } from './dates-parse.js';

/** How many lines from the top count as the header where a document prints its date. */
const HEADER_LINES = 25;

interface Cues {
  updated: RegExp;
  meetingWord: RegExp;
  meetingVerb: RegExp;
  deadline: RegExp;
}

const cache = new WeakMap<Lexicons, Cues>();

function cues(lexicons: Lexicons): Cues {
  const seen = cache.get(lexicons);
  if (seen) return seen;
  const w = (k: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(phrases(lexicons, 'dates', k))})(?![\\p{L}\\p{N}])`, 'iu');
  const c = { updated: w('updated_cue'), meetingWord: w('meeting_word'), meetingVerb: w('meeting_verb'), deadline: w('deadline_word') };
  cache.set(lexicons, c);
  return c;
}

/** The `/date` finding of a document, or none. */
export function documentDate(doc: Document, lexicons: Lexicons): Finding[] {
  const c = cues(lexicons);
  const one = (t: DateToken | undefined, method: string, confidence: number): Finding[] =>
    t && t.value.y ? [finding(doc, '/date', iso(t.value), t, method, confidence)] : [];
  const facts = factsFor(doc, lexicons, 'date');
  // 1. the front matter's date
  const front = facts.find((f) => f.method === 'front-matter' && !c.updated.test(labelOf(doc, f)));
  if (front) {
    const t = dateOfFact(doc, lexicons, front);
    if (t) return one(t, 'front-matter', CONFIDENCE.frontMatter);
  }
  const header = doc.lines.slice(0, HEADER_LINES);
  // 2. a dateline: a short header line that ends with a day (`Turin, Italy, 10th September 2015`);
  // one without a year (`Prague, 20 March`) means the document gives no usable date
  // (a line of parts set apart by `·` or `|` is read part by part: `**Dundee, 7 November 2023** · Report
  // published 28 November 2023`)
  for (const line of header) {
    const t = partsOf(line).map((part) => dateline(doc, lexicons, part, c)).find((x) => x !== undefined);
    if (t === undefined) continue;
    if (!t.value.y) return [];
    return one(t, 'pattern', CONFIDENCE.pattern);
  }
  // 2b. a press release's dateline: a place, a full date and a dash that opens the text
  // (`Amsterdam, 12 mei 2022 – De Reclassering …`)
  for (const line of header.slice(0, 8)) {
    const t = pressDateline(doc, lexicons, line, c);
    if (t) return one(t, 'pattern', CONFIDENCE.pattern);
  }
  // 2c. a meeting's own line: a meeting word, then its day (`Réunion du 14 mars 2024, 9 h 30 – 12 h 30, …`)
  for (const line of header.slice(0, 8)) {
    const t = meetingLine(doc, lexicons, line, c);
    if (t) return one(t, 'pattern', CONFIDENCE.pattern);
  }
  // 3. a meeting's report: the day it was held (`took place in Popów, Poland, on 28 November 2017`)
  const head = header.slice(0, 8).map((l) => l.text).join('\n');
  if (c.meetingWord.test(head)) {
    for (const s of sentencesOf(doc)) {
      if (s.text.length > 600 || !c.meetingWord.test(s.text) || !c.meetingVerb.test(s.text) || c.deadline.test(s.text)) continue;
      const t = datesIn(s.text, lexicons, s.start).find((x) => x.value.y && x.value.m);
      if (t) return one(t, 'pattern', CONFIDENCE.heuristic);
    }
  }
  // 4. a labelled date (`Date: 11/07/2023`, `posted on June 10, 2011`)
  for (const f of facts) {
    if (c.updated.test(labelOf(doc, f))) continue;
    const t = dateOfFact(doc, lexicons, f);
    if (t) return one(t, f.method, f.confidence);
  }
  // a wiki-style tag line (`[[year:2023]]`) whose key is a date label
  const tagged = tagDate(doc, lexicons);
  if (tagged) return one(tagged, 'label', CONFIDENCE.label);
  // 5. a post's date line in the header (`17 October 2022`, `04.04.2014 15:20`, `September 2022 – Efus …`):
  // the earliest, as a page's update stamp comes after its post date
  const stamps: DateToken[] = [];
  for (const line of header) {
    const t = stampOf(doc, lexicons, line, c);
    if (t) stamps.push(t);
  }
  stamps.sort((a, b) => key(a) - key(b));
  if (stamps[0]) return one(stamps[0], 'pattern', CONFIDENCE.heuristic);
  // 6. the page's `last updated` / `as of` date
  for (const f of facts) {
    const t = dateOfFact(doc, lexicons, f);
    if (t) return one(t, f.method, CONFIDENCE.heuristic);
  }
  // 7. a title slide's year on a line of its own
  for (const line of header.slice(0, 8)) {
    if (/^[\s*_]{0,3}(?:19|20)\d{2}[\s*_]{0,3}$/.test(line.text)) {
      const t = datesIn(line.text, lexicons, line.start)[0];
      if (t) return one(t, 'pattern', CONFIDENCE.nlp);
    }
  }
  return [];
}

/** The date of a `[[label:value]]` tag line whose label is a date label. */
function tagDate(doc: Document, lexicons: Lexicons): DateToken | null {
  const labels = new Set(phrases(lexicons, 'labels', 'date').map(foldLabel));
  for (const line of doc.lines) {
    const m = /^\[\[([\p{L} _-]{1,30}):([^\]]{1,40})\]\]$/u.exec(line.text);
    if (!m || !labels.has(foldLabel(m[1]!))) continue;
    const at = line.start + 3 + m[1]!.length;
    const t = datesIn(m[2]!, lexicons, at).find((x) => x.value.y);
    if (t && t.start === at && t.end === at + m[2]!.length) return t;
  }
  return null;
}

function key(t: DateToken): number {
  return t.value.y * 10000 + (t.value.m ?? 0) * 100 + (t.value.d ?? 0);
}

function labelOf(doc: Document, f: LabelFact): string {
  return doc.view.slice(f.label.start, f.label.end);
}

/** The date of a labelled fact: the value is the date, or a short phrase ending in it (`posted on June 10, 2011`). */
function dateOfFact(doc: Document, lexicons: Lexicons, f: LabelFact): DateToken | null {
  if (f.text.length > 200) return null;
  const text = doc.view.slice(f.value.start, f.value.end);
  const t = datesIn(text, lexicons, f.value.start).find((x) => x.value.y);
  if (!t) return null;
  const lead = text.slice(0, t.start - f.value.start);
  const tail = text.slice(t.end - f.value.start);
  if (lead.trim().length > 40 || /[:|]/.test(lead)) return null;
  // a date that opens the value and a comma after it: the time and the place follow
  // (`Datum i mjesto sjednice: 12. travnja 2022., s početkom u 10:00 sati, u prostorijama Udruge`)
  if (!lead.trim() && /^\.?,\s/.test(tail)) return t;
  if (f.text.length > 80) return null;
  // a time or a byline may follow (`12 March 2021 by admin`, `04.10.2023 17:00`)
  const rest = afterTime(tail).replace(/[\s*_)\]]|\d{1,2}:\d{2}(?::\d{2})?/g, '');
  if (rest.length > 3 && !/^\s*(?:[|·•]|[-–—]\s|by\s|von\s|par\s|por\s|di\s)/iu.test(tail)) return null;
  return t;
}

/** A header line that ends with a day after a place or a heading; `undefined` when the line is none. */
function dateline(doc: Document, lexicons: Lexicons, line: Line, c: Cues): DateToken | undefined {
  if (line.text.length > 140 || c.deadline.test(line.text) || c.updated.test(line.text)) return undefined;
  const tokens = datesIn(line.text, lexicons, line.start);
  const t = tokens[tokens.length - 1];
  if (!t || t.value.m === undefined) return undefined;
  const lead = doc.view.slice(line.start, t.start);
  // a month without a day only after a bare place (`Madrid, marzo de 2021`, `Lublin, wrzesień 2023`)
  if (t.value.d === undefined && (!t.value.y || !/^\s{0,3}\p{Lu}[\p{L}.' -]{1,30},\s{1,3}$/u.test(lead))) return undefined;
  const tail = afterTime(doc.view.slice(t.end, line.end));
  if (tail.replace(/[\s*_)\].]/g, '').length > 0) return undefined;
  // a place or a heading before the date: `Dubrovnik,` `PM3 — Ennis, Ireland` `meeting in Saarbrücken,`
  if (!/[\p{L}][\p{L}.)]*[,]?\s{1,3}$/u.test(lead) || /[:|]/.test(lead)) return undefined;
  if (!/,\s{0,3}$/.test(lead) && !c.meetingWord.test(lead) && !/\p{Lu}\p{Ll}+,?\s{1,3}\p{Lu}\p{Ll}+\s{1,3}$/u.test(lead)) return undefined;
  return t;
}

/** The parts of a line set apart by ` · ` or ` | `, each with its own offsets; the line itself when it has none. */
function partsOf(line: Line): Line[] {
  const parts: Line[] = [];
  const re = /\s[·|•]\s/gu;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line.text))) {
    parts.push({ ...line, text: line.text.slice(from, m.index), start: line.start + from, end: line.start + m.index });
    from = m.index + m[0].length;
  }
  if (!parts.length) return [line];
  parts.push({ ...line, text: line.text.slice(from), start: line.start + from, end: line.end });
  return parts;
}

/** A header line that opens with a meeting word and a full day a few words after it (`Sitzung vom 14. März 2024`). */
function meetingLine(doc: Document, lexicons: Lexicons, line: Line, c: Cues): DateToken | null {
  const word = c.meetingWord.exec(line.text);
  if (!word || line.text.slice(0, word.index).replace(/[\s*_#>]/g, '') || c.deadline.test(line.text)) return null;
  const t = datesIn(line.text.slice(0, 80), lexicons, line.start)[0];
  if (!t || !t.value.y || t.value.m === undefined || t.value.d === undefined) return null;
  const between = doc.view.slice(line.start + word.index + word[0].length, t.start);
  return /[.:;!?]/.test(between) || (between.match(/\p{L}+/gu)?.length ?? 0) > 3 ? null : t;
}

/** A line that opens with `Place, <day month year> –` and goes on with the text; null when it does not. */
function pressDateline(doc: Document, lexicons: Lexicons, line: Line, c: Cues): DateToken | null {
  if (c.deadline.test(line.text.slice(0, 80))) return null;
  const t = datesIn(line.text.slice(0, 80), lexicons, line.start)[0];
  if (!t || !t.value.y || t.value.m === undefined || t.value.d === undefined) return null;
  const lead = doc.view.slice(line.start, t.start);
  if (!/^[\s*_]{0,3}\p{Lu}[\p{L}.' -]{1,30},(?:\s{1,3}\p{Lu}[\p{L}.' -]{1,30},)?\s{1,3}$/u.test(lead)) return null;
  // (markup may stand between the date and the dash: `<strong>LEEDS, 14 March 2024</strong> – …`)
  return /^\s{0,12}[-–—]\s{1,3}\S/u.test(doc.view.slice(t.end, line.end)) ? t : null;
}

/** A label in capitals and a dash before a date: `MEDIA RELEASE — `, `PRESSEMITTEILUNG – `. */
const CAPS_LABEL = /^[\s*_]{0,3}\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,3}\s{1,3}[-–—]\s{1,3}$/u;

/** A header line that is a date (`Jan 10, 2023`, `*25th September 2018*`, `04.04.2014 15:20`) or opens with one (`September 2022 – …`). */
function stampOf(doc: Document, lexicons: Lexicons, line: Line, c: Cues): DateToken | null {
  if (c.deadline.test(line.text)) return null;
  const t = datesIn(line.text, lexicons, line.start)[0];
  if (!t || !t.value.y || t.value.m === undefined) return null;
  const lead = doc.view.slice(line.start, t.start);
  const tail = doc.view.slice(t.end, line.end);
  // (after a label in capitals and a dash: `*MEDIA RELEASE — 12 August 2024*`)
  if (lead.replace(/[\s*_(\[]/g, '').length > 0 && !CAPS_LABEL.test(lead)) return null;
  const rest = afterTime(tail).replace(/^[\s*_)\]]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[\s*_)\]]*/, '');
  // a date range is a period, not a post's date
  if (!rest || (/^[-–—]\s/.test(rest) && !datesIn(rest.slice(0, 40), lexicons).some((x) => x.value.y))) return t;
  return null;
}
