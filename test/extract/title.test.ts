// Title, acronym and document kind: front matter, headings, <title>, first lines past site furniture;
// short names in brackets and beside project nouns; kinds from cue phrases and layout.
import { describe, expect, it } from 'vitest';
import { title } from '../../src/extract/title.js';
import type { Finding } from '../../src/extract/finding.js';
import type { Document } from '../../src/document.js';
import { docOf, lexiconsOf, seedDoc } from '../helpers.js';

/** Run the extractor; every finding's quote must be a non-empty span of the text. */
function run(doc: Document): Record<string, Finding> {
  const out: Record<string, Finding> = {};
  for (const f of title(doc, { lexicons: lexiconsOf(doc), previous: [] })) {
    const quote = doc.text.slice(f.start, f.end);
    expect(quote.trim()).not.toBe('');
    if (f.path !== '/document_kind') expect(quote.replace(/\s+/g, ' ')).toBe(f.value);
    out[f.path.slice(1)] = f;
  }
  return out;
}

const value = (doc: Document, field: string): unknown => run(doc)[field]?.value ?? null;

describe('title', () => {
  it.each([
    // fixtures/seeds/docs/003_25b8ca439fb72e43.txt line 1
    ['first line', 'Implementation of mediation in probation offices (MIPT)\n\nProject facts\n\nProject promoter:\nVilnius', 'x.txt', 'Implementation of mediation in probation offices (MIPT)'],
    // dev03: a site's name and search box above the title
    ['site header block', "Helping America's Youth\nSearch for Programs to Help Youth\n\nCanberra Reintegrative Shaming Experiments\n\nAges 5-35\n\nRating: Level 3\n", 'x.txt', 'Canberra Reintegrative Shaming Experiments'],
    // dev01: a search link, then the title, then a label line
    ['search link', 'Search for European Projects\n\nSoziale Integration durch Ausstieg (Brücken bauen)\n\nStart date: Dec 31, 2006, End date: Mar 30, 2008    PROJECT FINISHED\n', 'x.txt', 'Soziale Integration durch Ausstieg (Brücken bauen)'],
    // dev26: a breadcrumb
    ['breadcrumb', 'Home › Meetings › 2nd international meeting\n\n2nd international meeting in Prague summary\n\nThe second project meeting was held in Prague.', 'x.txt', '2nd international meeting in Prague summary'],
    // dev10: a letterhead over a quoted title (the quotes are not part of it)
    ['letterhead', 'Badischer Landesverband für soziale Rechtspflege\n\n"Das Nachsorgeprojekt Chance für junge Inhaftierte"\n\nHorst Belz\n', 'x.txt', 'Das Nachsorgeprojekt Chance für junge Inhaftierte'],
    // dev17: a menu block, then a decision's title; the sentence after it is not a title
    ['not a sentence', 'Cleveland Police and Crime Commissioner\nHome > Working for you > Decisions\n\nDecision 2022-0007: Home Office funded Perpetrator Programme 2022-2023 delivery\n\nThe Office of the Police and Crime Commissioner (OPCC) received an award.', 'x.txt', 'Decision 2022-0007: Home Office funded Perpetrator Programme 2022-2023 delivery'],
    // dev04: a markdown h1
    ['markdown h1', 'Intro line\n\n# Delivering vital funding for safer communities\n\nAn extra $50 million is being delivered.', 'x.md', 'Delivering vital funding for safer communities'],
    // dev19: front matter wins
    ['front matter', "---\ntitle: Unlocked Graduates\ncategory: 'Student programmes'\n---\n\n# Something else\n", 'x.md', 'Unlocked Graduates'],
    // dev40: a quoted front matter value over two lines
    ['front matter over lines', '---\norder: 1\nname: "University SocioCultural Network for Education and Rehabilitation in\n  Prison (RiUscire) "\nreference: 2014-1-IT02-KA204-003517\n---\n\nText.', 'x.md', 'University SocioCultural Network for Education and Rehabilitation in Prison (RiUscire)'],
    // dev16: the h1, not the <title> with its site name
    ['html h1', '<html><head><title>Safer Communities Fund – Round 5 | business.gov.au</title></head><body><nav><a href="/">Home</a></nav><h1>Safer Communities Fund – Round 5</h1><p>Up to $3 million.</p></body></html>', 'x.html', 'Safer Communities Fund – Round 5'],
    // a page with no h1: its <title> without `| Site`
    ['html title', '<html><head><title>Virtual European Prison School (2007-2008) | EPEA</title></head><body><p>The project ran.</p></body></html>', 'x.html', 'Virtual European Prison School (2007-2008)'],
    // fixtures/seeds/docs/004_57125e4fdf43df7a.txt lines 5-16: two letterheads, a programme banner in capitals and a funding credit over the title
    ['header block', '\n\nThe Centre for the Study of Crime, Criminalisation and Social Exclusion\n\nLiverpool John Moores University\n\nEU PREVENTION OF AND FIGHT AGAINST CRIME\n\n*“With the financial support of the Prevention of and Fight against Crime Programme\nEuropean Commission - Directorate-General Home Affairs”*\n\nReducing Reoffending Research Project\n\nAction Learning Set 6 – Turin, Italy, 10th September 2015\n\n1. Introduction\n', 'x.txt', 'Reducing Reoffending Research Project'],
    // dev48: a newspaper's name and a date over the headline
    ['masthead', 'Meath Chronicle\n\n17 October 2022\n\n[Photo] Laura McDonagh, Community Development Worker.\n\nCommunity Safety Innovation Fund boost for two local groups\n\nAlmost €150,000 in grants is coming to two groups in Meath.', 'x.txt', 'Community Safety Innovation Fund boost for two local groups'],
    // fixtures/holdout/docs/h08_profile_en.txt lines 1-6: a registry's kicker over the programme's name
    ['kicker', 'Reentry Evidence Registry\nHome | Programs | Practices | About | Contact Us\n\nProgram Profile\n\nFamily Connections Reentry Program (Ohio)\n\nOverall evidence rating: Effective\n', 'x.txt', 'Family Connections Reentry Program (Ohio)'],
    // a funding credit in German over the title
    ['German funding credit', 'Gefördert durch das Bundesministerium der Justiz\n\nNachsorge für junge Strafentlassene\n\nDas Projekt begann 2019.', 'x.txt', 'Nachsorge für junge Strafentlassene'],
  ])('%s', (_name, text, file, want) => {
    expect(value(docOf(text, file), 'title')).toBe(want);
  });

  it.each([
    // a title that opens with `EU` is not a banner when it is not in capitals
    ['EU title', 'EU Project on Prison Radicalisation\n\nExchange of good practice\n\nThe project ran from 2016 to 2018.', 'EU Project on Prison Radicalisation'],
    // an organisation's name alone at the top is still the title when nothing follows it
    ['only a letterhead', 'Irish Prison Service\n\nThe Irish Prison Service runs a number of programmes for people in custody, with education, work training and addiction services in every prison in the country.', 'Irish Prison Service'],
  ])('keeps: %s', (_name, text, want) => {
    expect(value(docOf(text), 'title')).toBe(want);
  });

  it('gives no title to an empty document', () => {
    expect(value(docOf('\n\n   \n', 'x.txt'), 'title')).toBe(null);
  });
});

