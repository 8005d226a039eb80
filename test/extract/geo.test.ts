// Gazetteer: country names in many languages, demonyms, codes, and phrases that name no country.
import { describe, expect, it } from 'vitest';
import { countryCode, countryMentions } from '../../src/extract/geo.js';
import { lexicons } from '../helpers.js';

describe('geo', () => {
  it.each([
    ['UK', 'GB'],
    ['EL', 'GR'],
    ['Greece', 'GR'],
    ['Scottish', 'GB'],
    ['Paesi Bassi', 'NL'],
    ['polnischen', 'PL'],
    ['Czech Republic', 'CZ'],
    // probe b15: the Czech abbreviation (`státní rozpočet ČR`)
    ['ČR', 'CZ'],
  ])('countryCode(%s) is %s', (phrase, code) => {
    expect(countryCode(phrase, lexicons)).toBe(code);
  });

  it('gives no code for a phrase that only holds a country name', () => {
    expect(countryCode('New Mexico', lexicons)).toBeNull();
    expect(countryCode('Atlantis', lexicons)).toBeNull();
  });

  it('reads a country name that is also a given name, before a surname, as a person\'s (probe g08)', () => {
    const codes = (t: string) => countryMentions(t, lexicons).map((m) => m.code);
    expect(codes('explica la directora de la fundació, Montserrat Puigdevall.')).toEqual([]);
    expect(codes('Our partner Jordan Blake spoke in Amman, Jordan.')).toEqual(['JO']);
    expect(codes('The prison on Montserrat was rebuilt.')).toEqual(['MS']);
  });

  it('finds mentions with exact offsets, longest phrase first', () => {
    // dev24: `Trinidad and Tobago`; seeds 001: `U.S.`
    const text = 'Projects in Trinidad and Tobago, the U.S. and New Mexico.';
    const found = countryMentions(text, lexicons);
    expect(found.map((m) => [m.code, text.slice(m.index, m.index + m.length)])).toEqual([
      ['TT', 'Trinidad and Tobago'],
      ['US', 'U.S.'],
    ]);
  });

  it('matches phrases split at apostrophes and case-folded', () => {
    const text = "Partners from Côte d'Ivoire, BOSNIA AND HERZEGOVINA and the Czech Republic.";
    const found = countryMentions(text, lexicons);
    expect(found.map((m) => [m.code, text.slice(m.index, m.index + m.length)])).toEqual([
      ['CI', "Côte d'Ivoire"],
      ['BA', 'BOSNIA AND HERZEGOVINA'],
      ['CZ', 'Czech Republic'],
    ]);
  });

  it('is fast on a large text', () => {
    const text = 'The programme in Italy works with prisoners and their families. '.repeat(16000);
    const t = performance.now();
    expect(countryMentions(text, lexicons).length).toBe(16000);
    expect(performance.now() - t).toBeLessThan(60_000); // a hang guard, not a speed test: the bench measures speed
  });
});
