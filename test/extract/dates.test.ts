// Dates: the document's own date and the timeframe (start, end, duration) of its main project.
import { describe, expect, it } from 'vitest';
import { dates } from '../../src/extract/dates.js';
import { datesIn, monthsBetween, iso } from '../../src/extract/dates-parse.js';
import type { Finding } from '../../src/extract/finding.js';
import type { Document } from '../../src/document.js';
import { docOf, lexicons, lexiconsOf, seedDoc } from '../helpers.js';

interface Got {
  date: string | null;
  start: string | null;
  end: string | null;
  duration: number | null;
}

/** Run the extractor; every finding's quote must be real text that is not blank. */
function run(doc: Document): Got & { quotes: Record<string, string> } {
  const found: Finding[] = dates(doc, { lexicons: lexiconsOf(doc), previous: [] });
  const quotes: Record<string, string> = {};
  for (const f of found) {
    expect(f.end).toBeGreaterThan(f.start);
    quotes[f.path] = doc.text.slice(f.start, f.end);
    expect(quotes[f.path]!.trim()).toBe(quotes[f.path]);
  }
  const v = (p: string): any => found.find((f) => f.path === p)?.value ?? null;
  return { date: v('/date'), start: v('/timeframe/start'), end: v('/timeframe/end'), duration: v('/timeframe/duration_months'), quotes };
}

const none = { date: null, start: null, end: null, duration: null };