describe('acronym', () => {
  it.each([
    // fixtures/seeds/docs/003: in brackets in the title
    ['title brackets', 'Implementation of mediation in probation offices (MIPT)\n\nProject facts\n', 'MIPT'],
    // dev43: a short name of two words
    ['two words', 'JUSTice CLOSER to Children and their Families (Just Closer)\n\nDuration: 24 months\n', 'Just Closer'],
    // dev22: a short name opening the title
    ['title word', 'PROTECT - Exchanging good practices on restorative justice\n\nThe project runs.', 'PROTECT'],
    // fixtures/seeds/docs/002: beside `project`
    ['project noun', 'Strengthening the capacity of criminal justice professionals\n\nThe RE[ENTER] project focuses on the exchange of good practices.', 'RE[ENTER]'],
    // dev03: defined in the text with the title's words
    ['defined beside title words', 'Canberra Reintegrative Shaming Experiments\n\nThe Reintegrative Shaming Experiment (RISE) in Canberra is a restorative justice project.', 'RISE'],
    // fixtures/seeds/docs/001: a slide line spelt out on the next line
    ['slide line', 'Working with vulnerable groups in probation\n\nMentoring programs\n\nPPROMPT\nPeer Pro-Social Modelling in Probation\n\nLessons Learned', 'PPROMPT'],
    // dev06: the initials of the title's words, used in the text
    ['title initials', 'The 2019 Adult Redeploy Illinois Summit\n\nThe Summit gathers teams that run ARI-funded local prison diversion programs.', 'ARI'],
  ])('%s', (_name, text, want) => {
    expect(value(docOf(text), 'acronym')).toBe(want);
  });

  it.each([
    // dev01: `(Brücken bauen)` is a gloss, and `PROJECT FINISHED` a line in capitals
    ['gloss and capitals', 'Soziale Integration durch Ausstieg (Brücken bauen)\n\nStart date: Dec 31, 2006    PROJECT FINISHED\n'],
    // fixtures/seeds/docs/000: CIPM names the organisation, not the programme
    ['organisation', 'CIPM Pilot Programme\n\nThis program is delivered by Centro Italiano per la Promozione della Mediazione (CIPM), in Milan.'],
    // dev09: an organisation's acronym that shares one word with the title
    ['one shared word', 'New service for Scotland launched\n\nCommunity Justice Scotland (CJS) was asked to commission a new service.'],
    // dev53: a programme code is not a short name
    ['code', 'Closing conference of programme PL17 held in Poland\n\nThe conference took place.'],
    // fixtures/holdout/docs/h05_minutes_en.txt line 1: one word of a name in capitals
    ['word of a name in capitals', 'INSIDE OUT LEARNING – Minutes of the 2nd Transnational Project Meeting\n\nThe meeting took place in Ghent.'],
    // fixtures/seeds/docs/004: the initials of a university's name are the organisation's, not the project's
    ['university initials', 'Liverpool John Moores University\n\nThe LJMU team drafted the plan.'],
    // fixtures/seeds/docs/004 line 62: beside `model` deep in a long text, one programme among others
    ['deep in the text', 'Reducing Reoffending Research Project\n\n' + 'The partners met again and discussed their progress. '.repeat(250) + 'A key facet of the Italian LCP model focuses upon employment.'],
    // probes n07, i11, n01: a fund's or a prison's initials are no project's
    ['fund initials', 'Convocatoria 2025\n\nLa convocatoria está cofinanciada por el Fondo Social Europeo Plus (FSE).\n'],
    ['prison prefix', 'Homeward: peer-led resettlement for women leaving HMP Eastwood Park\n\nThe service runs in Gloucestershire.\n'],
  ])('none: %s', (_name, text) => {
    expect(value(docOf(text), 'acronym')).toBe(null);
  });
});

