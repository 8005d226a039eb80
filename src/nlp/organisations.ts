// compromise behind one small call, for organisation names: is a short candidate name a person's?
import nlp from 'compromise';

const memo = new Map<string, boolean>();

/** True when compromise reads the whole phrase as a person's name (`Joseph Reddington`). */
export function looksLikePerson(phrase: string): boolean {
  const key = phrase.trim();
  const seen = memo.get(key);
  if (seen !== undefined) return seen;
  let person = false;
  try {
    const doc = nlp(key);
    const people = doc.people().out('array') as string[];
    const orgs = doc.organizations().out('array') as string[];
    person = !orgs.length && people.some((p) => p.replace(/[^\p{L} ]/gu, '').trim().split(/\s+/).length >= Math.min(2, key.split(/\s+/).length));
  } catch {
    person = false;
  }
  if (memo.size > 5000) memo.clear();
  memo.set(key, person);
  return person;
}