describe('dates-parse', () => {
  it('reads dates at the precision written, day first', () => {
    const cases: Array<[string, string[]]> = [
      ['Start date: Dec 31, 2006, End date: Mar 30, 2008', ['2006-12-31', '2008-03-30']], // dev01 line 5
      ['Implementation period: 29.01.2020-29.01.2024', ['2020-01-29', '2024-01-29']], // dev23 line 7
      ['Timeframe 01/10/2018 – 30/09/2020 (24 months)', ['2018-10-01', '2020-09-30']], // seeds 002 line 29
      ['Project start: 02/2011', ['2011-02']], // dev44 line 30
      ['Démarré en octobre 2015', ['2015-10']], // dev05 line 19
      ['Previsto para ser lançado em novembro de 2023', ['2023-11']], // dev32 line 15
      ['Fifth transnational meeting in Saarbrücken, 3rd-4th of June 2024', ['2024-06-03']], // dev51 line 3
      ['pubdate: 2020-01-20T11:27:36.669Z', ['2020-01-20']], // dev19 line 4
      ['Duration: 1 Sept 2020- 31 Aug 2023', ['2020-09-01', '2023-08-31']], // dev22 line 36
      ['running_from: 2014-2017', ['2014', '2017']], // dev40 line 11
      ['Prague, 20 March', ['--03-20']], // dev15: a day without a year
    ];
    for (const [text, want] of cases) {
      const got = datesIn(text, lexicons).map((t) => (t.value.y ? iso(t.value) : `--${iso({ ...t.value, y: 2000 }).slice(5)}`));
      expect(got, text).toEqual(want);
    }
    // not dates: a project number, a count, a fraction of years
    expect(datesIn('2014-1-IT02-KA204-003517', lexicons).map((t) => iso(t.value))).toEqual([]); // dev40 line 7
    expect(datesIn('It began 31/2 years ago', lexicons)).toEqual([]); // dev35 line 5
  });

  it('reads labelled page dates of more languages, and a meeting\'s date before its time and place (probes g01, g03, g04)', () => {
    expect(run(docOf('Werkbrug na detentie\n\nHet project begeleidt gedetineerden naar werk.\n\nLaatst bijgewerkt op 12 maart 2024\n')).date).toBe('2024-03-12');
    expect(run(docOf('Projekto kortelė\n\nProjektas padeda nuteistiesiems grįžti į visuomenę.\n\nInformacija atnaujinta: 2024-11-05\n')).date).toBe('2024-11-05');
    expect(run(docOf('ZAPISNIK\n\n**Datum i mjesto sjednice:** 12. travnja 2022., s početkom u 10:00 sati, u prostorijama Udruge, Ulica Stjepana Radića 14, Varaždin\n', 'x.md')).date).toBe('2022-04-12');
  });

  it('reads a US date month first when its second figure can only be a day, and an ordinal raised by markup', () => {
    const got = (text: string) => datesIn(text, lexicons).map((t) => iso(t.value));
    expect(got('Profile last reviewed: 03/18/2023')).toEqual(['2023-03-18']);
    expect(got('Reviewed: 03/04/2023')).toEqual(['2023-04-03']); // either way round: day first, as elsewhere
    // an HTML view blanks `<sup>` and `</sup>`: `Publié le 1<sup>er</sup> juillet 2025`
    expect(got('Publié le 1     er      juillet 2025')).toEqual(['2025-07-01']);
  });

  it('reads a range between two months joined by `and` in any language the lexicon knows, but not between two years', () => {
    const got = (text: string) => run(docOf(`Report\n\n${text}\n`));
    expect(got('The project was implemented between March 2021 and December 2023 in Cali.')).toMatchObject({ start: '2021-03', end: '2023-12', duration: 34 });
    expect(got('El programa fue ejecutado entre marzo de 2021 y diciembre de 2023 en Cali.')).toMatchObject({ start: '2021-03', end: '2023-12' });
    // a study's years: `between 2016 and 2018` names no project period
    expect(got('The evaluation of the programme compared cohorts released between 2016 and 2018.')).toMatchObject({ start: null, end: null });
  });

  it('reads a pilot\'s period as the timeframe (`Pilot period: January 2023 – June 2024`)', () => {
    // probe c06
    expect(run(docOf('STEP-UP\n\n- Pilot period: January 2023 – June 2024\n- 16 coaching sessions over 6 months\n', 'x.md'))).toMatchObject({ start: '2023-01', end: '2024-06', duration: 18 });
  });

  it('reads a call\'s maximum project length after a hedge in a label (`Project duration: maximum 24 months`)', () => {
    // probe c09
    expect(run(docOf('Call for proposals\n\nProject duration:         maximum 24 months\n'))).toMatchObject({ start: null, end: null, duration: 24 });
    // probe d05: the longest of a range
    expect(run(docOf('Appel à projets\n\n- Durée des projets : 12 à 24 mois\n', 'x.md'))).toMatchObject({ duration: 24 });
  });

  it('takes a compound that ends in a project word for the project (`Landesprogramm`)', () => {
    const got = (text: string) => run(docOf(`Bericht\n\n${text}\n`));
    expect(got('Das Landesprogramm wurde zwischen März 2021 und Dezember 2023 in drei Anstalten umgesetzt.')).toMatchObject({ start: '2021-03', end: '2023-12' });
    expect(got('Das Landesprogramm von 2021 bis 2023 wurde in drei Anstalten umgesetzt.')).toMatchObject({ start: '2021', end: '2023' });
  });

  it('keeps a day with its ordinal dot and its month in one sentence (`am 1. April 2024`)', () => {
    // probe d02
    const got = (text: string) => run(docOf(`Bericht\n\n${text}\n`));
    expect(got('Das Justizministerium startet am 1. April 2024 das Landesprogramm. Es wird von der Stadt gefördert.')).toMatchObject({ start: '2024-04-01' });
  });

  it('takes a range after `between` or `from` in a sentence about a study for the study\'s window, not the project\'s period', () => {
    const got = (text: string) => run(docOf(`Report\n\n${text}\n`));
    expect(got('The evaluation of the programme compared cohorts released between March 2021 and December 2023.')).toMatchObject({ start: null, end: null });
    expect(got('Die Evaluation des Projekts untersuchte Kohorten zwischen März 2021 und Dezember 2023.')).toMatchObject({ start: null, end: null });
    expect(got('The project was implemented between March 2021 and December 2023 in Cali.')).toMatchObject({ start: '2021-03', end: '2023-12' });
  });

  it('derives months to the month (both ends) and to the day (to the day after the end)', () => {
    expect(monthsBetween({ y: 2018, m: 10 }, { y: 2020, m: 9 })).toBe(24); // record.md
    expect(monthsBetween({ y: 2020, m: 1, d: 29 }, { y: 2024, m: 1, d: 29 })).toBe(48); // record.md, dev23
    expect(monthsBetween({ y: 2013, m: 7, d: 1 }, { y: 2015, m: 6, d: 1 })).toBe(23); // dev45
    expect(monthsBetween({ y: 2006, m: 12, d: 31 }, { y: 2008, m: 3, d: 30 })).toBe(15); // dev01
    expect(monthsBetween({ y: 2014 }, { y: 2017 })).toBeNull(); // years only: nothing derived
  });
});

