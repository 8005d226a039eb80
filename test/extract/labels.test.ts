import { describe, expect, it } from 'vitest';
import { factsFor, labelFacts } from '../../src/extract/labels.js';
import { dates } from '../../src/extract/dates.js';
import { money } from '../../src/extract/money.js';
import type { Finding } from '../../src/extract/finding.js';
import { docOf, lexiconsOf } from '../helpers.js';

// Fact sheets in the style of EU grant portals (Norway/EEA Grants, ESF/ERDF operational programmes,
// national project databases), written for these tests, one per language: the label phrases come
// from pipelines/lexicon/labels.yaml, months from dates.yaml, currencies from money.yaml.

type Case = {
  lang: string;
  text: string;
  facts: Record<string, string>;
  timeframe?: { start?: string; end?: string; duration_months?: number };
  costs?: Array<[string, number, string]>;
  previous?: Finding[];
};

const country = (code: string): Finding => ({ path: '/countries/-', value: code, start: 0, end: 1, method: 'test', confidence: 1 });

const CASES: Case[] = [
  {
    lang: 'pl',
    text: 'Tytuł projektu: Nowy start\nBeneficjent: Okręgowy Inspektorat Służby Więziennej w Krakowie\nNumer projektu: PL14-0045\nWartość projektu: 1 250 000,00 zł\nKwota dofinansowania: 1 062 500,00 zł\nOkres realizacji: 1 stycznia 2019 r. – 31 grudnia 2020 r.\nGrupa docelowa: osadzeni i ich rodziny\n',
    facts: { title: 'Nowy start', promoter: 'Okręgowy Inspektorat Służby Więziennej w Krakowie', project_number: 'PL14-0045', target_groups: 'osadzeni i ich rodziny' },
    timeframe: { start: '2019-01-01', end: '2019-12-31'.replace('2019', '2020'), duration_months: 24 },
    costs: [['total', 1250000, 'PLN'], ['grant', 1062500, 'PLN']],
  },
  {
    lang: 'cs',
    text: 'Název projektu: Mediace v praxi\nPříjemce: Probační a mediační služba ČR\nRegistrační číslo projektu: CZ.03.2.63/0.0/0.0/15_007/0001234\nCelkové náklady: 12 500 000 Kč\nVýše dotace: 10 625 000 Kč\nZahájení projektu: 1. 4. 2017\nUkončení projektu: 31. 3. 2020\nCílová skupina: odsouzení a oběti trestných činů\n',
    facts: { title: 'Mediace v praxi', promoter: 'Probační a mediační služba ČR', project_number: 'CZ.03.2.63/0.0/0.0/15_007/0001234' },
    timeframe: { start: '2017-04-01', end: '2020-03-31', duration_months: 36 },
    costs: [['total', 12500000, 'CZK'], ['grant', 10625000, 'CZK']],
  },
  {
    lang: 'sk',
    text: 'Názov projektu: Druhá šanca\nPrijímateľ: Zbor väzenskej a justičnej stráže\nKód projektu: 312041X123\nCelkové oprávnené výdavky: 850 000,00 eur\nVýška NFP: 807 500,00 eur\nZačiatok realizácie: 09/2016\nKoniec realizácie: 08/2019\n',
    facts: { promoter: 'Zbor väzenskej a justičnej stráže', project_number: '312041X123' },
    timeframe: { start: '2016-09', end: '2019-08', duration_months: 36 },
    costs: [['total', 850000, 'EUR'], ['grant', 807500, 'EUR']],
  },
  {
    lang: 'hu',
    text: 'A projekt címe: Második esély\nKedvezményezett: Igazságügyi Minisztérium\nProjektazonosító: EFOP-1.3.5-16-2016-00123\nTámogatás összege: 149 850 000 Ft\nProjekt kezdete: 2017. március 1.\nProjekt vége: 2019. február 28.\nCélcsoport: fogvatartottak\n',
    facts: { title: 'Második esély', promoter: 'Igazságügyi Minisztérium', project_number: 'EFOP-1.3.5-16-2016-00123', target_groups: 'fogvatartottak' },
    timeframe: { start: '2017-03-01', end: '2019-02-28', duration_months: 24 },
    costs: [['grant', 149850000, 'HUF']],
  },
  {
    lang: 'ro',
    text: 'Titlul proiectului: Reintegrare socială prin muncă\nBeneficiar: Administrația Națională a Penitenciarelor\nCod SMIS: 105622\nValoarea totală a proiectului: 4.250.000,00 lei\nFinanțare nerambursabilă: 3.612.500,00 lei\nPerioada de implementare: 1 octombrie 2018 – 30 septembrie 2020\nGrup țintă: persoane private de libertate\n',
    facts: { promoter: 'Administrația Națională a Penitenciarelor', project_number: '105622', target_groups: 'persoane private de libertate' },
    timeframe: { start: '2018-10-01', end: '2020-09-30', duration_months: 24 },
    costs: [['total', 4250000, 'RON'], ['grant', 3612500, 'RON']],
  },
  {
    lang: 'hr',
    text: 'Naziv projekta: Novi početak\nNositelj projekta: Ministarstvo pravosuđa\nReferentni broj: UP.02.2.2.07.0123\nUkupna vrijednost projekta: 1.500.000,00 kn\nIznos bespovratnih sredstava: 1.275.000,00 kn\nRazdoblje provedbe: 1. siječnja 2019. – 31. prosinca 2020.\n',
    facts: { title: 'Novi početak', promoter: 'Ministarstvo pravosuđa', project_number: 'UP.02.2.2.07.0123' },
    timeframe: { start: '2019-01-01', end: '2020-12-31', duration_months: 24 },
    costs: [['total', 1500000, 'HRK'], ['grant', 1275000, 'HRK']],
  },
  {
    lang: 'sl',
    text: 'Naziv projekta: Pot nazaj\nNosilec projekta: Uprava za probacijo\nSkupna vrednost projekta: 420.000,00 EUR\nVišina sofinanciranja: 357.000,00 EUR\nTrajanje projekta: 24 mesecev\nZačetek: 1. 9. 2018\n',
    facts: { promoter: 'Uprava za probacijo' },
    timeframe: { start: '2018-09-01', duration_months: 24 },
    costs: [['total', 420000, 'EUR'], ['grant', 357000, 'EUR']],
  },
  {
    lang: 'es',
    text: 'Título del proyecto: Segunda Oportunidad\nEntidad coordinadora: Fundación Diagrama\nSocios: Universidad de Murcia; Ayuntamiento de Cartagena\nPresupuesto total: 250.000 €\nSubvención concedida: 200.000 €\nFecha de inicio: 01/09/2019\nFecha de finalización: 31/08/2021\nDestinatarios: jóvenes infractores\n',
    facts: { title: 'Segunda Oportunidad', promoter: 'Fundación Diagrama', partners: 'Universidad de Murcia; Ayuntamiento de Cartagena', target_groups: 'jóvenes infractores' },
    timeframe: { start: '2019-09-01', end: '2021-08-31', duration_months: 24 },
    costs: [['total', 250000, 'EUR'], ['grant', 200000, 'EUR']],
  },
  {
    lang: 'nl',
    text: 'Projectnaam: Werk na detentie\nPenvoerder: Reclassering Nederland\nProjectpartners: Dienst Justitiële Inrichtingen, Gemeente Utrecht\nSubsidiebedrag: € 180.000\nLooptijd: januari 2020 tot december 2021\nDoelgroep: (ex-)gedetineerden\n',
    facts: { title: 'Werk na detentie', promoter: 'Reclassering Nederland', partners: 'Dienst Justitiële Inrichtingen, Gemeente Utrecht', target_groups: '(ex-)gedetineerden' },
    timeframe: { start: '2020-01', end: '2021-12', duration_months: 24 },
    costs: [['grant', 180000, 'EUR']],
  },
  {
    lang: 'sv',
    text: 'Projektnamn: Ny väg ut\nProjektägare: Kriminalvården\nDiarienummer: 2019-00123\nBeviljat stöd: 2 400 000 kronor\nProjektperiod: 2019-03-01 – 2021-02-28\nMålgrupp: unga lagöverträdare\n',
    facts: { title: 'Ny väg ut', promoter: 'Kriminalvården', project_number: '2019-00123', target_groups: 'unga lagöverträdare' },
    timeframe: { start: '2019-03-01', end: '2021-02-28', duration_months: 24 },
    costs: [['grant', 2400000, 'SEK']],
  },
  {
    lang: 'da',
    text: 'Projektnavn: Job efter afsoning\nProjektejer: Kriminalforsorgen\nBevilling: kr. 1.500.000\nProjektperiode: 1. august 2018 til 31. juli 2020\nMålgruppe: løsladte\n\nProjektet gennemføres i Danmark.\n',
    facts: { promoter: 'Kriminalforsorgen', target_groups: 'løsladte' },
    timeframe: { start: '2018-08-01', end: '2020-07-31', duration_months: 24 },
    costs: [['grant', 1500000, 'DKK']],
    previous: [country('DK')],
  },
  {
    lang: 'no',
    text: 'Prosjektnavn: Ny start\nProsjekteier: Kriminalomsorgsdirektoratet\nTilskudd: kr 1 250 000\nProsjektperiode: 01.01.2019–31.12.2020\n',
    facts: { title: 'Ny start', promoter: 'Kriminalomsorgsdirektoratet' },
    timeframe: { start: '2019-01-01', end: '2020-12-31', duration_months: 24 },
    costs: [['grant', 1250000, 'NOK']],
    previous: [country('NO')],
  },
  {
    lang: 'fi',
    text: 'Hankkeen nimi: Uusi alku\nToteuttaja: Rikosseuraamuslaitos\nHankekoodi: S21234\nKokonaisbudjetti: 320 000 euroa\nMyönnetty tuki: 256 000 euroa\nToteutusaika: 1.9.2018–31.8.2021\n',
    facts: { title: 'Uusi alku', promoter: 'Rikosseuraamuslaitos', project_number: 'S21234' },
    timeframe: { start: '2018-09-01', end: '2021-08-31', duration_months: 36 },
    costs: [['total', 320000, 'EUR'], ['grant', 256000, 'EUR']],
  },
  {
    lang: 'lt',
    text: 'Projekto pavadinimas: Antras šansas\nProjekto vykdytojas: Kalėjimų departamentas\nProjekto kodas: LT05-0012\nBendra projekto vertė: 512 340,00 Eur\nProjekto pradžia: 2018 m. spalio 1 d.\nProjekto pabaiga: 2020 m. rugsėjo 30 d.\n',
    facts: { title: 'Antras šansas', promoter: 'Kalėjimų departamentas', project_number: 'LT05-0012' },
    timeframe: { start: '2018-10-01', end: '2020-09-30', duration_months: 24 },
    costs: [['total', 512340, 'EUR']],
  },
  {
    lang: 'lv',
    text: 'Projekta nosaukums: Atpakaļ sabiedrībā\nProjekta īstenotājs: Valsts probācijas dienests\nProjekta Nr.: LV07-0004\nKopējās izmaksas: 1 200 000 EUR\nSākuma datums: 2018. gada 1. jūlijs\nBeigu datums: 2020. gada 30. jūnijs\n',
    facts: { promoter: 'Valsts probācijas dienests', project_number: 'LV07-0004' },
    timeframe: { start: '2018-07-01', end: '2020-06-30', duration_months: 24 },
    costs: [['total', 1200000, 'EUR']],
  },
  {
    lang: 'et',
    text: 'Projekti nimi: Tagasi tööle\nElluviija: Justiitsministeerium\nProjekti kogumaksumus: 640 000 eurot\nAlguskuupäev: 01.02.2019\nLõppkuupäev: 31.01.2021\n',
    facts: { title: 'Tagasi tööle', promoter: 'Justiitsministeerium' },
    timeframe: { start: '2019-02-01', end: '2021-01-31', duration_months: 24 },
    costs: [['total', 640000, 'EUR']],
  },
  {
    lang: 'bg',
    text: 'Наименование на проекта: Нов шанс\nБенефициент: Главна дирекция „Изпълнение на наказанията“\nНомер на договора: BG12-0023\nОбща стойност: 2 300 000 лв.\nБезвъзмездна финансова помощ: 1 955 000 лв.\nПериод на изпълнение: 01.03.2019 г. – 28.02.2021 г.\n',
    facts: { title: 'Нов шанс', project_number: 'BG12-0023' },
    timeframe: { start: '2019-03-01', end: '2021-02-28', duration_months: 24 },
    costs: [['total', 2300000, 'BGN'], ['grant', 1955000, 'BGN']],
  },
  {
    lang: 'el',
    text: 'Τίτλος έργου: Δεύτερη ευκαιρία\nΔικαιούχος: Υπουργείο Δικαιοσύνης\nΚωδικός ΟΠΣ: 5001234\nΣυνολικός προϋπολογισμός: 750.000,00 €\nΔιάρκεια: 1 Οκτωβρίου 2018 – 30 Σεπτεμβρίου 2020\n',
    facts: { title: 'Δεύτερη ευκαιρία', promoter: 'Υπουργείο Δικαιοσύνης', project_number: '5001234' },
    timeframe: { start: '2018-10-01', end: '2020-09-30', duration_months: 24 },
    costs: [['total', 750000, 'EUR']],
  },
  {
    lang: 'de',
    text: 'Projekttitel: Übergang gestalten\nZuwendungsempfänger: Bewährungshilfe Stuttgart e.V.\nFördergeber: Europäischer Sozialfonds\nFördersumme: 1,2 Mio. Euro\nProjektstart: 01.10.2018\nLaufzeitende: 30.09.2021\n',
    facts: { title: 'Übergang gestalten', promoter: 'Bewährungshilfe Stuttgart e.V.', funder: 'Europäischer Sozialfonds' },
    timeframe: { start: '2018-10-01', end: '2021-09-30', duration_months: 36 },
    costs: [['grant', 1200000, 'EUR']],
  },
  {
    lang: 'fr',
    text: 'Titre du projet : Passerelle emploi\nChef de file : Association Réagir\nFinancé par : Fonds social européen\nMontant de l\'aide : 95 000 €\nDate de démarrage : 1er janvier 2019\nDate d\'achèvement : 31 décembre 2020\n',
    facts: { title: 'Passerelle emploi', promoter: 'Association Réagir', funder: 'Fonds social européen' },
    timeframe: { start: '2019-01-01', end: '2020-12-31', duration_months: 24 },
    costs: [['grant', 95000, 'EUR']],
  },
  {
    lang: 'it',
    text: 'Titolo del progetto: Liberi di ricominciare\nSoggetto attuatore: Cooperativa Sociale Il Ponte\nCodice CUP: J89D17000120006\nContributo concesso: € 180.000,00\nData di avvio: 15/03/2018\nData di conclusione: 14/03/2020\n',
    facts: { title: 'Liberi di ricominciare', promoter: 'Cooperativa Sociale Il Ponte', project_number: 'J89D17000120006' },
    timeframe: { start: '2018-03-15', end: '2020-03-14', duration_months: 24 },
    costs: [['grant', 180000, 'EUR']],
  },
  {
    lang: 'pt',
    text: 'Título do projeto: Recomeçar\nEntidade coordenadora: Direção-Geral de Reinserção e Serviços Prisionais\nCódigo da operação: POISE-03-4229-FSE-000123\nApoio financeiro: 425.000,00 €\nData de início: 01-10-2018\n',
    facts: { promoter: 'Direção-Geral de Reinserção e Serviços Prisionais', project_number: 'POISE-03-4229-FSE-000123' },
    costs: [['grant', 425000, 'EUR']],
  },
];

