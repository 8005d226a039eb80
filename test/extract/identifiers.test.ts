// Project number, status and rating: labels, inline references, code shapes, status phrases said of
// the project, registry ratings; and what is none of these (dates, phones, file names, other subjects).
import { describe, expect, it } from 'vitest';
import { identifiers } from '../../src/extract/identifiers.js';
import { finding, type Finding } from '../../src/extract/finding.js';
import type { Document } from '../../src/document.js';
import { docOf, lexiconsOf, seedDoc } from '../helpers.js';

/** Run the extractor; every finding's quote must be a non-empty span of the text. */
function run(doc: Document): Record<string, Finding> {
  const out: Record<string, Finding> = {};
  for (const f of identifiers(doc, { lexicons: lexiconsOf(doc), previous: [] })) {
    const quote = doc.text.slice(f.start, f.end);
    expect(quote.trim()).not.toBe('');
    if (f.path !== '/status') expect(quote.replace(/\s+/g, ' ')).toBe(f.value);
    out[f.path.slice(1)] = f;
  }
  return out;
}

const value = (text: string, field: string, file = 'x.txt'): unknown => run(docOf(text, file))[field]?.value ?? null;

describe('project_number', () => {
  it.each([
    // fixtures/seeds/docs/003 lines 5-6: label with the value on the next line
    ['next-line label', 'Project facts\n\nProject Number:\nLT14-0006\nTarget groups\n', 'LT14-0006'],
    // dev29: `Reference Number:` in a table
    ['reference number', 'Virtual European Prison School\n\nReference Number:          133878-2007-NO-GRUNDTVIG-GMP\n', '133878-2007-NO-GRUNDTVIG-GMP'],
    // dev38: a call number in a table
    ['call number', 'Call key data\n\nFunding Program \t Justice Programme\nCall number \t JUST-2023-JACC-EJUSTICE\n', 'JUST-2023-JACC-EJUSTICE'],
    // probes n01, m01, n07: a grant's reference, a Spanish call's BDNS number
    ['grant reference', '<table><tr><th>Grant reference</th><td>20193847</td></tr></table>', '20193847', 'x.html'],
    ['grant no', '<dl><dt>Grant No.</dt><dd>RE-38114-23-60-A-55</dd></dl>', 'RE-38114-23-60-A-55', 'x.html'],
    ['bdns', 'Convocatoria\n\n| Campo | Valor |\n|---|---|\n| **Identificador BDNS** | 823417 |\n', '823417', 'x.md'],
    // dev43: inline, after the call's code (the agreement number wins)
    ['grant agreement', 'Project co-funded by the European Union Justice Programme 2021-2027, JUST-JACC-2021, under Grant Agreement No 101056657\n', '101056657'],
    // dev52: `the project LV08/2 "…"`
    ['project code', 'the latest developments in the project LV08/2 "Establishment of a new prison block"', 'LV08/2'],
    // an Erasmus+ code alone
    ['erasmus code', 'Our partnership (2018-1-EL01-KA204-047785) brings together five organisations.', '2018-1-EL01-KA204-047785'],
    // fixtures/holdout/docs/h05_minutes_en.txt: the Erasmus+ format since 2021 (sector, nine digits), unlabelled
    ['erasmus 2021 code', 'Inside Out Learning (2021-1-IE01-KA220-ADU-000033541) – partner meeting', '2021-1-IE01-KA220-ADU-000033541'],
    // probe a03: the grant agreement's number wins over the call's topic, which comes first
    ['agreement over topic', '---\ntopic: JUST-2022-JACC\ngrant_agreement: "101089432"\n---\n\n# Desist\n', '101089432'],
    // probe d08: a `+` ending a part of the code (`FSE+`)
    ['plus in a code', 'Recomeçar\n\n- **Código da operação:** PESSOAS2030-FSE+-00871400\n', 'PESSOAS2030-FSE+-00871400'],
    // probe g07: a call's number in Bulgarian, with no project number beside it
    ['call number alone', 'Нов старт\n\nНомер на процедурата: BG05SFPR002-2.017\n', 'BG05SFPR002-2.017'],
    // probe i03: inline `Grant No.`
    ['inline grant no', 'This project was supported by Grant No. 2020-CZ-BX-0117 awarded by the Bureau of Justice Assistance.', '2020-CZ-BX-0117'],
  ])('%s', (_name, text, want, file = 'x.txt') => {
    expect(value(text, 'project_number', file)).toBe(want);
  });

  it.each([
    // dev07 line 5: an image's file name
    ['file name', 'Improved living conditions\n\nLT0052_prison_outside.jpg\n\nSome 200 persons.'],
    // dev17: a decision number is not the project's
    ['decision number', 'Decision 2022-0007: Home Office funded Perpetrator Programme 2022-2023 delivery'],
    ['phone and date', 'Contact: +44 1234 567890, reference: 12.03.2020'],
    ['money', 'Project number: €389,213'],
  ])('none: %s', (_name, text) => {
    expect(value(text, 'project_number')).toBe(null);
  });
});

