// Identifiers of the described project: its number (or a call's reference), its status and the
// evidence rating a registry gives it. Phrases live in pipelines/lexicon/{labels,status,ratings}.yaml.
import { compiled } from './memo.js';
import { PhraseFinder, trieSource, wordStarts } from './trie.js';
import type { Document, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases } from '../pipeline/lexicons.js';
import { CONFIDENCE, finding, type ExtractContext, type Finding } from './finding.js';
import { factsFor, foldLabel } from './labels.js';
import { sentencesOf, type Sentence } from './text.js';

/** Findings for /project_number, /status and /rating. */
export function identifiers(doc: Document, context: ExtractContext): Finding[] {
  const lexicons = context.lexicons;
  // a call for proposals describes no project yet: its `Status: Open` is the call's
  const kind = context.previous.filter((f) => f.path === '/document_kind').sort((a, b) => b.confidence - a.confidence)[0]?.value;
  return [projectNumber(doc, lexicons), kind === 'call' ? null : status(doc, lexicons), rating(doc, lexicons)].filter((f): f is Finding => f !== null);
}

// ---------------------------------------------------------------------------------------------
// project number

/** An identifier-shaped token: letters and digits joined by `-`, `/`, `.` or `_`, with a digit in it (a `+` may end a part: `PESSOAS2030-FSE+-00871400`). */
const CODE = /[A-Za-z0-9](?:[A-Za-z0-9]|\+(?=-[A-Za-z0-9])|[-/._](?=[A-Za-z0-9])){2,60}/g;

/** Codes of known programmes that need no label: Erasmus+, EEA and Norway Grants, EU calls. */
const SHAPES: RegExp[] = [
  // Erasmus+ (`2018-1-EL01-KA204-047785`, since 2021 with a sector: `2021-1-IE01-KA220-ADU-000033541`)
  /\b\d{4}-\d-[A-Z]{2}\d{2}-KA\d{3}(?:-[A-Z]{3})?-\d{6,9}\b/g,
  /\b[A-Z]{2}\d{2}-\d{4}\b/g,
  /\b\d{5,7}-\d{4}-[A-Z]{2}-[A-Z]{3,}(?:-[A-Z]{2,})*\b/g,
  /\b[A-Z]{3,10}(?:-[A-Z0-9]{2,12}){2,6}\b/g,
];

