// Country names, demonyms and codes → ISO 3166-1 alpha-2: names from i18n-iso-countries (several
// languages), demonyms and variants from `pipelines/lexicon/countries.yaml`.
import { createRequire } from 'node:module';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases, table } from '../pipeline/lexicons.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
/** Languages whose country names are recognised. */
export const NAME_LANGUAGES = ['en', 'de', 'fr', 'it', 'pt', 'es', 'pl', 'cs', 'nl', 'ro', 'sk', 'sl', 'hr', 'hu', 'lt', 'lv', 'et', 'fi', 'sv', 'da', 'nb', 'el', 'bg'] as const;
for (const lang of NAME_LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

/** A phrase → alpha-2 table, folded to lower case, built once per lexicon set. */
export interface Gazetteer {
  /** folded phrase → code (empty for a phrase that names no country, such as `New Mexico`) */
  byPhrase: Map<string, string>;
  /** the most words any phrase has: how far a lookup reaches from a word */
  maxWords: number;
  /** the folded first word of every phrase, so most words are passed over with one lookup */
  firstWords: Set<string>;
  /** every phrase cut after each of its words: a scan extends a match only while some phrase goes on */
  prefixes: Set<string>;
  /** country names that are also given names (`Montserrat`, `Jordan`): a person's before a capitalised word */
  givenNames: Set<string>;
}

/** by the `countries` table, which is one object for every language set that reads it whole */
const cache = new WeakMap<object, Gazetteer>();

/** Fold a phrase for lookup. */
export function foldPlace(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * The gazetteer: country names in every registered language (official and short forms), then the
 * lexicon's `countries` file, whose keys are alpha-2 codes and values the demonyms and variants.
 * Names shorter than four letters (codes like `US`) come only from the lexicon, so `IT` or `IS`
 * in prose are not read as countries.
 */
export function gazetteer(lexicons: Lexicons): Gazetteer {
  const owner = lexicons['countries'] ?? lexicons;
  let g = cache.get(owner);
  if (g) return g;
  const byPhrase = new Map<string, string>();
  for (const lang of NAME_LANGUAGES) {
    const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
    for (const [code, list] of Object.entries(names)) {
      for (const name of list) if (name.replace(/[^\p{L}]/gu, '').length >= 4 && !byPhrase.has(foldPlace(name))) byPhrase.set(foldPlace(name), code);
    }
  }
  for (const [code, list] of table(lexicons, 'countries')) {
    if (!/^[A-Z]{2}$/.test(code)) continue;
    for (const p of list) byPhrase.set(foldPlace(p), code);
  }
  // phrases that contain a country's name but name no country (`New Mexico`): matched first, mapped to nothing
  for (const p of phrases(lexicons, 'countries', 'ignore')) byPhrase.set(foldPlace(p), '');
  let maxWords = 1;
  const firstWords = new Set<string>();
  const prefixes = new Set<string>();
  for (const k of byPhrase.keys()) {
    const parts = k.split(' ');
    maxWords = Math.max(maxWords, Math.min(8, parts.length));
    firstWords.add(parts[0]!.replace(/\.$/, ''));
    WORD.lastIndex = 0;
    let t: RegExpExecArray | null;
    while ((t = WORD.exec(k))) prefixes.add(k.slice(0, t.index + t[0].length));
  }
  const givenNames = new Set(phrases(lexicons, 'countries', 'given_names').map(foldPlace));
  g = { byPhrase, maxWords, firstWords, prefixes, givenNames };
  cache.set(owner, g);
  return g;
}

/** The alpha-2 code of a country name, demonym or variant, or null. */
export function countryCode(phrase: string, lexicons: Lexicons): string | null {
  const p = phrase.trim();
  if (/^[A-Z]{2}$/.test(p) && countries.isValid(p)) return p === 'UK' ? 'GB' : p === 'EL' ? 'GR' : p;
  if (p === 'UK') return 'GB';
  if (p === 'EL') return 'GR';
  return gazetteer(lexicons).byPhrase.get(foldPlace(p)) || null;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}.-]{0,60}[\p{L}\p{M}\p{N}.])?/gu;
