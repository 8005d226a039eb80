// Reading organisation names: a name's extent in running text, lists of names (`A, B and C`), and
// the brackets beside a name (country, role, acronym). Shared by the organisation and funding extractors.
import { trieSource } from './trie.js';
import type { Document, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases, whenSetDropped } from '../pipeline/lexicons.js';
import { countryCode, countryMentions } from './geo.js';
import { looksLikePerson } from '../nlp/organisations.js';

/** One organisation name read from the text, with its country when one stands beside it. */
export interface OrgName {
  name: string;
  span: Span;
  country: string | null;
  countrySpan: Span | null;
  /** a role written beside the name, such as `Coordinator`, folded to lower case */
  role: string | null;
}

/** The words of the `organisations` lexicon, folded and grouped. */
export interface OrgWords {
  promoterCue: RegExp;
  promoterAfter: RegExp;
  /** partner cues whose subject leads the work (`X, in cooperation with Y`) */
  jointCue: RegExp;
  /** `Project of X` opening a title or breadcrumb segment */
  ownerHead: RegExp;
  /** `such as`, read as a partner list after a word of partnership */
  exampleCue: RegExp;
  partnerWord: RegExp;
  partnerCue: RegExp;
  partnerAfter: RegExp;
  /** verbs after which a sentence's subject launches a project (`X startet das Landesprogramm …`) */
  launchAfter: RegExp;
  /** nouns of a project or programme, in every language (`project`, `Landesprogramm`, `projektet`) */
  projectNoun: RegExp;
  granteeAfter: RegExp;
  notAfter: Set<string>;
  /** one-word legal forms, as written, which end a name without a comma too (`Altre Strade odv`, `De Overstap vzw`) */
  legalWords: Set<string>;
  /** words of a street's name (`Road`, `Rue`, `Via`, `Straße`): a part of a list with one is an address */
  street: Set<string>;
  /** endings of a compound street name (`-straße`, `-straat`) */
  streetEnd: string[];
  /** phrases that end a name (`in qualità di`, `en qualité de`), sticky, tried at a word */
  nameStop: RegExp;
  promoterRole: Set<string>;
  partnerRole: Set<string>;
  head: Set<string>;
  inner: Set<string>;
  and: Set<string>;
  /** any of `and` between spaces, where a list of names may split (global) */
  andSplit: RegExp;
  article: Set<string>;
  /** articles dropped before a name only, and only as written, in lower case (Dutch `de`) */
  leadArticle: Set<string>;
  personTitle: Set<string>;
  /** partner cues also said of people (`run by Elders`): only before a name that looks like a body */
  weakCue: RegExp;
  /** a legal form after a comma that belongs to the name (`, Inc.`), sticky: tried right after a comma */
  legalSuffix: RegExp;
  /** a branch or regional unit after a comma or dash (`, Regionaldirektion Nord`), sticky, without the name after it */
  branch: RegExp;
  /** `des Vereins X` after a project's name: its owner */
  projectOf: RegExp;
  /** a verb of founding, a date, then `by` and the founder: `was launched in January 2017 by X` */
  foundedBy: RegExp;
  /** `are`, `sind`: a cue ending in one opens a whole list */
  listVerb: Set<string>;
  /** lower-case words after a head word inside a name (`Centre pénitentiaire`, `Maison d'arrêt`) */
  afterHead: Set<string>;
}

const wordCache = new WeakMap<Lexicons, OrgWords>();

/** A case-insensitive pattern matching any phrase as whole words (global). */
export function phrasePattern(list: readonly string[]): RegExp {
  return new PhraseMatcher(list, { before: '(?<![\\p{L}\\p{N}-])', after: '(?![\\p{L}\\p{N}])' }) as unknown as RegExp;
}

/** The words of a text (runs of letters and digits), with their starts: read once per text. */
interface Words {
  starts: number[];
  raw: string[];
  lower: string[];
  /** the starts of the words that open a phrase of each matcher, by matcher id; made when first asked */
  byMatcher?: { version: number; starts: Map<number, number[]> };
}
const wordMemo = new Map<string, Words>();
/** a whole document's words: one long text at a time */
let longWords: (Words & { text: string }) | null = null;

/**
 * Which matchers a word opens a phrase of: `caseless` keys are lower case, the others as written.
 * Every matcher adds its first words here, so a text's words are looked up once for all matchers.
 */
const openers = { caseless: new Map<string, number[]>(), exact: new Map<string, number[]>(), version: 0, epoch: 0 };

// When a lexicon set is let go, its matchers' words must go too: the index is cleared, and the
// matchers still in use add their words again when next used.
whenSetDropped(() => {
  openers.caseless.clear();
  openers.exact.clear();
  openers.version++;
  openers.epoch++;
});

/** The starts of the words of `w` that open a phrase of matcher `id`. */
function startsFor(w: Words, id: number, caseless: boolean): number[] {
  if (!w.byMatcher || w.byMatcher.version !== openers.version) {
    const starts = new Map<number, number[]>();
    for (const [list, index, tag] of [[w.lower, openers.caseless, 1], [w.raw, openers.exact, 0]] as const) {
      for (let k = 0; k < list.length; k++) {
        const ids = index.get(list[k]!);
        if (!ids) continue;
        // one map for both kinds: even keys for caseless matchers, odd ones for exact ones
        for (const m of ids) {
          const key = m * 2 + (tag ? 0 : 1);
          const at = starts.get(key);
          if (at) at.push(w.starts[k]!);
          else starts.set(key, [w.starts[k]!]);
        }
      }
    }
    w.byMatcher = { version: openers.version, starts };
  }
  return w.byMatcher.starts.get(id * 2 + (caseless ? 0 : 1)) ?? [];
}
let nextMatcherId = 0;

function wordsOf(text: string): Words {
  const long = text.length > 4000;
  const seen = long ? (longWords?.text === text ? longWords : undefined) : wordMemo.get(text);
  if (seen) return seen;
  const starts: number[] = [];
  const raw: string[] = [];
  const lower: string[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    starts.push(m.index);
    raw.push(m[0]);
    lower.push(m[0].toLowerCase());
  }
  const words: Words = { starts, raw, lower };
  // the same object is kept, so what is worked out from it later (`byMatcher`) is kept too
  if (long) longWords = Object.assign(words, { text });
  else {
    if (wordMemo.size >= 512) wordMemo.clear();
    wordMemo.set(text, words);
  }
  return words;
}

