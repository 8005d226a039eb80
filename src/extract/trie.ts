// Regular-expression source for a long list of literal phrases, written as a trie: phrases that share a
// beginning share one branch (`proj(?:ect(?:s)?|et)`). A plain alternation of hundreds of phrases makes
// the regex engine try every phrase at every position; a trie lets it give up at the first letter that
// no phrase continues with, which is what makes the lexicons of many languages cheap to scan.
//
// The match is the same as a plain alternation sorted longest first: at each branch the longer phrase is
// tried before the shorter, and the engine backtracks to a shorter phrase when what follows fails.

/** How phrases are read into a pattern. */
export interface TrieOptions {
  /** lower-case the phrases before they share branches (for patterns with the `i` flag); default true */
  fold?: boolean;
  /** characters that separate words in a phrase; a run of them becomes `space`; default: white space */
  separators?: RegExp;
  /** the pattern a run of separators stands for; default `\s{1,3}` */
  space?: string;
  /** a final `*` stands for any word ending (`train*`: `trained`, `trainees`); default false */
  stars?: boolean;
}

interface Node {
  next: Map<string, Node>;
  end: boolean;
  /** a phrase ends here with any word ending */
  star?: boolean;
}

const SPACE = '\u0000space';

/** The trie source for `phrases` (no enclosing group); `(?!)` when there is no phrase. */
export function trieSource(phrases: Iterable<string>, options: TrieOptions = {}): string {
  const fold = options.fold ?? true;
  const separators = options.separators ?? /\s/u;
  const space = options.space ?? '\\s{1,3}';
  const root: Node = { next: new Map(), end: false };
  let any = false;
  for (const raw of phrases) {
    let phrase = raw.trim();
    const star = !!options.stars && phrase.endsWith('*');
    if (star) phrase = phrase.slice(0, -1).trim();
    if (!phrase) continue;
    any = true;
    let node = root;
    let inSpace = false;
    for (const ch of phrase) {
      let key: string;
      if (separators.test(ch)) {
        if (inSpace) continue;
        inSpace = true;
        key = SPACE;
      } else {
        inSpace = false;
        const lower = ch.toLowerCase();
        key = fold && [...lower].length === 1 ? lower : ch;
      }
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(key, child);
      }
      node = child;
    }
    if (star) node.star = true;
    else node.end = true;
  }
  return any ? emit(root, space) : '(?!)';
}

function emit(node: Node, space: string): string {
  const keys = [...node.next.keys()].sort();
  const branches = keys.map((k) => token(k, space) + emit(node.next.get(k)!, space));
  // any word ending: tried after the longer phrases, and it also ends the phrase here
  if (node.star) return branches.length ? `(?:${branches.join('|')}|[\\p{L}-]{0,20})` : '[\\p{L}-]{0,20}';
  if (!branches.length) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  // an optional longer phrase, greedy so the longer is tried first: `x?` for one more plain character
  // (not `x[…]{0,20}?`, which would make a word ending lazy instead of optional), else a group
  const only = branches.length === 1 ? node.next.get(keys[0]!)! : null;
  const oneChar = !!only && !only.next.size && !only.star && keys[0] !== SPACE;
  return oneChar ? `${body}?` : `(?:${branches.join('|')})?`;
}

function token(key: string, space: string): string {
  if (key === SPACE) return space;
  return key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Is the character before `at` one that `chars` matches (a letter, a digit)? Reads a whole code point. */
function charBefore(text: string, at: number, chars: RegExp): boolean {
  if (at <= 0) return false;
  let i = at - 1;
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) i--;
  return chars.test(String.fromCodePoint(text.codePointAt(i)!));
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;

/**
 * The matches of a global pattern that start a word (no letter or digit, or with `letters` no letter,
 * right before them): what a leading lookbehind would give, without the engine testing it everywhere.
 */
export function wordStarts(re: RegExp, text: string, letters = false, limit = Infinity): RegExpExecArray[] {
  const before = letters ? LETTER : LETTER_OR_DIGIT;
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index <= limit) {
    if (charBefore(text, m.index, before)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/**
 * Finds whole phrases of a list in a text: the trie pattern, with the word boundary before a phrase
 * checked in code rather than by a lookbehind in the pattern, which would make the engine test it at
 * every position before it could skip any (three times slower on a report).
 */
export class PhraseFinder {
  private readonly re: RegExp;
  private readonly before: RegExp;

  /**
   * @param phrases the phrases, matched ignoring case
   * @param boundary `letters` when only letters may not touch a phrase (`5days` still finds `days`)
   */
  constructor(phrases: Iterable<string>, options: TrieOptions & { boundary?: 'letters-digits' | 'letters' } = {}) {
    const letters = options.boundary === 'letters';
    this.before = letters ? LETTER : LETTER_OR_DIGIT;
    this.re = new RegExp(`(?:${trieSource(phrases, options)})${letters ? '(?![\\p{L}])' : '(?![\\p{L}\\p{N}])'}`, 'giu');
  }

  /** Every match in `text` that starts in [from, to) and ends by `to`, in text order. */
  all(text: string, from = 0, to = text.length): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    // one character past `to`, so the search stops there and the boundary after a phrase still reads
    const upTo = to < text.length ? text.slice(0, to + 1) : text;
    const re = this.re;
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(upTo)) && m.index < to) {
      if (charBefore(upTo, m.index, this.before)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      if (m.index + m[0].length <= to) out.push(m);
      if (m[0].length === 0) re.lastIndex++;
    }
    re.lastIndex = 0;
    return out;
  }

  /** Every match in `text` that starts at or before `limit`, in text order (a match may end after it). */
  startingBy(text: string, limit: number): RegExpExecArray[] {
    return wordStarts(this.re, text, this.before === LETTER, limit);
  }

  /** The first match in `text`, or null. */
  first(text: string): RegExpExecArray | null {
    const re = this.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (!charBefore(text, m.index, this.before)) break;
      re.lastIndex = m.index + 1;
    }
    re.lastIndex = 0;
    return m;
  }

  /** Does `text` hold one of the phrases? */
  test(text: string): boolean {
    return this.first(text) !== null;
  }
}