/** The project number: a labelled identifier, an inline `Grant Agreement No …`, `project LV08/2`, or a known code shape. */
export function projectNumber(doc: Document, lexicons: Lexicons): Finding | null {
  const found: Finding[] = [];
  // the project's own number first (`Grant agreement number`); a call's reference (`Topic`, `Call number`)
  // only when there is none, as a call document gives
  for (const key of ['project_number', 'call_number']) {
    for (const fact of factsFor(doc, lexicons, key)) {
      const code = firstCode(doc, fact.value);
      if (code) found.push(finding(doc, '/project_number', doc.view.slice(code.start, code.end), code, fact.method, fact.confidence));
    }
    if (found.length) return best(found);
  }
  const view = doc.view;
  // inline labels: `under Grant Agreement No 101056657`, `project number LT14-0006`
  const labels = [...phrases(lexicons, 'labels', 'project_number'), ...phrases(lexicons, 'labels', 'call_number')].filter((p) => /\s/.test(p.trim()) || /\b(?:no|nr|number|id)\.?$/i.test(p.trim()));
  if (labels.length) {
    const re = compiled(lexicons, 'identifiers:inline-number', () => new RegExp(`(?:${trieSource(labels.map((p) => p.replace(/\.$/, '')))})(?:\\s{0,3}(?:no\\.?|nr\\.?|n°|number|#))?\\s{0,3}[:.]?\\s{0,3}(?=[A-Za-z0-9])`, 'giu'));
    for (const m of wordStarts(re, view)) {
      const code = firstCode(doc, { start: m.index! + m[0].length, end: Math.min(view.length, m.index! + m[0].length + 60) }, true);
      if (code) found.push(finding(doc, '/project_number', view.slice(code.start, code.end), code, 'pattern', CONFIDENCE.pattern));
    }
  }
  // `the project LV08/2 "…"`, `programme PL17 “…”`
  for (const m of view.matchAll(/\b(project|projekt|progetto|projet|projeto|proyecto|programme|program|programm|programa)\s(?=[A-Z]{2})([A-Z]{2,4}\s?\d{1,4}(?:\/\d{1,4})?)(?![\p{L}\p{N}_\-/.](?=[\p{L}\p{N}]))/gu)) {
    const start = m.index! + m[1]!.length + 1;
    const weight = /^pro(?:gram|grama|gramme|gramm)$/i.test(m[1]!) ? CONFIDENCE.heuristic - 0.05 : CONFIDENCE.heuristic;
    found.push(finding(doc, '/project_number', m[2]!, { start, end: start + m[2]!.length }, 'pattern', weight));
  }
  for (const re of SHAPES) {
    for (const m of view.matchAll(re)) {
      const before = view[m.index! - 1] ?? ' ';
      const after = view[m.index! + m[0].length] ?? ' ';
      if (/[\p{L}\p{N}_/=#@-]/u.test(before) || /[_/@]|[\p{L}\p{N}]/u.test(after)) continue;
      if (!/\d/.test(m[0])) continue;
      found.push(finding(doc, '/project_number', m[0], { start: m.index!, end: m.index! + m[0].length }, 'pattern', CONFIDENCE.heuristic - 0.1));
    }
  }
  return best(found);
}

/** The first identifier-shaped token of a span, or null; `strict` wants letters and digits or a hyphenated code. */
function firstCode(doc: Document, span: Span, strict = false): Span | null {
  const text = doc.view.slice(span.start, span.end);
  CODE.lastIndex = 0;
  const m = CODE.exec(text);
  if (!m) return null;
  // the code must open the value (labelled values may start with `No.` or `#`)
  const lead = text.slice(0, m.index);
  // (or a quote: front matter may quote a number, `grant_agreement: "101089432"`)
  if (!/^\s*["'“„]?(?:(?:no|nr|n°)\.?\s*|#\s*)?$/i.test(lead)) return null;
  const code = m[0];
  if (!isCode(code, strict)) return null;
  return { start: span.start + m.index, end: span.start + m.index + code.length };
}

/** True when a token looks like an identifier, not a date, year, phone number or amount. */
export function isCode(code: string, strict = false): boolean {
  if (code.length < 4 || !/\d/.test(code)) return false;
  if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(code)) return false; // a date
  if (/^(?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?$/.test(code)) return false; // a year or a span of years
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(code)) return false; // an amount
  if (/^(?:\+|00)\d{6,}$|^0\d{8,}$/.test(code)) return false; // a phone number
  if (/\.(?:jpe?g|png|gif|pdf|docx?|html?)$/i.test(code)) return false;
  if (strict && !/[A-Za-z]/.test(code) && !/^\d{6,}$/.test(code) && !/\d-\d/.test(code)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// status

type Status = 'planned' | 'ongoing' | 'completed';
const STATUSES: Status[] = ['planned', 'ongoing', 'completed'];

/** The project's status: a labelled value, else the first phrase of the status lexicon the text uses. */
export function status(doc: Document, lexicons: Lexicons): Finding | null {
  for (const fact of factsFor(doc, lexicons, 'status')) {
    const value = fact.text.toLowerCase();
    const label = foldLabel(doc.view.slice(fact.label.start, fact.label.end));
    for (const s of STATUSES) {
      const values = labelValues(lexicons, s);
      const yes = !!values && /^(?:yes|ja|oui|sì|si|sim|tak|ano)\b/.test(value) && values.inLabel.test(label);
      if (yes || (values && values.opening.test(value))) {
        const span = yes ? { start: fact.label.start, end: fact.value.end } : fact.value;
        return finding(doc, '/status', s, span, fact.method, fact.confidence);
      }
    }
  }
  let first: { s: Status; start: number; end: number } | null = null;
  const subjects = statusWords(lexicons, 'subjects');
  const sentences = sentencesOf(doc);
  for (const s of STATUSES) {
    for (const [key, needsSubject] of [[`${s}_strong`, false], [s, true]] as const) {
      const list = phrases(lexicons, 'status', key);
      if (!list.length) continue;
      for (const m of statusWords(lexicons, key).all(doc.view)) {
        if (first && m.index! > first.start) break;
        if (needsSubject) {
          // the phrase must be said of the project: a project word in the same sentence
          const sentence = sentenceAt(sentences, m.index!);
          if (!sentence || !subjects.test(sentence.text)) continue;
        }
        first = { s, start: m.index!, end: m.index! + m[0].length };
        break;
      }
    }
  }
  // `The closing conference of programme PL17 … took place in Popów`: a closing event told in the past tense
  const events = phrases(lexicons, 'status', 'end_event');
  const past = phrases(lexicons, 'status', 'event_past');
  if (events.length && past.length) {
    const pastRe = statusWords(lexicons, 'event_past');
    const futureRe = statusWords(lexicons, 'event_future');
    for (const m of statusWords(lexicons, 'end_event').all(doc.view)) {
      if (first && m.index! > first.start) break;
      const sentence = sentenceAt(sentences, m.index!);
      if (!sentence || sentence.text.length > 600 || !pastRe.test(sentence.text) || futureRe.test(sentence.text)) continue;
      first = { s: 'completed', start: m.index!, end: m.index! + m[0].length };
      break;
    }
  }
  // `The Cockatoo Initiative has been supporting young people … since November 2024`: a running activity
  for (const m of doc.view.matchAll(/\b(?:has|have)\s{1,3}been\s{1,3}\p{Ll}{3,20}ing\b(?=[^.;!?\n]{0,120}?\bsince\b)/gu)) {
    if (first && m.index! > first.start) break;
    const sentence = sentenceAt(sentences, m.index!);
    if (!sentence || !subjects.test(sentence.text.slice(0, m.index! - sentence.start))) continue;
    first = { s: 'ongoing', start: m.index!, end: m.index! + m[0].length };
    break;
  }
  // `Running from October 2007 to December 2008, the project brought …`: a period told in the past tense
  for (const m of doc.view.matchAll(/\b(?:ran|running|lasted|lasting)\s+from\s+[^.;\n]{3,40}?\s+(?:to|until|till)\s+[^.;,\n]{3,30}/gi)) {
    if (first && m.index! > first.start) break;
    const sentence = sentenceAt(sentences, m.index!);
    const rest = sentence ? doc.view.slice(m.index! + m[0].length, sentence.end) : '';
    if (/^ran|^lasted/i.test(m[0]) || /\b(?:was|were|had|brought|\w{3,}ed)\b/.test(rest)) {
      first = { s: 'completed', start: m.index!, end: m.index! + m[0].length };
      break;
    }
  }
  return first ? finding(doc, '/status', first.s, first, 'pattern', CONFIDENCE.heuristic) : null;
}

// ---------------------------------------------------------------------------------------------
// rating

/** The evidence rating: a labelled value (`Evidence Rating: Promising - One study` gives `Promising`), or a rating word among a registry's tags near the top. */
export function rating(doc: Document, lexicons: Lexicons): Finding | null {
  for (const fact of factsFor(doc, lexicons, 'rating')) {
    const text = doc.view.slice(fact.value.start, fact.value.end);
    const cut = /\s+[-–—]\s|\s*[(;|]|\.\s|\t/.exec(text);
    const end = fact.value.start + (cut ? cut.index : text.length);
    const span = { start: fact.value.start, end };
    const value = doc.view.slice(span.start, span.end).replace(/\s+/g, ' ').trim().replace(/[.:,]$/, '');
    if (!value || value.length > 40 || value.split(' ').length > 5 || !/\p{L}/u.test(value)) continue;
    return finding(doc, '/rating', value, span, fact.method, fact.confidence);
  }
  const words = phrases(lexicons, 'ratings', 'ratings').map((w) => w.toLowerCase());
  if (!words.length) return null;
  const alts = compiled(lexicons, 'identifiers:ratings', () => trieSource(words));
  // `The program is rated Effective`, `rated as Promising`
  const rated = compiled(lexicons, 'identifiers:rated', () => new RegExp(`(?<![\\p{L}])rated\\s{1,3}(?:as\\s{1,3})?["“‘']?(${alts})(?![\\p{L}])`, 'iu')).exec(doc.view.slice(0, 60_000));
  if (rated) {
    const start = rated.index + rated[0].length - rated[1]!.length;
    return finding(doc, '/rating', rated[1]!, { start, end: start + rated[1]!.length }, 'rated', CONFIDENCE.heuristic);
  }
  // a badge: the rating alone on a short line of the page's head (`Promising`, `**Effective**`)
  const alone = compiled(lexicons, 'identifiers:alone', () => new RegExp(`^[\\s*_\\[(]{0,3}(${alts})[\\s*_\\])]{0,3}$`, 'iu'));
  // … on a page that speaks of evidence (a SWOT slide's `Positive` is no rating)
  const context = phrases(lexicons, 'ratings', 'badge_context');
  const head = doc.view.slice(0, 4000);
  const badgeable = context.length > 0 && compiled(lexicons, 'identifiers:badge-context', () => new PhraseFinder(context, { boundary: 'letters' })).test(head);
  for (const line of badgeable ? doc.lines.slice(0, 40) : []) {
    const m = line.text.length <= 30 ? alone.exec(line.text) : null;
    if (!m) continue;
    const start = line.start + m.index + m[0].indexOf(m[1]!);
    return finding(doc, '/rating', m[1]!, { start, end: start + m[1]!.length }, 'pattern', CONFIDENCE.heuristic);
  }
  for (const line of doc.lines.slice(0, 8)) {
    // a badge row is short; a long line is prose (and a huge one would strain the regex engine)
    if (line.text.length > 500) continue;
    const parts = [...line.text.matchAll(/[^`|·\t]+/g)].filter((p) => p[0].trim());
    if (parts.length < 2 && !/`/.test(line.text)) continue;
    for (const p of parts) {
      for (const seg of p[0].split(/\s{2,}/)) {
        const word = seg.trim();
        if (!words.includes(word.toLowerCase())) continue;
        const start = line.start + p.index! + p[0].indexOf(word);
        return finding(doc, '/rating', word, { start, end: start + word.length }, 'pattern', CONFIDENCE.heuristic);
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

/** The sentence holding an offset (sentences are sorted), or null. */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/**
 * A status's label values (`label_<status>`, all but `yes`) as two patterns: `opening` for a labelled
 * value that starts with one (`Completed (2019)`), `inLabel` for a label that holds one, answered by
 * `yes` (`Completed: yes`). Null when the status has no such value.
 */
function labelValues(lexicons: Lexicons, s: Status): { opening: RegExp; inLabel: RegExp } | null {
  return compiled(lexicons, `status:label_${s}`, () => {
    const values = phrases(lexicons, 'status', `label_${s}`).filter((v) => v !== 'yes');
    if (!values.length) return null;
    const any = values.map(escapeWords).join('|');
    return { opening: new RegExp(`^(?:${any})(?![\\p{L}])`, 'iu'), inLabel: new RegExp(`\\b(?:${any})\\b`, 'iu') };
  });
}

/** A finder of the phrases of a `status` list as whole words, ignoring case (built once). */
function statusWords(lexicons: Lexicons, key: string): PhraseFinder {
  return compiled(lexicons, `status:${key}`, () => new PhraseFinder(phrases(lexicons, 'status', key)));
}

function best(found: Finding[]): Finding | null {
  let top: Finding | null = null;
  for (const f of found) if (f.end > f.start && (!top || f.confidence > top.confidence || (f.confidence === top.confidence && f.start < top.start))) top = f;
  return top;
}

/** A phrase as a regex source: special characters escaped, any run of spaces matching any whitespace. */
export function escapeWords(phrase: string): string {
  return phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s{1,3}');
}