/**
 * A regex-like matcher of many phrases that never scans a text with a large alternation: a Set of
 * the phrases' first words picks the candidate words of the text, and a sticky regex is tried only
 * there. Supports what the extractors use of a global RegExp: `lastIndex`, `exec`, `test`.
 */
export class PhraseMatcher {
  lastIndex = 0;
  private readonly sticky: RegExp;
  /** the whole alternation, for phrases that do not open with a letter or digit */
  private readonly fallback: RegExp | null;
  private readonly firsts: Set<string>;
  private readonly caseless: boolean;
  private source: string | null = null;
  private candidates: number[] = [];
  private at = 0;

  constructor(list: readonly string[], opts: { before: string; after: string; caseless?: boolean }) {
    this.caseless = opts.caseless ?? true;
    const norm = (p: string) => (this.caseless ? p.toLowerCase() : p);
    const alts = [...new Set(list.map(norm))].sort((a, b) => b.length - a.length);
    const body = trieSource(alts, { fold: this.caseless, separators: / /u, space: '\\s+' });
    this.sticky = new RegExp(`${opts.before}(?:${body})${opts.after}`, this.caseless ? 'iuy' : 'uy');
    const keys = alts.map((p) => /^[\p{L}\p{N}]+/u.exec(p)?.[0] ?? '');
    this.firsts = new Set(keys);
    this.fallback = keys.some((k) => !k) ? new RegExp(this.sticky.source, this.caseless ? 'giu' : 'gu') : null;
    this.register();
  }

  private readonly id = nextMatcherId++;
  /** the `openers` epoch this matcher's first words were added in */
  private epoch = -1;

  /** Add the first words to `openers` (again, after a dropped lexicon set cleared it). */
  private register(): void {
    const index = this.caseless ? openers.caseless : openers.exact;
    for (const k of this.firsts) {
      if (!k) continue;
      const ids = index.get(k);
      if (ids) ids.push(this.id);
      else index.set(k, [this.id]);
    }
    openers.version++;
    this.epoch = openers.epoch;
  }

  exec(text: string): RegExpExecArray | null {
    if (this.fallback) {
      this.fallback.lastIndex = this.lastIndex;
      const m = this.fallback.exec(text);
      this.lastIndex = m ? this.fallback.lastIndex : 0;
      return m;
    }
    if (this.epoch !== openers.epoch) {
      this.register();
      this.source = null;
    }
    if (text !== this.source) {
      this.source = text;
      this.candidates = startsFor(wordsOf(text), this.id, this.caseless);
      this.at = 0;
    }
    const from = this.lastIndex;
    if (this.at > 0 && (this.at > this.candidates.length || this.candidates[this.at - 1]! >= from)) this.at = 0;
    while (this.at < this.candidates.length && this.candidates[this.at]! < from) this.at++;
    while (this.at < this.candidates.length) {
      const pos = this.candidates[this.at++]!;
      this.sticky.lastIndex = pos;
      const m = this.sticky.exec(text);
      if (m) {
        this.lastIndex = pos + Math.max(1, m[0].length);
        return m;
      }
    }
    this.lastIndex = 0;
    return null;
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }
}

