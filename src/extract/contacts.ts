// Contacts: the people or offices a document gives as its contacts, authors, presenters or project
// leads, read from "Contact: …" labels, contact blocks, bylines, lead phrases and e-mail addresses.
import type { Document, Line, Span } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import { phrases } from '../pipeline/lexicons.js';
import { startsWithGivenName } from '../nlp/contacts.js';
import type { ExtractContext, Finding } from './finding.js';
import { CONFIDENCE, finding, trimSpan } from './finding.js';
import { factsFor, labelFacts } from './labels.js';
import { lineAt, sentencesOf } from './text.js';
import { trieSource } from './trie.js';

/** One value of a contact with the span that proves it. */
interface Part extends Span {
  text: string;
}

/** A contact being built: its parts, the span of its line or block, how sure we are. */
interface Draft {
  span: Span;
  name?: Part;
  role?: Part;
  email?: Part;
  phone?: Part;
  organisation?: Part;
  confidence: number;
  method: string;
}

/** A person name read from a piece of text: `strong` when a title or a known given name backs it. */
interface Person extends Part {
  strong: boolean;
}

/** What one line (or one label value) holds. */
interface Pieces {
  people: Person[];
  emails: Part[];
  phones: Part[];
  roles: Part[];
  orgs: Part[];
  /** capitalised pieces that are neither: an organisation when they follow a role */
  rest: Part[];
  /** how many pieces were none of these (times, numbers, lower-case prose) */
  other: number;
}

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'di', 'da', 'del', 'della', 'dos', 'das', 'du', 'le', 'la', 'ter', 'bin', 'al', 'y', 'e']);
const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}/g;
/** the same pattern, for `emailsIn` alone (its `lastIndex` is its own) */
const EMAIL_AT = new RegExp(EMAIL.source, 'g');
/** A `Label: value` line */
const LABEL_LINE = /^[\p{L}][\p{L}'’ ._-]{0,30}:\s+\S/u;
const PHONE = /(?:\+|\(\+?)?\d[\d .\-/()]{5,22}\d/g;

/** Findings for `/contacts/-`. */
export function contacts(doc: Document, context: ExtractContext): Finding[] {
  const w = wordsOf(context.lexicons);
  const drafts: Draft[] = [];
  const usedEmails = new Set<number>();
  try {
    fromLabels(doc, context.lexicons, w, drafts);
    fromBlocks(doc, context.lexicons, w, drafts);
    fromTitleArea(doc, w, drafts, context.previous.find((f) => f.path === '/title') ?? null);
    fromLeadPhrases(doc, w, drafts);
    for (const d of drafts) if (d.email) usedEmails.add(d.email.start);
    fromEmails(doc, w, drafts, usedEmails);
  } catch {
    // an odd input never breaks the run: keep what was read so far
  }
  const furniture = pageFurniture(doc);
  const inFurniture = (d: Draft) => furniture.some((f) => f.start <= d.span.start && d.span.start < f.end);
  return merge(drafts.filter((d) => !inFurniture(d))).map((d) => toFinding(doc, d));
}

// ---------------------------------------------------------------------------------------------
// Words

interface Words {
  /** a label opening a meeting's list of those present (`Présents :`) */
  attendance: RegExp;
  sections: Set<string>;
  bylines: RegExp;
  leads: RegExp;
  roles: RegExp;
  roleSet: Set<string>;
  /** words that make a heading a team of an organisation */
  team: RegExp;
  /** a role word at the end of a phrase */
  roleEnd: RegExp;
  honorific: RegExp;
  orgWords: Set<string>;
  notName: Set<string>;
  footer: RegExp;
  phoneLabel: RegExp;
  faxLabel: RegExp;
  emailLabel: RegExp;
}

const wordsMemo = new WeakMap<Lexicons, Words>();

/** The contacts lexicon's roles and jobs (`project manager`, `finance officer`), lower case. */
export function contactRoles(lexicons: Lexicons): ReadonlySet<string> {
  return wordsOf(lexicons).roleSet;
}

function wordsOf(lexicons: Lexicons): Words {
  const seen = wordsMemo.get(lexicons);
  if (seen) return seen;
  const list = (key: string) => phrases(lexicons, 'contacts', key).map((p) => p.toLowerCase().trim()).filter(Boolean);
  // (as a trie: the role and lead lists hold hundreds of phrases in many languages)
  const alt = (items: string[]) => trieSource(items, { space: '\\s+' });
  const hon = list('honorifics').map((h) => h.replace(/\.$/, ''));
  const labels = (key: string) => phrases(lexicons, 'labels', key).map((p) => p.toLowerCase());
  const w: Words = {
    sections: new Set(list('section')),
    attendance: new RegExp(`^[\\s*_#-]*(?:${alt(list('attendance'))})\\s*[:：]`, 'iu'),
    bylines: new RegExp(`^(?:${alt(list('byline'))})\\s*:?\\s+`, 'iu'),
    leads: new RegExp(`(?<![\\p{L}])(?:${alt(list('lead'))})\\s*:?\\s+`, 'giu'),
    roles: new RegExp(`(?<![\\p{L}])(?:${alt(list('roles'))})(?![\\p{L}])`, 'iu'),
    roleSet: new Set(list('roles')),
    team: new RegExp(`(?<![\\p{L}])(?:${alt(list('team'))})(?![\\p{L}])`, 'iu'),
    roleEnd: new RegExp(`(?<![\\p{L}])(?:${alt(list('roles'))})[.:]?$`, 'iu'),
    honorific: new RegExp(`^(?:(?:${alt(hon)})(?:\\.\\s*|\\s+))+`, 'iu'),
    orgWords: new Set(list('org_words')),
    notName: new Set(list('not_name')),
    footer: new RegExp(`(?<![\\p{L}])(?:${alt(list('footer'))})(?![\\p{L}])`, 'iu'),
    phoneLabel: new RegExp(`(?:^|[\\s(])(?:${alt([...labels('phone'), 't', 'm', 'tel', 'ph'])})\\s*[.:]?\\s*$`, 'iu'),
    faxLabel: new RegExp(`(?:^|[\\s(])(?:${alt(list('fax'))})\\s*[.:]?\\s*$`, 'iu'),
    emailLabel: new RegExp(`^(?:${alt([...labels('email'), 'e'])})\\s*[.:]\\s*`, 'iu'),
  };
  wordsMemo.set(lexicons, w);
  return w;
}

// ---------------------------------------------------------------------------------------------
// Reading names and lines

/** The folded form of a word for lexicon lookups. */
function fold(s: string): string {
  return s.toLowerCase().replace(/^[^\p{L}\p{N}©]+|[^\p{L}\p{N}]+$/gu, '');
}

function hasOrgWord(text: string, w: Words): boolean {
  const tokens = text.split(/[\s,;()]+/).map(fold).filter(Boolean);
  if (tokens.some((t) => w.orgWords.has(t))) return true;
  // an acronym of three or more capitals alone is an organisation (`OPCC`, `UNDP`)
  return tokens.length === 1 && /^\p{Lu}{3,8}$/u.test(text.trim());
}

function isFooter(text: string, w: Words): boolean {
  return w.footer.test(text);
}

/**
 * A person's name in `[start, end)`, titles dropped; null when the text is not a name.
 * @param src the view, or a window of it that starts at offset `base`
 */
function readName(src: string, base: number, start: number, end: number, w: Words): Person | null {
  const s = trimSpan(src, { start: start - base, end: end - base });
  let text = src.slice(s.start, s.end);
  // drop trailing punctuation (`Tracy Wild,` `Horst Belz:`)
  const tail = /[\s,:;.–—-]+$/u.exec(text);
  if (tail && !/\b\p{Lu}\.$/u.test(text)) text = text.slice(0, tail.index);
  const hon = w.honorific.exec(text);
  let from = s.start + base;
  if (hon) {
    from += hon[0].length;
    text = text.slice(hon[0].length);
  }
  if (text.length < 4 || text.length > 60) return null;
  const tokens = text.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return null;
  let caps = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (PARTICLES.has(t) && i > 0 && i < tokens.length - 1) continue;
    if (!/^\p{Lu}(?:[\p{L}'’-]{0,30}\p{L}|\.)?$/u.test(t)) return null;
    if (/^\p{Lu}\.$/u.test(t) && i === tokens.length - 1) return null;
    if (/^\p{Lu}{1,3}$/u.test(t)) return null;
    const f = fold(t);
    if (w.notName.has(f) || w.orgWords.has(f) || w.roleSet.has(f)) return null;
    if (t.length > 1 && t === t.toUpperCase()) caps++;
  }
  const value = text.replace(/\s+/g, ' ');
  const given = startsWithGivenName(value);
  // a name all in capitals is a heading unless its first word is a known given name
  if (caps === tokens.length && !given) return null;
  return { text: value, start: from, end: from + text.length, strong: !!hon || given };
}

/** Separators of the people on one line: commas, bars, dashes and slashes between spaces. */
const PEOPLE_SEP = /\s*(?:[,;|·•]|\s[–—-]\s|\s\/\s)\s*/gu;
/** `and` between two people, in the languages whose contact lines were seen. */
const PEOPLE_AND = /\s*(?:&|\+|\s(?:and|und|et|e|y|i|a|och|og|en)\s)\s*/gu;

/** Split `[start, end)` at a global separator pattern into trimmed spans; `src` starts at offset `base`. */
function splitSpan(src: string, base: number, start: number, end: number, re: RegExp): Span[] {
  const text = src.slice(start - base, end - base);
  const out: Span[] = [];
  let from = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(shift(trimSpan(src, { start: start - base + from, end: start - base + m.index }), base));
    from = m.index + m[0].length;
  }
  out.push(shift(trimSpan(src, { start: start - base + from, end: end - base }), base));
  return out.filter((s) => s.end > s.start);
}

function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

function part(doc: Document, s: Span): Part {
  const t = trimSpan(doc.view, s);
  return { start: t.start, end: t.end, text: doc.view.slice(t.start, t.end).replace(/\s+/g, ' ').trim() };
}

/** A phone number in the North American pattern: three digits (or three in brackets), three, four. */
const NANP = /^(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}$/;

/** Read the names, e-mails, phones, roles and organisations in `[start, end)` of the view. */
function readPieces(doc: Document, start: number, end: number, w: Words): Pieces {
  const out: Pieces = { people: [], emails: [], phones: [], roles: [], orgs: [], rest: [], other: 0 };
  end = Math.min(end, start + 400);
  let text = doc.view.slice(start, end);
  const mask = (i: number, j: number) => (text = text.slice(0, i) + ' '.repeat(j - i) + text.slice(j));
  for (const m of text.matchAll(EMAIL)) {
    const e = m[0].replace(/[.-]+$/, '');
    out.emails.push({ start: start + m.index, end: start + m.index + e.length, text: e });
    mask(m.index, m.index + m[0].length);
  }
  for (const m of [...text.matchAll(PHONE)]) {
    const digits = m[0].replace(/\D/g, '').length;
    const before = text.slice(0, m.index);
    if (w.faxLabel.test(before)) {
      mask(m.index, m.index + m[0].length);
      continue;
    }
    const bare = !before.trim() && !text.slice(m.index + m[0].length).trim();
    // `+34 954 123 456`: a country code makes a number a phone without a label
    const international = /^\+\d/.test(m[0]) && digits >= 8;
    // `Priya Raman 0412 555 309 | priya.raman@…`: a number in a national trunk format (a leading 0) that
    // ends its piece of the line, right after a name (not a company number: `SIRET 812 345 678 00021`)
    const endsPiece = digits >= 8 && digits <= 12 && /^0/.test(m[0]) && /^\s*(?:[|·•,;]|$)/.test(text.slice(m.index + m[0].length)) && /\p{L}\s*$/u.test(before);
    // `204-555-0143`, `(216) 555-0187`: the North American pattern is a phone wherever it stands
    const northAmerican = NANP.test(m[0].trim());
    if (digits < 7 || digits > 15 || isDateLike(m[0]) || !(w.phoneLabel.test(before) || bare || international || endsPiece || northAmerican)) continue;
    const p = m[0].replace(/[\s(/-]+$/, '');
    out.phones.push({ start: start + m.index, end: start + m.index + p.length, text: p });
    mask(m.index, m.index + m[0].length);
  }
  // labels of the line's values (`Tel:`, `e:`, `Fax:`, `Contact:`) are not names
  text = text.replace(/^\s*[\p{L}][\p{L}. _-]{0,20}:(?=\s*\S)/u, (s) => ' '.repeat(s.length));
  text = text.replace(/\[\[|\]\]|\bwww\.\S{1,200}|https?:\/\/\S{1,300}|<[^<>\n]{0,300}>/g, (s) => ' '.repeat(s.length));
  // brackets left empty by a masked address: `Ingrid Hansen (ingrid.hansen@…)`
  text = text.replace(/[(<[]\s{0,300}[)>\]]/g, (s) => ' '.repeat(s.length));
  // parentheticals: a role (`(team lead)`) or an organisation
  for (const m of [...text.matchAll(/\(([^()\n]{1,80})\)/g)]) {
    const inner = { start: start + m.index + 1, end: start + m.index + m[0].length - 1 };
    const t = m[1]!;
    // or the organisation of the names before it: `Laura Martín y Javier Ruiz (Universidad de Salamanca)`
    const lead = text.slice(0, m.index).split(/[,;|·•]/).pop() ?? '';
    const org = !endsWithRole(t, w) && /^\p{Lu}\S*\s+\S/u.test(t.trim()) && hasOrgWord(t, w) && !hasOrgWord(lead, w);
    if (!endsWithRole(t, w) && !org) continue;
    (org ? out.orgs : out.roles).push(part(doc, inner));
    mask(m.index, m.index + m[0].length);
  }
  for (const piece of splitSpan(text, start, start, end, PEOPLE_SEP)) {
    const t = text.slice(piece.start - start, piece.end - start).trim();
    if (!t) continue;
    if (!/\p{L}/u.test(t)) {
      out.other++;
      continue;
    }
    const acronym = /^(.{3,80}?)\s+(\p{Lu}{2,8})$/u.exec(t);
    if (acronym && endsWithRole(acronym[1]!, w) && acronym[1]!.split(/\s+/).length >= 2) {
      out.roles.push(part(doc, { start: piece.start, end: piece.start + acronym[1]!.length }));
      out.orgs.push(part(doc, { start: piece.end - acronym[2]!.length, end: piece.end }));
      continue;
    }
    if (endsWithRole(t, w)) {
      out.roles.push(part(doc, piece));
      continue;
    }
    if (hasOrgWord(t, w)) {
      out.orgs.push(part(doc, piece));
      continue;
    }
    const subs = splitSpan(text, start, piece.start, piece.end, PEOPLE_AND);
    const people = subs.map((s) => readName(text, start, s.start, s.end, w));
    const afterRole = out.roles.length > 0 && out.roles[out.roles.length - 1]!.end <= piece.start;
    if (people.every((p): p is Person => !!p) && !(afterRole && !people.some((p) => p.strong))) {
      for (const p of people) out.people.push({ ...p, text: doc.view.slice(p.start, p.end).replace(/\s+/g, ' ') });
      continue;
    }
    // `Programme Lead – Reintegration`: one word after a dash right after a role is the role's field
    const lastRole = out.roles[out.roles.length - 1];
    if (lastRole && /^\s+[–—-]\s+$/.test(doc.view.slice(lastRole.end, piece.start)) && /^\p{Lu}\p{Ll}+$/u.test(t)) {
      out.roles[out.roles.length - 1] = part(doc, { start: lastRole.start, end: piece.end });
      continue;
    }
    if (w.roles.test(t)) out.roles.push(part(doc, piece));
    else if (/^\p{Lu}/u.test(t) && t.length <= 80) out.rest.push(part(doc, piece));
    else out.other++;
  }
  return out;
}

function endsWithRole(text: string, w: Words): boolean {
  const m = w.roleEnd.exec(text.trim());
  return !!m && (m.index === 0 || /\s/.test(text.trim()[m.index - 1]!));
}

function isDateLike(s: string): boolean {
  const t = s.trim();
  return /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/.test(t) || /^(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d$/.test(t) || /^\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\s*[-–]/.test(t);
}

/** Does the e-mail's local part spell this name (`g.a.barrett` for Giles Barrett)? */
function emailFits(email: string, name: string): boolean {
  const local = foldAscii(email.split('@')[0] ?? '');
  const tokens = name.split(/\s+/).map(foldAscii).filter((t) => t.length > 0);
  if (tokens.length < 2 || local.length < 3) return false;
  const first = tokens[0]!;
  const others = tokens.slice(1).filter((t) => t.length >= 3);
  const surname = others.some((t) => local.includes(t));
  const given = local.includes(first) || local.startsWith(first[0]!) || local.endsWith(first[0]!);
  return surname && given;
}

function foldAscii(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A role part from a label (`Author`, `PI`, `Focal point`) when the label names a role. */
function labelRole(doc: Document, label: Span, w: Words): Part | undefined {
  const t = doc.view.slice(label.start, label.end).replace(/[_\s]+/g, ' ').trim();
  return w.roleSet.has(t.toLowerCase()) ? part(doc, label) : undefined;
}

/** Turn the pieces of one line or value into drafts: people first, else an e-mail alone. */
function draftsOf(p: Pieces, span: Span, confidence: number, method: string, requireStrong: boolean): Draft[] {
  const people = requireStrong && !p.people.some((x) => x.strong || p.emails.some((e) => emailFits(e.text, x.text))) ? [] : p.people;
  const out: Draft[] = [];
  const emails = [...p.emails];
  for (const person of people) {
    const d: Draft = { span, name: person, confidence, method };
    const i = emails.findIndex((e) => emailFits(e.text, person.text));
    if (i >= 0) d.email = emails.splice(i, 1)[0];
    out.push(d);
  }
  if (out.length) {
    // left-over e-mails go to people without one, in order
    for (const d of out) if (!d.email && emails.length && (out.length === 1 || emails.length === out.filter((x) => !x.email).length)) d.email = emails.shift();
    for (const d of out) if (!d.phone && p.phones.length === 1 && out.length === 1) d.phone = p.phones[0];
    for (const d of out) if (!d.role && p.roles.length) d.role = p.roles[0];
    for (const d of out) if (!d.organisation) d.organisation = p.orgs[0] ?? (p.roles.length ? p.rest[0] : undefined);
    return out;
  }
  for (const e of emails) out.push({ span, email: e, role: p.roles[0], organisation: p.orgs[0] ?? (p.roles.length ? p.rest[0] : undefined), phone: p.phones.length === 1 ? p.phones[0] : undefined, confidence, method });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Strategies

/** `Contact: …`, `Author: …`, `Presenter: …` with the value on the same line. */
function fromLabels(doc: Document, lexicons: Lexicons, w: Words, out: Draft[]): void {
  for (const fact of factsFor(doc, lexicons, 'contact')) {
    // a label alone on its line opens a block, read by fromBlocks
    if (fact.line.start >= fact.label.end && fact.method !== 'front-matter') continue;
    const p = readPieces(doc, fact.value.start, fact.value.end, w);
    const role = labelRole(doc, fact.label, w);
    const drafts = draftsOf(p, { start: fact.label.start, end: fact.value.end }, fact.confidence, fact.method, false);
    for (const d of drafts) {
      if (!d.role && role) d.role = role;
      out.push(d);
    }
    if (!drafts.length && fact.method === 'front-matter') {
      // a YAML list under the key: `pi:` then `  - Marilisa Birello`
      for (let i = fact.line.index; i < Math.min(doc.lines.length, fact.line.index + 6); i++) {
        const line = doc.lines[i]!;
        const m = /^-\s+(.+)$/.exec(line.text);
        if (!m || (doc.frontMatter && line.end > doc.frontMatter.end)) break;
        const q = readPieces(doc, line.start + line.text.length - m[1]!.length, line.end, w);
        for (const d of draftsOf(q, line, fact.confidence, fact.method, false)) out.push({ ...d, role: d.role ?? role });
      }
    }
  }
}

/** A line that is only a contact cue (`Contact details`, `Contact Us`, `Ansprechpartner`) and the lines below it. */
function fromBlocks(doc: Document, lexicons: Lexicons, w: Words, out: Draft[]): void {
  const otherLabel = new Set<number>();
  for (const f of labelFacts(doc, lexicons)) if (!['contact', 'email', 'phone'].includes(f.key) && f.label.start === lineAt(doc, f.label.start)?.start) otherLabel.add(f.label.start);
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    if (!isCue(lines[i]!.text, w)) continue;
    const block: Line[] = [];
    let j = i + 1;
    for (; j < lines.length && block.length < 14; j++) {
      const line = lines[j]!;
      if (otherLabel.has(line.start) || isFooter(line.text, w)) break;
      block.push(line);
    }
    readBlock(doc, block, w, out);
    i = j - 1;
  }
}

function isCue(text: string, w: Words): boolean {
  const t = text.replace(/[:：]\s*$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (!(t.length > 0 && t.length < 40)) return false;
  if (w.sections.has(t)) return true;
  // `Program Contact`, `Media contact`: a short heading that ends in a contact word
  const words = t.split(' ');
  if (words.length <= 3 && /^\p{L}/u.test(t) && !/[.,;!?]/.test(t) && w.sections.has(words[words.length - 1]!)) return true;
  // `Ufficio stampa cooperativa sociale Scirocco`: a heading that opens with a contact phrase of two words or more
  for (let n = Math.min(4, words.length - 1); n >= 2; n--) if (w.sections.has(words.slice(0, n).join(' '))) return !/[.!?]$/.test(t);
  return false;
}

/** Read the lines of a contact block: people with their roles, organisations, e-mails and phones. */
function readBlock(doc: Document, block: Line[], w: Words, out: Draft[]): void {
  let group: Draft[] = [];
  let blockOrg: Part | undefined;
  let officePhone: Part | undefined;
  const all: Draft[] = [];
  // the block's addresses: one that spells a name (`hemi.tawhiri@…` two lines below) makes it a person's
  const blockEmails = block.flatMap((l) => [...l.text.matchAll(EMAIL)].map((m) => m[0]));
  for (const line of block) {
    if (line.text.length > 160 || isCue(line.text, w)) continue;
    const p = readPieces(doc, line.start, line.end, w);
    const strongPeople = p.people.filter((x) => x.strong || blockEmails.some((e) => emailFits(e, x.text)));
    const nextRole = !strongPeople.length && p.people.length && nextLineIsRole(doc, line, w);
    if (strongPeople.length || nextRole) {
      group = draftsOf({ ...p, people: strongPeople.length ? strongPeople : p.people }, line, CONFIDENCE.pattern, 'block', false);
      all.push(...group);
      continue;
    }
    if (p.emails.length) {
      const left = [...p.emails];
      for (const d of group) {
        if (d.email) continue;
        const k = left.findIndex((e) => d.name && emailFits(e.text, d.name.text));
        if (k >= 0) d.email = left.splice(k, 1)[0];
      }
      for (const d of group) if (!d.email && left.length) d.email = left.shift();
      // `Tel.: 0264 598 112 · E-mail: …`: a phone on the address's line is the person's too
      if (p.phones.length && group.length === 1 && !group[0]!.phone) group[0]!.phone = p.phones[0];
      if (left.length && !group.length) {
        const lone = draftsOf({ ...p, people: [], emails: left }, line, CONFIDENCE.pattern, 'block', false);
        all.push(...lone);
      }
      continue;
    }
    if (p.phones.length) {
      const target = group.length === 1 ? group[0] : undefined;
      if (target && !target.phone) target.phone = p.phones[0];
      else if (!group.length) officePhone ??= p.phones[0];
      continue;
    }
    if (p.roles.length && group.length) {
      for (const d of group) d.role ??= p.roles[0];
      continue;
    }
    const org = p.orgs[0];
    if (org) {
      if (group.length) for (const d of group) d.organisation ??= org;
      else blockOrg ??= org;
    }
  }
  const org = blockOrg && teamOf(doc, blockOrg, w);
  // an office's phone: the block's one address without a person
  const offices = all.filter((d) => !d.name);
  if (officePhone && offices.length === 1 && all.length === 1) offices[0]!.phone ??= officePhone;
  for (const d of all) {
    d.organisation ??= org;
    out.push(d);
  }
}

/** The organisation a team heading names (`LJMU Project Research Team:`), spelled out where the document does. */
function teamOf(doc: Document, org: Part, w: Words): Part {
  const m = /^(\p{Lu}{2,8})\s+(.{1,60})$/u.exec(org.text.replace(/:$/, ''));
  if (!m || !w.team.test(m[2]!)) return org;
  const acronym = m[1]!;
  return spelledOut(doc, acronym, w) ?? { start: org.start, end: org.start + acronym.length, text: acronym };
}

/** The first capitalised phrase whose initials spell `acronym` (`Liverpool John Moores University` for LJMU). */
function spelledOut(doc: Document, acronym: string, w: Words): Part | undefined {
  const skip = new Set(['of', 'for', 'the', 'and', 'de', 'di', 'del', 'della', 'für', 'der', 'des', 'du', 'la', 'le', '&']);
  for (const line of doc.lines) {
    if (line.text.length > 2000) continue;
    const tokens = [...line.text.matchAll(/\S+/g)];
    for (let i = 0; i < tokens.length; i++) {
      let k = 0;
      let j = i;
      for (; j < tokens.length && k < acronym.length; j++) {
        const t = tokens[j]![0];
        if (k > 0 && skip.has(t.toLowerCase())) continue;
        if (t[0] !== acronym[k] || !/^\p{Lu}\p{Ll}/u.test(t)) break;
        k++;
      }
      if (k === acronym.length) {
        const start = line.start + tokens[i]!.index;
        const last = tokens[j - 1]!;
        const end = line.start + last.index + last[0].replace(/[,.;:]+$/, '').length;
        if (hasOrgWord(doc.view.slice(start, end), w)) return part(doc, { start, end });
      }
    }
  }
  return undefined;
}

function nextLineIsRole(doc: Document, line: Line, w: Words): boolean {
  const next = doc.lines[line.index + 1];
  return !!next && next.text.length < 100 && w.roles.test(next.text) && !/[.!?]$/.test(next.text) && !LABEL_LINE.test(next.text);
}

/** The lines under the title: a presenter or author alone on a line, a byline, `Name, Role:`. */
function fromTitleArea(doc: Document, w: Words, out: Draft[], title: Span | null): void {
  const lines = doc.lines;
  for (const line of lines) {
    // a byline (`By Paul Jacques`) counts anywhere on a short line; a labelled one may name two authors and
    // their body (`Prepared by: Eleni Kourti and Nikos Vlachos, Institute for Penal Policy Studies (IPPS)`)
    const by = line.text.length <= 80 || (line.text.length <= 140 && /^[^:]{2,30}:/u.test(line.text)) ? w.bylines.exec(line.text) : null;
    if (!by) continue;
    const p = readPieces(doc, line.start + by[0].length, line.end, w);
    if (p.people.length && p.people.length <= 3) out.push(...draftsOf(p, line, CONFIDENCE.pattern, 'byline', false));
  }
  const limit = Math.min(lines.length, 14);
  for (let i = 1; i < limit; i++) {
    const line = lines[i]!;
    if (isProse(line.text)) break;
    // a meeting's list of those present (`Présents :`, `In attendance:`) names no contact
    if (w.attendance.test(line.text)) break;
    // the title itself names no person (`LEARN-IN – Digital Basic Skills Learning Inside`)
    if (w.bylines.test(line.text) || (title && line.start < title.end && title.start < line.end)) continue;
    if (line.text.length > 120 || isFooter(line.text, w) || /^\[|^\(/.test(line.text) || LABEL_LINE.test(line.text)) continue;
    const p = readPieces(doc, line.start, line.end, w);
    if (!p.people.length || p.people.length > 3 || p.rest.length > 1 || p.orgs.length > 1 || p.other > 0) continue;
    const foreword = /:\s*$/.test(line.text) && p.roles.length > 0;
    const context = nearDate(doc, i) || nextLineIsRole(doc, line, w) || nextLineIsCredential(doc, line, w);
    if (!(p.people.some((x) => x.strong) || context || foreword)) continue;
    if (/:\s*$/.test(line.text) && !foreword) continue;
    const drafts = draftsOf(p, line, CONFIDENCE.heuristic, 'title-area', false);
    // the role and organisation lines right below the name (`Recruitment Officer`, `…, Karlsruhe`)
    for (let k = i + 1; k < Math.min(lines.length, i + 4) && drafts.length === 1; k++) {
      const next = lines[k]!;
      if (lines[k - 1]!.blankAfter) break;
      if (next.text.length > 160 || isProse(next.text)) break;
      const q = readPieces(doc, next.start, next.end, w);
      if (q.people.some((x) => x.strong) || q.emails.length) break;
      const d = drafts[0]!;
      if (q.roles.length && !d.role) d.role = q.roles[0];
      if (!d.organisation) d.organisation = q.orgs[0] ?? (d.role && !q.roles.length ? wholeLine(doc, q) : undefined);
    }
    out.push(...drafts);
  }
}

function isProse(text: string): boolean {
  return text.length > 160 || (text.length > 90 && /[.!?]["”»]?$/.test(text));
}

function nearDate(doc: Document, i: number): boolean {
  for (const k of [i - 2, i - 1, i + 1, i + 2]) {
    const t = doc.lines[k]?.text;
    if (t && t.length < 60 && isDateLine(t)) return true;
  }
  return false;
}

function isDateLine(t: string): boolean {
  return (
    /^(?:19|20)\d\d$/.test(t.trim()) ||
    /\b\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}{3,12}\.?\s+(?:19|20)\d\d\b/u.test(t) ||
    /\b\p{L}{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b/u.test(t) ||
    /\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b/.test(t)
  );
}

function nextLineIsCredential(doc: Document, line: Line, w: Words): boolean {
  const next = doc.lines[line.index + 1];
  return !!next && next.text.length < 100 && w.honorific.test(next.text);
}

/** `led by Dr Joseph Reddington, COO of eQuality Time`, `(Scientific Responsible Prof. Laura Carpaneto)`. */
function fromLeadPhrases(doc: Document, w: Words, out: Draft[]): void {
  for (const s of sentencesOf(doc)) {
    w.leads.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = w.leads.exec(s.text))) {
      const from = s.start + m.index + m[0].length;
      const name = nameAt(doc, from, Math.min(s.end, from + 70), w);
      if (!name || !name.strong) continue;
      const d: Draft = { span: { start: s.start + m.index, end: name.end }, name, confidence: CONFIDENCE.pattern, method: 'lead' };
      // `, COO of eQuality Time`
      const after = doc.view.slice(name.end, Math.min(s.end, name.end + 120));
      const ro = /^,\s*(?:the\s+)?([^,;()]{2,60}?)\s+(?:of|at|for|bei|di|de|du)\s+(?:the\s+)?([^,;()]{2,60}?)(?=[,;()]|\.\s|\.?$)/u.exec(after);
      if (ro && w.roles.test(ro[1]!)) {
        const rs = name.end + ro[0].indexOf(ro[1]!);
        d.role = part(doc, { start: rs, end: rs + ro[1]!.length });
        const os = name.end + ro[0].lastIndexOf(ro[2]!);
        d.organisation = part(doc, { start: os, end: os + ro[2]!.length });
      }
      const cue = part(doc, { start: s.start + m.index, end: s.start + m.index + m[0].length });
      if (!d.role && w.roleSet.has(cue.text.toLowerCase().replace(/:$/, '').trim())) d.role = cue;
      // inside brackets after an organisation: `University of Genoa, (Scientific Responsible …)`
      const from0 = Math.max(0, m.index - 200);
      const near = s.text.slice(from0, m.index);
      const opened = near.lastIndexOf('(');
      const open = s.start + from0 + opened;
      if (!d.organisation && opened >= 0 && !near.slice(opened).includes(')')) {
        const head = doc.view.slice(s.start + from0, open);
        const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf(')'), -1);
        const org = part(doc, { start: s.start + from0 + cut + 1, end: open });
        org.text = org.text.replace(/[,\s]+$/, '');
        org.end = org.start + doc.view.slice(org.start, org.end).replace(/[,\s]+$/, '').length;
        if (org.text && hasOrgWord(org.text, w)) d.organisation = org;
      }
      out.push(d);
    }
  }
}

/** A name starting at `from` (after an optional title), as long as capitalised words go. */
function nameAt(doc: Document, from: number, to: number, w: Words): Person | null {
  const text = doc.view.slice(from, to);
  const hon = w.honorific.exec(text);
  const rest = text.slice(hon ? hon[0].length : 0);
  const m = /^(?:\p{Lu}[\p{L}'’-]{0,30}\.?(?:\s+|$|(?=[),;:]))|(?:van|von|de|di|da|del|della|dos|du|le|la|der|den|ter)\s+){2,5}/u.exec(rest);
  if (!m) return null;
  const words = m[0].trim().split(/\s+/);
  for (let n = Math.min(words.length, 4); n >= 2; n--) {
    const cand = words.slice(0, n).join(' ');
    const start = from + (hon ? hon[0].length : 0);
    const p = readName(doc.view, 0, start, start + rest.indexOf(cand) + cand.length, w);
    if (p) return { ...p, strong: p.strong || !!hon };
  }
  return null;
}

/** Every e-mail address not yet read: a contact, with the name beside it or above it. */
function fromEmails(doc: Document, w: Words, out: Draft[], used: Set<number>): void {
  const known = out.filter((d) => d.name);
  for (const m of emailsIn(doc.view)) {
    if (used.has(m.index)) continue;
    const text = m.text;
    const email: Part = { start: m.index, end: m.index + text.length, text };
    const line = lineAt(doc, m.index);
    if (!line || isFooter(line.text, w) || isFooter(text.split('@')[0]!, w)) continue;
    // a person already read whose name the address spells (the presenter on the title slide)
    const match = known.find((d) => d.name && emailFits(text, d.name.text));
    if (match) {
      match.email ??= email;
      // a signature around the address fills what the first reading missed
      const sig: Draft = { span: line, email, confidence: 0, method: '' };
      signatureAbove(doc, line, sig, w);
      if (sig.name && emailFits(text, sig.name.text)) {
        match.role ??= sig.role;
        match.organisation ??= sig.organisation;
        match.phone ??= sig.phone;
      }
      continue;
    }
    // `get in touch with Bryant Jackson-Green at Bryant.JacksonGreen@Illinois.gov`
    const before = doc.view.slice(Math.max(line.start, m.index - 80), m.index);
    const lead = /((?:\p{Lu}[\p{L}'’.-]{0,30}\s+){1,4}\p{Lu}[\p{L}'’-]{0,30})\s*(?:at|unter|à|a|:|\(|,|–|-)?\s*$/u.exec(before);
    let name: Person | null = null;
    if (lead) {
      const start = m.index - before.length + lead.index;
      for (let k = 0; k < 3 && !name; k++) {
        // shorten from the left until the words read as a name (`with Bryant …` → `Bryant …`)
        const cand = readName(doc.view, 0, start + skipWords(lead[1]!, k), start + lead[1]!.length, w);
        if (cand && (cand.strong || emailFits(text, cand.text))) name = cand;
      }
    }
    // a name on the same line that the address spells (`Dr. Jane Smith, … (jane.smith@x.edu)`)
    if (!name) name = spelledName(doc, Math.max(line.start, m.index - 200), Math.min(line.end, email.end + 120), text, w);
    const d: Draft = { span: line, email, confidence: CONFIDENCE.pattern, method: 'email', name: name ?? undefined };
    // `…@illinois.gov, Policy and Program Coordinator, Adult Redeploy Illinois.`
    const after = readPieces(doc, email.end, line.end, w);
    if (after.roles.length) {
      d.role = after.roles[0];
      d.organisation = after.orgs[0] ?? after.rest[0];
    }
    const tag = /([\p{L}_ ]{2,30}):\s*$/u.exec(before);
    if (tag && w.roleSet.has(tag[1]!.replace(/_/g, ' ').trim().toLowerCase())) d.role ??= part(doc, { start: m.index - before.length + tag.index, end: m.index - before.length + tag.index + tag[1]!.length });
    if (!name) signatureAbove(doc, line, d, w);
    out.push(d);
  }
}

/** A capitalised name between `start` and `end` whose words the address spells. */
function spelledName(doc: Document, start: number, end: number, email: string, w: Words): Person | null {
  const text = doc.view.slice(start, end);
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]{1,30}(?:\s+\p{Lu}[\p{L}'’-]{0,30}\.?){1,3}/gu)) {
    const p = readName(doc.view, 0, start + m.index, start + m.index + m[0].length, w);
    if (p && emailFits(email, p.text)) return p;
  }
  return null;
}

/** Spans of an HTML page's footer elements (`<footer>`, or a class or id with `footer`): site furniture. */
function pageFurniture(doc: Document): Span[] {
  const out: Span[] = [];
  if (doc.source.media_type !== 'text/html') return out;
  const stack: unknown[] = [doc.tree];
  while (stack.length) {
    const n = stack.pop() as { type?: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } };
    if (n.type === 'element') {
      const props = n.properties ?? {};
      const marks = `${String(props.id ?? '')} ${Array.isArray(props.className) ? props.className.join(' ') : String(props.className ?? '')}`;
      const s = n.position?.start.offset;
      const e = n.position?.end.offset;
      if ((n.tagName === 'footer' || /footer/i.test(marks)) && s !== undefined && e !== undefined) {
        out.push({ start: s, end: e });
        continue;
      }
    }
    if (n.children) for (const c of n.children) stack.push(c);
  }
  return out;
}

/** Every e-mail address in a text, found from its `@` so long runs of letters cost nothing. */
function emailsIn(text: string): Array<{ index: number; text: string }> {
  const out: Array<{ index: number; text: string }> = [];
  let last = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < last) continue;
    const from = Math.max(last, at - 64);
    const window = text.slice(from, at + 260);
    const re = EMAIL_AT;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window))) {
      if (from + m.index > at) break;
      if (from + m.index + m[0].length > at) {
        const e = m[0].replace(/[.-]+$/, '');
        out.push({ index: from + m.index, text: e });
        last = from + m.index + m[0].length;
        break;
      }
    }
  }
  return out;
}

function skipWords(s: string, k: number): number {
  let at = 0;
  for (let i = 0; i < k; i++) {
    const m = /\S+\s+/.exec(s.slice(at));
    if (!m) return at;
    at += m.index + m[0].length;
  }
  return at;
}

/** A signature: the name a few lines above the address, role and organisation between, phone below. */
function signatureAbove(doc: Document, line: Line, d: Draft, w: Words): void {
  const above: Array<{ line: Line; p: Pieces }> = [];
  for (let k = line.index - 1; k >= Math.max(0, line.index - 4); k--) {
    const prev = doc.lines[k]!;
    if (prev.text.length > 80 || prev.blankAfter || isProse(prev.text)) break;
    const p = readPieces(doc, prev.start, prev.end, w);
    if (p.emails.length) break;
    above.push({ line: prev, p });
  }
  // the nearest line that is a sure name; else the top line of the run when a role line is below it
  let at = above.findIndex(({ p }) => p.people.length === 1 && (p.people[0]!.strong || emailFits(d.email!.text, p.people[0]!.text)));
  if (at < 0 && above.length >= 2 && above[above.length - 1]!.p.people.length === 1 && above.slice(0, -1).some(({ p }) => p.roles.length)) at = above.length - 1;
  if (at < 0) return;
  const top = above[at]!;
  d.name = top.p.people[0]!;
  d.span = { start: top.line.start, end: line.end };
  for (const { p } of above.slice(0, at).reverse()) {
    d.role ??= p.roles[0];
    d.organisation ??= p.orgs[0] ?? (p.roles.length ? undefined : p.rest[0] ?? wholeLine(doc, p));
  }
  const next = doc.lines[line.index + 1];
  if (next && !line.blankAfter) {
    const q = readPieces(doc, next.start, next.end, w);
    if (q.phones.length === 1 && !q.people.length) d.phone = q.phones[0];
  }
}

/** A line that read as one name-shaped piece (`Unlocked Graduates`) as a part. */
function wholeLine(doc: Document, p: Pieces): Part | undefined {
  return p.people.length === 1 && !p.roles.length && !p.orgs.length ? part(doc, p.people[0]!) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Merging and output

/** One draft per person: the same name (folded, or the same first and last word) or the same e-mail is one contact. */
function merge(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const keys = (d: Draft): string[] => {
    const k: string[] = [];
    if (d.email) k.push(`e:${d.email.text.toLowerCase()}`);
    if (d.name) {
      const t = d.name.text.split(/\s+/).map(foldAscii).filter(Boolean);
      if (t.length) k.push(`n:${t[0]}|${t[t.length - 1]}`);
    }
    return k;
  };
  for (const d of drafts) {
    const same = keys(d).map((k) => byKey.get(k)).find((x) => !!x);
    if (!same) {
      const copy = { ...d };
      out.push(copy);
      for (const k of keys(copy)) byKey.set(k, copy);
      continue;
    }
    // two addresses under one name are two contacts' worth of doubt: keep the first
    if (same.email && d.email && same.email.text.toLowerCase() !== d.email.text.toLowerCase()) continue;
    const keepD = d.confidence > same.confidence;
    for (const k of ['name', 'role', 'email', 'phone', 'organisation'] as const) if (d[k] && (!same[k] || keepD)) same[k] = d[k];
    if (keepD) {
      same.span = d.span;
      same.method = d.method;
      same.confidence = d.confidence;
    }
    for (const k of keys(same)) if (!byKey.has(k)) byKey.set(k, same);
  }
  // an address alone joins the one named contact it spells (`Project manager: … (ingrid.hansen@…)`)
  for (const d of out.filter((x) => x.email && !x.name)) {
    const owners = out.filter((x) => x.name && !x.email && emailFits(d.email!.text, x.name.text));
    if (owners.length !== 1) continue;
    const o = owners[0]!;
    o.email = d.email;
    for (const k of ['role', 'phone', 'organisation'] as const) o[k] ??= d[k];
    out.splice(out.indexOf(d), 1);
  }
  return out;
}

function toFinding(doc: Document, d: Draft): Finding {
  const value = {
    name: d.name?.text ?? null,
    role: d.role ? tidy(d.role.text) : null,
    email: d.email?.text ?? null,
    phone: d.phone?.text ?? null,
    organisation: d.organisation ? tidy(d.organisation.text) : null,
  };
  const parts: Record<string, Span> = {};
  for (const k of ['name', 'role', 'email', 'phone', 'organisation'] as const) {
    const p = d[k];
    if (!p) continue;
    const raw = doc.view.slice(p.start, p.end);
    const at = k === 'role' || k === 'organisation' ? raw.indexOf(tidy(raw)) : 0;
    parts[k] = at >= 0 && (k === 'role' || k === 'organisation') ? { start: p.start + at, end: p.start + at + tidy(raw).length } : { start: p.start, end: p.end };
  }
  const anchor = d.name ?? d.email!;
  let span = d.span.start <= anchor.start && anchor.end <= d.span.end ? d.span : { start: anchor.start, end: anchor.end };
  if (span.end - span.start > 300) {
    // a long line: the contact's own parts are its span
    const ends = Object.values(parts);
    span = { start: Math.min(...ends.map((x) => x.start)), end: Math.max(...ends.map((x) => x.end)) };
  }
  return finding(doc, '/contacts/-', value, span, d.method, d.confidence, parts);
}

function tidy(s: string): string {
  let t = s.replace(/^[\s,:;–—-]+|[\s,:;.–—-]+$/gu, '').trim();
  if (t.endsWith(')') && !t.includes('(')) t = t.slice(0, -1).trim();
  if (t.startsWith('(') && !t.includes(')')) t = t.slice(1).trim();
  return t;
}
