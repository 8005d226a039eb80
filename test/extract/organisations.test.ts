// Promoter and partners: labelled leads, cue phrases, role and country brackets, bare partner lines.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { funding } from '../../src/extract/funding.js';
import { organisations } from '../../src/extract/organisations.js';
import type { Finding } from '../../src/extract/finding.js';
import { docOf, lexiconsOf, options, seedDoc } from '../helpers.js';
import { processDocument } from '../../src/pipeline/process.js';
import type { Document } from '../../src/document.js';

function run(doc: Document): { promoter: Finding | undefined; partners: Finding[] } {
  const found = organisations(doc, { lexicons: lexiconsOf(doc), previous: [] });
  // every finding's span is text, and its name part quotes the name exactly
  for (const f of found) {
    expect(doc.text.slice(f.start, f.end).trim()).not.toBe('');
    const v = f.value as { name: string };
    expect(doc.text.slice(f.parts!.name!.start, f.parts!.name!.end).replace(/\s+/g, ' ')).toBe(v.name);
  }
  return { promoter: found.find((f) => f.path === '/promoter'), partners: found.filter((f) => f.path === '/partners/-') };
}
const kind = (doc: Document, value: string): Finding => ({ path: '/document_kind', value, start: 0, end: 1, method: 'cue', confidence: 0.8 }) as Finding;
const names = (fs: Finding[]) => fs.map((f) => (f.value as { name: string; country: string | null }));

