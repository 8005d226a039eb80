// Funding: normalised funders, Erasmus+ key actions, labelled funders and cue phrases.
import { describe, expect, it } from 'vitest';
import { funding } from '../../src/extract/funding.js';
import type { Finding } from '../../src/extract/finding.js';
import { docOf, lexiconsOf, options, seedDoc } from '../helpers.js';
import { processDocument } from '../../src/pipeline/process.js';
import type { Document } from '../../src/document.js';

function run(doc: Document): Array<{ funder: string; programme: string | null }> {
  const found: Finding[] = funding(doc, { lexicons: lexiconsOf(doc), previous: [] });
  for (const f of found) expect(doc.text.slice(f.parts!.funder!.start, f.parts!.funder!.end).trim()).not.toBe('');
  return found.map((f) => f.value as { funder: string; programme: string | null });
}

describe('funding', () => {
  it('normalises Norway Grants, also from a logo split over two lines', () => {
    // fixtures/seeds/docs/003_25b8ca439fb72e43.txt line 17; fixtures/seeds/docs/001_8bca585bf81dbcd2.txt lines 123-124
    expect(run(seedDoc('003_25b8ca439fb72e43.txt'))).toEqual([{ funder: 'Norway Grants', programme: null }]);
    expect(run(docOf('norway\ngrants\n'))).toEqual([{ funder: 'Norway Grants', programme: null }]);
    // dev53: the Norwegian Financial Mechanism and its acronym
    expect(run(docOf('The conference belongs to the Norwegian Financial Mechanism (hereinafter — the NFM).\n'))).toEqual([{ funder: 'Norway Grants', programme: null }]);
  });

  it('reads an Erasmus+ key action line as the programme, and a key action inside a project number', () => {
    // fixtures/seeds/docs/002_b12567430e135ccd.txt line 27
    expect(run(seedDoc('002_b12567430e135ccd.txt'))).toEqual([{ funder: 'Erasmus+', programme: 'KA2: Strategic Partnerships for adult education' }]);
    // record.md: `2018-1-EL01-KA204-047785`
    expect(run(docOf('Project number: 2018-1-EL01-KA204-047785\n'))).toEqual([{ funder: 'Erasmus+', programme: null }]);
  });

  it('skips a funding scheme described in general', () => {
    // dev27: boilerplate about the grants
    expect(run(docOf('The Norway Grants and the EEA Grants are Norway\'s contribution to a green Europe.\n'))).toEqual([]);
  });

  it('reads funders after cue phrases, splitting a body from its programme', () => {
    // dev43, dev05, fixtures/seeds/docs/004_57125e4fdf43df7a.txt lines 11-12, dev08, dev44, dev27
    expect(run(docOf('Project co-funded by the European Union Justice Programme 2021-2027, JUST-JACC-2021, under Grant Agreement No 101056657\n'))).toEqual([{ funder: 'European Union', programme: 'Justice Programme 2021-2027' }]);
    expect(run(docOf("Il est placé sous la supervision du PARJ (financé par l'Union Européenne) et bénéficie à la DGPR.\n"))).toEqual([{ funder: 'Union Européenne', programme: null }]);
    expect(run(docOf('*“With the financial support of the Prevention of and Fight against Crime Programme\nEuropean Commission - Directorate-General Home Affairs”*\n'))).toEqual([{ funder: 'European Commission', programme: 'Prevention of and Fight against Crime Programme' }]);
    expect(run(docOf('The programme was awarded £20 million from the Shared Outcomes Fund, a fund created to try out new ways.\n'))).toEqual([{ funder: 'Shared Outcomes Fund', programme: null }]);
    expect(run(docOf('Funded by: European Commission/DAPHNE III-Programme\n'))).toEqual([{ funder: 'European Commission', programme: 'DAPHNE III-Programme' }]);
    expect(run(docOf('All projects are co-financed in the amount of 15% from the state budget of the Slovak Republic.\n'))).toEqual([{ funder: 'state budget of the Slovak Republic', programme: null }]);
  });

  it('does not read a partner, a hyphenated `-funded` or a bare `EU-funded` beside a named body', () => {
    // dev06, seeds 004 line 56
    expect(run(docOf('Teams that run CJCCs and ARI-funded local prison diversion programs.\n'))).toEqual([]);
    expect(run(docOf('It was done in partnership with the Probation Service.\n'))).toEqual([]);
    expect(run(docOf('A project funded by the EU commission.\nThe EU-funded project ended.\n'))).toEqual([{ funder: 'EU commission', programme: null }]);
  });
  it('reads passive money-giving, money from, a unit of a body and a programme administered by a body', () => {
    // dev04 (Australian news), dev21 (Home Office news), dev46 (PCC report), dev35 (report), dev45 (project page)
    expect(run(docOf('An extra $50 million is being delivered by the Morrison Government under round six of the Safer Communities Fund.\n'))).toEqual([{ funder: 'Morrison Government', programme: null }]);
    expect(run(docOf('**Up to £18 million a year over the next two years has been committed by the Home Office to the next phase.**\n'))).toEqual([{ funder: 'Home Office', programme: null }]);
    expect(run(docOf('People have asked me about the programme that I fund with money from the Home Office.\n'))).toEqual([{ funder: 'Home Office', programme: null }]);
    expect(run(docOf('It was set up in 2010 with a donation from the Public Health Community team of Portsmouth NHS.\n'))).toEqual([{ funder: 'Public Health Community team of Portsmouth NHS', programme: null }]);
    expect(run(docOf('- **Financier:** with financial support from State budget programme 2013, administrated by Society Integration foundation\n'))).toEqual([{ funder: 'Society Integration foundation', programme: 'State budget programme 2013' }]);
    // negative: money given to someone is not money given by them
    expect(run(docOf('In 2020 $3 million was given to the Youth Trust by local donors.\n'))).toEqual([]);
  });

  it('reads support with an amount, a call issuer, two funders joined by `e`, pl/cs scheme names', () => {
    const cases: Array<[string, Array<{ funder: string; programme: string | null }>]> = [
      // fixtures/holdout/docs/h02_grant_news_de.md line 9
      ['Die Stiftung Zukunft Jugend unterstützt das Projekt „Verantwortung statt Gewalt“ des Vereins Neue Wege Sachsen e. V. mit 180.000 Euro.\n', [{ funder: 'Stiftung Zukunft Jugend', programme: null }]],
      // dev (German project page): verb first, the payer after it, with an amount
      ['Damit die Arbeit einheitlicher wird, gab die Landesstiftung Baden-Württemberg über 3 Jahre hinweg insgesamt 1,2 Millionen Euro.\n', [{ funder: 'Landesstiftung Baden-Württemberg', programme: null }]],
      ['Damit die Arbeit einheitlicher wird, gab die Landesstiftung Baden-Württemberg gute Ratschläge.\n', []],
      // negative: support without an amount is not funding
      ['Die Stiftung Zukunft Jugend unterstützt das Projekt mit Rat und Tat.\n', []],
      // fixtures/holdout/docs/h04_slides_it.md line 23
      ['- Finanziato da Regione Lombardia e Cassa delle Ammende\n', [{ funder: 'Regione Lombardia', programme: null }, { funder: 'Cassa delle Ammende', programme: null }]],
      // fixtures/holdout/docs/h03_call_fr.html line 12
      ["La Fondation Horizon Réinsertion lance, en partenariat avec la Direction de l'administration pénitentiaire (DAP), son quatrième appel à projets.\n", [{ funder: 'Fondation Horizon Réinsertion', programme: null }]],
      // negative: launching a project is not issuing a call
      ['La Fondation Horizon Réinsertion lance un nouveau site internet.\n', []],
      // fixtures/holdout/docs/h01_probation_pl.txt line 2 (Polish name of Norway Grants, programme in quotes)
      ['Karta projektu | Fundusze Norweskie 2014–2021, Program „Sprawiedliwość”\n', [{ funder: 'Norway Grants', programme: 'Sprawiedliwość' }]],
      ['Projekt je financován z Fondů EHP.\n', [{ funder: 'EEA Grants', programme: null }]],
      // dev27 boilerplate: the schemes' blurb names no funder of the project
      ['The Norway Grants and the EEA Grants are Norway\'s contribution to a green, competitive and inclusive Europe.\n', []],
    ];
    for (const [text, want] of cases) expect(run(docOf(text))).toEqual(want);
  });

  it('reads each funder a label lists, also under a grant label that names who pays', () => {
    expect(run(docOf('Projekt\n\nFörderung: Europäischer Sozialfonds (ESF); Ministerium der Justiz und für Migration\n'))).toEqual([
      { funder: 'Europäischer Sozialfonds (ESF)', programme: null },
      { funder: 'Ministerium der Justiz und für Migration', programme: null },
    ]);
    // commas alone do not make a list: the second name may be a part of the first body
    expect(run(docOf('Project\n\nFunder: European Commission, Directorate-General for Justice\n'))).toEqual([{ funder: 'European Commission', programme: null }]);
    // a grant label with an amount is money, not a funder
    expect(run(docOf('Projekt\n\nFörderung: 1,46 Mio. Euro\n'))).toEqual([]);
  });

  it('reads funders after Swedish, Danish and Romanian cues', () => {
    expect(run(docOf('Projektet finansieras av Svenska ESF-rådet inom socialfonden.\n'))).toEqual([{ funder: 'Svenska ESF-rådet', programme: null }]);
    expect(run(docOf('Programmet blev finansieret af Lise og Aage Brandts Fond med en bevilling.\n'))).toEqual([{ funder: 'Lise og Aage Brandts Fond', programme: null }]);
    expect(run(docOf('Proiect cofinanțat din Fondul Social European prin programul operațional.\n'))).toEqual([{ funder: 'Fondul Social European', programme: null }]);
  });

  it('reads the body that awards a grant of an amount (`awarded a grant of £420,000 by X`)', () => {
    expect(run(docOf('The charity has been awarded a grant of £420,000 by the Aldermoor Charitable Trust to extend its work.\n'))).toEqual([{ funder: 'Aldermoor Charitable Trust', programme: null }]);
  });

  it('reads where an amount comes from, in the lexicon\'s languages (`425.000 euro van het ministerie …`)', () => {
    expect(run(docOf('Het project krijgt een subsidie van 425.000 euro van het ministerie van Justitie en Veiligheid. Daarmee kan het doorlopen.\n'))).toEqual([
      { funder: 'ministerie van Justitie en Veiligheid', programme: null },
    ]);
    expect(run(docOf('The charity receives £1.2 million in grants from the Harbour Light Trust over three years.\n'))).toEqual([{ funder: 'Harbour Light Trust', programme: null }]);
    expect(run(docOf('The pilot secured £250,000 funding from the Harbour Light Trust.\n'))).toEqual([{ funder: 'Harbour Light Trust', programme: null }]);
    // a share of the cost: `60% from the European Social Fund`
    expect(run(docOf('The project is financed 60% from the European Social Fund and 40% from own resources.\n'))).toEqual([{ funder: 'European Social Fund', programme: null }]);
    expect(run(docOf('La asociación recibe 50.000 euros de la Fundación Cauce Solidario para el taller.\n'))).toEqual([{ funder: 'Fundación Cauce Solidario', programme: null }]);
    // no name after the word: a date, a lower-case noun
    expect(run(docOf('The budget rises to €50,000 from 2025 and to €60,000 from the second year.\n'))).toEqual([]);
  });

  it('reads one more payer after a conjunction and the cue\'s word (`… e pela Fundação X`)', () => {
    expect(run(docOf('- Financiamento: Cofinanciado pela União Europeia através do Programa Pessoas 2030 (Fundo Social Europeu Mais) e pela Fundação Rocha Brandão\n'))).toEqual([
      { funder: 'União Europeia', programme: null },
      { funder: 'Fundação Rocha Brandão', programme: null },
    ]);
    // `and the` is no repeated cue word
    expect(run(docOf('The project is funded by the Harbour Light Trust and the partners give their time.\n'))).toEqual([{ funder: 'Harbour Light Trust', programme: null }]);
  });

  it('reads a body that contributes an amount, by the lexicon\'s verbs (`Das Land … stellt … 1,44 Millionen Euro bereit`)', () => {
    expect(run(docOf('Die Europäische Union beteiligt sich über den Europäischen Sozialfonds Plus mit 2,16 Millionen Euro. Das Land Mecklenburg-Vorpommern stellt weitere 1,44 Millionen Euro aus Landesmitteln bereit.\n'))).toEqual([
      { funder: 'Europäische Union', programme: null },
      { funder: 'Land Mecklenburg-Vorpommern', programme: null },
    ]);
    // the verb without an amount names no payer
    expect(run(docOf('Das Land Mecklenburg-Vorpommern stellt das Konzept am Montag vor.\n'))).toEqual([]);
  });

  it('keeps `and` inside the last item of a list set apart by semicolons or bars', () => {
    expect(run(docOf('Proyecto\n\nFinanciación: Fondo Social Europeo; Consejería de Inclusión Social y Familias\n'))).toEqual([
      { funder: 'Fondo Social Europeo', programme: null },
      { funder: 'Consejería de Inclusión Social y Familias', programme: null },
    ]);
    expect(run(docOf('Gefördert durch: Europäische Kommission | Landesstiftung Kinderchancen\n'))).toEqual([
      { funder: 'Europäische Kommission', programme: null },
      { funder: 'Landesstiftung Kinderchancen', programme: null },
    ]);
  });

  it('reads a body whose head word is in lower case before a verb of giving (`De gemeente Dordwijk draagt … bij`)', () => {
    expect(run(docOf('Het project kost €335.000. De gemeente Dordwijk zorgt voor een cofinanciering van €60.000.\n'))).toEqual([{ funder: 'gemeente Dordwijk', programme: null }]);
  });

  it('reads the bodies of a table of funding sources, wrapped names and all, but no total and no fact box', () => {
    const doc = docOf(
      'Report\n\nTable 1. Sources of funding\n\n  Source                                                 Amount\n  -----------------------------------------------------  ----------\n  Nova Scotia Department of Housing and Reintegration\n    (Community Housing Transitions Fund) – grant        $1,350,000\n  Bluenose Foundation – co-financing                      $210,000\n  Total program cost                                    $1,560,000\n',
    );
    expect(run(doc)).toEqual([
      { funder: 'Nova Scotia Department of Housing and Reintegration', programme: null },
      { funder: 'Bluenose Foundation', programme: null },
    ]);
    // a fact box's row `Funder | Name` is a label, not a table's header: `Grant` below is no funder
    expect(run(docOf('| Funder | Greenfield Youth Trust |\n|---|---|\n| Grant | £348,000 over three years |\n', 'x.md'))).toEqual([{ funder: 'Greenfield Youth Trust', programme: null }]);
  });

  it('keeps one funder where a short form stands for a fuller name (`de la DAP` beside `… (DAP)`)', () => {
    const doc = docOf('Projet\n\nFinancement : Direction de l\'administration pénitentiaire (DAP) ; Fondation Reliance Solidarités\n\nBudget : 214 500 €, dont 96 000 € de la DAP et 25 000 € de la Fondation Reliance Solidarités.\n');
    expect(run(doc)).toEqual([
      { funder: "Direction de l'administration pénitentiaire (DAP)", programme: null },
      { funder: 'Fondation Reliance Solidarités', programme: null },
    ]);
  });

  it('reads the names of a grant label around a year in brackets or before the amount, and no sentence', () => {
    expect(run(docOf('Progetto\n\nFinanziamento: Cassa delle Ammende (bando «Lavoro e inclusione» 2023) e Fondazione Orsini per il Sud\n'))).toEqual([
      { funder: 'Cassa delle Ammende', programme: null },
      { funder: 'Fondazione Orsini per il Sud', programme: null },
    ]);
    expect(run(docOf('Projekt\n\n- Förderung: Ludwig-Körner-Stiftung, 48.000 € für zwei Jahre\n'))).toEqual([{ funder: 'Ludwig-Körner-Stiftung', programme: null }]);
    expect(run(docOf('## Grant Summary Please summarise in one sentence the purpose of this grant (maximum 35 words).\n', 'x.md'))).toEqual([]);
  });

  it('reads no EU beside Erasmus+, the EU\'s own programme', () => {
    expect(run(docOf('The project was a partnership funded by Erasmus+.\n\nCo-funded by the EU.\n'))).toEqual([{ funder: 'Erasmus+', programme: null }]);
  });

  it('reads every body of a list of funders (`Our funders include A, B and C`)', () => {
    expect(run(docOf('Annual report\n\nOur funders include the Henry Smith Charity, the Tudor Trust and the National Lottery Community Fund.\n')).map((f) => f.funder)).toEqual(['Henry Smith Charity', 'Tudor Trust', 'National Lottery Community Fund']);
  });

  it('reads no payer before a passive (`Activities that can be funded`), and still one before an active verb', () => {
    // probe c09: a call's heading in capitals
    expect(run(docOf('Call for proposals\n\n4. ACTIVITIES THAT CAN BE FUNDED\n\n- mutual learning and exchange of good practice;\n'))).toEqual([]);
    expect(run(docOf('News\n\nThe Henry Smith Charity funded the first year of the programme.\n')).map((f) => f.funder)).toEqual(['Henry Smith Charity']);
  });

  it('reads support from a body whose name pays (`supported by the … Fund`), not from any body', () => {
    expect(run(docOf('Project\n\nThis project is supported by the National Lottery Community Fund.\n'))).toEqual([{ funder: 'National Lottery Community Fund', programme: null }]);
    expect(run(docOf('Project\n\nThe pilot is supported by the Department of Justice and the Probation Service.\n'))).toEqual([]);
  });

  it('reads the issuer of a call that pays from its own funds as a funder, not one that hands on public money', () => {
    const funders = (text: string) => {
      const outcome = processDocument(Buffer.from(text), 'call.md', options);
      return outcome.ok ? outcome.record.funding.map((f) => f.funder) : [];
    };
    const call = (money: string) =>
      `# Appel à projets 2025 « Liens retrouvés »\n\nPorteur : Fondation Lucienne Arnaud\n\nLa Fondation Lucienne Arnaud lance un appel à projets pour soutenir des associations qui accompagnent les personnes détenues à la sortie de prison.${money}\n\nDate limite de dépôt des candidatures : 15 mars 2025.\n`;
    expect(funders(call(' Chaque projet peut recevoir jusqu\'à 20 000 euros.'))).toEqual(['Fondation Lucienne Arnaud']);
    expect(funders(call(' Les projets sont cofinancés par le Fonds social européen plus (FSE+).'))).not.toContain('Fondation Lucienne Arnaud');
  });

  it('reads a name in sentence case up to the acronym it spells (`(FSE+)`), and no payer\'s word alone', () => {
    const doc = docOf("Projet Passerelles\n\nLe projet est cofinancé par le Fonds social européen plus (FSE+) et porté par l'association Relais Sud. Les actions déjà financées par le Fonds social européen ne peuvent pas être soutenues une seconde fois.\n");
    // (the acronym stays with the name, as `Department for Political and Peacebuilding Affairs (DPPA)` in dev gold)
    expect(run(doc).map((f) => f.funder)).toEqual(['Fonds social européen plus (FSE+)']);
  });

  it('reads the state budget as a funder on a funding line, with the words that say whose it is', () => {
    // probe g02: a labelled co-financer, its state after it, and a bare mention in prose that adds nothing
    const sk = docOf('Rodina bez mreží\n\nZvyšných 78 706 eur (15 %) tvorí spolufinancovanie zo štátneho rozpočtu.\n\nSpolufinancovanie: štátny rozpočet Slovenskej republiky\n');
    expect(run(sk).map((f) => f.funder)).toContain('štátny rozpočet Slovenskej republiky');
    expect(run(sk).map((f) => f.funder)).not.toContain('štátneho rozpočtu');
    // probe g04: after an amount, its state before it, as Lithuanian writes it
    const lt = docOf('<h1>Grįžimo tiltas</h1><table><tr><th>Bendrasis finansavimas</th><td>76 926,00 Eur (15 %) – Lietuvos Respublikos valstybės biudžetas</td></tr></table>', 'kortele.html');
    expect(run(lt).map((f) => f.funder)).toContain('Lietuvos Respublikos valstybės biudžetas');
    // probe b15: in a label's brackets
    const cs = docOf('<h1>Restart</h1><p>Projekt je určen pro lidi, kteří jsou po výkonu trestu, a pro jejich rodiny.</p><dl><dt>Spolufinancování (státní rozpočet ČR)</dt><dd>176 470 EUR (4 588 220 Kč)</dd></dl>', 'restart.html');
    expect(run(cs).map((f) => f.funder)).toContain('státní rozpočet ČR');
    // dev45: a programme of the state budget is no funder of its own; nor is a budget in prose without an amount
    const en = docOf('Project\n\nFunding: State budget programme 2013, administrated by Society Integration foundation\n\nThe state budget of Latvia grew in 2013.\n');
    expect(run(en).map((f) => f.funder)).not.toContain('State budget');
    expect(run(en).map((f) => f.funder)).not.toContain('state budget of Latvia');
  });

  it('reads a payer named inside a grant or co-financing label, but not a word left of a longer label', () => {
    // probes i09, i10 and g03
    const fr = docOf('<h1>Tremplin</h1><p>Le projet accompagne des personnes sortant de prison vers l’emploi.</p><table><tr><th>Cofinancement Fondation Calanques Solidaires</th><td>120 000 €</td></tr></table>', 'x.html');
    expect(run(fr).map((f) => f.funder)).toContain('Fondation Calanques Solidaires');
    const it = docOf('Rapporto\n\nIl progetto è stato realizzato a Bologna per le persone detenute.\n\nCofinanziamento Regione Emilia-Romagna: € 97.250,00\n');
    expect(run(it).map((f) => f.funder)).toContain('Regione Emilia-Romagna');
    const hr = docOf('| | |\n|---|---|\n| **Bespovratna sredstva ESF-a (85 %)** | 2.708.440,00 kn |\n\nProjekt je za osobe koje su izašle iz zatvora.\n', 'x.md');
    expect(run(hr).map((f) => f.funder)).not.toContain('ESF-a');
  });

  it('reads `awarded by`, Dutch `bijdrage van` and French `soutien financier de` as funding cues', () => {
    // probes i03, i12 and i09
    expect(run(docOf('Report\n\nThis project was supported by Grant No. 2020-CZ-BX-0117 awarded by the Bureau of Justice Assistance (BJA) under the Second Chance Act.\n')).map((f) => f.funder)).toContain('Bureau of Justice Assistance (BJA)');
    expect(run(docOf('Profiel\n\nWWD wordt gefinancierd door de gemeente Enschede, met een aanvullende bijdrage van het Fonds Vrije Toekomst Twente.\n')).map((f) => f.funder)).toContain('Fonds Vrije Toekomst Twente');
    expect(run(docOf('Projet\n\nLe projet bénéficie du soutien financier de la Fondation Calanques Solidaires.\n')).map((f) => f.funder)).toContain('Fondation Calanques Solidaires');
  });

  it('reads a programme in brackets after a labelled payer, the next payer after `and the`, and an amount `, provided by` (probes k01, k05)', () => {
    expect(run(docOf('Academy\n\nFunded by: The Ashlow Charitable Trust (Futures Fund) and the Ministry of Justice\n'))).toEqual([
      { funder: 'Ashlow Charitable Trust', programme: 'Futures Fund' },
      { funder: 'Ministry of Justice', programme: null },
    ]);
    expect(run(docOf('Call\n\nThe total envelope for this intake is CAD 600,000, provided by Public Safety Canada and the Laurentian Community Trust.\n')).map((f) => f.funder)).toEqual(['Public Safety Canada', 'Laurentian Community Trust']);
    // a grant label's payer after the amount and a dash (probe k12)
    expect(run(docOf('| | |\n|---|---|\n| Recursos federais | R$ 1.850.000,00 – Fundo Penitenciário Nacional (Funpen) |\n', 'x.md')).map((f) => f.funder)).toEqual(['Fundo Penitenciário Nacional (Funpen)']);
    // an acronym in brackets is part of the name, not a programme
    expect(run(docOf('Project\n\nFunded by: Bureau of Justice Assistance (BJA)\n')).map((f) => f.programme)).toEqual([null]);
  });

  it('reads a programme the payer owns (`the Scottish Government\'s Reducing Reoffending Change Fund`; probes n02, c05)', () => {
    expect(run(docOf('News\n\nThe pilot is funded with £186,000 from the Scottish Government\'s Reducing Reoffending Change Fund.\n'))).toEqual([{ funder: 'Scottish Government', programme: 'Reducing Reoffending Change Fund' }]);
    expect(run(docOf('Meeting\n\nThe project is co-funded by the European Union\'s Justice Programme.\n'))).toEqual([{ funder: 'European Union', programme: 'Justice Programme' }]);
  });
});