describe('timeframe', () => {
  it('reads labelled periods, a stated duration winning over the dates', () => {
    // fixtures/seeds/docs/002_b12567430e135ccd.txt line 29
    const seed = run(seedDoc('002_b12567430e135ccd.txt'));
    expect(seed).toMatchObject({ start: '2018-10-01', end: '2020-09-30', duration: 24 });
    expect(seed.quotes['/timeframe/duration_months']).toBe('24 months');
    // dev43 line 12: stated 24 beats the derived 30
    expect(run(docOf('Duration: 1.1.2022 – 30.06.2024 (24 months)\n'))).toMatchObject({ start: '2022-01-01', end: '2024-06-30', duration: 24 });
    // dev01 line 5: two labels on one line, duration derived
    const d01 = run(docOf('Start date: Dec 31, 2006, End date: Mar 30, 2008    PROJECT FINISHED\n'));
    expect(d01).toMatchObject({ start: '2006-12-31', end: '2008-03-30', duration: 15 });
    expect(d01.quotes['/timeframe/start']).toBe('Dec 31, 2006');
    // dev23 line 7: two dotted dates joined by a hyphen; and two hyphenated ones by a dash
    expect(run(docOf('**Implementation period:** 29.01.2020-29.01.2024\n', 'x.md'))).toMatchObject({ start: '2020-01-29', end: '2024-01-29', duration: 48 });
    expect(run(docOf('Looptijd: 01-09-2023 – 31-08-2025\n'))).toMatchObject({ start: '2023-09-01', end: '2025-08-31' });
    // probes n07, b20: days without a year before a dated day take its year
    expect(run(docOf('| Campo | Valor |\n|---|---|\n| **Plazo de ejecución** | del 1 de enero al 31 de diciembre de 2025 |\n', 'x.md'))).toMatchObject({ start: '2025-01-01', end: '2025-12-31', duration: 12 });
    // dev44 lines 30-31
    expect(run(docOf('Project start: 02/2011\nProject end: 02/2013\n'))).toMatchObject({ start: '2011-02', end: '2013-02', duration: 25 });
    // dev40 line 11 (front matter)
    expect(run(docOf('---\nrunning_from: 2014-2017\n---\n# Title\n', 'x.md'))).toMatchObject({ start: '2014', end: '2017', duration: null });
  });

  it('reads a start after a stated duration and a word of `from` (probe c02)', () => {
    expect(run(docOf('Funded projects will run for two years from 1 October 2024.\n'))).toMatchObject({ start: '2024-10-01', duration: 24 });
    expect(run(docOf('Il progetto durerà 24 mesi a partire dal 1° marzo 2025.\n'))).toMatchObject({ start: '2025-03-01', duration: 24 });
  });

  it('reads periods and points from sentences', () => {
    // fixtures/seeds/docs/001_8bca585bf81dbcd2.txt line 107
    expect(run(docOf('- ✓ Mentoring period – 8 months (January – September 2015)\n'))).toMatchObject({ start: '2015-01', end: '2015-09', duration: 8 });
    // dev29 line 29
    expect(run(docOf('Running from October 2007 to December 2008, the project brought in prison educators.\n'))).toMatchObject({ start: '2007-10', end: '2008-12', duration: 15 });
    // dev20 line 14
    expect(run(docOf('The starting point of the icommit project (January 2022-June 2023) is that violent extremism must be tackled.\n'))).toMatchObject({ start: '2022-01', end: '2023-06', duration: 18 });
    // dev05 line 19: start and end cues in one sentence (French)
    expect(run(docOf('Démarré en octobre 2015, le projet de jumelage a été clôturé en septembre 2018 lors d’un atelier.\n'))).toMatchObject({ start: '2015-10', end: '2018-09', duration: 36 });
    // fixtures/seeds/docs/004_57125e4fdf43df7a.txt line 54
    expect(run(docOf('The project started in January 2015 via financial support from the Agency.\n'))).toMatchObject({ start: '2015-01', end: null, duration: null });
    // dev33 line 12: a start and a stated duration
    expect(run(docOf('EPTA-I was launched by the EPTA network in 2018: a three-year project funded by the EU commission.\n'))).toMatchObject({ start: '2018', duration: 36 });
    // dev55 line 9: an open period
    expect(run(docOf('The Cockatoo Initiative has been supporting young people in the Riverina since November 2024.\n'))).toMatchObject({ start: '2024-11', end: null });
    // probes a02, c04, i12: a programme that has enrolled people, or is carried out, since a year
    expect(run(docOf('Since 2015 the program has enrolled more than 1,200 participants.\n'))).toMatchObject({ start: '2015', end: null });
    expect(run(docOf('REP is operated by a nonprofit and has enrolled participants since 2013.\n'))).toMatchObject({ start: '2013', end: null });
    expect(run(docOf('De interventie wordt sinds 2016 uitgevoerd door Stichting Nieuwe Kansen Oost.\n'))).toMatchObject({ start: '2016', end: null });
    // probes k07 and k11: a label of running since, an Italian start in the future and its stated duration
    expect(run(docOf('Operating since: 2017\n'))).toMatchObject({ start: '2017', end: null });
    expect(run(docOf('I progetti partiranno il 1° maggio 2024 e avranno una durata di 18 mesi.\n'))).toMatchObject({ start: '2024-05-01', duration: 18 });
    // dev16 line 38: a call's project end
    expect(run(docOf('Your project must be finished by 30 April 2024.\n'))).toMatchObject({ start: null, end: '2024-04-30' });
    // fixtures/holdout/docs/h02_grant_news_de.md line 11: a start, then a verb of running, a duration and `bis`
    expect(run(docOf('Das Projekt startet im Januar 2023 und läuft über drei Jahre bis Dezember 2025.\n'))).toMatchObject({ start: '2023-01', end: '2025-12', duration: 36 });
    // a start, then `and run until` (a bare verb of running)
    expect(run(docOf('The grants will start in April 2024 and run until March 2026.\n'))).toMatchObject({ start: '2024-04', end: '2026-03', duration: 24 });
    // the English genre phrasing of the same
    expect(run(docOf('The programme runs until June 2026.\n'))).toMatchObject({ start: null, end: '2026-06' });
    // fixtures/holdout/docs/h06_evaluation_es.txt line 10: `en marcha desde`
    expect(run(docOf('El programa, en marcha desde 2015, es aplicado por la Secretaría General.\n'))).toMatchObject({ start: '2015', end: null });
    // fixtures/holdout/docs/h03_call_fr.html line 18: a call's maximum project length, the label with its qualifier
    expect(run(docOf('Durée maximale des projets : 24 mois\n'))).toMatchObject({ duration: 24 });
    // dev17 line 4: a programme named with its years
    expect(run(docOf('Decision 2022-0007: Home Office funded Perpetrator Programme 2022-2023 delivery\n'))).toMatchObject({ start: '2022', end: '2023' });
  });

  it('reads stated durations of a project or its funding', () => {
    // dev19 line 12, dev14 line 14, dev21 line 3, dev10 line 14
    expect(run(docOf('Once the two-year programme is over, graduates join a network.\n')).duration).toBe(24);
    expect(run(docOf('Nei 36 mesi di attuazione CUP progetterà moduli formativi.\n')).duration).toBe(36);
    expect(run(docOf('Up to £18 million a year over the next two years has been committed by the Home Office.\n')).duration).toBe(24);
    expect(run(docOf('Die Landesstiftung gab über 3 Jahre hinweg insgesamt 1,2 Millionen Euro.\n')).duration).toBe(36);
  });

  it('leaves out deadlines, programme periods of funders, sentences and other spans of time', () => {
    // dev31 line 20, dev43 line 9, dev23 line 5, dev27 line 13, dev07 line 13, dev36 line 27, dev21 line 17, dev47 line 40
    for (const text of [
      '– case study reports must be finished by June 15th 2017 so that they can go into the handbook;',
      'Project co-funded by the European Union Justice Programme 2021-2027, JUST-JACC-2021.',
      '**Justice Programme under NFM 2014-2021**',
      'Norway has provided €3.3 billion through successive grant schemes between 1994 and 2014.',
      'A young man in the Kaunas facility serves a sentence of 18 months.',
      'Over a two year period, 28% of its participants did not re-offend.',
      'The Home Office has awarded more than £41 million to PCCs across England and Wales since 2020.',
      // a funder's history: `since` with a verb of giving money
      'Since 2019, the Community Crime Prevention Program has funded 38 reintegration projects.',
      '* Beginning of the End\t2018\thttps://www.amazon.co.uk/dp/1986793710',
      'Annual Review 2014 - 2015',
      // dev36 line 23: an evaluation's measurement window
      'The ACER3 programme reported that 15% of participants did not reoffend within the period from May 2015 to December 2016.',
    ]) {
      const got = run(docOf(`${text}\n`));
      expect({ start: got.start, end: got.end, duration: got.duration }, text).toEqual({ start: null, end: null, duration: null });
    }
  });
});

