// Lines at the top of a document that are not its title: site furniture (navigation bars, breadcrumbs,
// skip links, `Page 1 of 2`) and date lines. Phrases from pipelines/lexicon/titles.yaml.
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases } from '../pipeline/lexicons.js';
import { trieSource } from './trie.js';
import { afterTime, datesIn } from './dates-parse.js';

export interface Chrome {
  multi: RegExp;
  single: RegExp;
}

const chromeCache = new WeakMap<Lexicons, Chrome>();

/** The chrome phrases of the lexicon as two regexes, built once per lexicon set. */
export function chromeMatcher(lexicons: Lexicons): Chrome {
  let c = chromeCache.get(lexicons);
  if (c) return c;
  const list = phrases(lexicons, 'titles', 'chrome').map((p) => p.trim().toLowerCase()).filter(Boolean);
  const multi = list.filter((p) => /\s/.test(p));
  const single = list.filter((p) => !/\s/.test(p));
  // a phrase of several words opens the line; a single word is the whole line or is followed by a separator
  c = {
    multi: new RegExp(`^(?:the\\s+)?(?:${trieSource(multi, { space: '\\s+' })})(?![\\p{L}])`, 'iu'),
    single: new RegExp(`^(?:${trieSource(single)})\\s*(?:$|[|>›»/·:]|\\s[|>›»/·])`, 'iu'),
  };
  chromeCache.set(lexicons, c);
  return c;
}

/** True for site furniture: navigation bars, breadcrumbs, skip links, `Page 1 of 2`, sharing and search boxes. */
export function isChrome(text: string, chrome: Chrome): boolean {
  if (text.length > 300) return false;
  if (chrome.multi.test(text) || chrome.single.test(text)) return true;
  const separators = (text.match(/\s[|>›»·]\s|\s\/\s/g) ?? []).length;
  if (separators >= 2) return true;
  if (separators === 1 && /^(?:home|start|accueil|startseite|início|inicio|home page)\s/i.test(text)) return true;
  if (/^(?:page\s+)?\d{1,3}\s+(?:of|\/|von|di|de|sur)\s+\d{1,3}$/i.test(text)) return true;
  if (/^\p{L}{2,12}\s*\|\s*\p{L}{2,12}$/u.test(text)) return true; // `Deutsch | English`
  // a short breadcrumb of two steps: `Bandi e contributi > Bandi aperti`
  if (/^[^>›»]{2,60}\s[>›»]\s[^>›»]{2,60}$/u.test(text) && text.split(/\s+/).length <= 8 && !/[.!?:]$/.test(text)) return true;
  return false;
}


/** True when a line of text is site furniture, by the lexicon's phrases and the shapes of menus. */
export function isChromeLine(text: string, lexicons: Lexicons): boolean {
  return isChrome(text, chromeMatcher(lexicons));
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|janeiro|fevereiro|março|abril|maio|junho|julho|setembro|outubro|dezembro';
const DATE_LINE = new RegExp(`^(?:(?:updated|posted|published|date)\\s*:?\\s*)?(?:\\d{1,2}(?:st|nd|rd|th)?[\\s./-]{1,3}(?:(?:${MONTHS})\\w*\\.?|\\d{1,2})[\\s./-]{1,3}\\d{2,4}|(?:${MONTHS})\\w*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|(?:${MONTHS})\\w*\\s+\\d{4}|\\d{4}(?:-\\d{2}){0,2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$`, 'i');

/** A line that is only a date (`17 October 2022`, `Jan 10, 2023`, `Updated 06.08.2020 03:49`). */
export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text.trim());
}

/**
 * A short line that is a post's date in any language the lexicon knows: a full date, with a time, a
 * `published` word or a place before it (`Publicerad 2024-03-12`, `Badajoz, 7 de noviembre de 2023 - 10:42`).
 */
export function isStampLine(text: string, lexicons: Lexicons): boolean {
  // (every full date with a year has four digits in a row: most lines are passed over without a scan)
  if (text.length > 80 || !/\d{4}/.test(text)) return false;
  const t = datesIn(text, lexicons).find((x) => x.value.y && x.value.m && x.value.d);
  if (!t) return false;
  const lead = text.slice(0, t.start).replace(/[\s,:*_]+$/u, '').trim();
  const rest = afterTime(text.slice(t.end)).replace(/[\s*_.,)\]]/g, '');
  return !rest && lead.split(/\s+/).filter(Boolean).length <= 2 && !/[.!?]/.test(lead);
}