/** The organisation words, built once per lexicon set. */
export function orgWords(lexicons: Lexicons): OrgWords {
  let w = wordCache.get(lexicons);
  if (w) return w;
  const set = (key: string) => new Set(phrases(lexicons, 'organisations', key).map((p) => p.toLowerCase()));
  w = {
    promoterCue: phrasePattern(phrases(lexicons, 'organisations', 'promoter_cue')),
    promoterAfter: phrasePattern(phrases(lexicons, 'organisations', 'promoter_after')),
    jointCue: phrasePattern(phrases(lexicons, 'organisations', 'joint_cue')),
    exampleCue: phrasePattern(phrases(lexicons, 'organisations', 'example_cue')),
    partnerWord: phrasePattern(phrases(lexicons, 'organisations', 'partner_word')),
    ownerHead: new RegExp(`^(?:${trieSource(phrases(lexicons, 'organisations', 'owner_head'), { separators: / /u, space: '\\s+' })})\\s+`, 'iu'),
    partnerCue: phrasePattern(phrases(lexicons, 'organisations', 'partner_cue')),
    partnerAfter: phrasePattern(phrases(lexicons, 'organisations', 'partner_after')),
    launchAfter: phrasePattern(phrases(lexicons, 'organisations', 'launch_after')),
    // (the titles lexicon's project nouns, which also make a capitalised short word a project's short name)
    projectNoun: phrasePattern(phrases(lexicons, 'titles', 'acronym_nouns')),
    granteeAfter: phrasePattern(phrases(lexicons, 'organisations', 'grantee_after')),
    notAfter: set('not_after'),
    legalWords: new Set(phrases(lexicons, 'organisations', 'legal_suffix').filter((p) => !/\s/.test(p)).map((p) => p.replace(/\.$/, ''))),
    nameStop: new RegExp(`(?:${trieSource(phrases(lexicons, 'organisations', 'name_stop'), { space: '\\s+' })})(?![\\p{L}])`, 'yiu'),
    promoterRole: set('promoter_role'),
    partnerRole: set('partner_role'),
    head: set('head'),
    afterHead: set('after_head'),
    inner: set('inner'),
    and: set('and'),
    andSplit: new RegExp(`\\s(?:${trieSource(set('and'))})\\s+`, 'giu'),
    article: set('article'),
    leadArticle: new Set(phrases(lexicons, 'organisations', 'lead_article')),
    personTitle: set('person_title'),
    street: set('street'),
    streetEnd: phrases(lexicons, 'organisations', 'street_end').map((w) => w.toLowerCase()),
    weakCue: phrasePattern(phrases(lexicons, 'organisations', 'weak_cue')),
    foundedBy: new RegExp(
      `(?<![\\p{L}])(?:${trieSource(phrases(lexicons, 'organisations', 'founder_verb'), { space: '\\s+' })})((?:\\s+[^\\s.;:!?]{1,25}){1,6}?)\\s+(?:${trieSource(phrases(lexicons, 'organisations', 'founder_by'), { space: '\\s+' })})\\s+(?=\\S)`,
      'giu',
    ),
    branch: new RegExp(`\\s{0,3}(?:${trieSource(phrases(lexicons, 'organisations', 'branch'), { space: '\\s+' })})\\s+(?:(?:${trieSource(set('inner'))})\\s+)?`, 'yiu'),
    legalSuffix: new RegExp(`\\s{0,3}(?:${phrases(lexicons, 'organisations', 'legal_suffix').sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?')).join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'y' + 'u'),
    projectOf: phrasePattern(phrases(lexicons, 'organisations', 'project_of')),
    listVerb: set('list_verb'),
  };
  wordCache.set(lexicons, w);
  return w;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

export function tokens(view: string, span: Span): Token[] {
  const out: Token[] = [];
  const re = /[^\s]+/g;
  const s = view.slice(span.start, span.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push({ text: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length });
  return out;
}

export const bare = (t: string) => t.replace(/^["'“”„«»‘’(]+|["'“”„«»‘’),.;:!?]+$/g, '');
const isUpper = (t: string) => /^[\p{Lu}\p{N}]/u.test(t) || /\p{Lu}/u.test(t.slice(1, 3));

/** Is a bare token a possible word of a name: capitalised, a number, an acronym. */
export function nameWord(t: string): boolean {
  return !!t && isUpper(t);
}

/** A Romance small word elided before a capitalised word: `dell'Alta`, `d'Aquitaine`, `l'Ouest`. */
const ELIDED = /^(?:d|l|dell|dall|all|nell|sull|degl|dagl|dels|del)['’]\p{Lu}/u;

/**
 * Trim a piece of text to the organisation name it starts with: capitalised words, the small words
 * allowed inside names, brackets; drops a leading article. Returns null when no name starts there.
 */
export function nameAt(doc: Document, span: Span, words: OrgWords): Span | null {
  const toks = tokens(doc.view, span);
  let i = 0;
  // (a noun listed as an article, `Verein`, goes only after an article or before a name in quotes:
  // `der Verein "Projekt Chance e.V."`, but not `Verein für Straffälligenhilfe`, `Verein Wegweiser`)
  const skip = (k: number): boolean => {
    const w = bare(toks[k]!.text).toLowerCase();
    if (words.leadArticle.has(toks[k]!.text)) return true;
    if (!words.article.has(w)) return false;
    return !words.head.has(w) || k > 0 || /^["“„«]/u.test(toks[k + 1]?.text ?? '');
  };
  while (i < toks.length && skip(i)) i++;
  // an elided article (`l'administration`)
  let first = toks[i];
  if (!first) return null;
  let startOffset = first.start;
  const elided = /^(?:l['’]|d['’])/i.exec(first.text);
  if (elided && first.text.length > elided[0].length) startOffset += elided[0].length;
  const lowerStart = !isUpper(bare(first.text.slice(startOffset - first.start))) && words.head.has(bare(first.text.slice(startOffset - first.start)).toLowerCase());
  let end = -1;
  let depth = 0;
  let legal = false;
  let fieldEnd = -1;
  for (let k = i; k < toks.length; k++) {
    const raw = k === i ? toks[k]!.text.slice(startOffset - toks[k]!.start) : toks[k]!.text;
    const t = bare(raw);
    const lower = t.toLowerCase();
    if (depth > 0 || raw.startsWith('(')) {
      depth += (raw.match(/\(/g) ?? []).length - (raw.match(/\)/g) ?? []).length;
      if (depth <= 0) {
        depth = 0;
        end = toks[k]!.end;
        if (/[,;.:]$/.test(raw.replace(/\)+$/, ''))) break;
      }
      continue;
    }
    // a quoted part inside a name (`General Directorate "Execution of sentences"`) is read whole
    if (k > i && end > 0 && /^["“„«]/.test(raw)) {
      let q = k;
      while (q < toks.length && q - k < 8 && !/["”“»]$/.test(toks[q]!.text.replace(/[,;:.!?]+$/, ''))) q++;
      if (q < toks.length && q - k < 8 && (q > k || raw.length > 2)) {
        end = toks[q]!.start + toks[q]!.text.replace(/[,;:.!?]+$/, '').length;
        k = q;
        if (/[,;:.!?]$/.test(toks[q]!.text)) break;
        continue;
      }
    }
    if (!t) break;
    // `EPTA network in 2018`: a year after a small word is not part of the name
    if (k > i && /^\d/.test(t) && words.inner.has(bare(toks[k - 1]!.text).toLowerCase())) break;
    // an elided small word before a capitalised one (`dell'Alta Valdora`, `d'Aquitaine`) is a word of the name
    const elidedWord = k > i && ELIDED.test(t);
    // `… in qualità di ente capofila`: a phrase of role ends the name
    if (k > i) {
      words.nameStop.lastIndex = toks[k]!.start;
      if (words.nameStop.test(doc.view)) break;
    }
    // `Associazione Altre Strade odv`: a legal form in lower case is the name's last word
    // (as written: Norwegian `AS` is no English `as`)
    const legalWord = k > i && end === toks[k - 1]!.end && words.legalWords.has(t.replace(/\.$/, ''));
    // `Centre pénitentiaire de Lyon`, `Maison d'arrêt de …`: a word that follows a head word in its language
    // (also after a small word: `Casa di reclusione di …`)
    const afterHead = k > i && words.afterHead.has(lower) && (end === toks[k - 1]!.end || (k - 1 > i && end === toks[k - 2]!.end && words.inner.has(bare(toks[k - 1]!.text).toLowerCase())));
    // (`Direction de l'administration pénitentiaire`: a head word with its article elided)
    // (`… et de l'association Logis Solidaire` is a second body: only before a word that follows head words)
    const head = words.head.has(lower) || (k > i && /^[ld]['’]\p{Ll}/u.test(lower) && words.head.has(lower.slice(2)) && words.afterHead.has(bare(toks[k + 1]?.text ?? '').toLowerCase()));
    const ok = k === i ? nameWord(t) || lowerStart : nameWord(t) || elidedWord || legalWord || afterHead || head || words.inner.has(lower) || /^[a-z]\.$/.test(t) || /^e\.\s?V\.?$/.test(t);
    if (!ok) break;
    // a lower-case head word after an article is a common noun after the name (`Lantern Trust at the prison`)
    if (k > i && !nameWord(t) && words.head.has(lower) && words.article.has(bare(toks[k - 1]!.text).toLowerCase()) && !nameWord(bare(toks[k + 1]?.text ?? '')) && !words.afterHead.has(bare(toks[k + 1]?.text ?? '').toLowerCase())) break;
    if (nameWord(t) || elidedWord || legalWord || afterHead || head || /^e\.\s?V/.test(t)) end = toks[k]!.start + raw.length + (k === i ? startOffset - toks[k]!.start : 0);
    // `Fatherhood Works, Inc.`: a legal form after the comma ends the name
    const suffixEnd = /,$/.test(raw) && end === toks[k]!.end ? legalAfter(doc.view, toks[k]!.end, words.legalSuffix) : 0;
    if (suffixEnd && suffixEnd <= span.end) {
      end = suffixEnd;
      legal = true;
      break;
    }
    // `Tay Rivers Mentoring Trust in partnership with …`: English `in` before a lower-case word ends the name
    if (lower === 'in' && raw === 'in' && end > 0 && /^\p{Ll}/u.test(bare(toks[k + 1]?.text ?? '')) && /^(?:with|of)$/.test(bare(toks[k + 2]?.text ?? ''))) break;
    // `Associazione Seconda Chance in Turin`, `The Reach Foundation at Bendigo received …`: a place after `in`
    // or `at` at the end of a name is where it is
    if ((lower === 'in' || (lower === 'at' && raw === 'at')) && end > 0 && k + 1 < toks.length && k - i >= 1) {
      const place = bare(toks[k + 1]!.text);
      const after = toks[k + 2] ? bare(toks[k + 2]!.text) : '';
      // (a small word of names after the place ends it too when a lower-case word follows: `… at Melton for support services`)
      const smallThenLower = words.inner.has(after.toLowerCase()) && /^\p{Ll}/u.test(bare(toks[k + 3]?.text ?? ''));
      if (/^\p{Lu}\p{Ll}+$/u.test(place) && !words.head.has(place.toLowerCase()) && end === toks[k - 1]!.end && (/[,;.:!?]$/.test(toks[k + 1]!.text) || !after || /^\d/.test(after) || /^(?:on|at|from|since|until|during)$/i.test(after) || (/^\p{Ll}/u.test(after) && (!words.inner.has(after.toLowerCase()) || smallThenLower) && !words.head.has(after.toLowerCase())))) break;
    }
    // `Berry Street for 'Goldfields Education'`: a quoted name after a small word is what the body does, not its name
    if (k > i && end === toks[k - 1]!.end && words.inner.has(lower) && /^\p{Ll}/u.test(raw) && /^['‘"“]/u.test(toks[k + 1]?.text ?? '')) break;
    // `Bundesagentur für Arbeit, Regionaldirektion Nord`, `… – Područni ured Varaždin`: a branch after a
    // comma or dash is part of the name
    const afterComma = end === toks[k]!.end && /,$/.test(raw);
    const dashAfterName = k > i && end === toks[k - 1]!.end && /^[–—-]$/.test(raw);
    if (afterComma || dashAfterName) {
      const branchAt = branchAfter(doc.view, toks[k]!.end, words.branch);
      if (branchAt && branchAt <= span.end) continue;
    }
    // `… Center for Criminal Justice Research, Policy, and Practice`: a list of fields goes on in the name
    if (/,$/.test(raw) && end === toks[k]!.end && (fieldEnd = fieldList(doc.view, startOffset, toks[k]!.end - 1, span.end, words.head)) > 0) {
      while (k + 1 < toks.length && toks[k + 1]!.end <= fieldEnd) k++;
      end = fieldEnd;
      continue;
    }
    if (/[,;:!?]$/.test(raw) || (/\.$/.test(raw) && !/^(?:[\p{L}]|St|e|V|Ltd|Inc|Co|Dr)\.$/u.test(t + '.') && !/\.\p{L}/u.test(raw))) break;
  }
  if (end <= startOffset) return null;
  let s = { start: startOffset, end };
  // drop trailing punctuation but keep a closing bracket or `e.V.`
  const quotedInside = /\s["“„«][^"”“»]{1,80}["”“»]$/.test(doc.view.slice(s.start, s.end));
  while (!legal && s.end > s.start && /[,;:!?"'”’]/.test(doc.view[s.end - 1]!) && !(quotedInside && /["”“»]/.test(doc.view[s.end - 1]!))) s.end--;
  if (!legal && doc.view[s.end - 1] === '.' && !/(?:\be\.\s?V|\b\p{Lu}|St|Ltd|Inc|Co)\.$/u.test(doc.view.slice(s.start, s.end))) s.end--;
  while (s.start < s.end && /["'“„«‘]/.test(doc.view[s.start]!)) s.start++;
  const inside = doc.view.slice(s.start, s.end);
  if (/\)$/.test(inside) && (inside.match(/\(/g) ?? []).length < (inside.match(/\)/g) ?? []).length) s.end = trimEnd(doc.view, s.end - 1);
  if (s.end <= s.start) return null;
  return withAcronym(doc.view, s, span.end, words);
}

/**
 * Extend a name over lower-case words up to the acronym in brackets they spell (`Direction générale
 * des prisons et de la rééducation (DGPR)`): the acronym's letters are initials of the words, in order.
 */
function withAcronym(view: string, s: Span, limit: number, words: OrgWords): Span {
  const after = view.slice(s.end, Math.min(limit, s.end + 100));
  const m = /^((?:\s+[\p{L}'’-]{1,30}){1,10}?)\s*\((\p{Lu}[\p{Lu}\p{N}&+-]{1,9})\)/u.exec(after);
  if (!m) return s;
  const initials = view
    .slice(s.start, s.end + m[1]!.length)
    .split(/[\s'’-]+/)
    .filter((w) => w && !words.inner.has(w.toLowerCase()) && !words.article.has(w.toLowerCase()) && !/^(?:d|l)$/i.test(w))
    .map((w) => w[0]!.toLowerCase());
  const acronym = m[2]!.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (!acronym.length || initials[0] !== acronym[0]) return s;
  let i = 0;
  for (const c of initials) if (c === acronym[i]) i++;
  // every letter of the acronym, and the words it spans are mostly its letters
  if (i < acronym.length || initials.length > acronym.length + 2) return s;
  return { start: s.start, end: s.end + m[0].length };
}

/** Split `start..end` of the view into list items at top-level commas and semicolons. */
function commaItems(view: string, span: Span, semicolons: boolean, suffix?: RegExp, branch?: RegExp, head?: Set<string>): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = span.start;
  let whole = -1;
  for (let i = span.start; i < span.end; i++) {
    const c = view[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    // (a list of fields inside one name is no list of bodies: no split up to its end, `whole`)
    else if (c === ',' && i > whole && head && depth === 0 && (whole = fieldList(view, from, i, span.end, head)) > i) continue;
    else if (i < whole) continue;
    else if (depth === 0 && (c === ',' || (semicolons && (c === ';' || c === '|'))) && view[i - 1] !== '-' && !(c === ',' && suffix && legalAfter(view, i + 1, suffix)) && !(c === ',' && branch && branchAfter(view, i + 1, branch))) {
      out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  out.push({ start: from, end: span.end });
  return out;
}

/** A field's name: one to three capitalised words. */
const FIELD = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}";
/** A name that ends in `of` or `for` and capitalised words: `Center for Criminal Justice Research`, `School of Social Sciences`. */
const FIELD_OPEN = /(?<![\p{L}])(?:of|for)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u;
/** The rest of its list of fields, three at most: `, Policy, and Practice`, `, Education and Social Work`. */
const FIELD_TAIL = new RegExp(`^\\s*${FIELD}(?:\\s*,\\s*${FIELD})?\\s*,?\\s+and\\s+${FIELD}(?=\\s*(?:[.,;:)]|$)|\\s+\\p{Ll})`, 'u');

/**
 * Where a list of fields after `of` or `for` ends, when a comma at `at` opens it inside one name
 * (`Loyola University’s Center for Criminal Justice Research, Policy, and Practice`); else -1. Fields
 * hold no head word: `Ministry of Justice, Probation Service and Police` are three bodies.
 */
function fieldList(view: string, from: number, at: number, end: number, head: Set<string>): number {
  if (!FIELD_OPEN.test(view.slice(Math.max(from, at - 80), at))) return -1;
  const m = FIELD_TAIL.exec(view.slice(at + 1, end));
  if (!m || m[0].split(/[^\p{L}'’-]+/u).some((w) => head.has(w.toLowerCase()))) return -1;
  return at + 1 + m[0].length;
}

/**
 * Does a branch of the body named before start at `at` (after a comma or dash): a branch word, then a
 * capitalised word (`Bezirk Oldenburg`, `Delegação Regional do Norte`)? Returns where its words start, or 0.
 */
export function branchAfter(view: string, at: number, branch: RegExp): number {
  branch.lastIndex = at;
  const m = branch.exec(view);
  return m && /^\p{Lu}/u.test(view.slice(at + m[0].length, at + m[0].length + 1)) ? at + m[0].length : 0;
}

/** Does a legal form (`Inc.`, `Ltd`, `e. V.`) start at `at` (after a comma), ending the name? */
export function legalAfter(view: string, at: number, suffix: RegExp): number {
  suffix.lastIndex = at;
  const m = suffix.exec(view);
  return m ? at + m[0].length : 0;
}

/** Where a clause that starts at `from` ends: a sentence stop, a colon or the end of its line. */
export function clauseEnd(doc: Document, from: number, semicolons = false): number {
  const nl = doc.view.indexOf('\n', from);
  const lineEnd = nl < 0 ? doc.view.length : nl;
  const s = doc.view.slice(from, Math.min(lineEnd, from + 600));
  const re = semicolons ? /[!?:]|\.(?=\s+["“(]?[\p{Lu}\p{N}]|\s*$)/gu : /[;!?:]|\.(?=\s+["“(]?[\p{Lu}\p{N}]|\s*$)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m[0] === '.') {
      const before = s.slice(Math.max(0, m.index - 4), m.index);
      if (/(?:\b\p{Lu}|\bSt|\be\.\s?V|\bNo|\bDr|\bProf|\bMr|\bMs|\bMrs|\bInc|\bLtd|\bCo)$/u.test(before)) continue;
      if (/\be$/.test(before) && /^\.\s?V\./.test(s.slice(m.index))) continue;
    }
    return from + m.index;
  }
  return from + s.length;
}

/**
 * The organisations named in a list that starts at `span.start`: `A, B and C`, `A (Portugal), B (PT)`,
 * `A; B (Coordinator)`. Items that are not names before the first one are skipped; the list stops
 * at the first item after that which is not a name.
 */
export function orgList(doc: Document, span: Span, lexicons: Lexicons, opts: { semicolons?: boolean; max?: number; labelled?: boolean } = {}): OrgName[] {
  const words = orgWords(lexicons);
  const view = doc.view;
  const out: OrgName[] = [];
  const items = commaItems(view, span, !!opts.semicolons, words.legalSuffix, words.branch, words.head);
  const andRe = words.andSplit;
  const pieces: Span[] = [];
  items.forEach((it, n) => {
    const text = view.slice(it.start, it.end);
    // split `X and Y`: at `and the`, after a bracket or a head word, or anywhere in a list's last item
    const cands: number[] = [];
    const withArticle = new Set<number>();
    andRe.lastIndex = 0;
    let m: RegExpExecArray | null;
    let depth = 0;
    let scanned = 0;
    // (the `and` that closes a list of fields inside a name: `Center for Research, Policy, and Practice`)
    let fields: [number, number] | null = null;
    for (let c = text.indexOf(','); c >= 0 && !fields; c = text.indexOf(',', c + 1)) {
      const e = fieldList(view, it.start, it.start + c, it.end, words.head);
      if (e > 0) fields = [c, e - it.start];
    }
    while ((m = andRe.exec(text))) {
      for (; scanned < m.index; scanned++) depth += text[scanned] === '(' ? 1 : text[scanned] === ')' ? -1 : 0;
      if (depth > 0 || (fields && m.index > fields[0] && m.index < fields[1])) continue;
      const left = text.slice(0, m.index).trim();
      const right = text.slice(m.index + m[0].length);
      if (!left || /-$/.test(left) || !/^["“„]?(?:\p{Lu}|\p{N}|the\s|l['’]|[a-zà-ÿ]+\s+\p{Lu})/u.test(right)) continue;
      // `Ministerium der Justiz und für Migration`: a conjunction before a small word of names (not an
      // article) joins two parts of one name
      const small = /^(\p{Ll}+)\s/u.exec(right)?.[1] ?? '';
      if (small && words.inner.has(small) && !words.article.has(small) && !words.leadArticle.has(small)) continue;
      const lastRaw = bare(left.split(/\s+/).pop() ?? '');
      const lastWord = lastRaw.toLowerCase();
      // an inner word ends the left part only as one, in lower case (`… della e …`); a capitalised
      // `Sociale` is part of a name, whatever another language's inner words hold
      const lastInner = words.inner.has(lastWord) && /^\p{Ll}/u.test(lastRaw);
      const rightWord = bare(right.split(/\s+/)[0] ?? '');
      // `Regione Lombardia e Cassa delle Ammende`: a second body opens with its own head word
      // (but a head word alone after it is the name's own last word: `Szegedi Fegyház és Börtön`)
      const headRight = /^\p{Lu}/u.test(rightWord) && words.head.has(rightWord.toLowerCase()) && !lastInner && /\S\s+\S/u.test(right.trim());
      // `Stichting Exodus en de Gemeente Rotterdam`, `… y la Fundación X`: a short lower-case word (an
      // article in any language) and then a capitalised head word open a second body too
      const secondWord = bare(right.split(/\s+/)[1] ?? '');
      const articleHead = /^\p{Ll}{1,3}$/u.test(rightWord) && /^\p{Lu}/u.test(secondWord) && words.head.has(secondWord.toLowerCase()) && !lastInner;
      const strong = articleHead || /^the\s/i.test(right) || /\)$/.test(left) || /^\p{Lu}{2,}$/u.test(bare(left.split(/\s+/).pop() ?? '')) || headRight;
      const next = items[n + 1] ? view.slice(items[n + 1]!.start, items[n + 1]!.end).trim() : '';
      const nextWords = next.replace(/^(?:l['’])/i, '').split(/\s+/);
      const nextWord = words.article.has((nextWords[0] ?? '').toLowerCase()) ? nextWords[1] ?? '' : nextWords[0] ?? '';
      const clauseAfter = /^\p{Ll}/u.test(nextWord) && !words.head.has(nextWord.toLowerCase());
      // one name with a head word before `and` (`Severnshire Women's Centre and Riverbank Housing`), also
      // when a clause follows (`…, which has`); but not a head word after `of` (`Office of the Police and
      // Crime Commissioner`, `Department of Housing and Reintegration`): the name goes on
      const leftWords = left.split(/\s+/);
      const ofBefore = leftWords.length > 2 && words.inner.has(bare(leftWords[leftWords.length - 2]!).toLowerCase()) && /^\p{Ll}/u.test(leftWords[leftWords.length - 2]!);
      const lone = words.head.has(lastWord) && !ofBefore && (items.length === 1 || (n === 0 && clauseAfter));
      // (a list set apart by semicolons keeps `and` inside its last item: `A; Consejería de Inclusión Social y Familias`)
      const bySemicolon = n > 0 && /[;|]/.test(view[items[n]!.start - 1] ?? '');
      // (`&` joins the words of one name far more often than two names: `Justice & Inclusion Lab`)
      const listEnd = items.length > 1 && !bySemicolon && m[0].trim() !== '&' && (n === items.length - 1 || (n > 0 && clauseAfter));
      if (strong || lone || listEnd) cands.push(m.index);
      if (articleHead) withArticle.add(m.index);
    }
    // prefer `and the`, else the last candidate
    const pick = cands.find((c) => /^\s\S+\s+the\s/i.test(text.slice(c))) ?? cands[cands.length - 1];
    if (pick === undefined) pieces.push(it);
    else {
      // the second body starts after the conjunction, and after its article when it has one
      const after = text.slice(pick).match(withArticle.has(pick) ? /^\s\S+\s+\S+\s+/ : /^\s\S+\s+/)![0].length;
      pieces.push({ start: it.start, end: it.start + pick }, { start: it.start + pick + after, end: it.end });
    }
  });
  for (const piece of pieces) {
    let p = piece;
    const lead = /^\s*(?:\S+\s+)?/.exec(view.slice(p.start, p.end));
    // a leading conjunction (`, and C`)
    const firstWord = view.slice(p.start, p.end).trim().split(/\s+/)[0] ?? '';
    if (words.and.has(firstWord.toLowerCase()) && lead) p = { start: p.start + lead[0].length, end: p.end };
    const raw = view.slice(p.start, p.end).trim();
    if (!raw) continue;
    // `, Portugal` after a name: the country of the item before
    const code = countryOf(raw, lexicons);
    if (code && out.length && !out[out.length - 1]!.country) {
      const at = p.start + view.slice(p.start, p.end).indexOf(raw);
      out[out.length - 1]!.country = code;
      out[out.length - 1]!.countrySpan = { start: at, end: at + raw.length };
      continue;
    }
    if (/^\(/.test(raw)) continue;
    // `X, Valencia, Spain`: a place between a name and its country (a word or three, no head word)
    const after = pieces[pieces.indexOf(piece) + 1];
    const nextRaw = after ? view.slice(after.start, after.end).trim() : '';
    const place = /^\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(raw) && !raw.split(/[\s-]+/).some((t) => words.head.has(t.toLowerCase()));
    if (place && out.length && !out[out.length - 1]!.country && countryOf(nextRaw, lexicons)) continue;
    let name = nameAt(doc, p, words);
    const isLast = pieces.indexOf(piece) === pieces.length - 1;
    // inside a list, an item's few lower-case words still belong to its name (`Arnera cooperativa sociale`)
    // (in a labelled value the last item's words too: `Prosjekteier: Kriminalomsorgen region sør`)
    if (name && (!isLast || opts.labelled)) {
      const rest = view.slice(name.end, p.end);
      words.nameStop.lastIndex = name.end + Math.max(0, rest.search(/\S/));
      const stops = words.nameStop.test(view);
      const restWords = rest.replace(/\([^()]*\)|\s[-–—]\s.*$/g, ' ').trim().split(/\s+/).filter(Boolean);
      const plainWord = (t: string) => /^\p{Ll}[\p{L}'’.-]*$/u.test(t) && !FUNCTION_WORD.test(t);
      // `Probační a mediační služba ČR`: with a head word among them, inner words and a closing acronym too
      const withHead = restWords.length <= 5 && restWords.some((t) => words.head.has(t.toLowerCase()) && /^\p{Ll}/u.test(t)) && restWords.every((t, k) => plainWord(t) || (words.inner.has(t) && /^\p{Ll}/u.test(t)) || (k === restWords.length - 1 && /^\p{Lu}{2,5}$/u.test(t)));
      if (!stops && restWords.length && ((restWords.length <= 3 && restWords.every(plainWord)) || withHead)) {
        name = { start: name.start, end: name.end + rest.search(/\S/) + rest.trim().split(/\s+/).slice(0, restWords.length).join(' ').length };
        name.end = Math.min(name.end, p.end);
      }
    }
    // a labelled item that opens with a capitalised head word is one name, its lower-case words too:
    // `Conseil départemental de Maine-et-Loire`, `Service pénitentiaire d'insertion et de probation (SPIP) de l'Isère`
    if (name && opts.labelled) {
      const at = p.start + view.slice(p.start, p.end).indexOf(raw);
      // (its closing punctuation dropped, but not the dot of a legal form: `…, z. s.`)
      const comma = raw.lastIndexOf(',');
      const legalEnd = comma > 0 ? legalAfter(raw, comma + 1, words.legalSuffix) : 0;
      const item = { start: at, end: trimEnd(view, at + Math.max(raw.replace(/[.,;:]+$/u, '').length, legalEnd)) };
      const itemText = view.slice(item.start, item.end);
      const firstRaw = bare(view.slice(name.start, name.end).split(/\s+/)[0] ?? '');
      const itemWords = itemText.split(/\s+/);
      // (or one that holds a head word further on, when the list is set apart by semicolons or is one
      // item a line: `Pučko otvoreno učilište Sveti Križ`; not in prose, where a sentence may open with
      // other words: `Na projekte spolupracujú Centrum pre rodinu …`)
      const headInside = ((opts.semicolons && /[;|]/.test(view.slice(span.start, span.end))) || opts.max === 1) && itemWords.slice(1).some((w) => words.head.has(bare(w).toLowerCase()));
      if (item.start === name.start && item.end > name.end && /^\p{Lu}/u.test(firstRaw) && (words.head.has(firstRaw.toLowerCase()) || headInside) && itemWords.length <= 14 && !/[\d:;!?]/u.test(itemText) && !itemWords.some((w) => FUNCTION_WORD.test(w) && !words.inner.has(w.toLowerCase()))) name = item;
    }
    // `the Public Health Community team of Portsmouth NHS`: a unit of a named body is one name
    if (name) {
      const unit = /^\s+(?:team|unit|section|division)\s+(?:of|at)\s+(?=\p{Lu})/u.exec(view.slice(name.end, p.end));
      const body = unit ? nameAt(doc, { start: name.end + unit[0].length, end: p.end }, words) : null;
      if (body && body.start === name.end + unit![0].length) name = { start: name.start, end: body.end };
    }
    // one lower-case head word alone is a common noun (`yhdessä vankilan kanssa`, with the prison), not a
    // name (`administration pénitentiaire`, `gemeente Enschede` are)
    if (name && /^\p{Ll}[\p{L}'’-]*$/u.test(view.slice(name.start, name.end))) name = null;
    let org = name ? readOrg(doc, name, p, lexicons, words) : null;
    // `RISE staff`, `PCC area`: a name used as a modifier is not the organisation named
    if (org && name) {
      const next = bare(view.slice(org.span.end, p.end).replace(/^\s*\([^()]*\)/, '').trim().split(/\s+/)[0] ?? '').toLowerCase();
      if (words.notAfter.has(next)) org = null;
    }
    if (!org) {
      if (out.length) break;
      continue;
    }
    // `Staatsministerium der Justiz und für Demokratie, Europa und Gleichstellung`: a ministry's list
    // of portfolios goes on after the comma; an item with no head word continues the name
    const prev = out[out.length - 1];
    if (prev && !org.country && PORTFOLIO.test(prev.name) && hasHeadWord(prev.name, words) && !hasHeadWord(org.name, words) && org.name.split(/\s+/).length <= 4 && org.name.split(/\s+/).some((t) => words.and.has(t.toLowerCase())) && /^\s*,\s*$/.test(view.slice(prev.span.end, org.span.start))) {
      prev.span = { start: prev.span.start, end: org.span.end };
      prev.name = view.slice(prev.span.start, prev.span.end).replace(/\s+/g, ' ');
      continue;
    }
    out.push(org);
    if (opts.max && out.length >= opts.max) break;
    // the item goes on past the name with other words: the list has ended
    const rest = view.slice(name!.end, p.end).trim();
    if (rest && !/^[(\])"'”’.]/.test(rest) && !/^[-–—]\s/.test(rest) && pieces.indexOf(piece) < pieces.length - 1) break;
  }
  return out;
}

/** A name ending in a portfolio: `… for Education`, `… für Demokratie`. */
const PORTFOLIO = /\s(?:for|für|pour|per|para|dla|pro|voor)\s+\p{Lu}[\p{L}-]*$/u;

function hasHeadWord(name: string, words: OrgWords): boolean {
  return name.split(/\s+/).some((t) => words.head.has(bare(t).toLowerCase()));
}

/** The country code of a whole phrase (`Portugal`, `(SK)`, `Ro`, `The Netherlands`), or null. */
export function countryOf(raw: string, lexicons: Lexicons): string | null {
  const t = raw.replace(/^\(|\)$/g, '').replace(/^the\s+/i, '').trim();
  if (/^[A-Za-z]{2}$/.test(t)) return /^[A-Z]/.test(t) ? countryCode(t.toUpperCase(), lexicons) : null;
  if (t.length < 4 || t.length > 40) return null;
  return countryCode(t, lexicons);
}

/** An organisation from a name span: brackets after it read as country, role or acronym. */
export function readOrg(doc: Document, name: Span, item: Span, lexicons: Lexicons, words: OrgWords): OrgName | null {
  let nameSpan = { ...name };
  let country: string | null = null;
  let countrySpan: Span | null = null;
  let role: string | null = null;
  // brackets at the end of the name, or right after it
  const tail = doc.view.slice(name.start, Math.min(item.end, name.end + 120));
  const groups = [...tail.matchAll(/\s*\(([^()]{1,100})\)/g)];
  for (const g of groups) {
    const gStart = name.start + g.index! + g[0].indexOf('(') + 1;
    const inner = g[1]!.trim();
    const code = countryOf(inner, lexicons);
    const last = /,\s*([^,]+)$/.exec(inner);
    const lastCode = last ? countryOf(last[1]!, lexicons) : null;
    if (code || lastCode) {
      country ??= code ?? lastCode;
      const off = code ? g[1]!.indexOf(inner) : inner.lastIndexOf(last![1]!) + (g[1]!.length - g[1]!.trimStart().length);
      const len = code ? inner.length : last![1]!.trim().length;
      countrySpan ??= { start: gStart + off, end: gStart + off + len };
      if (gStart - 1 < nameSpan.end) nameSpan.end = trimEnd(doc.view, gStart - 1);
    } else if (words.promoterRole.has(inner.toLowerCase()) || words.partnerRole.has(inner.toLowerCase())) {
      role = inner.toLowerCase();
      if (gStart - 1 < nameSpan.end) nameSpan.end = trimEnd(doc.view, gStart - 1);
    } else if ((!/^[\p{Lu}\p{N}][\p{L}\p{N}&.\-–/+ ]{0,24}$/u.test(inner) || inner.split(/\s+/).length > 3) && !isUnit(inner, words)) {
      // a description, not an acronym: not part of the name
      if (gStart - 1 < nameSpan.end) nameSpan.end = trimEnd(doc.view, gStart - 1);
    }
    // brackets only count while they follow each other right after the name
    if (g.index! + g[0].length < tail.length && !/^\s*\(/.test(tail.slice(g.index! + g[0].length))) break;
    if (g.index !== 0 && name.start + g.index! > nameSpan.end + 1 && !/^\s*$/.test(doc.view.slice(nameSpan.end, name.start + g.index!))) break;
  }
  // an explanation after a dash (`EPANODOS – il Centro greco …`) is not part of the name; a branch is
  // (`Hrvatski zavod za zapošljavanje – Područni ured Varaždin`)
  const text = doc.view.slice(nameSpan.start, nameSpan.end);
  const dash = /\s[–—-]\s/.exec(text);
  if (dash && !branchAfter(doc.view, nameSpan.start + dash.index + dash[0].length - 1, words.branch)) nameSpan.end = nameSpan.start + dash.index;
  // a name never ends with a conjunction (`der Bewährungshilfe und, soweit zuständig, …`)
  const lastWord = /\s(\p{L}+)$/u.exec(doc.view.slice(nameSpan.start, nameSpan.end));
  if (lastWord && words.and.has(lastWord[1]!.toLowerCase())) nameSpan.end = trimEnd(doc.view, nameSpan.end - lastWord[1]!.length);
  const value = doc.view.slice(nameSpan.start, nameSpan.end).replace(/\s+/g, ' ').trim();
  if (!plausible(value, lexicons, words)) return null;
  if (!country) {
    const raw = doc.view.slice(nameSpan.start, nameSpan.end);
    const found = mentionsIn(raw, lexicons);
    const inName = [...new Set(found.map((c) => c.code))];
    if (inName.length === 1) {
      const m = found[0]!;
      country = inName[0]!;
      countrySpan = { start: nameSpan.start + m.index, end: nameSpan.start + m.index + m.length };
    }
  }
  return { name: value, span: nameSpan, country, countrySpan, role };
}

/**
 * A unit of the body in brackets after its name, part of the name (record.md: `an organisation with its
 * units in brackets is one`): capitalised words with one head word, `(Drug & Alcohol Services)`,
 * `(Education and Skills Department)`; not a description in lower case.
 */
function isUnit(inner: string, words: OrgWords): boolean {
  const toks = inner.split(/\s+/);
  if (toks.length > 6 || inner.length > 60) return false;
  if (!toks.every((t) => t.length < 4 || /^[\p{Lu}\p{N}]/u.test(t)) || toks.filter((t) => words.head.has(bare(t).toLowerCase())).length !== 1) return false;
  // (a name of three words or more after `and` is a body of its own: `(Prisons and National Probation Service)`)
  const after = inner.split(/\s+(?:&|\p{Ll}{1,3})\s+/u).pop()!;
  return after === inner || after.split(/\s+/).length < 3;
}

const mentionMemo = new WeakMap<Lexicons, Map<string, ReturnType<typeof countryMentions>>>();

/** Country mentions in a short name, remembered: the gazetteer's pattern is large. */
function mentionsIn(raw: string, lexicons: Lexicons): ReturnType<typeof countryMentions> {
  let memo = mentionMemo.get(lexicons);
  if (!memo) mentionMemo.set(lexicons, (memo = new Map()));
  let found = memo.get(raw);
  if (!found) {
    found = countryMentions(raw, lexicons);
    if (memo.size > 20000) memo.clear();
    memo.set(raw, found);
  }
  return found;
}

export function trimEnd(view: string, end: number): number {
  while (end > 0 && /\s/.test(view[end - 1]!)) end--;
  return end;
}

/** Could this be an organisation's name: not a person, a country, a lone small word or a sentence. */
export function plausible(name: string, lexicons: Lexicons, words: OrgWords): boolean {
  const toks = name.split(/\s+/);
  if (name.length < 2 || name.length > 120 || toks.length > 14) return false;
  if (!/\p{L}/u.test(name)) return false;
  if (words.personTitle.has(toks[0]!.toLowerCase()) && toks.length > 1) return false;
  if (countryOf(name, lexicons)) return false;
  if (toks.length === 1 && name.length < 3) return false;
  // a plural acronym names a kind of body (`PCCs`, `NGOs`), not one
  if (/^\p{Lu}{2,}s\)?$/u.test(name)) return false;
  // a lone common word in capitals at a sentence start (`This`, `They`)
  if (toks.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(name) && STOPLIKE.test(name)) return false;
  const hasHead = toks.some((t) => words.head.has(bare(t).toLowerCase()));
  if (!hasHead && toks.length >= 2 && toks.length <= 3 && looksLikePerson(name)) return false;
  return true;
}

export const FUNCTION_WORD = /^(?:in|on|at|with|and|the|to|by|for|of|which|who|that|is|are|was|were|has|have|had|will|would|can|a|an|as|from|its|their|our|his|her)$/i;

const STOPLIKE = /^(?:Details|Name|Names|Contact|More|Home|About|News|Partner|This|That|These|Those|They|Their|There|It|Its|We|Our|He|She|His|Her|The|A|An|In|On|At|For|With|Each|Every|All|Some|Other|Others|Both|Local|National|Regional|Project|Programme|Program|Partners?)$/;

