// Languages stage: which languages a document is written in, from the small words of each language
// (the `markers` of the languages lexicon). Only those languages' lexicon sections are used for the
// document, so an English report is not searched for Latvian date words.
import type { LexiconFiles } from '../pipeline/lexicons.js';

/** How sure the stage must be before it reads a language. */
export interface LanguageOptions {
  /** a language needs at least this many different markers in the document */
  minWords: number;
  /** … and at least this share of the markers of the language with the most */
  minShare: number;
  /** lexicon keys read in every language, by file (`*`: the whole file): parts of names */
  shared: Readonly<Record<string, readonly string[]>>;
}

interface Markers {
  /** marker word → the languages it marks */
  byWord: Map<string, string[]>;
  /** languages read for every document: those marked `always`, and those with no markers */
  always: Set<string>;
  /** every language any lexicon file has a section for */
  known: Set<string>;
  /** the length of the longest marker */
  longest: number;
}

const cache = new WeakMap<LexiconFiles, Markers>();
const LETTER = /\p{L}/u;

function markersOf(files: LexiconFiles): Markers {
  let m = cache.get(files);
  if (m) return m;
  const byWord = new Map<string, string[]>();
  const known = new Set<string>();
  for (const langs of Object.values(files)) for (const lang of Object.keys(langs)) known.add(lang);
  const marked = new Set<string>();
  const always = new Set<string>();
  for (const [lang, keys] of Object.entries(files['languages'] ?? {})) {
    if (keys?.['always'] === true) always.add(lang);
    const words = Array.isArray(keys?.['markers']) ? (keys['markers'] as unknown[]).map(String) : [];
    for (const w of new Set(words)) {
      marked.add(lang);
      const list = byWord.get(w);
      if (list) list.push(lang);
      else byWord.set(w, [lang]);
    }
  }
  for (const lang of known) if (!marked.has(lang)) always.add(lang);
  m = { byWord, always, known, longest: Math.max(0, ...[...byWord.keys()].map((w) => w.length)) };
  cache.set(files, m);
  return m;
}

/**
 * The languages to read a text in, sorted: those read always (English), and those whose markers the
 * text holds often enough. A marker counts only as written, in lower case, as a whole word. A text
 * where no language shows enough markers (one in a language the lexicon does not know, or a few
 * words only) is read in every language.
 */
export function languagesOf(text: string, files: LexiconFiles, options: LanguageOptions): string[] {
  const { byWord, always, known, longest } = markersOf(files);
  const seen = new Map<string, Set<string>>();
  // words are runs of letters, read by a loop over the text (a Unicode regex is four times slower
  // here); markers are lower case, so a word written otherwise (`El`, `UN`) finds none
  let start = -1;
  for (let k = 0; k <= text.length; k++) {
    const c = k < text.length ? text.charCodeAt(k) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && LETTER.test(text[k]!));
    if (letter) {
      if (start < 0) start = k;
      continue;
    }
    if (start < 0) continue;
    const word = k - start <= longest ? text.slice(start, k) : '';
    start = -1;
    const langs = word ? byWord.get(word) : undefined;
    if (!langs) continue;
    for (const lang of langs) {
      const words = seen.get(lang);
      if (words) words.add(word);
      else seen.set(lang, new Set([word]));
    }
  }
  // the share is of the most marked language that is not read anyway: `de` beside `es` is no reason
  // to drop `es`, but `ca` with a third of the markers of `es` is `es` seen through shared words
  let most = 0;
  for (const [lang, words] of seen) if (!always.has(lang)) most = Math.max(most, words.size);
  const found = [...seen].filter(([lang, words]) => words.size >= options.minWords && (always.has(lang) || words.size >= options.minShare * most)).map(([lang]) => lang);
  if (!found.length) return [...known].sort();
  return [...new Set([...always, ...found])].sort();
}