describe('document_kind', () => {
  it.each([
    // dev02: slide counters
    ['slide counters', 'PROBATION SERVICE\n\n1 of 20\n\nMISSION\n\n2 of 20\n\nVALUES\n\n3 of 20\n\nThanks', 'presentation'],
    // fixtures/seeds/docs/001: a place and date under the title
    ['title page', 'Working with vulnerable groups in probation\n\nDubrovnik, 20 October 2022\n\nIuliana CĂRBUNARU\n\nContent', 'presentation'],
    // dev26: a meeting in the title
    ['meeting', '2nd international meeting in Prague summary\n\nThe second project meeting was held in Prague in March 2016.', 'meeting-report'],
    // dev38: a call
    ['call', 'Call for proposals for action grants to support transnational projects\n\nCall key data\n\nDeadline: 12.10.2023', 'call'],
    // fixtures/seeds/docs/000: a registry's rating
    ['rating', 'CIPM Pilot Programme\n\nDatabase Filters\n\nTarget population\n\nOffenders.\n\nRATING: Pioneering\n', 'programme-profile'],
    // probes n03, n08: a register's navigation (English, Dutch)
    ['register', 'Community Justice Practice Register\nHome | Browse programmes | How we rate | Submit a programme\n\nGarden Gate Horticulture Programme (GGHP)\n\nThe programme is a supported work-and-training programme for adults on probation.\n', 'programme-profile'],
    ['interventie', 'Home › Interventies zoeken › Werk › Werkpad\n\nWerkpad: van detentie naar duurzaam werk\n\nSamenvatting\n\nWerkpad is een programma voor gedetineerden.\n\nVergelijkbare interventies\n\n- Taal Werkt\n', 'programme-profile'],
    // dev21: a date under the title and a byline
    ['news byline', '£36m funding to protect domestic abuse victims\n\nUp to £18 million a year has been committed.\n\nJan 10, 2023\n\nBy Paul Jacques\n', 'news'],
    // dev52: a time-stamped post
    ['time stamp', '2009-2014 > Pre-defined projects > Project of Latvian Prison Administration\n\nState Secretary to Visit Olaine Prison\n\n04.04.2014 15:20\n\nMs Stub will be in Latvia.', 'news'],
    // dev13: a report
    ['report', 'Final Report 2010-2011 Evaluation of the Initiatives\n\nExecutive Summary\n\nThe findings set out in this report come from the evaluation.', 'report'],
    // dev35: a report's headings
    ['report headings', 'Mentoring Solutions, Ex Offender Support Programme\n\nIntroduction\n\nMentoring Solutions was a pioneering project.\n\nSummary\n\nIt was set up in 2010.', 'report'],
  ])('%s', (_name, text, want) => {
    expect(value(docOf(text), 'document_kind')).toBe(want);
  });

  it.each([
    // dev37: a headline, its author's name under it, reported speech (`raconte-t-il`, `poursuit-il`)
    ['French news', "Une passerelle entre la prison et l'emploi\n\nSophie Cois\n\nTravailler pour ne pas récidiver.\n\n« Grâce à ce projet, j'ai pu construire un projet professionnel », raconte-t-il.\n\n« Un tuteur professionnel m'a aidé », poursuit-il.", 'news'],
    // dev55: a headline of a funding boost, a government that will invest
    ['funding boost', '# Riverina, Western Sydney Youth Justice Gets Funding Boost\n\n**NSW Gov**\n\nThe Minns Labor Government will invest $4.2 million over two years to extend pilot programs.', 'news', 'x.md'],
    // Spanish, Polish, Czech and Dutch cues
    ['Spanish call', 'Convocatoria de propuestas 2024\n\nPlazo de presentación: 15 de marzo de 2024.', 'call'],
    ['Polish meeting', 'Spotkanie partnerów projektu w Warszawie\n\nSpotkanie odbyło się w dniach 3-4 czerwca. Porządek obrad obejmował ewaluację.', 'meeting-report'],
    ['Czech report', 'Závěrečná zpráva z evaluace programu\n\nÚvod\n\nText.\n\nZávěry\n\nText.', 'report'],
    ['Dutch news', 'Nieuws\n\nNieuwe aanpak voor jonge daders\n\n"Dit werkt", zegt de directeur. "We gaan door", aldus de minister.', 'news'],
  ])('%s', (_name, text, want, file = 'x.txt') => {
    expect(value(docOf(text, file), 'document_kind')).toBe(want);
  });

  it('falls back to a low-confidence project-page on the first line', () => {
    const f = run(docOf('Peacebuilding through community-level innovation\n\nOur challenge is that youth crime remains high.'))['document_kind']!;
    expect(f.value).toBe('project-page');
    expect(f.confidence).toBeLessThan(0.5);
    expect(f.method).toBe('fallback');
  });

  it('does not read `20 MINUTES` as minutes, nor a menu item as news', () => {
    // dev37 line 4; dev28 line 2
    expect(value(docOf("Une passerelle entre la prison et l'emploi\n\nDix-sept détenus. — M. DOVIC / 20 MINUTES\n\nTravailler pour ne pas récidiver."), 'document_kind')).not.toBe('meeting-report');
    expect(value(docOf('EDUCATE project\n\nHome | The project | Partners | Activities | News\n\nActivities\n\n4 transnational meetings', 'x.txt'), 'document_kind')).not.toBe('news');
  });
});

