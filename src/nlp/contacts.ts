// Person names for the contacts extractor: compromise's given-name lexicon, asked only about short
// candidate names (never whole texts).
import nlp from 'compromise';

const memo = new Map<string, boolean>();

/** True when compromise knows the first word of `name` (a candidate person name) as a given name. */
export function startsWithGivenName(name: string): boolean {
  const first = name.trim().split(/\s+/)[0] ?? '';
  if (!first || first.length > 40) return false;
  // all-caps words are read in title case, so `ANNA` is looked up as `Anna`
  const word = first === first.toUpperCase() ? first.charAt(0) + first.slice(1).toLowerCase() : first;
  const seen = memo.get(word);
  if (seen !== undefined) return seen;
  // the surname placeholder gives the word the context of a full name
  const tags = nlp(`${word} Smith`).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>;
  const known = !!tags[0]?.terms[0]?.tags.includes('FirstName');
  if (memo.size > 5000) memo.clear();
  memo.set(word, known);
  return known;
}