function timeframeOf(findings: Finding[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of findings) if (f.path.startsWith('/timeframe/')) out[f.path.slice('/timeframe/'.length)] = f.value;
  return out;
}

describe('labelled fact sheets per language', () => {
  it.each(CASES.map((c) => [c.lang, c] as const))('%s', (_lang, c) => {
    const doc = docOf(c.text);
    const context = { lexicons: lexiconsOf(doc), previous: c.previous ?? [] };
    for (const [key, want] of Object.entries(c.facts)) {
      const got = factsFor(doc, lexiconsOf(doc), key).map((f) => f.text);
      expect(got, key).toContain(want);
    }
    for (const f of labelFacts(doc, lexiconsOf(doc))) expect(doc.view.slice(f.value.start, f.value.end).replace(/\s+/g, ' ').trim().replace(/^["']|["']$/g, '')).toBe(f.text);
    if (c.timeframe) {
      const found = dates(doc, context);
      expect(timeframeOf(found)).toEqual(c.timeframe);
      // evidence: each value's span is a date or duration of the text
      for (const f of found) expect(doc.text.slice(f.start, f.end)).toMatch(/\d/);
    }
    if (c.costs) {
      const found = money(doc, context);
      const got = found.map((f) => {
        const v = f.value as { kind: string; amount: number; currency: string };
        return [v.kind, v.amount, v.currency];
      });
      expect(got).toEqual(c.costs);
      // evidence: each amount's span is the amount as written
      for (const f of found) expect(doc.text.slice(f.start, f.end)).toMatch(/^\S.*\d/);
    }
  });
});

describe('label shapes', () => {
  it('reads next-line values, table cells and front matter', () => {
    // next line: portal pages print the label above its value
    let doc = docOf('Beneficjent\nFundacja Sławek\n\nOkres realizacji\n01.03.2018 - 28.02.2019\n');
    expect(factsFor(doc, lexiconsOf(doc), 'promoter').map((f) => f.text)).toEqual(['Fundacja Sławek']);
    expect(factsFor(doc, lexiconsOf(doc), 'timeframe').map((f) => f.text)).toEqual(['01.03.2018 - 28.02.2019']);
    // a table row read as cells
    doc = docOf('<table><tr><td>Příjemce</td><td>Vězeňská služba ČR</td></tr><tr><td>Celkové náklady</td><td>2 000 000 Kč</td></tr></table>', 'x.html');
    expect(factsFor(doc, lexiconsOf(doc), 'promoter').map((f) => [f.text, f.method])).toEqual([['Vězeňská služba ČR', 'table']]);
    expect(factsFor(doc, lexiconsOf(doc), 'cost_total').map((f) => f.text)).toEqual(['2 000 000 Kč']);
    // front matter keys are labels too
    doc = docOf('---\ntitel: Werk na detentie\npenvoerder: Reclassering Nederland\nlooptijd: 24 maanden\n---\nTekst.\n', 'x.md');
    expect(factsFor(doc, lexiconsOf(doc), 'promoter').map((f) => [f.text, f.method])).toEqual([['Reclassering Nederland', 'front-matter']]);
    expect(factsFor(doc, lexiconsOf(doc), 'duration').map((f) => f.text)).toEqual(['24 maanden']);
  });

  it('reads no label in a heading in capitals (`7. AWARD CRITERIA`), and still a label with its value after a space', () => {
    const call = docOf('Call for proposals\n\n6. ELIGIBILITY\n\nApplicants must be legal entities.\n\n7. AWARD CRITERIA\n\nRelevance (30 points) and quality (30 points).\n');
    expect(labelFacts(call, lexiconsOf(call)).map((f) => f.key)).toEqual([]);
    const sheet = docOf('Project facts\n\nPromoter Lithuanian Probation Service\n');
    expect(labelFacts(sheet, lexiconsOf(sheet)).map((f) => [f.key, f.text])).toEqual([['promoter', 'Lithuanian Probation Service']]);
  });

  it('does not read labels inside prose', () => {
    const prose = [
      'Projekt realizowany jest od stycznia do grudnia, a beneficjent projektu otrzymał wsparcie.',
      'V rámci projektu byl příjemce dotace povinen podávat zprávy.',
      'The start of the project was delayed because the beneficiary changed.',
      'Forrás: KSH, 2019',
      'Termín realizace projektu se prodloužil o rok.',
    ].join('\n');
    const doc = docOf(prose);
    const keys = labelFacts(doc, lexiconsOf(doc)).map((f) => f.key);
    expect(keys).toEqual([]);
  });

  it('reads a value over the lines of a fact box indented to its column', () => {
    const doc = docOf('Report\n\nCoordinator:          Institute for Penal Policy Studies (IPPS),\n                      Athens, Greece\nPartners:             Fundacja Nowy Start (Poland)\n                      Associazione Donne Oltre (Italy)\nStart date:           01/02/2022\n');
    expect(factsFor(doc, lexiconsOf(doc), 'promoter').map((f) => f.text)).toEqual(['Institute for Penal Policy Studies (IPPS), Athens, Greece']);
    expect(factsFor(doc, lexiconsOf(doc), 'partners').map((f) => f.text)).toEqual(['Fundacja Nowy Start (Poland) Associazione Donne Oltre (Italy)']);
    // a line that is not indented to the value's column is no part of it
    const flat = docOf('Report\n\nCoordinator:          Institute for Penal Policy Studies\nAthens is a city.\n');
    expect(factsFor(flat, lexiconsOf(flat), 'promoter').map((f) => f.text)).toEqual(['Institute for Penal Policy Studies']);
  });

  it('reads a label with a qualifier in brackets (`Spolufinancování (státní rozpočet ČR)`), but not a period or a share', () => {
    // probe b15: a definition list, the value on the next line
    const cs = docOf('<h1>Restart</h1><p>Projekt je určen pro lidi, kteří jsou po výkonu trestu.</p><dl><dt>Spolufinancování (státní rozpočet ČR)</dt><dd>176 470 EUR</dd></dl>', 'restart.html');
    expect(factsFor(cs, lexiconsOf(cs), 'cofinancing').map((f) => f.text)).toEqual(['176 470 EUR']);
    // probe g09: `Orçamento (2021–2023)` is a budget over a period, not the label's total
    const pt = docOf('Semear Liberdade\n\nO programa é para pessoas egressas do sistema prisional.\n\nOrçamento (2021–2023): R$ 1.280.000,00\n');
    expect(factsFor(pt, lexiconsOf(pt), 'cost_total')).toEqual([]);
  });

  it('reads a label with its source after a word for `from` (`Grant z Norských fondů`, probe b15)', () => {
    const cs = docOf('<h1>Restart</h1><p>Projekt je určen pro lidi, kteří jsou po výkonu trestu.</p><dl><dt>Grant z Norských fondů</dt><dd>1 000 000 EUR</dd></dl>', 'restart.html');
    expect(factsFor(cs, lexiconsOf(cs), 'grant').map((f) => f.text)).toEqual(['1 000 000 EUR']);
    const en = docOf('Project facts\n\nGrant from Norway Grants: €1,000,000\n');
    expect(factsFor(en, lexiconsOf(en), 'grant').map((f) => f.text)).toEqual(['€1,000,000']);
    // a lower-case word after `from` is no source (`Budget from the start: …` reads as no label)
    const low = docOf('Project facts\n\nBudget from the start: €10,000\n');
    expect(factsFor(low, lexiconsOf(low), 'cost_total')).toEqual([]);
  });

  it('reads no label from a table row\'s first cell that goes on past it (`Funding Announcement ID`, probe n04)', () => {
    const page = docOf('<table><tr><th>Funding Announcement ID</th><td>RNI-2025-01</td></tr><tr><th>Funding</th><td>Pennsylvania Commission on Crime and Delinquency</td></tr></table>', 'x.html');
    expect(factsFor(page, lexiconsOf(page), 'funder').map((f) => f.text)).toEqual(['Pennsylvania Commission on Crime and Delinquency']);
  });
});
