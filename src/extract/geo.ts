// Country names, demonyms and codes → ISO 3166-1 alpha-2: names from i18n-iso-countries (several
// languages), demonyms and variants from `pipelines/lexicon/countries.yaml`.
import { createRequire } from 'node:module';
import type { Lexicons } from '../pipeline/lexicons.js';
import { table } from '../pipeline/lexicons.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
/** Languages whose country names are recognised. */
export const NAME_LANGUAGES = ['en', 'de', 'fr', 'it', 'pt', 'es', 'pl', 'cs', 'nl', 'ro', 'sk', 'sl', 'hr', 'hu', 'lt', 'lv', 'et', 'fi', 'sv', 'da', 'nb', 'el', 'bg'] as const;
for (const lang of NAME_LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

/** A phrase → alpha-2 table, folded to lower case, built once per lexicon set. */
export interface Gazetteer {
  /** folded phrase → code */
  byPhrase: Map<string, string>;
  /** every phrase, longest first, as one regular expression (global, unicode, case-insensitive) */
  pattern: RegExp;
}

const cache = new WeakMap<Lexicons, Gazetteer>();

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
  let g = cache.get(lexicons);
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
  const alts = [...byPhrase.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  g = { byPhrase, pattern };
  cache.set(lexicons, g);
  return g;
}

/** The alpha-2 code of a country name, demonym or variant, or null. */
export function countryCode(phrase: string, lexicons: Lexicons): string | null {
  const p = phrase.trim();
  if (/^[A-Z]{2}$/.test(p) && countries.isValid(p)) return p === 'UK' ? 'GB' : p === 'EL' ? 'GR' : p;
  if (p === 'UK') return 'GB';
  if (p === 'EL') return 'GR';
  return gazetteer(lexicons).byPhrase.get(foldPlace(p)) ?? null;
}

/** Every country mention in a piece of text: offset (into `text`), length and code. */
export function countryMentions(text: string, lexicons: Lexicons): Array<{ index: number; length: number; code: string; phrase: string }> {
  const { pattern, byPhrase } = gazetteer(lexicons);
  const out: Array<{ index: number; length: number; code: string; phrase: string }> = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    const code = byPhrase.get(foldPlace(m[0]));
    if (code) out.push({ index: m.index, length: m[0].length, code, phrase: m[0] });
  }
  return out;
}