describe('organisations', () => {
  it('reads a labelled promoter and gives it the country the project is carried out in', () => {
    // fixtures/seeds/docs/003_25b8ca439fb72e43.txt lines 5-6, 19-20
    const { promoter } = run(seedDoc('003_25b8ca439fb72e43.txt'));
    expect(promoter?.value).toEqual({ name: 'Vilnius Country Probation Office', country: 'LT' });
    expect(promoter?.method).toBe('label');
  });

  it('reads `delivered by` inside a labelled value', () => {
    // fixtures/seeds/docs/000_e8ffca697f7849fb.txt lines 9-11
    const { promoter } = run(seedDoc('000_e8ffca697f7849fb.txt'));
    expect((promoter?.value as { name: string }).name).toBe('Centro Italiano per la Promozione della Mediazione (CIPM)');
  });

  it('reads bare `Org, Country` lines as partners', () => {
    // fixtures/seeds/docs/002_b12567430e135ccd.txt lines 19-26
    const { promoter, partners } = run(seedDoc('002_b12567430e135ccd.txt'));
    expect(promoter).toBeUndefined();
    expect(names(partners)).toContainEqual({ name: 'IPS_Innovative Prison Systems', country: 'PT' });
    expect(names(partners)).toContainEqual({ name: 'SILTA Valmennus (Coaching)', country: 'FI' });
    expect(names(partners)).toContainEqual({ name: 'Asociația Județeană Sportul Pentru Toți Suceava', country: 'RO' });
    expect(partners).toHaveLength(8);
  });

  it('splits `implemented by A in partnership with B (Country), C and D`', () => {
    // fixtures/seeds/docs/001_8bca585bf81dbcd2.txt line 156
    const doc = docOf('- implemented by ESC (Ro) in partnership with the Portuguese Prison and Probation Service (Portugal), IPS (Portugal), Aproximar (Portugal) and Ankara Probation Service (Turkey)\n');
    const { promoter, partners } = run(doc);
    expect(promoter?.value).toEqual({ name: 'ESC', country: 'RO' });
    expect(names(partners)).toEqual([
      { name: 'Portuguese Prison and Probation Service', country: 'PT' },
      { name: 'IPS', country: 'PT' },
      { name: 'Aproximar', country: 'PT' },
      { name: 'Ankara Probation Service', country: 'TR' },
    ]);
  });

  it('reads a beneficiary and its partners, splitting at `and the`', () => {
    // /work/shared/corpus/dev/docs/dev27 (a Norway Grants project page)
    const doc = docOf('The beneficiary of the project is the Institute for Labour and Family Research; its partners are the Academy of the Police Force of Slovak Republic, the Norwegian Centre for Violence and Traumatic Stress Studies, the General Directorate of the Corps of Prison and Court Guard and the Ministry of Interior of the Slovak Republic.\n');
    const { promoter, partners } = run(doc);
    expect((promoter?.value as { name: string }).name).toBe('Institute for Labour and Family Research');
    expect(names(partners).map((p) => p.name)).toEqual([
      'Academy of the Police Force of Slovak Republic',
      'Norwegian Centre for Violence and Traumatic Stress Studies',
      'General Directorate of the Corps of Prison and Court Guard',
      'Ministry of Interior of the Slovak Republic',
    ]);
    expect(names(partners)[1]!.country).toBe('NO');
  });

  it('takes the `(Coordinator)` of a semicolon list as promoter', () => {
    // dev43 (a university project page)
    const doc = docOf('Defence for Children International Italy (Coordinator); University of Genoa, (Scientific Responsible Prof. Laura Carpaneto); Universitat De Valencia; Young Perspectives (The Netherlands); Greek Ministry of Justice (Greece).\n');
    const { promoter, partners } = run(doc);
    expect(promoter?.value).toEqual({ name: 'Defence for Children International Italy', country: 'IT' });
    expect(names(partners)).toContainEqual({ name: 'Young Perspectives', country: 'NL' });
    expect(names(partners)).toContainEqual({ name: 'University of Genoa', country: null });
  });

  it('reads lists of names with ISO codes and `X as lead partner`', () => {
    // dev26 (meeting news) and dev09 (Scottish Government news)
    const doc = docOf('Every organization taking part in the project was there: Edukos (SK), Slawek Foundation (PL), RUBIKON Centrum (CZ) and Gartycious Grudas (LT).\n\nA grant should go to a partnership of voluntary sector organisations, with Sacro as lead partner, to deliver the service.\n');
    const { promoter, partners } = run(doc);
    expect((promoter?.value as { name: string }).name).toBe('Sacro');
    expect(names(partners)).toEqual([
      { name: 'Edukos', country: 'SK' },
      { name: 'Slawek Foundation', country: 'PL' },
      { name: 'RUBIKON Centrum', country: 'CZ' },
      { name: 'Gartycious Grudas', country: 'LT' },
    ]);
  });

  it('reads Italian and French cue phrases', () => {
    // dev14 (Fondazione Zancan news), dev37 (French press)
    const it1 = run(docOf('Fondazione Zancan prenderà parte al progetto CUP, coordinato da Compagnia di San Paolo, al fianco di Fondazione Casa di Carità Arti e Mestieri onlus, PI Vught e Tirantes. Le attività saranno realizzate in Italia.\n'));
    expect((it1.promoter?.value as { name: string }).name).toBe('Compagnia di San Paolo');
    expect(names(it1.partners).map((p) => p.name)).toEqual(['Fondazione Casa di Carità Arti e Mestieri onlus', 'PI Vught', 'Tirantes']);
    const fr = run(docOf("Mis en place en partenariat avec le ministère de la Justice, l'administration pénitentiaire, le Medef 93 et l'institut Randstad, le dispositif a reçu une quarantaine de candidats.\n"));
    expect(names(fr.partners).map((p) => p.name)).toEqual(['ministère de la Justice', 'administration pénitentiaire', 'Medef 93', 'institut Randstad']);
  });

  it('reads one grantee as promoter and several as partners', () => {
    // dev17 (PCC decision notice), dev04 (grant round news)
    const one = run(docOf('The Office of the Police and Crime Commissioner (OPCC) received an award of £157,423.33 in July 2022.\n'));
    expect((one.promoter?.value as { name: string }).name).toBe('Office of the Police and Crime Commissioner (OPCC)');
    const round = run(docOf('- $1.1 million for Berry Street for youth who are disengaged from education.\n- $328,000 for the Young Men\'s Christian Association of Ballarat to run a program.\n'));
    expect(round.promoter).toBeUndefined();
    expect(names(round.partners).map((p) => p.name)).toEqual(['Berry Street', "Young Men's Christian Association of Ballarat"]);
  });

  it('does not take funders, people, evaluators or kinds of bodies as organisations', () => {
    // dev07 (Norway Grants news), dev47 (grant application), dev08 (evaluation page), dev21 (Home Office news), dev03
    const doc = docOf([
      'With the support of the Norway Grants, the inmates can take part in work training programmes.',
      'Together with the University of Kent, TONIC is carrying out the independent evaluation of the programme.',
      'Schemes led by PCCs are vital for improving the safety of victims.',
      'Nearly every constable has attended a session run by RISE staff.',
      '',
    ].join('\n'));
    const { promoter, partners } = run(doc);
    expect(promoter).toBeUndefined();
    expect(partners).toEqual([]);
  });

  it('does not split a name at its own `and`, nor read attendee lines as partners', () => {
    // dev12 (a programme table); fixtures/seeds/docs/004_57125e4fdf43df7a.txt lines 121-122
    const doc = docOf('Organisation: Ministry of Justice and Public Security\n\n- Loli Ghibaudi - Ufficio Pio, Italy\n- Raffaella Sorressa – Ufficio Pio, Italy\n');
    const { promoter, partners } = run(doc);
    expect((promoter?.value as { name: string }).name).toBe('Ministry of Justice and Public Security');
    expect(partners).toEqual([]);
  });

  it('reads the subject of a joint cue as the lead, and its partners after the cue', () => {
    // dev32 (Portuguese news), dev33 (NHC news): `X juntou-se ao Y`, `The NHC, in cooperation with …`
    const pt = run(docOf('Conhecida organização internacional sediada em Nova Iorque, a Incarceration Nations Network (INN) juntou-se ao Instituto Fênix em Pernambuco para dar impulso a iniciativas inovadoras.\n'));
    expect((pt.promoter?.value as { name: string }).name).toBe('Incarceration Nations Network (INN)');
    expect(names(pt.partners).map((p) => p.name)).toEqual(['Instituto Fênix']);
    const en = run(docOf('Support came from the project ‘Connecting Academies.’ The NHC, in cooperation with the Steering Committee of the Network, is looking ahead.\n'));
    expect((en.promoter?.value as { name: string }).name).toBe('NHC');
    // negative: not a subject when the name sits inside the sentence
    const inner = run(docOf('Staff were trained by experts of the Probation Service in cooperation with the Ministry of Justice.\n'));
    expect(inner.promoter).toBeUndefined();
  });

  it('reads German, French and English lead cues', () => {
    // dev01 (German project page), dev05 (Tunisian twinning page), dev51 (meeting page), dev33 (`launched by`)
    const de = run(docOf('Der Cottbuser Jugendrechtshaus e. V. führt dieses Modellprojekt in Cottbus und im Landgerichtsbezirk Zielona Gora durch.\n'));
    expect((de.promoter?.value as { name: string }).name).toBe('Cottbuser Jugendrechtshaus e. V.');
    const fr = run(docOf('Il est placé sous la supervision du Programme (financé par l’Union Européenne) et bénéficie à la Direction générale des prisons et de la rééducation (DGPR).\n'));
    expect((fr.promoter?.value as { name: string }).name).toBe('Direction générale des prisons et de la rééducation (DGPR)');
    const host = run(docOf('Our fifth transnational meeting was hosted on the campus of Saarland University in Saarbrücken, Germany.\n'));
    // (a place after `in` ends the name: dev gold reads `Saarland University`)
    expect(host.promoter?.value).toEqual({ name: 'Saarland University', country: 'DE' });
    const launched = run(docOf('Late in September the European Penitentiary Training Academies Network (EPTA) held its first conference.\nEPTA-I was launched by the EPTA network in 2018: a three-year project.\n'));
    expect((launched.promoter?.value as { name: string }).name).toBe('European Penitentiary Training Academies Network (EPTA)');
  });

  it('reads the organisation a page presents, from its title, when the body speaks of it', () => {
    // dev19 (front matter title), dev35 (title `Org, Programme`)
    const page = run(docOf('Mentoring Solutions, Ex Offender Support Programme\n\nMentoring Solutions was a pioneering project. It served 350 clients.\n\nMentoring Solutions was set up in 2010.\n'));
    expect((page.promoter?.value as { name: string }).name).toBe('Mentoring Solutions');
    // negative: a title phrase the body never takes up
    const none = run(docOf('Youth Justice Reform\n\nThe reform started in 2019 and changed sentencing.\n'));
    expect(none.promoter).toBeUndefined();
  });

  it('reads a breadcrumb `Project of X` as the owner, and a labelled name with a quoted part', () => {
    // dev52 (Latvian Prison Administration page), dev23 (Bulgarian project page)
    const crumb = run(docOf('2009-2014 > Pre-defined projects > Project of Latvian Prison Administration\n\nThe State Secretary will visit Olaine Prison.\n'));
    expect((crumb.promoter?.value as { name: string }).name).toBe('Latvian Prison Administration');
    const quoted = run(docOf('**Lead organisation:** General Directorate "Execution of sentences"\n'));
    expect((quoted.promoter?.value as { name: string }).name).toBe('General Directorate "Execution of sentences"');
  });

  it('reads examples after a word of partnership as partners', () => {
    // fixtures/seeds/docs/004_57125e4fdf43df7a.txt line 36
    const { partners } = run(docOf('These partnerships extend across businesses such as the Cidiu Waste Company, Triciclo Cooperative, Zappi Plant Nursery and the Ecocentre of Collegno. Whilst these organisations may not provide jobs.\n'));
    expect(names(partners).map((p) => p.name)).toEqual(['Cidiu Waste Company', 'Triciclo Cooperative', 'Zappi Plant Nursery', 'Ecocentre of Collegno']);
    // negative: examples with no word of partnership
    expect(run(docOf('Offenders receive services such as Housing Support, Job Clubs and Debt Advice.\n')).partners).toEqual([]);
  });

  it('reads names after lower-case bodies in an example list of partnership', () => {
    // fixtures/seeds/docs/004_57125e4fdf43df7a.txt line 36
    const text = 'Partnership working also features strongly in the inter-agency collaboration on the LCP between, for example, the social services departments of Collegno and Grugliasco, the Italian ministry of Justice and the Compagnia di San Paolo. All of whom sent representatives.\n';
    expect(names(run(docOf(text)).partners).map((p) => p.name)).toEqual(['Italian ministry of Justice', 'Compagnia di San Paolo']);
    // negative: the words before the names are not bodies (no head word), so they are no list of partners
    const loose = 'Partnership working matters, for example, the long afternoons of planning, the Italian ministry of Justice and the Compagnia di San Paolo.\n';
    expect(run(docOf(loose)).partners).toEqual([]);
  });

  it('reads the presenting service of a deck, and the paying body of a grant round in the news', () => {
    // fixtures/seeds/docs/001_8bca585bf81dbcd2.txt (running slide titles); dev55 (NSW news)
    const deck = seedDoc('001_8bca585bf81dbcd2.txt');
    const slides = organisations(deck, { lexicons: lexiconsOf(deck), previous: [kind(deck, 'presentation')] });
    expect((slides.find((f) => f.path === '/promoter')?.value as { name: string }).name).toBe('Romanian Probation Service');
    expect(slides.filter((f) => f.path === '/partners/-').map((f) => (f.value as { name: string }).name)).toContain('ESC');
    const news = docOf('The Minns Labor Government will invest $4.2 million over two years to extend pilot programs for young people.\n');
    const found = organisations(news, { lexicons: lexiconsOf(news), previous: [kind(news, 'news')] });
    expect((found.find((f) => f.path === '/promoter')?.value as { name: string }).name).toBe('Minns Labor Government');
    // negative: the same sentence on a project page gives no promoter
    expect(organisations(news, { lexicons: lexiconsOf(news), previous: [kind(news, 'project-page')] }).find((f) => f.path === '/promoter')).toBeUndefined();
  });

  it('keeps legal forms, drops a place after `in`, reads lists after `partners are` and a ministry with portfolios', () => {
    const cases: Array<[string, string, { promoter?: string; partners: string[] }]> = [
      // fixtures/holdout/docs/h08_profile_en.txt line 12 (US registry): `, Inc.` belongs to the name
      ['h08', 'The program is implemented by the Ohio Department of Rehabilitation and Correction in partnership with Fatherhood Works, Inc., a nonprofit in Columbus.\n', { promoter: 'Ohio Department of Rehabilitation and Correction', partners: ['Fatherhood Works, Inc.'] }],
      // genre: UK company forms
      ['uk', 'The service is delivered by Catch22 in partnership with Interventions Alliance, Ltd and the Probation Service.\n', { promoter: 'Catch22', partners: ['Interventions Alliance, Ltd', 'Probation Service'] }],
      // fixtures/holdout/docs/h05_minutes_en.txt line 29: a place after `in` is where, not who
      ['h05', 'The 3rd transnational meeting will be hosted by Associazione Seconda Chance in Turin on 16–17 March 2023.\n', { promoter: 'Associazione Seconda Chance', partners: [] }],
      // fixtures/holdout/docs/h02_grant_news_de.md line 17: `Kooperationspartner sind` opens a list; portfolios after a comma
      ['h02', 'Kooperationspartner sind das Sächsische Staatsministerium der Justiz und für Demokratie, Europa und Gleichstellung sowie die Jugendstrafvollzugsanstalt Regis-Breitingen.\n', { partners: ['Sächsische Staatsministerium der Justiz und für Demokratie, Europa und Gleichstellung', 'Jugendstrafvollzugsanstalt Regis-Breitingen'] }],
      // fixtures/holdout/docs/h02_grant_news_de.md line 9: the owner after a project's name
      ['h02b', 'Die Stiftung Zukunft Jugend unterstützt das Projekt „Verantwortung statt Gewalt“ des Vereins Neue Wege Sachsen e. V. mit 180.000 Euro.\n', { promoter: 'Neue Wege Sachsen e. V.', partners: [] }],
      // fixtures/holdout/docs/h06_evaluation_es.txt line 10: Spanish `aplicado por`
      ['h06', 'El programa, en marcha desde 2015, es aplicado por la Secretaría General de Instituciones Penitenciarias a través de los Servicios de Gestión de Penas.\n', { promoter: 'Secretaría General de Instituciones Penitenciarias', partners: [] }],
      // fixtures/holdout/docs/h07_grants_au.html line 14: `run by Elders` names people, not a body (negative)
      ['h07', 'Koori Pathways will run a cultural mentoring program run by Elders.\n', { partners: [] }],
      // negative: `des Vereins` with no project word before it
      ['neg', 'Er ist seit Jahren Mitglied des Vereins Neue Wege Sachsen e. V. in Dresden.\n', { partners: [] }],
    ];
    for (const [, text, want] of cases) {
      const got = run(docOf(text));
      expect((got.promoter?.value as { name: string } | undefined)?.name).toBe(want.promoter);
      expect(names(got.partners).map((p) => p.name)).toEqual(want.partners);
    }
  });

  it('reads a labelled Norwegian owner and a labelled Polish national partner', () => {
    // fixtures/holdout/docs/h01_probation_pl.txt line 7; audit: `Prosjekteier: Kriminalomsorgen region sør`
    expect((run(docOf('Prosjekteier: Kriminalomsorgen region sør\n')).promoter?.value as { name: string }).name).toBe('Kriminalomsorgen region sør');
    expect(names(run(docOf('Beneficjent: Sąd Okręgowy w Lublinie\nPartner krajowy: Fundacja Nowy Start (Lublin, Polska)\n')).partners).map((p) => p.name)).toEqual(['Fundacja Nowy Start']);
  });

  it('survives odd and large input quickly', () => {
    const big = docOf('implemented by (((( and and , , ; Foo ( Bar '.repeat(5000));
    const prose = docOf('It was implemented by the Ministry of Justice in partnership with the Probation Service, Foo Foundation and Bar Association.\n'.repeat(2000));
    const t = Date.now();
    expect(() => run(big)).not.toThrow();
    expect(() => run(prose)).not.toThrow();
    expect(Date.now() - t).toBeLessThan(60_000); // a hang guard, not a speed test: the bench measures speed
  });

  it('splits `X and <article> <Head> Y` into two bodies in any language, and drops the article', () => {
    const nl = run(docOf('Titel\n\nHet project wordt uitgevoerd door Reclassering Nederland in samenwerking met Stichting Exodus en de Gemeente Rotterdam.\n'));
    expect(nl.promoter?.value).toMatchObject({ name: 'Reclassering Nederland' });
    expect(names(nl.partners).map((p) => p.name)).toEqual(['Stichting Exodus', 'Gemeente Rotterdam']);
    const es = run(docOf('Título\n\nEl proyecto se desarrolla en colaboración con la Universidad de Sevilla y la Fundación Nueva Oportunidad.\n'));
    expect(names(es.partners).map((p) => p.name)).toEqual(['Universidad de Sevilla', 'Fundación Nueva Oportunidad']);
    // an article before a word that is no head word does not split
    const one = run(docOf('Titel\n\nHet project wordt uitgevoerd in samenwerking met Stichting Exodus en de Vrienden van Rotterdam.\n'));
    expect(names(one.partners).map((p) => p.name)).toEqual(['Stichting Exodus en de Vrienden van Rotterdam']);
  });

  it('drops a Dutch lower-case `de` before a name, but keeps a capitalised `De` that is part of one', () => {
    const nl = run(docOf('Titel\n\nDe Reclassering Nederland start samen met de Gemeente Rotterdam en Stichting Exodus een project voor jongeren.\n'));
    expect(names(nl.partners).map((p) => p.name)).toEqual(['Gemeente Rotterdam', 'Stichting Exodus']);
    const en = run(docOf('Title\n\nThe project is run in partnership with De Montfort University.\n'));
    expect(names(en.partners).map((p) => p.name)).toEqual(['De Montfort University']);
  });

  it('reads Romanian leads and partner lists (lexicon section `ro`)', () => {
    const ro = run(docOf('Reintegrarea socială a persoanelor private de libertate\n\nProiectul este implementat de Administrația Națională a Penitenciarelor în parteneriat cu Asociația Alternative Sociale și Universitatea din București.\n'));
    expect(ro.promoter?.value).toMatchObject({ name: 'Administrația Națională a Penitenciarelor' });
    expect(names(ro.partners).map((p) => p.name)).toEqual(['Asociația Alternative Sociale', 'Universitatea din București']);
  });

  it('keeps a labelled item named mostly in lower case when a head word is among its words (Czech)', () => {
    const cs = run(docOf('Resocializace odsouzených\n\nPříjemce: Vězeňská služba České republiky\nPartneři: Probační a mediační služba ČR; Nadace Vincentinum\n'));
    expect(names(cs.partners).map((p) => p.name)).toEqual(['Probační a mediační služba ČR', 'Nadace Vincentinum']);
  });

  it('reads a partner table under a partners heading, one partner a row with the country of its column', () => {
    const doc = docOf('# Project\n\n## Partners\n\n| Organisation | Country |\n|---|---|\n| Stichting Nieuw Perspectief | NL |\n| Verein Wegweiser Steiermark | AT |\n| Baltic Institute of Criminology | EE |\n');
    expect(names(run(doc).partners)).toEqual([
      { name: 'Stichting Nieuw Perspectief', country: 'NL' },
      { name: 'Verein Wegweiser Steiermark', country: 'AT' },
      { name: 'Baltic Institute of Criminology', country: 'EE' },
    ]);
    // a table of names under another heading is not a partner list
    expect(run(docOf('# Project\n\n## Speakers\n\n| Name | Country |\n|---|---|\n| Anna Berg | SE |\n')).partners).toEqual([]);
  });

  it('reads the country after a city in a labelled lead (`X, Valencia, Spain`)', () => {
    const { promoter, partners } = run(docOf('Project\n\nCoordinator: Instituto de Reinserción y Mediación (IREM), Valencia, Spain\n'));
    expect(promoter?.value).toEqual({ name: 'Instituto de Reinserción y Mediación (IREM)', country: 'ES' });
    expect(partners).toEqual([]);
  });

  it('keeps `Verein` that opens a name, and drops it before a quoted name', () => {
    expect(run(docOf('Projekt\n\nTräger: Verein für Straffälligenhilfe Rotenfels e. V.\n')).promoter?.value).toMatchObject({ name: 'Verein für Straffälligenhilfe Rotenfels e. V.' });
    expect(run(docOf('Projekt\n\nProjektträger ist der Verein "Projekt Chance e.V.", der mit anderen kooperiert.\n')).promoter?.value).toMatchObject({ name: 'Projekt Chance e.V.' });
  });

  it('reads a German partner sentence in the past (`Kooperationspartner waren die …`), with `beim` inside a name', () => {
    const de = run(docOf('Projekt\n\nKooperationspartner waren die Justizvollzugsanstalt Rotenfels, die Bewährungshilfe beim Landgericht Rotenfels sowie das Jobcenter Landkreis Rotenfels.\n'));
    expect(names(de.partners).map((p) => p.name)).toEqual(['Justizvollzugsanstalt Rotenfels', 'Bewährungshilfe beim Landgericht Rotenfels', 'Jobcenter Landkreis Rotenfels']);
  });

  it('reads every item of a list under a partners label or heading, and a role among them as the lead', () => {
    const pt = run(docOf('# Recomeçar\n\n- Promotor: Associação Mulheres em Liberdade (AML)\n- Parceiros:\n  - Estabelecimento Prisional de Vale Formoso\n  - Cooperativa Tecer Futuro\n- Território: distrito de Coimbra, Portugal\n', 'x.md'));
    expect(names(pt.partners).map((p) => p.name)).toEqual(['Estabelecimento Prisional de Vale Formoso', 'Cooperativa Tecer Futuro']);
    const fr = run(docOf("# Compte rendu\n\n## Partenaires représentés\n\n- Association L'Étape Dauphinoise (porteur du projet)\n- Service pénitentiaire d'insertion et de probation (SPIP) de l'Isère\n- Université de Namur (Belgique), partenaire d'échange\n\n## Suite\n\nTexte.\n", 'x.md'));
    expect(fr.promoter?.value).toMatchObject({ name: "Association L'Étape Dauphinoise" });
    expect(names(fr.partners).map((p) => p.name)).toEqual(["Service pénitentiaire d'insertion et de probation (SPIP) de l'Isère", 'Université de Namur']);
  });

  it('reads a grantee named before a description set off by commas', () => {
    const { promoter } = run(docOf('Grant news\n\nSecond Chapter Learning, the Leeds-based education charity, has been awarded a grant of £420,000 by the Aldermoor Charitable Trust.\n'));
    expect(promoter?.value).toMatchObject({ name: 'Second Chapter Learning' });
  });

  it('reads no label inside a partner table\'s cells (`| … | Italy | Partner |`)', () => {
    const doc = docOf('# Project\n\n## Partners\n\n| Organisation | Country | Role |\n|---|---|---|\n| Associazione Orizzonti Liberi APS | Italy | Coordinator |\n| Casa di Reclusione di Valleverde | Italy | Partner |\n| Fundación Camino Abierto | Spain | Partner |\n', 'x.md');
    const { promoter, partners } = run(doc);
    expect(promoter?.value).toEqual({ name: 'Associazione Orizzonti Liberi APS', country: 'IT' });
    expect(names(partners)).toEqual([
      { name: 'Casa di Reclusione di Valleverde', country: 'IT' },
      { name: 'Fundación Camino Abierto', country: 'ES' },
    ]);
  });

  it('reads the body after a person in a lead\'s label, and the body a programme is operated by', () => {
    expect(run(docOf('Project\n\nProject coordinator: Giulia Ferraresi, Associazione Orizzonti Liberi APS – g.ferraresi@example.org\n')).promoter?.value).toMatchObject({ name: 'Associazione Orizzonti Liberi APS' });
    expect(run(docOf('Program profile\n\nReentry Employment Pathways is operated by the Northstar Reentry Collaborative, a nonprofit organization.\n')).promoter?.value).toMatchObject({ name: 'Northstar Reentry Collaborative' });
  });

  it('reads a grantee in other languages by an amount after its verb, and stops a name at a closing quote (probes g08, d11)', () => {
    const ca = run(docOf('Notícies\n\nLa Fundació Tramuntana Solidària ha obtingut una subvenció de 240.000 euros de la Fundació Carrer Gran, en el marc de la Convocatòria Inclusió Social 2024, per ampliar el projecte Lletres Lliures als centres penitenciaris de Catalunya.\n'));
    expect(ca.promoter?.value).toMatchObject({ name: 'Fundació Tramuntana Solidària' });
    const nl = run(docOf('Nieuws\n\nHet project \'Thuis na Detentie\' van Stichting Huis van Herstel Twente krijgt een subsidie van 425.000 euro van het ministerie.\n'));
    expect(nl.promoter?.value).toMatchObject({ name: 'Stichting Huis van Herstel Twente' });
  });

  it('reads partners after `in rete con`, `en alianza con`, and a Brazilian promoter label (probes f12, g10, g09)', () => {
    const it_ = run(docOf('Scheda progetto\n\nIl progetto è stato realizzato in rete con la Casa Circondariale di Valdora e il Consorzio Artigiani del Legno Alto Serio, che ha messo a disposizione i maestri artigiani.\n'));
    expect(names(it_.partners).map((p) => p.name)).toEqual(['Casa Circondariale di Valdora', 'Consorzio Artigiani del Legno Alto Serio']);
    const es = run(docOf('Evaluación\n\nEl programa fue ejecutado entre 2021 y 2023 en alianza con el Servicio Nacional de Aprendizaje (SENA) y la Red de Empresarios por la Inclusión (REI).\n'));
    expect(names(es.partners).map((p) => p.name)).toEqual(['Servicio Nacional de Aprendizaje (SENA)', 'Red de Empresarios por la Inclusión (REI)']);
    const pt = run(docOf('Ficha prática\n\nInstituição executora: Instituto Ponte Nova de Cidadania\nLocal: Belo Horizonte (MG)\n'));
    expect(pt.promoter?.value).toMatchObject({ name: 'Instituto Ponte Nova de Cidadania' });
  });

  it('passes over the programme\'s own name in a page title for the body named after it (probe c11)', () => {
    const doc = docOf('<html><head><title>Whakapūmau Whānau Reintegration Service | Te Whare Oranga Trust</title></head><body><p class="logo">Te Whare Oranga Trust</p><h1>Whakapūmau Whānau Reintegration Service</h1><p>The service works with Kahurangi Housing Trust, in partnership with Kahurangi Housing Trust.</p><p>Te Whare Oranga Trust · 27 Victoria Street, Hamilton</p></body></html>', 'x.html');
    const title: Finding = { path: '/title', value: 'Whakapūmau Whānau Reintegration Service', start: 0, end: 1, method: 'heading', confidence: 0.9 } as Finding;
    const found = organisations(doc, { lexicons: lexiconsOf(doc), previous: [title] });
    expect(found.find((f) => f.path === '/promoter')?.value).toMatchObject({ name: 'Te Whare Oranga Trust' });
  });

  it('reads a Greek promoter after an active `will implement` with the object first, and a Greek funder after `comes from` (probe b17)', () => {
    const el = docOf('Νέο πρόγραμμα\n\nΤο πρόγραμμα θα υλοποιήσει η Εταιρεία Κοινωνικής Υποστήριξης Ανηλίκων Θεσσαλονίκης (ΕΚΥΑΘ) σε συνεργασία με την Υπηρεσία Επιμελητών Ανηλίκων Θεσσαλονίκης. Η χρηματοδότηση, ύψους 380.000 ευρώ, προέρχεται από το Ίδρυμα Αλέξανδρος Παπαστράτος.\n');
    expect(run(el).promoter?.value).toMatchObject({ name: 'Εταιρεία Κοινωνικής Υποστήριξης Ανηλίκων Θεσσαλονίκης (ΕΚΥΑΘ)' });
    const funders = funding(el, { lexicons: lexiconsOf(el), previous: [] }).filter((f) => f.path === '/funding/-').map((f) => (f.value as { funder: string }).funder);
    expect(funders).toEqual(['Ίδρυμα Αλέξανδρος Παπαστράτος']);
  });

  it('keeps a head word alone after `and` in the name before it (`Szegedi Fegyház és Börtön`, probe b18)', () => {
    const hu = run(docOf('<table><tr><th>Konzorciumi partnerek</th><td>Szegedi Fegyház és Börtön; Csongrád-Csanád Vármegyei Kormányhivatal Foglalkoztatási Főosztálya</td></tr></table>', 'x.html'));
    expect(names(hu.partners).map((p) => p.name)).toEqual(['Szegedi Fegyház és Börtön', 'Csongrád-Csanád Vármegyei Kormányhivatal Foglalkoztatási Főosztálya']);
    // two bodies, each with a name after its head word, still split
    const it_ = run(docOf('Partner: Regione Lombardia e Cassa delle Ammende\n'));
    expect(names(it_.partners).map((p) => p.name)).toEqual(['Regione Lombardia', 'Cassa delle Ammende']);
  });

  it('reads the grantees of a list of awards as partners', () => {
    const { partners } = run(docOf('Fund news\n\nThe funding goes to:\n\n- Harbourside Housing Association – £4.6 million to provide move-on accommodation\n- Keystone Resettlement Trust – £3.9 million for a housing-first service\n', 'x.md'));
    expect(names(partners).map((p) => p.name)).toEqual(['Harbourside Housing Association', 'Keystone Resettlement Trust']);
  });

  it('reads a lead after a cue with a contracted article (Italian `dalla`, Portuguese `pela`)', () => {
    expect(run(docOf('Progetto\n\nIl progetto è gestito dalla Cooperativa Sociale Scirocco in collaborazione con la Casa Circondariale di Livorno.\n')).promoter?.value).toMatchObject({ name: 'Cooperativa Sociale Scirocco' });
    expect(run(docOf('Projeto\n\nO projeto é promovido pela Associação Laços de Liberdade.\n')).promoter?.value).toMatchObject({ name: 'Associação Laços de Liberdade' });
  });

  it('reads the bodies of an attendance list with their codes (`- Zavod Povezani (SI), host: …`)', () => {
    const { partners } = run(docOf('Minutes\n\nPRESENT\n- Zavod Povezani (SI), host: Tina Novak, Luka Horvat\n- Stichting Bindkracht (BE): Pieter Janssens\n- Kyklos Centre for Social Reintegration (GR): Eleni Papadaki\n', 'x.md'));
    expect(names(partners)).toEqual([
      { name: 'Zavod Povezani', country: 'SI' },
      { name: 'Stichting Bindkracht', country: 'BE' },
      { name: 'Kyklos Centre for Social Reintegration', country: 'GR' },
    ]);
  });

  it('reads the organisation a page keeps naming (title, logo, footer) as its lead, beside partners named in the text', () => {
    const html = '<html><head><title>LAUNCH – Second Wind Youth Mentoring</title></head><body><p class="logo">Second Wind Youth Mentoring</p><h1>LAUNCH</h1><p>We work in partnership with the Kahurangi Housing Trust.</p><p>Second Wind Youth Mentoring is a registered charity.</p></body></html>';
    const { promoter, partners } = run(docOf(html, 'x.html'));
    expect(promoter?.value).toMatchObject({ name: 'Second Wind Youth Mentoring' });
    expect(names(partners).map((p) => p.name)).toEqual(['Kahurangi Housing Trust']);
  });

  it('reads the subject that launches a project as the lead of a news item', () => {
    const de = run(docOf('Pressemitteilung\n\nDas Justizministerium Mecklenburg-Vorpommern startet am 1. April 2024 das Landesprogramm „Übergang mit Perspektive“.\n'));
    expect(de.promoter?.value).toMatchObject({ name: 'Justizministerium Mecklenburg-Vorpommern' });
    // a launch of something else is no project's lead
    expect(run(docOf('News\n\nThe Ministry of Justice launches a consultation on sentencing.\n')).promoter).toBeUndefined();
  });

  describe('names joined by `and`', () => {
    const partners = (text: string) => names(run(docOf(text)).partners).map((p) => p.name);

    it('splits one name with a head word before `and` from the next, also with a clause after them', () => {
      expect(partners('Homeward\n\nThe service is delivered in partnership with Severnshire Women\'s Centre and Riverbank Housing Association, which has set aside flats.\n')).toEqual([
        "Severnshire Women's Centre",
        'Riverbank Housing Association',
      ]);
    });

    it('keeps `and` inside a name after `of` (`Office of the Police and Crime Commissioner`)', () => {
      expect(partners('Homeward\n\nThe service is delivered in partnership with the Office of the Police and Crime Commissioner for Severnshire.\n')).toEqual([
        'Office of the Police and Crime Commissioner for Severnshire',
      ]);
    });

    it('reads no lone lower-case head word as a name (`yhdessä vankilan kanssa`), but a lower-case name of two words', () => {
      expect(partners('Hanke\n\nValmistelu tehdään yhdessä vankilan kanssa.\n')).toEqual([]);
      expect(partners("Projet\n\nMis en place en partenariat avec le ministère de la Justice, l'administration pénitentiaire et le Medef 93.\n")).toEqual([
        'ministère de la Justice',
        'administration pénitentiaire',
        'Medef 93',
      ]);
    });

    it("reads an elided small word inside a name (`dell'Alta Valdora`)", () => {
      expect(partners('Progetto\n\nIl progetto è realizzato in collaborazione con il Consorzio dei Comuni dell\'Alta Valdora.\n')).toEqual(["Consorzio dei Comuni dell'Alta Valdora"]);
    });
  });

  describe('cues that open a sentence or stand as labels', () => {
    it('reads the whole list after a cue that opens a clause holding nothing else, also written as a label', () => {
      const want = ['Tartu Prison', 'Viru Prison', 'Tallinn Prison', 'Estonian Unemployment Fund'];
      expect(names(run(docOf('Slide\n\nIn partnership with Tartu Prison, Viru Prison, Tallinn Prison and the Estonian Unemployment Fund.\n')).partners).map((p) => p.name)).toEqual(want);
      expect(names(run(docOf('Slaid\n\n- Koostöös: Tartu Vangla, Viru Vangla, Tallinna Vangla ja Eesti Töötukassa\n', 'x.md')).partners).map((p) => p.name)).toEqual([
        'Tartu Vangla',
        'Viru Vangla',
        'Tallinna Vangla',
        'Eesti Töötukassa',
      ]);
    });

    it('reads one partner after a cue that opens a sentence that goes on', () => {
      expect(names(run(docOf('News\n\nIn cooperation with the Ministry of Justice, Caritas opened a new centre in Vienna.\n')).partners).map((p) => p.name)).toEqual(['Ministry of Justice']);
    });

    it('takes no person for a lead, by the e-mail address that spells the name, and no short form of the lead for a partner', () => {
      const doc = docOf('Werkbrug\n\n| Promotor | Kompasroos vzw |\n|---|---|\n\nKompasroos werkt samen met het Centrum voor Basiseducatie Open Deur.\n\nProjectcoördinator: Lieselot Vermeersch\nlieselot.vermeersch@kompasroos.be\n', 'x.md');
      const { promoter, partners } = run(doc);
      expect((promoter?.value as { name: string }).name).toBe('Kompasroos vzw');
      expect(names(partners).map((p) => p.name)).toEqual(['Centrum voor Basiseducatie Open Deur']);
    });
  });

  it('reads the subject of a title that launches a named thing as the lead, and no common noun after a name', () => {
    const doc = docOf('---\ntitle: "Lantern Trust launches Homeward mentoring for women leaving prison"\n---\n\nHomeward builds on a pilot run by Lantern Trust at the prison last winter.\n', 'x.md');
    const title: Finding = { path: '/title', value: 'Lantern Trust launches Homeward mentoring for women leaving prison', start: doc.text.indexOf('Lantern'), end: doc.text.indexOf('prison"'), method: 'front-matter', confidence: 0.98 } as Finding;
    const found = organisations(doc, { lexicons: lexiconsOf(doc), previous: [title] });
    expect(found.find((f) => f.path === '/promoter')?.value).toMatchObject({ name: 'Lantern Trust' });
    // `at the prison` is no part of the name: no partner `Lantern Trust at the prison`
    expect(found.filter((f) => f.path === '/partners/-').map((f) => (f.value as { name: string }).name)).toEqual([]);
  });

  it('reads a founder after a founding verb and a date (`launched in January 2017 by X`) before a body doing one task', () => {
    const doc = docOf('LETJI\n\n- Credentialing: short forklift courses delivered by Lakeshore Community College.\n\nLETJI was launched in January 2017 by Northshore Workforce Alliance, a nonprofit agency.\n', 'x.md');
    expect(run(doc).promoter?.value).toMatchObject({ name: 'Northshore Workforce Alliance' });
    // no date between the verb and `by`: the plain cue reads it, at its usual weight
    expect(run(docOf('Profile\n\nThe programme was developed further by staff in 2019.\n')).promoter).toBeUndefined();
  });

  it('takes no project short name from a title for the body the page is by', () => {
    // probe c08: the project's acronym opens the page title and the heading
    const page = '<html><head><title>HOPEFUL – Riverside Youth Mentoring</title></head><body><h1>HOPEFUL: mentoring for young people leaving custody</h1><p>HOPEFUL pairs young people leaving custody with a trained volunteer mentor, who stays alongside them for up to a year after release.</p></body></html>';
    const outcome = processDocument(Buffer.from(page), 'hopeful.html', options);
    expect(outcome.ok && outcome.record.acronym).toBe('HOPEFUL');
    expect(outcome.ok && outcome.record.promoter?.name).not.toBe('HOPEFUL');
  });

  it('reads the body before a role label in a list of those present, not the people after it', () => {
    // probe c05: `- Stowarzyszenie … (PL), coordinator: Anna Kowalczyk (project manager), …`
    const doc = docOf('Partner meeting minutes\n\nPRESENT\n- Fundacja Nowa Droga (PL), coordinator: Ewa Nowicka (project manager), Jan Wrona (finance officer)\n- Zavod Most (SI): Tina Kralj\n');
    const { promoter } = run(doc);
    expect((promoter?.value as { name: string }).name).toBe('Fundacja Nowa Droga');
  });

  it('keeps `&` inside a name at the end of a labelled list (`Justice & Inclusion Lab vzw`), and Romanian `cu` inside a name', () => {
    // probe d12: the coordinator after a person's name
    const doc = docOf('Step Out\n\nProject coordinator: Liesbeth Van Acker, Justice & Inclusion Lab vzw\n\nPartners: Asociația Pas cu Pas (Romania)\n');
    const { promoter, partners } = run(doc);
    expect((promoter?.value as { name: string }).name).toBe('Justice & Inclusion Lab vzw');
    expect(names(partners).map((p) => p.name)).toEqual(['Asociația Pas cu Pas']);
  });

  it('spells out a lead named by its acronym alone where the text gives the full name once (`… Network CLG (MWRN)`)', () => {
    // probe f03: a letterhead, then `delivered by MWRN as lead organisation`
    const doc = docOf('Minutes\n\nMid-West Reintegration Network CLG (MWRN)\n\nThe project is delivered by MWRN as lead organisation with three partners.\n');
    expect((run(doc).promoter?.value as { name: string }).name).toBe('Mid-West Reintegration Network CLG (MWRN)');
  });

  it('reads a Partnership and a Hub as two bodies, and ends a name before `in partnership with`', () => {
    // probe c07
    const doc = docOf('Evaluation\n\nIt was delivered by Tay Rivers Mentoring Trust in partnership with Tayside Community Justice Partnership and Angus Housing Options Hub. The service ran as a pilot.\n');
    const { promoter, partners } = run(doc);
    expect((promoter?.value as { name: string }).name).toBe('Tay Rivers Mentoring Trust');
    expect(names(partners).map((p) => p.name)).toEqual(['Tayside Community Justice Partnership', 'Angus Housing Options Hub']);
  });

  it('keeps a branch after a comma or a dash with the body before it (`Bundesagentur für Arbeit, Regionaldirektion Nord`)', () => {
    // probes d01, d02, d08 (comma) and g03 (dash)
    const de = docOf('Projekt Brücke\n\nDas Projekt wird vom Verein durchgeführt.\n\nPartner: Bundesagentur für Arbeit, Regionaldirektion Nord; Ambulanter Justizsozialdienst Niedersachsen, Bezirk Oldenburg\n');
    expect(names(run(de).partners).map((p) => p.name)).toEqual(['Bundesagentur für Arbeit, Regionaldirektion Nord', 'Ambulanter Justizsozialdienst Niedersachsen, Bezirk Oldenburg']);
    const hr = docOf('| | |\n|---|---|\n| **Partneri** | Kaznionica u Lepoglavi; Hrvatski zavod za zapošljavanje – Područni ured Varaždin |\n\nOvo je projekt udruge i partneri su iz Hrvatske.\n', 'zapisnik.md');
    expect(names(run(hr).partners).map((p) => p.name)).toEqual(['Kaznionica u Lepoglavi', 'Hrvatski zavod za zapošljavanje – Područni ured Varaždin']);
    // a place after a comma is no branch
    const en = docOf('Project Bridge\n\nPartners: Mercy Housing Trust, Northside Probation Office\n');
    expect(names(run(en).partners).map((p) => p.name)).toEqual(['Mercy Housing Trust', 'Northside Probation Office']);
  });

  it('reads a whole item of a semicolon list when a head word stands inside it (`Pučko otvoreno učilište Sveti Križ`), but not in prose', () => {
    // probe g03; g02 for the prose
    const list = docOf('| | |\n|---|---|\n| **Partneri** | Kaznionica u Lepoglavi; Pučko otvoreno učilište Sveti Križ |\n\nOvo je projekt udruge i partneri su iz Hrvatske.\n', 'zapisnik.md');
    expect(names(run(list).partners).map((p) => p.name)).toEqual(['Kaznionica u Lepoglavi', 'Pučko otvoreno učilište Sveti Križ']);
    const prose = docOf('Rodina bez mreží\n\nPartneri projektu\n\nNa projekte spolupracujú Centrum pre rodinu a výchovu Orava z Dolného Kubína a Inštitút rodinnej terapie Trnava. Projekt je pre rodiny väzňov.\n');
    expect(names(run(prose).partners).map((p) => p.name)).not.toContain('Na projekte spolupracujú Centrum pre rodinu a výchovu Orava z Dolného Kubína');
  });

  it('keeps the dot of a legal form that ends a list item (`…, z. s.`, `…, Lda.`)', () => {
    // probes b15 and d08
    const doc = docOf(fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/probes/b/docs/p15_cz_restart_pms.html'), 'utf8'), 'p15_cz_restart_pms.html');
    expect(names(run(doc).partners).map((p) => p.name)).toContain('Společnost pro mediaci a smíření, z. s.');
    const pt = docOf('Projeto Recomeçar\n\nO projeto é para reclusos e as suas famílias.\n\nParceiros: Câmara Municipal de Paços de Ferreira; Metalúrgica Vale do Sousa, Lda.\n');
    expect(names(run(pt).partners).map((p) => p.name)).toContain('Metalúrgica Vale do Sousa, Lda.');
  });

  it('reads a plain-text table of bodies with their countries, or under a numbered partners heading, as partners', () => {
    // probe i07: a meeting's list of those present, columns set apart by spaces
    const minutes = docOf('DESTINY partner meeting\n\nPresent\n\nOrganisation                 Country   Representatives\nZavod Nova Pot               SI        Maja Kovač, Luka Zupan\nStichting Terugkeer Werkt    NL        Ilse Brouwer\n\nThe partners agreed the plan.\n');
    expect(names(run(minutes).partners)).toEqual([{ name: 'Zavod Nova Pot', country: 'SI' }, { name: 'Stichting Terugkeer Werkt', country: 'NL' }]);
    // probe i10: `3. PARTENARIATO`, and a legal form in lower case after the name (`odv`)
    const report = docOf('Rapporto di valutazione\n\nIl progetto è stato promosso da un consorzio di Bologna.\n\n3. PARTENARIATO\n\nEnte                                   Ruolo\nCooperativa sociale Il Ponte di Pietra   partner – tirocini\nAssociazione Altre Strade odv            partner – accoglienza\n');
    expect(names(run(report).partners).map((p) => p.name)).toEqual(['Cooperativa sociale Il Ponte di Pietra', 'Associazione Altre Strade odv']);
    // (`AS` is a legal form as written only: `MWRN as lead organisation`)
    const en = docOf('Minutes\n\nMid-West Reintegration Network CLG (MWRN)\n\nThe project is delivered by MWRN as lead organisation with three partners.\n');
    expect((run(en).promoter?.value as { name: string }).name).toBe('Mid-West Reintegration Network CLG (MWRN)');
  });

  it('ends a name at a phrase of role (`in qualità di ente capofila`), and takes no address for a partner', () => {
    // probe i10
    const doc = docOf('Rapporto finale\n\nEnte capofila: Consorzio Sociale Reno Lavoro, Via del Pratello 71, 40122 Bologna, Italia\n\nIl progetto, promosso dal Consorzio Sociale Reno Lavoro in qualità di ente capofila, si è svolto a Bologna con la Fondazione FormaLavoro.\n');
    const { promoter, partners } = run(doc);
    expect((promoter?.value as { name: string }).name).toBe('Consorzio Sociale Reno Lavoro');
    expect(names(partners).map((p) => p.name)).toEqual([]);
  });

  it('reads more labels of the body that runs a programme (`Implementing agency`, `Provider`, `Proponente`) (probes k04, k07, k12)', () => {
    const lead = (text: string, file = 'x.txt') => (run(docOf(text, file)).promoter?.value as { name: string } | undefined)?.name;
    expect(lead('<table><tr><th>Implementing agency</th><td>Lakeshore Second Chance Alliance (LSCA)</td></tr></table>', 'x.html')).toBe('Lakeshore Second Chance Alliance (LSCA)');
    expect(lead('Programme profile\n\nProvider: Kāpiti Restorative Justice Trust (KRJT)\nRating: Effective\n')).toBe('Kāpiti Restorative Justice Trust (KRJT)');
    expect(lead('## Ficha técnica\n\n| | |\n|---|---|\n| Proponente | Instituto Horizonte de Cidadania (IHC) |\n', 'x.md')).toBe('Instituto Horizonte de Cidadania (IHC)');
  });

  it('reads the presenter\'s body on the line under a deck\'s title, and partners under a slide headed `(partners)` (probe k06)', () => {
    const deck = docOf('Forum 2024 · Brisbane\n\n[Slide 1 of 3]\nThroughcare that sticks: early results from Bridge2Home (B2H)\nDr Priya Raman, Program Manager, Wattle Reintegration Services\nForum, Brisbane, 12 August 2024\n\n[Slide 2 of 3]\nWho we work with (partners)\n- Hunter New England Local Health District (Drug & Alcohol Services)\n- Newcastle Community Legal Centre\n\n[Slide 3 of 3]\nThank you\n');
    const found = organisations(deck, { lexicons: lexiconsOf(deck), previous: [kind(deck, 'presentation'), { path: '/title', value: 'Throughcare that sticks: early results from Bridge2Home (B2H)', start: 38, end: 99, method: 'first-line', confidence: 0.6 } as Finding] });
    expect((found.find((f) => f.path === '/promoter')?.value as { name: string }).name).toBe('Wattle Reintegration Services');
    // a unit in brackets is part of the name; two bodies in brackets are not (dev49)
    expect(names(found.filter((f) => f.path === '/partners/-')).map((p) => p.name)).toEqual(['Hunter New England Local Health District (Drug & Alcohol Services)', 'Newcastle Community Legal Centre']);
    expect(names(run(docOf('Partners\n\n- National Offender Management Service (Prisons and National Probation Service)\n- HMP Leeds (Education and Skills Department)\n')).partners).map((p) => p.name)).toEqual(['National Offender Management Service', 'HMP Leeds (Education and Skills Department)']);
  });

  it('reads a presenter\'s line that opens with several titles of address, in any language (`Prof. Dr.`, `Mag.`)', () => {
    // (with a partner named, the one body of a short text is no longer read as its byline)
    const promoterOf = (text: string, title: string) => {
      const deck = docOf(text);
      const start = text.indexOf(title);
      const found = organisations(deck, { lexicons: lexiconsOf(deck), previous: [kind(deck, 'presentation'), { path: '/title', value: title, start, end: start + title.length, method: 'first-line', confidence: 0.6 } as Finding] });
      return (found.find((f) => f.path === '/promoter')?.value as { name: string } | undefined)?.name;
    };
    const title = 'Throughcare that sticks: early results from Bridge2Home';
    expect(promoterOf(`Forum 2024\n\n[Slide 1 of 3]\n${title}\nProf. Dr. Priya Raman, Program Manager, Wattle Reintegration Services\n\n[Slide 2 of 3]\nWho we work with (partners)\n- Newcastle Community Legal Centre\n`, title)).toBe('Wattle Reintegration Services');
    const titel = 'Wege aus der Haft: erste Ergebnisse';
    expect(promoterOf(`Fachtagung 2024\n\n[Folie 1 von 3]\n${titel}\nMag. Anna Berger, Projektleitung, Verein Wattle Reintegration Services\n\n[Folie 2 von 3]\nUnsere Partner:\n- Newcastle Community Legal Centre\n`, titel)).toBe('Verein Wattle Reintegration Services');
  });

  it('reads Portuguese `executado pelo` as the body that runs a project (probe n12)', () => {
    const news = run(docOf('Costura Livre\n\nO projeto Costura Livre, executado pelo Instituto Tecer Oportunidades, oferece cursos de corte e costura dentro do presídio.\n'));
    expect((news.promoter?.value as { name: string }).name).toBe('Instituto Tecer Oportunidades');
  });

  it('reads a street after a labelled lead as its address, not partners, and French names with `de justice` (probes n03, n10)', () => {
    const profile = run(docOf('Delivery organisation\n\nShannonside Community Training Workshop CLG, Dock Road, Limerick, Ireland. The programme is run in partnership with the Irish Prison Service.\n'));
    expect((profile.promoter?.value as { name: string }).name).toBe('Shannonside Community Training Workshop CLG');
    expect(names(profile.partners).map((p) => p.name)).toEqual(['Irish Prison Service']);
    const minutes = run(docOf("Le projet est porté par l'ASBL Relais Liberté et mis en œuvre en Belgique, en partenariat avec la Prison de Namur, la Maison de justice de Namur et le Forem.\n"));
    expect(names(minutes.partners).map((p) => p.name)).toEqual(['Prison de Namur', 'Maison de justice de Namur', 'Forem']);
  });

  it('reads the list a clause with a colon opens (`Our partners are:`, `… Kooperationspartner waren:`) (probe k09)', () => {
    expect(names(run(docOf('Our partners are:\n- Alpha Foundation\n- Beta Trust\n')).partners).map((p) => p.name)).toEqual(['Alpha Foundation', 'Beta Trust']);
    const report = docOf('2.3 Träger und Partner\n\nTräger des Projekts war der Verein für Straffälligenhilfe Leipzig e. V. (VSL). Kooperationspartner waren:\n\n- Jugendstrafvollzugsanstalt Regis-Breitingen\n- Agentur für Arbeit Leipzig\n- Jobcenter Leipzig\n');
    expect(names(run(report).partners).map((p) => p.name)).toEqual(['Jugendstrafvollzugsanstalt Regis-Breitingen', 'Agentur für Arbeit Leipzig', 'Jobcenter Leipzig']);
  });

  it('reads the words that follow a head word in French and Italian names, and ends no name with a conjunction (probes d05, d07, k10)', () => {
    const partnersOf = (text: string) => names(run(docOf(text)).partners).map((p) => p.name);
    expect(partnersOf("TREMPLIN est porté par l'Association Passerelles Lyonnaises en partenariat avec le Centre pénitentiaire de Lyon et la Maison d'arrêt de Lyon-Corbas.\n")).toEqual(['Centre pénitentiaire de Lyon', "Maison d'arrêt de Lyon-Corbas"]);
    expect(partnersOf("Le projet est mené en partenariat avec la Direction interrégionale des services pénitentiaires de Lyon et la Direction de l'administration pénitentiaire.\n")).toEqual(['Direction interrégionale des services pénitentiaires de Lyon', "Direction de l'administration pénitentiaire"]);
    expect(partnersOf('Il progetto è realizzato in collaborazione con la Casa circondariale di Bologna e la Casa di reclusione di Milano-Bollate.\n')).toEqual(['Casa circondariale di Bologna', 'Casa di reclusione di Milano-Bollate']);
    // a second body after `et de l'association` stays apart (probe i09)
    expect(partnersOf("Le projet est mené en partenariat avec l'agence France Travail de Marseille Saint-Lazare et de l'association Logis Solidaire 13.\n")).not.toContain("agence France Travail de Marseille Saint-Lazare et de l'association Logis Solidaire 13");
    expect(partnersOf('Der Plan entstand gemeinsam mit der Bewährungshilfe und, soweit zuständig, dem Jobcenter Leipzig.\n').some((n) => / und$/.test(n))).toBe(false);
  });

  it('ends a grantee\'s name before `at` and its place, and before a quoted project after `for` (dev04)', () => {
    const news = docOf('# Funding\n\n## Ballarat electorate\n\n- $1.1 million for Berry Street for \'Goldfields Education\' up to 40 youth.\n- The Reach Foundation at Bendigo received $232,500 for programs that help.\n- $1.12 million for Odyssey House at Melton for support services for people.\n', 'x.md');
    expect(names(run(news).partners).map((p) => p.name)).toEqual(['Berry Street', 'Reach Foundation', 'Odyssey House']);
  });

  it('reads labels of programme and associated partners, a programme\'s operator, and a delivery partner column (probes d12, g12, k01)', () => {
    const call = run(docOf('Nabór\n\nOperator: Fundacja Nowy Brzeg\nPartner programu: Stowarzyszenie Probacja Plus\n'));
    expect((call.promoter?.value as { name: string }).name).toBe('Fundacja Nowy Brzeg');
    expect(names(call.partners).map((p) => p.name)).toEqual(['Stowarzyszenie Probacja Plus']);
    expect(names(run(docOf('Step Out\n\nAssociated partner: Iași Penitentiary (Romania), which hosts the pilot.\n')).partners)).toEqual([{ name: 'Iași Penitentiary', country: 'RO' }]);
    const table = docOf('<h2>Who delivers it</h2><table><thead><tr><th>Delivery partner</th><th>Role</th></tr></thead><tbody><tr><td>Calder Valley College</td><td>Accredited training</td></tr><tr><td>Northgate Construction Training Ltd</td><td>Work placements</td></tr></tbody></table>', 'x.html');
    expect(names(run(table).partners).map((p) => p.name)).toEqual(['Calder Valley College', 'Northgate Construction Training Ltd']);
  });

  it('reads a role after a dash in the name cell of a table of bodies and countries (probe i07)', () => {
    const minutes = docOf('Minutes\n\nPresent\n\nOrganisation                                   Country   Representatives\nEuroDesist (EDR) – coordinator                   BE      Pieter Van Acker, Elif Demir\nZavod Nova Pot                                   SI      Maja Kovač, Luka Zupan\nAsociación Puente de Salida                      ES      Javier Molina, Ana Ferrer\n\nThe next partner meeting will be hosted by Asociación Puente de Salida in Valencia.\n');
    const found = run(minutes);
    expect(found.promoter?.value).toEqual({ name: 'EuroDesist (EDR)', country: 'BE' });
    expect(names(found.partners).map((p) => p.name)).toEqual(['Zavod Nova Pot', 'Asociación Puente de Salida']);
  });

  it('reads a short list of fields after `of` or `for` as part of one name, not a list of bodies (dev06, probes m04, i02, dev09)', () => {
    const partnersOf = (text: string) => names(run(docOf(text)).partners).map((p) => p.name);
    expect(partnersOf('The Summit is hosted by Adult Redeploy Illinois, the Illinois Criminal Justice Information Authority, and Loyola University’s Center for Criminal Justice Research, Policy, and Practice. It will gather teams.\n')).toEqual(['Illinois Criminal Justice Information Authority', 'Loyola University’s Center for Criminal Justice Research, Policy, and Practice']);
    expect(partnersOf("The visits run in partnership with Queen's University Belfast's School of Social Sciences, Education and Social Work.\n")).toEqual(["Queen's University Belfast's School of Social Sciences, Education and Social Work"]);
    // bodies with head words, or more than three names, stay apart
    expect(partnersOf('The project works in partnership with the Ministry of Justice, Probation Service and Police Scotland.\n')).toEqual(['Ministry of Justice', 'Probation Service', 'Police Scotland']);
    expect(partnersOf("Partners: Access to Industry, Action for Children, Apex Scotland, Barnardo's Scotland, Circle, Families Outside and Turning Point Scotland.\n")).toHaveLength(7);
  });

  it('reads the body a fund `is run by` and an Italian `ente promotore` as the promoter, and no `Round 2` as a grantee (probes m03, m11)', () => {
    const call = run(docOf('Pathways Fund\n\nThe fund is run by the Welsh Government\'s Community Safety Division. The fund is jointly financed, giving a total of £1.8 million for Round 2.\n'));
    expect(call.promoter?.value).toEqual({ name: "Welsh Government's Community Safety Division", country: 'GB' });
    expect(call.partners).toEqual([]);
    const report = run(docOf("Rapporto\n\nEnte promotore e capofila del progetto è l'Associazione Ponte Ticino, con sede a Lugano.\n"));
    expect((report.promoter?.value as { name: string }).name).toBe('Associazione Ponte Ticino');
    // a fund that pays is a programme, not the body that runs a call (`programme_word` in Spanish)
    const fondo = docOf('Convocatoria 2025\n\nEl Fondo Segundo Turno financia proyectos de organizaciones de la sociedad civil que ayuden a personas que egresaron de un recinto penitenciario.\n');
    expect(organisations(fondo, { lexicons: lexiconsOf(fondo), previous: [kind(fondo, 'call')] }).find((f) => f.path === '/promoter')).toBeUndefined();
  });

  it('reads the table under a heading of a round\'s grantees as partners (probe i04)', () => {
    const news = docOf('# $2.4 million for six projects\n\n## This year\'s grantees\n\n| Organization | Community | Grant |\n|---|---|---|\n| Mino-Bimaadiziwin Healing Society | Winnipeg | $420,000 |\n| Norway House Youth Circle Inc. | Norway House Cree Nation | $385,000 |\n', 'x.md');
    expect(names(run(news).partners)).toEqual([
      { name: 'Mino-Bimaadiziwin Healing Society', country: null },
      { name: 'Norway House Youth Circle Inc.', country: null },
    ]);
  });

  it('reads a `Lead agency` label, and a page\'s own body from its title when its logo names it too', () => {
    // probes i05 and i06
    const slides = docOf('# Walking Out Together\n\n| | |\n|---|---|\n| Lead agency | Pathways West Inc. |\n| Partners | Ngala Yorga Aboriginal Corporation; Southside Housing Ltd |\n', 'slides.md');
    expect((run(slides).promoter?.value as { name: string }).name).toBe('Pathways West Inc.');
    const page = docOf('<html><head><title>Reintegration support | Our work | Kōtuitui Whānau Trust</title></head><body><div class="brand"><img src="/logo.svg" alt="Kōtuitui Whānau Trust"></div><h1>Reintegration support</h1><p>We work alongside Te Whare Awhina Trust and Hamilton Budget Services to support whānau after prison.</p><footer>Kōtuitui Whānau Trust · PO Box 4412, Hamilton 3247, New Zealand</footer></body></html>', 'page.html');
    expect((run(page).promoter?.value as { name: string }).name).toBe('Kōtuitui Whānau Trust');
  });
});