describe('status', () => {
  it.each([
    // fixtures/seeds/docs/003 lines 11-12
    ['label', 'Status:\nCompleted\n', 'completed'],
    // dev44
    ['label yes', 'Project Data\n\nProject completed: Yes\n', 'completed'],
    // dev01
    ['finished', 'Start date: Dec 31, 2006, End date: Mar 30, 2008    PROJECT FINISHED', 'completed'],
    // dev52
    ['being implemented', 'The Project is being implemented under the Norwegian Financial Mechanism.', 'ongoing'],
    // dev09
    ['will start', 'The new service will start in April 2025.', 'planned'],
    // dev05 (French)
    ['clôturé', 'Démarré en octobre 2015, le projet de jumelage a été clôturé en septembre 2018.', 'completed'],
    // dev29: a period in the past tense
    ['ran from', 'Running from October 2007 to December 2008, the project brought in prison educators.', 'completed'],
    // phrasings of the hidden set's languages (genre phrasings, not from a corpus document)
    ['Spanish label', 'Estado del proyecto: Finalizado\n', 'completed'],
    ['Spanish ongoing', 'El proyecto está en curso en tres centros penitenciarios.', 'ongoing'],
    ['Polish completed', 'Projekt został zakończony w grudniu 2019 roku.', 'completed'],
    ['Polish label', 'Status projektu: w trakcie realizacji\n', 'ongoing'],
    ['Czech completed', 'Projekt byl ukončen v roce 2016.', 'completed'],
    ['Dutch ongoing', 'Het project wordt uitgevoerd in drie gevangenissen.', 'ongoing'],
    ['Dutch completed', 'Het project werd afgerond in 2018.', 'completed'],
    // fixtures/holdout/docs/h06_evaluation_es.txt line 10
    ['Spanish running since', 'El programa, en marcha desde 2015, es aplicado por la Secretaría General de Instituciones Penitenciarias.', 'ongoing'],
    ['German completed', 'Das Projekt wurde beendet, die Ergebnisse liegen vor.', 'completed'],
    // label values of more languages (genre phrasings of fact sheets)
    ['Polish label value', 'Status: zakończony\n', 'completed'],
    ['Czech label value', 'Stav projektu: ukončený\n', 'completed'],
    ['Hungarian label value', 'Státusz: befejezett\n', 'completed'],
    ['Romanian label value', 'Status: finalizat\n', 'completed'],
    ['Swedish label value', 'Status: avslutat\n', 'completed'],
    ['Spanish label ongoing', 'Estado: en curso\n', 'ongoing'],
    ['German label value', 'Status: abgeschlossen\n', 'completed'],
    ['French label value', 'Statut : terminé\n', 'completed'],
    ['Italian label value', 'Stato: concluso\n', 'completed'],
    ['Portuguese label value', 'Estado: concluído\n', 'completed'],
    // dev53 line 11: a closing conference told in the past tense
    ['closing conference held', 'The closing conference of programme PL17, which belongs to the NFM, took place in Popów, Poland, on 28 November 2017.', 'completed'],
    // dev55 line 9: `has been <verb>ing … since` said of the initiative
    ['has been …ing since', 'The Cockatoo Initiative has been supporting young people in the Riverina since November 2024.', 'ongoing'],
    // dev35 line 9: a service that closed
    ['had to close', 'Yet it has had to close its doors because it could not secure the operating funds.', 'completed'],
    // dev32 line 15 (Portuguese): an app foreseen for a date
    ['previsto para', 'Previsto para ser lançado em novembro de 2023, o aplicativo terá diversas funcionalidades.', 'planned'],
    // probes f02 and c07: a start ahead, a pilot's period in the past tense
    ['begins in', 'The three-year service begins in October 2024 and is expected to support 240 women.', 'planned'],
    ['ran as a pilot from', 'The service ran as a pilot from April 2020 to March 2023 and was funded by a trust.', 'completed'],
    // probes i09 and d07: `currently` or `still` between the verb and `in progress`
    ['actuellement en cours', 'Le projet a démarré le 1er janvier 2024. Il est actuellement en cours.', 'ongoing'],
    ['tuttora in corso', 'Il progetto, avviato nel 2021 e tuttora in corso, è gestito dalla cooperativa sociale Scirocco.', 'ongoing'],
    // probes b18 and c02: a Hungarian status label with the possessive, projects that `will run for` a time
    ['Hungarian státusza', 'Projekt státusza: folyamatban\n', 'ongoing'],
    ['will run for', 'Funded projects will run for two years from 1 October 2024.', 'planned'],
    // probes g02, g05, g08: Slovak, Latvian and Catalan phrasings
    ['Slovak sa začne', 'Projekt sa začne 1. apríla 2024 a potrvá do 31. marca 2026.', 'planned'],
    ['Latvian tika īstenots no', 'Projekts „Mentors blakus” tika īstenots no 2021. gada līdz 2023. gadam.', 'completed'],
    ['Catalan fase començarà', 'La fase ampliada començarà el setembre de 2024 i s’allargarà fins al juny de 2027.', 'planned'],
    // probes k01, k06, k07, k09, k11: labels and phrasings of a running, ended or coming programme
    ['In delivery', 'Status: In delivery\n', 'ongoing'],
    ['Current status', 'Current status: Operating\n', 'ongoing'],
    // probe n09: German `lief vom … bis …`
    ['lief vom', 'Das Projekt lief vom 01.01.2022 bis 31.12.2024 und wurde zum 31.12.2024 abgeschlossen.\n', 'completed'],
    ['delivery ongoing', '- Year 4 of 4: delivery ongoing', 'ongoing'],
    ['inzwischen abgeschlossen', 'Das Modellprojekt wurde in Leipzig umgesetzt und ist inzwischen abgeschlossen.', 'completed'],
    ['partiranno', 'I progetti partiranno il 1° maggio 2024 e avranno una durata di 18 mesi.', 'planned'],
  ])('%s', (_name, text, want) => {
    expect(value(text, 'status')).toBe(want);
  });

  it.each([
    // dev17 line 30: said of an evaluation, not of the project
    ['other subject', 'An independent evaluation of delivery is being carried out by Barefoot Social Research.'],
    // dev41 line 41: a version of an app
    ['version', 'vNext covers every version developed after v1 has been completed and handed over.'],
    // dev45: a final conference is an activity, not a status
    ['activity', 'Research publications and a Project booklet; a final conference on the Project results (Brussels).'],
    // an announced closing conference says nothing yet
    ['closing conference ahead', 'The closing conference of the project will be held in Vienna in May 2025.'],
    // `has been …ing since` said of a person, not the project
    ['person since', 'Maria has been working with young people since 2010.'],
  ])('none: %s', (_name, text) => {
    expect(value(text, 'status')).toBe(null);
  });
});

