// Countries: names, demonyms and ISO codes beside organisations, without funders, languages or web addresses.
import { describe, expect, it } from 'vitest';
import { countries } from '../../src/extract/countries.js';
import { docOf, lexiconsOf, seedDoc } from '../helpers.js';
import type { Document } from '../../src/document.js';

function codes(doc: Document): string[] {
  const found = countries(doc, { lexicons: lexiconsOf(doc), previous: [] });
  for (const f of found) expect(doc.text.slice(f.start, f.end)).toMatch(/\S/);
  return found.map((f) => String(f.value)).sort();
}

describe('countries', () => {
  it.each([
    // fixtures/seeds/docs/003_25b8ca439fb72e43.txt lines 17-20: Norway only pays
    ['From Norway Grants:\n€ 291,852\nThe project is carried out in:\nLithuania\n', ['LT']],
    // dev07: `Norwegian support will pay`, demonym of the place
    ['Improved living conditions for Lithuanian young offenders\nNorwegian support will pay for the renovation.\n', ['LT']],
    // dev23: demonyms in an organisation's name, a list of adjectives
    ['Improved bilateral cooperation between the Bulgarian and Norwegian Correctional Services;\n', ['BG', 'NO']],
    // dev52: a Norwegian ministry counts even beside the Norwegian Financial Mechanism
    ['The State Secretary of the Norwegian Ministry of Foreign Affairs will be in Latvia. The Project is implemented under the Norwegian Financial Mechanism.\n', ['LV', 'NO']],
    // dev26: ISO codes beside organisations
    ['Every organization was there: Edukos (SK), Slawek Foundation (PL), RUBIKON Centrum (CZ) and Gartycious Grudas (LT).\n', ['CZ', 'LT', 'PL', 'SK']],
    // fixtures/seeds/docs/004_57125e4fdf43df7a.txt lines 82, 97: a code ending an attendee line
    ['- Hans Metzmakers – The Hague City Council, NL\n- Yvonne Mason – Project Coordinator, Knowsley Borough Council, UK\n', ['GB', 'NL']],
    // dev05: French, elided article
    ['Le projet réunit la Tunisie, la France et l’Allemagne.\n', ['DE', 'FR', 'TN']],
  ])('%s', (text, want) => {
    expect(codes(docOf(text))).toEqual(want);
  });

  it.each([
    // dev54: a language, not a country
    ['prisoners who have English as a Second Language\n'],
    // dev44: a language menu
    ['Deutsch | English\nAbout us\n'],
    // dev47, dev30: web addresses
    ['https://www.amazon.co.uk/dp/1689211334 and USA.gov\n'],
    // dev27: a donor paragraph
    ['The Norway Grants and the EEA Grants are Norway’s contribution. With the Norway Grants, Norway helps to reduce disparities.\n'],
    // US states and names that hold a country's name
    ['The program runs in New Mexico and New Jersey.\n'],
    // probe k06: an Australian state and region
    ['Hunter New England Local Health District serves Newcastle in New South Wales.\n'],
    // probe d03: a given name (`Malte` is Malta in French)
    ['Dr. Malte Reinecke, Hochschule Fulda\n'],
    ['A lone acronym: Human Resources (HR) handles it.\n'],
    ['Our mentors went cold turkey.\n'],
    // fixtures/holdout/docs/h04_slides_it.md line 15: a national statistic quoted as context
    ['- Alto tasso di recidiva in Italia per chi esce senza un lavoro\n'],
    ['The reoffending rate in Poland is high.\n'],
  ])('no country in %s', (text) => {
    expect(codes(docOf(text))).toEqual([]);
  });

  it('finds every country of a seed meeting report', () => {
    // fixtures/seeds/docs/004_57125e4fdf43df7a.txt
    expect(codes(seedDoc('004_57125e4fdf43df7a.txt'))).toEqual(['GB', 'IT', 'NL']);
  });

  it('reads an ISO code in the last cell of a table row beside a name', () => {
    expect(codes(docOf('# Partners\n\n| Organisation | Country |\n|---|---|\n| Stichting Nieuw Perspectief | NL |\n| Fundacja Droga Powrotu | PL |\n', 'x.md'))).toEqual(['NL', 'PL']);
  });
});