describe('a date written month first', () => {
  it('reads a page\'s `02/11/2025` as 11 February when the document is placed in the United States only (probe m01)', () => {
    const doc = docOf('Road Ready\n\nThe program runs in Wisconsin.\n\nLast updated: 02/11/2025\n');
    const date = (countries: string[]) => dates(doc, { lexicons: lexiconsOf(doc), previous: countries.map((c) => ({ path: '/countries/-', value: c, start: 0, end: 1, method: 'gazetteer', confidence: 0.8 }) as Finding) }).find((f) => f.path === '/date')?.value;
    expect(date(['US'])).toBe('2025-02-11');
    expect(date(['IE'])).toBe('2025-11-02');
    expect(date(['CA', 'US'])).toBe('2025-11-02');
  });
});

describe('document date', () => {
  it('reads datelines, meeting days, post dates and labels', () => {
    const cases: Array<[string, string | null, string]> = [
      ['Working with vulnerable groups in probation\n\nDubrovnik, 20 October 2022\n\nIuliana C.\n', '2022-10-20', 'seeds 001 line 5'],
      ['Reducing Reoffending Research Project\n\nAction Learning Set 6 – Turin, Italy, 10th September 2015\n\n1. Introduction\n', '2015-09-10', 'seeds 004 line 18'],
      ['minutes pm3 short\nPage 1 of 2\n\nPM3 — Ennis, Ireland 24th–26th October 2016\n', '2016-10-24', 'dev31 line 4'],
      ['# Fifth transnational meeting in Saarbrücken, 3rd-4th of June 2024\n\nOur fifth meeting was hosted in Saarbrücken.\n', '2024-06-03', 'dev51 line 3'],
      ['Meath Chronicle\n\n17 October 2022\n\nCommunity Safety Innovation Fund boost for two local groups\n', '2022-10-17', 'dev48 line 3'],
      ['# £36m funding\n\n**Up to £18 million a year.**\n\nJan 10, 2023\n\nBy Paul Jacques\n', '2023-01-10', 'dev21 line 5'],
      ['2009-2014 > Pre-defined projects\n\n06.08.2020 03:53\n\nState Secretary to Visit Olaine Prison [print]\n\n04.04.2014 15:20\n\nMs Stub will be in Latvia.\n', '2014-04-04', 'dev52 lines 3-7: the earlier stamp is the post'],
      ['Efus\n\nSeptember 2022 – Efus has joined two European projects on the prevention of radicalisation.\n', '2022-09', 'dev20 line 8'],
      ['Report of: Office of Police and Crime Commissioner\nDate: 11/07/2023\nAuthor: Charlotte Highcock\n', '2023-07-11', 'dev46 line 13'],
      ['Profile\n\nText of the profile.\n\nDate modified: 2024-09-18\n', '2024-09-18', 'probe m06'],
      ['Convocatoria 2025\n\nPublicado: 7 de abril de 2025\n\nTexto.\n', '2025-04-07', 'probes m09, g10'],
      ['Fact sheet\n\nText.\n\nLast update: 7 November 2024 · Record Number: 265418\n', '2024-11-07', 'probe m08'],
      ['# Open Gate: report of the learning event\n\n**Dundee, 7 November 2023** · Report published 28 November 2023\n\nText.\n', '2023-11-07', 'probe n02: a dateline in one part of a line'],
      ['Profile\n\nText of the profile.\n\nEntry last reviewed: March 2024\n', '2024-03', 'probe n03'],
      ['# Mahi Hou\n\n*MEDIA RELEASE — 12 August 2024*\n\nText.\n', '2024-08-12', 'probe n05: a label in capitals and a dash'],
      ['Werkpad\n\nTekst.\n\nLaatst gewijzigd: 14-11-2024\n', '2024-11-14', 'probe n08: a Dutch label and a date with hyphens'],
      ['COMPTE RENDU DU COMITÉ DE PILOTAGE N° 4\n\nRéunion du 14 mars 2024, 9 h 30 – 12 h 30, salle du conseil\n\n1. Approbation du compte rendu du comité du 7 décembre 2023\n', '2024-03-14', 'probe n10: a meeting\'s own line'],
      ['---\ntitle: Unlocked Graduates\npubdate: 2020-01-20T11:27:36.669Z\n---\nText.\n', '2020-01-20', 'dev19 line 4'],
      ['Home › Meetings › 2nd international meeting\n\n2nd international meeting in Prague summary\n\nThe second project meeting was held in Prague in March 2016. Every partner was there.\n', '2016-03', 'dev26 line 7'],
      ['Peacebuilding through community-level innovation\n\n[[year:2023]]\n', '2023', 'dev24 line 5'],
      // fixtures/holdout/docs/h06_evaluation_es.txt line 4: a place and a month under the title
      ['Evaluación del Programa PRIA-MA\nResumen ejecutivo\n\nMadrid, marzo de 2021\n\nAutores: Laura Martín\n', '2021-03', 'h06 line 4'],
      // fixtures/holdout/docs/h01_probation_pl.txt line 33: `Stan informacji` (as of)
      ['Karta projektu\n\nOkres realizacji: 01.03.2021 – 30.06.2023\n\nStan informacji: wrzesień 2023\n', '2023-09', 'h01 line 33'],
      // a press release's dateline in any language: place, full date, dash, then the text
      ['Nieuw project helpt jonge ex-gedetineerden aan werk\n\nAmsterdam, 12 mei 2022 – De Reclassering Nederland start een project voor jongeren die uit detentie komen.\n', '2022-05-12', 'press dateline, Dutch'],
      ['Le projet démarre\n\nParis, France, 3 juin 2021 — Le projet démarre avec dix partenaires.\n', '2021-06-03', 'press dateline, place and country'],
      ['The project\n\nThe project ran from 12 May 2022 – 30 June 2023 in London.\n', null, 'a period in a sentence is no dateline'],
      // negatives: a day without a year stops the search; deadlines, a period and a sentence with `as of` are no dates
      ['Role of the Council of Europe\nJustice Programme\nPrague, 20 March\nCriminal Law Cooperation Unit\n10/07/2019\n', null, 'dev15 lines 20-24'],
      ['| Opening | 04.05.2023 |\n| Deadline | 04.10.2023 17:00 |\n', null, 'dev38 lines 14-15'],
      ['# Ministry of Justice: Prison Leaver Programme Evaluation\n\nJanuary 2021 – December 2025\n', null, 'dev08 line 15'],
      ['Round 5\n\nAs of 3 June 2020, the Safer Communities Fund Round 5 Infrastructure grants program is moving forward with new applications and more.\n', null, 'dev16 line 21'],
    ];
    for (const [text, want, where] of cases) expect(run(docOf(text, text.startsWith('#') || text.startsWith('---') ? 'x.md' : 'x.txt')).date, where).toBe(want);
  });

  it('quotes the date itself', () => {
    // fixtures/seeds/docs/001_8bca585bf81dbcd2.txt line 5
    expect(run(seedDoc('001_8bca585bf81dbcd2.txt')).quotes['/date']).toBe('20 October 2022');
  });

  it('finds nothing in a document without dates, and never throws on odd input', () => {
    expect(run(docOf('No dates here at all.\n'))).toEqual({ ...none, quotes: {} });
    for (const text of ['', '\u0000\u0000', '31/31/2020 99.99.9999 — – — ', '2020-'.repeat(5000), 'May '.repeat(10000)]) {
      expect(() => run(docOf(text))).not.toThrow();
    }
  });

  it('reads a date with a time after it, and a press dateline in HTML', () => {
    expect(run(docOf('Compte rendu\n\nDate : 12 mars 2024, de 9 h 30 à 12 h 30\n\nTexte.\n')).date).toBe('2024-03-12');
    expect(run(docOf('Νέο πρόγραμμα\n\n14 Μαρτίου 2024, 11:32\n\nΚείμενο.\n')).date).toBe('2024-03-14');
    expect(run(docOf('<html><body><h1>Grant</h1><p><strong>LEEDS, 14 March 2024</strong> – Second Chapter Learning has been awarded a grant.</p></body></html>', 'x.html')).date).toBe('2024-03-14');
  });

  it('joins a start and an end read up to two sentences apart, in order only', () => {
    // probe i03 and probe d02 (noted at stop 14)
    const us = run(docOf('Evaluation\n\nSTRIDE began operating in October 2020. Federal funding ended on September 30, 2023, and the program closed to new referrals.\n'));
    expect([us.start, us.end]).toEqual(['2020-10', '2023-09-30']);
    const de = run(docOf('Pressemitteilung\n\nDas Justizministerium startet am 1. April 2024 das Landesprogramm „Übergang mit Perspektive“. Ziel ist, dass kein Gefangener ohne Wohnung entlassen wird. Das Programm läuft vier Jahre bis zum 31. März 2028.\n'));
    expect([de.start, de.end, de.duration]).toEqual(['2024-04-01', '2028-03-31', 48]);
    // an end before the start belongs to another project
    const apart = run(docOf('Report\n\nThe project ended in 2019. A new project started in 2021.\n'));
    expect([apart.start, apart.end]).toEqual([null, '2019']);
  });

  it('reads a start and an end in one sentence: `got under way … is funded until`, Portuguese `desde … vai até` (probes n02, n12)', () => {
    expect(run(docOf('Open Gate Mentoring got under way in January 2023 and is funded until March 2025 with £186,000 from the Scottish Government.\n'))).toMatchObject({ start: '2023-01', end: '2025-03', duration: 27 });
    expect(run(docOf('O projeto está em andamento desde fevereiro de 2024 e vai até dezembro de 2024.\n'))).toMatchObject({ start: '2024-02', end: '2024-12', duration: 11 });
  });

  it('reads `will begin` and a `Funded period` label', () => {
    // probes i04 and i02
    expect(run(docOf('News\n\nEach grant covers up to three years. Projects will begin on April 1, 2025.\n')).start).toBe('2025-04-01');
    const call = run(docOf('Call for applications\n\n- **Funded period:** 1 April 2026 to 31 March 2028 (maximum 24 months)\n', 'call.md'));
    expect([call.start, call.end, call.duration]).toEqual(['2026-04-01', '2028-03-31', 24]);
  });
});