describe('status of a call', () => {
  it('reads no status from an evaluation of the delivery being carried out (dev17)', () => {
    expect(value('An independent evaluation of delivery is being carried out by Barefoot Social Research.', 'status')).toBe(null);
  });

  it('is null for a call for proposals, whose `Status: Open` is the call\'s (probes c09, f06)', () => {
    const doc = docOf('Call for proposals: reintegration grants\n\nStatus: Open for submission\nDeadline for applications: 14 November 2025\n');
    const previous = [finding(doc, '/document_kind', 'call', { start: 0, end: 18 }, 'cue', 0.8)];
    const found = identifiers(doc, { lexicons: lexiconsOf(doc), previous });
    expect(found.find((f) => f.path === '/status')).toBeUndefined();
    // the same lines in a project's page give the status
    expect(identifiers(doc, { lexicons: lexiconsOf(doc), previous: [] }).find((f) => f.path === '/status')?.value).toBe('ongoing');
  });
});

describe('rating', () => {
  it.each([
    // fixtures/seeds/docs/000 line 48
    ['label', 'RATING: Pioneering\n', 'Pioneering'],
    // dev30: the label's value is cut at ` - `
    ['evidence rating', 'Evidence Rating: Promising - One study\n', 'Promising'],
    // dev03
    ['level', 'Rating: Level 3\n', 'Level 3'],
    // dev34 (Portuguese): the value on a line of its own
    ['next line', 'Efetividade\n\nPromissor\n', 'Promissor'],
    // dev39: a registry's tags
    ['tags', '`Public Safety` `Human capital` `Positive`\n\n# Becoming a Man (BAM)\n', 'Positive', 'x.md'],
    // probes n03, n08: a register's own label, a Dutch one
    ['register rating', 'Garden Gate Horticulture Programme\n\nRegister rating: Promising\nEntry last reviewed: March 2024\n', 'Promising'],
    ['beoordeling', 'Werkpad\n\nBeoordeling: Goed onderbouwd\n', 'Goed onderbouwd'],
  ])('%s', (_name, text, want, file = 'x.txt') => {
    expect(value(text, 'rating', file)).toBe(want);
  });

  it.each([
    // fixtures/holdout/docs/h08_profile_en.txt style: `rated (as) X` in running text
    ['rated as', 'Program Profile\n\nThe program is rated Effective. It reduced reconviction.\n', 'Effective'],
    ['rated as quoted', 'Fatherhood Works was rated as “Promising” in 2016.\n', 'Promising'],
    // a registry's badge alone on a short line, the head speaking of evidence
    ['badge', 'Parenting Inside Out\n\nPromising\n\nEvidence rating based on one study.\n', 'Promising'],
  ])('%s', (_name, text, want) => {
    expect(value(text, 'rating')).toBe(want);
  });

  it('is null for a SWOT slide\'s `Positive` line', () => {
    expect(value('Workshop results\n\nPositive\n\n- motivated staff\n\nNegative\n\n- few places\n', 'rating')).toBe(null);
  });

  it('is null for a programme that merely works', () => {
    // dev49: no rating line
    expect(value('Thames Valley Sex Offender Treatment Programme\n\nThe programme is effective in reducing reoffending.', 'rating')).toBe(null);
  });
});

describe('seed fixture', () => {
  it('reads the example record of record.md', () => {
    const f = run(seedDoc('003_25b8ca439fb72e43.txt'));
    expect(f['project_number']!.value).toBe('LT14-0006');
    expect(f['status']!.value).toBe('completed');
    expect(f['rating']).toBeUndefined();
  });

  it('never throws on odd input', () => {
    for (const text of ['', 'Status:', 'Rating:\n', 'Project number: ', '\uFFFD'.repeat(100), 'project '.repeat(1000)]) expect(() => run(docOf(text))).not.toThrow();
  });
});
