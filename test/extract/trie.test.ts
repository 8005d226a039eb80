// The trie patterns that every lexicon scan uses: they must match exactly what a plain alternation
// sorted longest first matches, with word boundaries, and stay linear on long texts.
import { describe, expect, it } from 'vitest';
import { PhraseFinder, trieSource, wordStarts } from '../../src/extract/trie.js';

/** The plain alternation the trie replaces: phrases longest first, spaces as runs of spaces. */
function plain(list: string[]): RegExp {
  const alts = [...list].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s{1,3}'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0]]);

describe('trieSource', () => {
  it('shares beginnings and tries the longer phrase first', () => {
    expect(trieSource(['project', 'projects', 'projet'])).toBe('proje(?:cts?|t)');
    const re = new RegExp(`^(?:${trieSource(['status', 'status of the project'])})`, 'iu');
    expect(re.exec('Status of the  project: ongoing')?.[0]).toBe('Status of the  project');
  });

  it('escapes what a pattern reads as syntax, and gives a pattern that never matches for no phrase', () => {
    expect(new RegExp(`^(?:${trieSource(['e.g.', 'n° (x)'])})$`, 'u').test('e.g.')).toBe(true);
    expect(new RegExp(`^(?:${trieSource(['e.g.'])})$`, 'u').test('exgx')).toBe(false);
    expect(trieSource([])).toBe('(?!)');
    expect(trieSource(['  '])).toBe('(?!)');
  });

  it('reads a final star as any word ending when asked', () => {
    const re = new RegExp(`^(?:${trieSource(['train*', 'took part'], { stars: true, space: '\\s+' })})$`, 'u');
    expect(['trained', 'trainees', 'train', 'took  part'].map((w) => re.test(w))).toEqual([true, true, true, true]);
    expect(re.test('took')).toBe(false);
    // a phrase that a starred one extends stays whole: `trai` alone, `trainees` with the ending
    const ext = new RegExp(`^(?:${trieSource(['trai', 'train*'], { stars: true })})$`, 'u');
    expect(['trai', 'train', 'trainees'].map((w) => ext.test(w))).toEqual([true, true, true]);
  });
});

describe('PhraseFinder', () => {
  // phrasings from the lexicons: status (dev corpus), kinds (seeds), indicator verbs
  const list = ['was completed', 'was completed successfully', 'completed', 'closing conference', 'final report', 'report'];
  const texts = [
    'The project was completed successfully in 2020. A closing conference followed; the final report is online.',
    'Uncompleted work: reports, subreport and REPORT; the project WAS COMPLETED.',
    'completed',
    'x'.repeat(50) + 'completed 5report report5 report',
  ];

  it('finds what the plain alternation finds, at the same offsets', () => {
    const finder = new PhraseFinder(list);
    for (const text of texts) expect(spans(finder.all(text))).toEqual(spans(text.matchAll(plain(list))));
  });

  it('keeps phrases whole: no match inside a word or touching a digit', () => {
    const finder = new PhraseFinder(['report']);
    expect(spans(finder.all('subreport reports 5report report5 (report)'))).toEqual([[35, 'report']]);
    // with `letters`, digits may touch: `5days` holds `days`
    expect(spans(new PhraseFinder(['days'], { boundary: 'letters' }).all('5days, holidays'))).toEqual([[1, 'days']]);
    // a letter outside the basic plane before the phrase is a letter too
    expect(new PhraseFinder(['report']).test('𝐀report')).toBe(false);
  });

  it('limits matches to a region, and to starts by a limit', () => {
    const finder = new PhraseFinder(['report']);
    const text = 'report one, report two, report three';
    expect(spans(finder.all(text, 5, 22))).toEqual([[12, 'report']]);
    expect(spans(finder.startingBy(text, 12))).toEqual([[0, 'report'], [12, 'report']]);
    expect(finder.first('no such word')).toBeNull();
  });

  it('stays linear on a long text without any phrase', () => {
    const text = 'lorem ipsum dolor sit amet '.repeat(40_000);
    expect(new PhraseFinder(list).all(text)).toEqual([]);
  });
});

describe('wordStarts', () => {
  it('gives the matches of a global pattern that start a word', () => {
    expect(spans(wordStarts(/grant agreement no/giu, 'Regrant agreement no 1; Grant Agreement No 2'))).toEqual([[24, 'Grant Agreement No']]);
  });
});