/** the same pattern twice more: one walks the text, one reads the words after a phrase's first */
const WORD_AT = new RegExp(WORD.source, 'gu');
const WORD_AHEAD = new RegExp(WORD.source, 'gu');
// the last two texts scanned, a long one (a whole document, read by several extractors) and a short one
let last: { text: string; lexicons: Lexicons; out: CountryMention[] } | null = null;
let lastLong: { text: string; lexicons: Lexicons; out: CountryMention[] } | null = null;
const LONG = 2000;

/** One country mention: offset (into the text searched), length, code and the phrase as written. */
export interface CountryMention {
  index: number;
  length: number;
  code: string;
  phrase: string;
}

/**
 * Every country mention in a piece of text: at each word, the longest run of up to `maxWords` words
 * that the gazetteer knows (whitespace and case aside), so the scan is linear in the text.
 */
export function countryMentions(text: string, lexicons: Lexicons): CountryMention[] {
  const memo = text.length > LONG ? lastLong : last;
  if (memo && memo.lexicons === lexicons && memo.text === text) return memo.out.map((m) => ({ ...m }));
  const { byPhrase, maxWords, firstWords, prefixes, givenNames } = gazetteer(lexicons);
  // lower case once for the whole text, when that keeps every offset
  const lower = text.toLowerCase();
  const same = lower.length === text.length;
  const curly = text.includes('’');
  const keyOf = (start: number, end: number, raw: string): string => {
    const key = same ? lower.slice(start, end) : raw.toLowerCase();
    return curly ? key.replace(/[’]/g, "'") : key;
  };
  const out: CountryMention[] = [];
  // words are read one at a time; only at a word that opens some phrase are the next ones read, as needed
  const re = WORD_AT;
  const ahead = WORD_AHEAD;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // (most words open no phrase: they are looked up before anything is built for them)
    const firstKey = keyOf(m.index, m.index + m[0].length, m[0]);
    if (!firstWords.has(firstKey.endsWith('.') ? firstKey.slice(0, -1) : firstKey)) continue;
    const first = { start: m.index, end: m.index + m[0].length, key: firstKey };
    const words = [first];
    ahead.lastIndex = first.end;
    // extend word by word while some phrase goes on (reading the next word only then); keep the
    // longest phrase the gazetteer knows
    let key = '';
    let best: { n: number; code: string; dot: boolean } | null = null;
    for (let n = 1; n <= maxWords; n++) {
      if (n > words.length) {
        const x = ahead.exec(text);
        if (!x) break;
        words.push({ start: x.index, end: x.index + x[0].length, key: keyOf(x.index, x.index + x[0].length, x[0]) });
      }
      const last = words[n - 1]!;
      if (n > 1) {
        // words of one phrase are close: a single space, a line break or punctuation such as `, ` between them
        const gap = text.slice(words[n - 2]!.end, last.start);
        if (last.end - first.start > 120 || gap.includes('\n\n')) break;
        key += gap.replace(/[’']/g, "'").replace(/\s+/g, ' ');
      }
      key += last.key;
      let code = byPhrase.get(key);
      let dot = false;
      if (code === undefined && key.endsWith('.')) {
        code = byPhrase.get(key.slice(0, -1));
        dot = true;
      }
      if (code !== undefined) best = { n, code, dot };
      if (!prefixes.has(key) && !(key.endsWith('.') && prefixes.has(key.slice(0, -1)))) break;
    }
    if (!best) continue;
    // `Montserrat Puigdevall`, `Jordan Blake`: a given name before a surname names a person
    if (best.n === 1 && !best.dot && givenNames.has(first.key)) {
      ahead.lastIndex = first.end;
      const next = words[1]?.start ?? ahead.exec(text)?.index;
      if (next !== undefined && /^ \p{Lu}\p{Ll}/u.test(text.slice(first.end, next + 2))) continue;
    }
    const start = first.start;
    const end = words[best.n - 1]!.end - (best.dot ? 1 : 0);
    if (best.code) out.push({ index: start, length: end - start, code: best.code, phrase: text.slice(start, end) });
    // go on after the phrase's last word
    re.lastIndex = words[best.n - 1]!.end;
  }
  if (text.length > LONG) lastLong = { text, lexicons, out };
  else last = { text, lexicons, out };
  return out.map((x) => ({ ...x }));
}
