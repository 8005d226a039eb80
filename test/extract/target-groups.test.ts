// Target groups: taxonomy labels from labelled values, titles and sentences that present a group as targets.
import { describe, expect, it } from 'vitest';
import { targetGroups } from '../../src/extract/target-groups.js';
import { docOf, options, seedDoc } from '../helpers.js';
import type { Document } from '../../src/document.js';

function groups(doc: Document): Record<string, string> {
  const found = targetGroups(doc, { lexicons: options.lexicons, previous: [] });
  const out: Record<string, string> = {};
  for (const f of found) {
    const v = f.value as { label: string; text: string };
    // the phrase is exactly the quoted text
    expect(doc.text.slice(f.start, f.end).replace(/\s+/g, ' ')).toBe(v.text);
    out[v.label] = v.text;
  }
  return out;
}

describe('target groups', () => {
  it('reads a labelled value and the groups a seed project page presents', () => {
    // fixtures/seeds/docs/003_25b8ca439fb72e43.txt lines 9-10
    const g = groups(seedDoc('003_25b8ca439fb72e43.txt'));
    expect(g.prisoners).toBe('Prisoners');
    expect(Object.keys(g)).toEqual(expect.arrayContaining(['prisoners', 'young-people', 'victims', 'staff']));
  });

  it.each([
    // dev12: a compound phrase gives two labels
    ['The programme is aimed at inmates convicted of hate crime, especially young inmates.\n', ['prisoners', 'radicalised', 'young-people']],
    // dev40: foreign prisoners are prisoners and migrants
    ['The project supports foreign prisoners and trains prison staff.\n', ['migrants', 'prisoners', 'staff']],
    // dev50: a need that is the programme's aim
    ['The programme is helping former prisoners to find sustainable jobs.\n', ['ex-prisoners', 'unemployed']],
    // dev21: perpetrators in a text about domestic abuse are violent offenders
    ['Police forces can work with perpetrators of domestic abuse to support domestic abuse victims.\n', ['victims', 'violent-offenders']],
    // dev14 (Italian)
    ['Il progetto prevede il coinvolgimento di persone detenute e operatori penitenziari nella formazione.\n', ['prisoners', 'staff']],
    // dev01 (German)
    ['Straffällig gewordene Jugendliche bereiten sich in Kursen auf das Leben nach der Entlassung vor.\n', ['ex-prisoners', 'young-people']],
  ])('%s', (text, want) => {
    expect(Object.keys(groups(docOf(text))).sort()).toEqual(want);
  });

  it.each([
    // dev06: a group word inside an organisation's name
    ['Speakers: Illinois Prisoner Review Board; Illinois Juvenile Justice Commission.\n'],
    // dev04: an aim such as safer communities is not the general public
    ['The fund delivers vital funding for safer communities.\n'],
    // dev08: staff interviewed by evaluators are not trained
    ['The evaluation used interviews with front-line staff and managers.\n'],
  ])('no group in %s', (text) => {
    // a first line is read as the title, so the sentence goes below one
    expect(groups(docOf(`Process evaluation\n\n${text}`))).toEqual({});
  });

  it('keeps one entry per label and is fast on a large text', () => {
    const doc = docOf('The project supports prisoners and their families. '.repeat(20000));
    const t = performance.now();
    const g = groups(doc);
    expect(Object.keys(g).sort()).toEqual(['families', 'prisoners']);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
