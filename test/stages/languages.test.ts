import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languagesOf } from '../../src/stages/languages.js';
import { lexiconsFor, scopeLexicons, MAX_SETS, whenSetDropped } from '../../src/pipeline/lexicons.js';
import { phrasePattern } from '../../src/extract/org-names.js';
import { processDocument } from '../../src/pipeline/process.js';
import { resolveOptions } from '../../src/pipeline/config.js';
import type { GleanerRecord } from '../../src/record.js';
import { options, seedDoc } from '../helpers.js';

const files = options.lexiconFiles;
const langs = (text: string) => languagesOf(text, files, options.languages);
const every = Object.keys(files['languages']!).sort();

const probe = (set: string, prefix: string): GleanerRecord => {
  const dir = path.join(import.meta.dirname, '..', '..', 'fixtures', 'probes', set, 'docs');
  const name = fs.readdirSync(dir).find((f) => f.startsWith(prefix))!;
  const outcome = processDocument(fs.readFileSync(path.join(dir, name)), name, options);
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.record;
};

describe('languages stage', () => {
  it('reads an English report in English only', () => {
    expect(langs('The project was run by the probation service with the support of the Norway Grants, and it has reached its targets.')).toEqual(['en']);
    // a seed fact sheet in English
    expect(seedDoc('003_25b8ca439fb72e43.txt').languages).toEqual(['en']);
  });

  it('adds the languages a text shows by their small words', () => {
    expect(langs('Das Projekt wird von der Bewährungshilfe und dem Land gefördert.')).toEqual(['de', 'en']);
    expect(langs('O projeto é financiado pela Fundação e conta com uma equipa de mentores, que acompanham os reclusos até à saída.')).toEqual(['en', 'pt']);
  });

  it('keeps a neighbour out when it shows fewer than half the markers of the leading language', () => {
    // Spanish text: `de`, `la`, `que`, `en` are Catalan words too, but Spanish has far more
    const text = 'El programa se desarrolla en los centros penitenciarios de la provincia y está financiado por el Ministerio, que ha destinado los fondos para las actividades desde el año pasado.';
    expect(langs(text)).toEqual(['en', 'es']);
  });

  it('counts only whole lower-case words: names and acronyms are no Spanish or French', () => {
    expect(langs('The office in El Salvador reports to the UN and to La Paz, with the partners of the network.')).toEqual(['en']);
  });

  it('reads a short text in every language its few small words fit', () => {
    // `de` and `à` are French and Portuguese both
    expect(langs('Compte rendu. Date : 12 mars 2024, de 9 h 30 à 12 h 30.')).toEqual(['en', 'fr', 'pt']);
  });

  it('reads a text in no language it knows in every language', () => {
    // Turkish: no section of the lexicon has markers for it
    expect(langs('Proje kapsamında cezaevlerinde eğitim verildi ve gönüllüler çalıştı.')).toEqual(every);
  });

  it('takes its thresholds from the pipeline settings', () => {
    const strict = resolveOptions({ languages: { minWords: 5 } });
    expect(languagesOf('Das Projekt und der Verein.', strict.lexiconFiles, strict.languages)).toEqual(every);
    expect(strict.configHash).not.toBe(options.configHash);
  });
});

describe('lexicons scoped by language', () => {
  const sample = {
    organisations: { en: { head: ['Foundation'], promoter_cue: ['led by'] }, it: { head: ['Fondazione'], promoter_cue: ['guidato da'] } },
    labels: { it: { promoter: ['Capofila'] } },
  };

  it('keeps the sections of the given languages and the shared keys of every language', () => {
    const lex = scopeLexicons(sample, new Set(['en']), { organisations: ['head'], labels: ['*'] });
    expect(lex['organisations']).toEqual({ head: ['Foundation', 'Fondazione'], promoter_cue: ['led by'] });
    expect(lex['labels']).toEqual({ promoter: ['Capofila'] });
    expect(scopeLexicons(sample, null)['organisations']!['promoter_cue']).toEqual(['led by', 'guidato da']);
  });

  it('builds a set once, and lets the oldest go past MAX_SETS, telling the indexes', () => {
    const mine = structuredClone(sample);
    const a = lexiconsFor(mine, ['en']);
    expect(lexiconsFor(mine, ['en'])).toBe(a);
    let drops = 0;
    whenSetDropped(() => drops++);
    for (let i = 0; i < MAX_SETS; i++) lexiconsFor(mine, ['en', `x${i}`]);
    expect(drops).toBe(1);
    expect(lexiconsFor(mine, ['en'])).not.toBe(a);
  });

  it('gives every set one table for a file read whole, so what is built from it is built once', () => {
    const mine = structuredClone(sample);
    const shared = { labels: ['*'] };
    const a = lexiconsFor(mine, ['en'], shared);
    const b = lexiconsFor(mine, ['en', 'it'], shared);
    expect(b['labels']).toBe(a['labels']);
    expect(b['organisations']).not.toEqual(a['organisations']);
  });

  it('a phrase matcher still finds its phrases after a set is dropped', () => {
    const re = phrasePattern(['Fondazione', 'Casa di Reclusione']);
    expect(re.exec('la Casa di Reclusione di Bollate')?.[0]).toBe('Casa di Reclusione');
    const mine = structuredClone(sample);
    for (let i = 0; i <= MAX_SETS; i++) lexiconsFor(mine, [`y${i}`]);
    re.lastIndex = 0;
    expect(re.exec('la Fondazione Cariplo')?.[0]).toBe('Fondazione');
  });
});

describe('documents read in their own languages (probe fixtures, checked by hand)', () => {
  it('a Croatian month is not taken for the Polish one of the same spelling', () => {
    // g03: `15. listopada 2020.` is 15 October in Croatian (listopad is November in Polish and Czech)
    expect(probe('g', 'g03_').timeframe).toMatchObject({ start: '2020-10-15', end: '2023-04-14' });
  });

  it('a Dutch word is not taken for a French number word', () => {
    // g01: `Onze jobcoaches starten …` is `our job coaches`, not eleven (French `onze`)
    const indicators = probe('g', 'g01_').indicators;
    expect(indicators.filter((i) => i.text.startsWith('Onze jobcoaches'))).toEqual([]);
    expect(indicators).toContainEqual(expect.objectContaining({ value: 40, unit: '%', kind: 'target' }));
  });

  it('a one-letter `and` of the document\'s language splits a list (Catalan `i`), which English reports never see', () => {
    // g08: `… el Centre Penitenciari Puig de les Basses i l'Escola d'Adults Sant Roc`
    const names = probe('g', 'g08_').partners.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Centre Penitenciari Puig de les Basses', "Escola d'Adults Sant Roc"]));
  });

  it('an English report still reads the Italian name of its promoter (seed 000)', () => {
    const outcome = processDocument(fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'seeds', 'docs', '000_e8ffca697f7849fb.txt')), '000.txt', options);
    expect(outcome.ok && outcome.record.promoter?.name).toBe('Centro Italiano per la Promozione della Mediazione (CIPM)');
  });
});