describe('a short name in quotes', () => {
  it('reads a name of one or two words in quotes after a project noun, not a longer quoted name', () => {
    expect(value(docOf('Modellprojekt der Bewährungshilfe\n\nDas Projekt „Tandem“ verbindet junge Erwachsene mit Mentoren.\n'), 'acronym')).toBe('Tandem');
    expect(value(docOf('Scheda\n\nIl progetto «Fuori Rotta» accompagna giovani adulti.\n'), 'acronym')).toBe('Fuori Rotta');
    expect(value(docOf('Förderung\n\nDas Projekt „Verantwortung statt Gewalt“ erhält 80.000 Euro.\n'), 'acronym')).toBe(null);
  });
});

describe('headlines and kinds of news in other languages', () => {
  it('passes over a two-step breadcrumb and a menu item repeated as the section of the page', () => {
    expect(value(docOf('Fondazione Comunitaria del Lario\nHome | Chi siamo | Bandi e contributi | Contatti\n\nBandi e contributi > Bandi aperti\n\nBANDO "LIBERI DI RICOMINCIARE" 2024\n\nTesto.\n'), 'title')).toBe('BANDO "LIBERI DI RICOMINCIARE" 2024');
    expect(value(docOf('El Diario de la Vega\nPortada | Local | Sociedad | Economía\n\nSOCIEDAD\n\nEl programa logra que 63 internos consigan un contrato\n\nTexto.\n'), 'title')).toBe('El programa logra que 63 internos consigan un contrato');
    // a breadcrumb's last step is the page's own title, not a menu's item
    expect(value(docOf('Site\nHome > Research > Projects > JUST Closer\n\nJUST Closer\n\nAbout the Project\n'), 'title')).toBe('JUST Closer');
  });

  it('passes over a date line with its weekday above the headline', () => {
    expect(value(docOf('Victorian Office of Community Reintegration\nHome > News and media > Media releases > 2024\n\nMEDIA RELEASE\n\nTuesday, 20 August 2024\n\nFive community organisations share $2.35 million to help people leaving prison\n\nText.\n'), 'title')).toBe('Five community organisations share $2.35 million to help people leaving prison');
  });

  it('reads news from a byline in any case, a dated line under the headline and a breadcrumb', () => {
    expect(value(docOf('El programa logra que 63 internos consigan un contrato\n\nPor Marta Olmedo\nBadajoz, 7 de noviembre de 2023 - 10:42\n\nTexto del artículo.\n'), 'document_kind')).toBe('news');
    expect(value(docOf('Νέο πρόγραμμα επανένταξης για ανήλικους παραβάτες\n\n14 Μαρτίου 2024, 11:32\nΣυντάκτης: Ελένη Καραγιάννη\n\nΚείμενο.\n'), 'document_kind')).toBe('news');
    expect(value(docOf('Kriminalvården\n\nStartsida > Om Kriminalvården > Nyheter\n\nNytt projekt ska hjälpa frigivna\n\nPublicerad 2024-03-12\n\nText.\n'), 'document_kind')).toBe('news');
  });

  it('reads a project page under `Projects` in its breadcrumb, though it quotes a governor (probes k01, k12)', () => {
    const page = 'Home › Our work › Projects › Working Futures Academy\n\nWorking Futures Academy – from prison workshop to paid work\n\nProject period: April 2023 – March 2026\n\nThe Academy trains men at HMP Leeds for construction jobs.\n\nWho delivers it\n\nBrightwater leads the Academy. Employers told us they could not find staff.\n\n“Work is the best thing we can give a man,” said the Governor.\n';
    expect(value(docOf(page), 'document_kind')).toBe('project-page');
    // a plural in a title names a call for projects, not a project page
    expect(value(docOf('Fondation Marguerite Daumier\n\nAppel à projets 2025 « Dehors, ensemble » – Préparer la sortie de détention\n\nRéférence : AAP-2025-03\nPublié le 2 juin 2025\n\nContexte\n\nDate limite de dépôt des dossiers : 30 septembre 2025.\n'), 'document_kind')).toBe('call');
  });

  it('counts a front matter\'s `author:` once, with the post\'s other keys (probe k10)', () => {
    const minutes = '---\ntitle: "Compte rendu du comité de pilotage Tremplin"\ndate: 2025-01-21\nauthor: Claire Dumas\n---\n\n# Compte rendu du comité de pilotage Tremplin\n\nLa séance a réuni douze membres. « Le projet avance », souligne la directrice.\n';
    expect(value(docOf(minutes, 'x.md'), 'document_kind')).toBe('meeting-report');
  });

  it('reads a report about a project as a report: a project page\'s words in the body count up to a bound (probe k09)', () => {
    const report = 'Modellprojekt „Anschluss finden“ – Übergangsmanagement für junge Gefangene\nAbschlussbericht der wissenschaftlichen Begleitung\n\nPROJEKTSTECKBRIEF\nProjektträger: Verein für Straffälligenhilfe Leipzig e. V.\nKooperationspartner: JSA Regis-Breitingen\n\nINHALT\n1. Zusammenfassung\n2. Ergebnisse\n\n1. ZUSAMMENFASSUNG\n\nDie Projektziele wurden erreicht. Die Projektpartner arbeiteten eng zusammen.\n\n2. ERGEBNISSE\n\nText. Empfehlungen folgen.\n';
    expect(value(docOf(report), 'document_kind')).toBe('report');
  });

  it('takes the title from a deck\'s first slide, under its marker, past the page that hosts it (probe k06)', () => {
    expect(value(docOf('Australasian Reintegration Forum 2024 · Brisbane QLD\nSlides from session 3B — uploaded by the organisers\n\n[Slide 1 of 12]\nThroughcare that sticks: early results from Bridge2Home (B2H)\nDr Priya Raman, Program Manager, Wattle Reintegration Services\n\n[Slide 2 of 12]\nThe problem\n'), 'title')).toBe('Throughcare that sticks: early results from Bridge2Home (B2H)');
  });

  it('takes the title from a deck whose slides are numbered by a figure alone, and passes over a letterhead\'s address line (probes n06, n10)', () => {
    const deck = 'Download presentation\n\nLoading slides… please wait.\n\nUploaded by lv · 9 slides · Education Behind Bars 2024\n\n\n1\n\nLEARN-IN – Digital Basic Skills Learning Inside\n\nEducation Behind Bars conference\n\n\n2\n\nWhy digital skills?\n\n\n3\n\nThe partners\n';
    expect(value(docOf(deck), 'title')).toBe('LEARN-IN – Digital Basic Skills Learning Inside');
    const minutes = 'ASBL Relais Liberté – Rue des Brasseurs 41, 5000 Namur, Belgique – www.relaisliberte.be\n\nCOMPTE RENDU DU COMITÉ DE PILOTAGE N° 4 – PROJET « CAP SORTIE »\n\nRéunion du 14 mars 2024, 9 h 30 – 12 h 30\n';
    expect(value(docOf(minutes), 'title')).toBe('COMPTE RENDU DU COMITÉ DE PILOTAGE N° 4 – PROJET « CAP SORTIE »');
  });

  it('passes over an office-holder\'s byline over a media release\'s title (probe m05)', () => {
    expect(value(docOf('MEDIA RELEASE\n\nThe Hon. Leanne Carver MP\nMinister for Corrections\nMinister for Youth Justice\n\nTuesday, 11 March 2025\n\nA safe place to land for women leaving prison\n\nWomen leaving prison in Victoria will have a safe home to go to under a new program announced by the Government today, with support for the first year.\n'), 'title')).toBe('A safe place to land for women leaving prison');
  });

  it('reads no news from a page\'s update stamp under its title', () => {
    expect(value(docOf('CROSSWAY – Cross-border Supervision of Probationers\n\nLast updated: 14 May 2024\n\nProject at a glance\n\nThe project supports probation services.\n'), 'document_kind')).not.toBe('news');
  });
});

describe('seed fixtures', () => {
  it('reads the example record of record.md', () => {
    // fixtures/seeds/docs/003_25b8ca439fb72e43.txt, the example in record.md
    const f = run(seedDoc('003_25b8ca439fb72e43.txt'));
    expect(f['title']!.value).toBe('Implementation of mediation in probation offices (MIPT)');
    expect(f['acronym']!.value).toBe('MIPT');
    expect(f['document_kind']!.value).toBe('project-page');
  });

  it('never throws on odd input', () => {
    for (const text of ['', '(', '((()))', 'A (B) (C', '\u0000\uFFFD', '# \n\n---\n---\n---', 'x'.repeat(5000)]) {
      expect(() => run(docOf(text))).not.toThrow();
      expect(() => run(docOf(text, 'x.md'))).not.toThrow();
    }
  });
});
