import { describe, expect, it } from 'vitest';
import { money, parseAmount } from '../../src/extract/money.js';
import type { Finding } from '../../src/extract/finding.js';
import { docOf, lexiconsOf, seedDoc } from '../helpers.js';

type Cost = { kind: string; amount: number; currency: string; funder: string | null };

function costs(text: string, name = 'x.txt', previous: Finding[] = []): Array<Cost & { quote: string }> {
  const doc = docOf(text, name);
  return money(doc, { lexicons: lexiconsOf(doc), previous }).map((f) => ({ ...(f.value as Cost), quote: doc.text.slice(f.start, f.end) }));
}

describe('parseAmount', () => {
  it.each([
    ['389,213', false, 389213], // record.md
    ['461.122', false, 461122], // record.md
    ['922,347.71', false, 922347.71], // record.md
    ['62.800,00', false, 62800], // dev29: EUR 62.800,00
    ['433 317.10', false, 433317.1], // dev45: EUR 433 317.10
    ['8 277 294', false, 8277294], // dev52: EUR 8 277 294
    ['1,2', true, 1.2], // dev10: 1,2 Millionen Euro
    ['1.1', true, 1.1], // dev04: $1.1 million
    ['1.125', true, 1.125],
    ['27468', false, 27468], // dev40 front matter
  ])('%s → %d', (raw, mag, want) => {
    expect(parseAmount(raw, mag)).toBe(want);
  });
});

describe('money', () => {
  it('reads labelled costs with their kinds and the grant-giver of the label', () => {
    // fixtures/seeds/docs/003_25b8ca439fb72e43.txt lines 13-18
    const doc = seedDoc('003_25b8ca439fb72e43.txt');
    const found = money(doc, { lexicons: lexiconsOf(doc), previous: [] });
    expect(found.map((f) => f.value)).toEqual([
      { kind: 'initial', amount: 389213, currency: 'EUR', funder: null },
      { kind: 'final', amount: 344785, currency: 'EUR', funder: null },
      { kind: 'grant', amount: 291852, currency: 'EUR', funder: 'Norway Grants' },
    ]);
    for (const f of found) expect(doc.text.slice(f.parts!.amount!.start, f.parts!.amount!.end)).toMatch(/^€ ?\d{3},\d{3}$/);
  });

  it.each([
    // dev08: a grant from a named fund
    ['The programme was awarded £20 million from the Shared Outcomes Fund, a fund created to try out new ways.', [{ kind: 'grant', amount: 20000000, currency: 'GBP', funder: 'Shared Outcomes Fund', quote: '£20 million' }]],
    // dev10 (German): a foundation gave the project money
    ['Die Landesstiftung Baden-Württemberg gab über 3 Jahre hinweg insgesamt 1,2 Millionen Euro.', [{ kind: 'grant', amount: 1200000, currency: 'EUR', funder: 'Landesstiftung Baden-Württemberg', quote: '1,2 Millionen Euro' }]],
    // dev11 (slides): a programme's envelope
    ['## PS plus\n\n- 250 million Euro programme\n- 42 prisons', [{ kind: 'budget', amount: 250000000, currency: 'EUR', funder: null, quote: '250 million Euro' }]],
    // dev24: a grant that may grow; codes glued to the figure
    ['The DPPA provided funding as a grant of USD50K, which may grow to USD150K.', [
      { kind: 'grant', amount: 50000, currency: 'USD', funder: 'DPPA', quote: 'USD50K' },
      { kind: 'grant', amount: 150000, currency: 'USD', funder: 'DPPA', quote: 'USD150K' },
    ]],
    // dev29: a total and the Commission's share of it
    ['The estimated total eligible cost comes to EUR 62.800,00, of which the Commission contributes a maximum of EUR 40.341,00.', [
      { kind: 'total', amount: 62800, currency: 'EUR', funder: null, quote: 'EUR 62.800,00' },
      { kind: 'grant', amount: 40341, currency: 'EUR', funder: 'Commission', quote: 'EUR 40.341,00' },
    ]],
    // dev39: a price per participant
    ['The cost-effectiveness is remarkable: at roughly $2,100 per participant, BAM yields reductions in arrest.', [{ kind: 'unit', amount: 2100, currency: 'USD', funder: null, quote: '$2,100' }]],
    // dev52: a total split into a donor's grant and the state's co-financing
    ['The financing is EUR 8 277 294, of which EUR 7 035 700 being co-financing of the Norwegian Financial Mechanism and EUR 1 241 594 co-financing of the Latvian state.', [
      { kind: 'total', amount: 8277294, currency: 'EUR', funder: null, quote: 'EUR 8 277 294' },
      { kind: 'grant', amount: 7035700, currency: 'EUR', funder: 'Norway Grants', quote: 'EUR 7 035 700' },
      { kind: 'cofinancing', amount: 1241594, currency: 'EUR', funder: 'Latvian state', quote: 'EUR 1 241 594' },
    ]],
    // dev16: a call's minimum and maximum grant, the same maximum listed once, under its grant kind
    ['What do you get?\tUp to $3 million to deliver local crime prevention activities.\n\nGrants available are between $200,000 and $3,000,000.', [
      { kind: 'grant', amount: 200000, currency: 'USD', funder: null, quote: '$200,000' },
      { kind: 'grant', amount: 3000000, currency: 'USD', funder: null, quote: '$3,000,000' },
    ]],
    // dev48: grantees' grants and the round's envelope; an "almost" aggregate is no cost
    ['Almost €150,000 in grants from the Fund is coming to two groups in Meath.\n\nThe Meath Travellers Workshop is to get €99,831 for its project, and the Meath Community Drug Alcohol Response is to get €49,711 for a worker.\n\nThe Minister announced today that grants totalling €2 million are being allocated through the Fund.', [
      { kind: 'grant', amount: 99831, currency: 'EUR', funder: null, quote: '€99,831' },
      { kind: 'grant', amount: 49711, currency: 'EUR', funder: null, quote: '€49,711' },
      { kind: 'budget', amount: 2000000, currency: 'EUR', funder: null, quote: '€2 million' },
    ]],
    // dev38: a call's key data table
    ['Call key data\n\n| Call budget | € 10,100,000.00 |\n| Estimated EU contribution per project | minimum € 100,000.00 |\n', [
      { kind: 'budget', amount: 10100000, currency: 'EUR', funder: null, quote: '€ 10,100,000.00' },
      { kind: 'grant', amount: 100000, currency: 'EUR', funder: null, quote: '€ 100,000.00' },
    ]],
    // a range whose second figure has no currency of its own
    ['Funding of €20,000–50,000 per project is available.', [
      { kind: 'grant', amount: 20000, currency: 'EUR', funder: null, quote: '€20,000' },
      { kind: 'grant', amount: 50000, currency: 'EUR', funder: null, quote: '50,000' },
    ]],
    // Polish: the project's value and the grant in it; `Wartość projektu` is a label, so its evidence is the labelled line
    ['Wartość projektu: 1 200 000 zł, w tym dofinansowanie 1 020 000 zł.', [
      { kind: 'total', amount: 1200000, currency: 'PLN', funder: null, quote: 'Wartość projektu: 1 200 000 zł' },
      { kind: 'grant', amount: 1020000, currency: 'PLN', funder: null, quote: '1 020 000 zł' },
    ]],
    // Italian: total and a region's contribution
    ['Il costo complessivo del progetto è di 320.000 euro, di cui 250.000 euro di contributo della Regione Lombardia.', [
      { kind: 'total', amount: 320000, currency: 'EUR', funder: null, quote: '320.000 euro' },
      { kind: 'grant', amount: 250000, currency: 'EUR', funder: 'Regione Lombardia', quote: '250.000 euro' },
    ]],
  ])('%#: reads the costs of a sentence', (text, want) => {
    expect(costs(text, text.includes('| Call') ? 'x.md' : 'x.txt')).toEqual(want);
  });

  it('reads a bare dollar as the dollar of the country the document names', () => {
    // dev04 and dev13: Australian and Canadian programmes
    expect(costs('Seventy-five projects across Australia will receive support. The round brings funding to a total of $69.5 million.').map((c) => c.currency)).toEqual(['AUD']);
    expect(costs('The Minns Labor Government will invest $4.2 million over two years in New South Wales.')[0]).toMatchObject({ kind: 'budget', amount: 4200000, currency: 'AUD' });
    expect(costs('Public Safety Canada was funded at $45 million over 5 years.')[0]).toMatchObject({ kind: 'budget', currency: 'CAD' });
  });

  it('reads a labelled bare amount with the currency its own label names', () => {
    // dev40 front matter
    const text = '---\nreference: 2014-1-IT02-KA204-003517\nfunding_agency: Erasmus+ Key Action 2\namount: 27468\ncurrency_type: EUR\n---\n\nRiUscire sets out to use the languages of a prison.\n';
    expect(costs(text, 'x.md')).toEqual([{ kind: 'grant', amount: 27468, currency: 'EUR', funder: null, quote: 'amount: 27468' }]);
  });

  it('reads support given with an amount as a grant, and a cost per participant as a unit price', () => {
    // fixtures/holdout/docs/h02_grant_news_de.md line 9 (the sentence splitter breaks at `e. V.`)
    const de = '**Dresden.** Die Stiftung Zukunft Jugend unterstützt das Projekt „Verantwortung statt Gewalt“ des Vereins Neue Wege Sachsen e. V. mit 180.000 Euro. Das Projekt richtet sich an junge Gefangene.\n';
    expect(costs(de, 'x.md')).toEqual([{ kind: 'grant', amount: 180000, currency: 'EUR', funder: 'Stiftung Zukunft Jugend', quote: '180.000 Euro' }]);
    // fixtures/holdout/docs/h08_profile_en.txt line 27
    expect(costs('Cost\nThe cost per participant was approximately $1,850.\n').map((c) => [c.kind, c.amount, c.currency])).toEqual([['unit', 1850, 'USD']]);
  });

  it('reads a table total as a unit price when the table prices one item', () => {
    // dev47: what one book costs under three conditions; the line items are no costs
    const text = 'This is what it costs to produce one book under different conditions:\n\n| Item | A | B | C |\n| --- | --- | --- | --- |\n| Staff time | £490 | £620 | 0 |\n| Total | £2,412 | £3,164 | £1,147 |\n';
    expect(costs(text, 'x.md').map((c) => [c.kind, c.amount])).toEqual([['unit', 2412], ['unit', 3164], ['unit', 1147]]);
    // a cost word without one item named: the table's total is the total
    const total = 'The costs of the project were as follows:\n\n| Item | 2019 | 2020 | 2021 |\n| --- | --- | --- | --- |\n| Staff | £490 | £620 | £300 |\n| Total | £2,412 | £3,164 | £1,147 |\n';
    expect(costs(total, 'x.md').map((c) => c.kind)).toEqual(['total', 'total', 'total']);
  });

  it.each([
    // seeds/004 line 44: national cuts are context
    ['Knowsley under central government austerity plans, not least the £100 million pounds of funding cuts that have hit it.'],
    // dev19: a bill for the country
    ['Reoffending means more victims and a bill for the UK of over £15bn.'],
    // dev27: a donor's whole envelope in billions
    ['Together with the other donors, Norway has provided €3.3 billion through successive grant schemes between 1994 and 2014.'],
    // dev21: a historic aggregate "more than"
    ['The Home Office has awarded more than £41 million to PCCs across England and Wales since 2020.'],
    // fines and social-return figures are no costs
    ['He was fined £500 and ordered to pay compensation of £200 to the victim.'],
    ['For every £1 invested, £4 of social value is generated.'],
    // no currency, no cost
    ['The project trained 1,500 persons in 2019 and 2,000 in 2020.'],
  ])('%#: finds no cost in context money', (text) => {
    expect(costs(text)).toEqual([]);
  });

  it('stays fast and safe on long odd input', () => {
    const t = performance.now();
    expect(() => costs('€1 '.repeat(100000) + '$'.repeat(5000) + '1,'.repeat(5000))).not.toThrow();
    expect(performance.now() - t).toBeLessThan(60_000); // a hang guard, not a speed test: the bench measures speed
  });

  it('reads a Spanish `Financiación:` label as a grant, like its French, Italian and Portuguese kin', () => {
    expect(costs('Título\n\nPresupuesto total: 450.000 €\nFinanciación: Fondo Social Europeo (FSE), 360.000 €\n').map(({ kind, amount, currency }) => ({ kind, amount, currency }))).toEqual([
      { kind: 'total', amount: 450000, currency: 'EUR' },
      { kind: 'grant', amount: 360000, currency: 'EUR' },
    ]);
  });

  it('reads `1,2 millones de euros`, `1,5 million d\'euros`, `3 milioni di euro`: a linking word after the magnitude', () => {
    const one = (text: string) => costs(`Title\n\n${text}\n`).map(({ kind, amount, currency, quote }) => ({ kind, amount, currency, quote }));
    expect(one('El presupuesto total del proyecto es de 1,2 millones de euros.')).toEqual([{ kind: 'total', amount: 1200000, currency: 'EUR', quote: '1,2 millones de euros' }]);
    expect(one("Le budget total du projet est de 1,5 million d'euros.")).toEqual([{ kind: 'total', amount: 1500000, currency: 'EUR', quote: "1,5 million d'euros" }]);
    expect(one('Il bilancio del progetto è di 3 milioni di euro.')).toEqual([{ kind: 'total', amount: 3000000, currency: 'EUR', quote: '3 milioni di euro' }]);
    // people, not money
    expect(one('El proyecto atendió a 1,2 millones de personas.')).toEqual([]);
  });

  it('reads an amount in a sentence that says the project is funded, in Dutch and Spanish as in English', () => {
    for (const text of [
      'The project is funded by the Ministry of Justice and Security with a contribution of 1.2 million euros.',
      'Het project wordt gefinancierd door het Ministerie van Justitie en Veiligheid met een bijdrage van 1,2 miljoen euro.',
      'El proyecto está financiado por el Ministerio del Interior con una aportación de 1,2 millones de euros.',
    ]) expect(costs(`Title\n\n${text}\n`).map(({ kind, amount }) => ({ kind, amount })), text).toEqual([{ kind: 'budget', amount: 1200000 }]);
  });

  it('reads the amounts of a list of awards as grants, not a budget line written the same way', () => {
    const got = costs('Grants\n\nThe following organisations will receive grants:\n\n- Goldfields Aboriginal Justice Collective – $612,000 for post-release support.\n- WorkReady Justice Connect Ltd – $315,000 to help people find a job.\n- Total Budget – $927,000\n', 'x.md');
    expect(got.map((c) => [c.kind, c.amount])).toEqual([['grant', 612000], ['grant', 315000], ['total', 927000]]);
  });

  it('reads a cost per person in a sentence that also speaks of wages, and a call\'s grant limits by their labels', () => {
    expect(costs('Profile\n\nThe average cost per participant was approximately $3,450, most of which consisted of transitional wages.\n', 'x.txt', [{ path: '/countries/-', value: 'US', start: 0, end: 1, method: 'test', confidence: 1 } as Finding]).map((c) => [c.kind, c.amount])).toEqual([['unit', 3450]]);
    expect(costs('Appel\n\n- Montant minimum par projet : 15 000 €\n- Montant maximum par projet : 60 000 € par an\n', 'x.md').map((c) => [c.kind, c.amount])).toEqual([['grant', 15000], ['grant', 60000]]);
  });

  it('gives a dollar the currency of the country found over a state\'s name in a street', () => {
    const nz = { path: '/countries/-', value: 'NZ', start: 0, end: 1, method: 'test', confidence: 1 } as Finding;
    expect(costs('Service\n\nThe Department renewed our contract, with funding of $2.8 million over three years.\n\nTrust · 27 Victoria Street, Hamilton 3204\n', 'x.txt', [nz]).map((c) => c.currency)).toEqual(['NZD']);
  });

  it('reads an average cost per participant as a unit cost, in a label or after an amount', () => {
    // probes i05, i08, g09 and i01
    const kinds = (text: string, name?: string) => costs(text, name).map((c) => [c.kind, c.amount]);
    expect(kinds('Slides\n\n- Average cost per participant: ~$9,800\n', 'x.md')).toEqual([['unit', 9800]]);
    expect(kinds('| | |\n|---|---|\n| Kosten je Teilnehmer/in | ca. 6.200 € |\n', 'x.md')).toEqual([['unit', 6200]]);
    expect(kinds('Ficha\n\nCusto médio por participante: R$ 3.950,00\n')).toEqual([['unit', 3950]]);
    expect(kinds('News\n\nThe charity estimates the cost at about £5,100 for each young man it supports.\n')).toEqual([['unit', 5100]]);
  });

  it('reads match funding and a total program budget, and grant and co-financing labels named by their source', () => {
    // probes i03, i09 and i08
    const kinds = (text: string, name?: string) => costs(text, name).map((c) => [c.kind, c.amount]);
    expect(kinds('Report\n\nThe award was matched by $300,000 in local cash and in-kind contributions, for a total program budget of $1.2 million.\n')).toEqual([['cofinancing', 300000], ['total', 1200000]]);
    expect(kinds('<table><tr><th>Contribution FSE+</th><td>371 300 € (50 %)</td></tr></table>', 'x.html')).toEqual([['grant', 371300]]);
    expect(kinds('| | |\n|---|---|\n| davon ESF Plus | 1,11 Mio. € (75 %) |\n| Landesmittel | 370.000 € |\n', 'x.md')).toEqual([['grant', 1110000], ['cofinancing', 370000]]);
  });

  it('reads the same sum in another currency, in brackets after a labelled amount, with the label\'s kind (probe b15)', () => {
    const found = costs('<h1>Restart</h1><p>Projekt je určen pro lidi, kteří jsou po výkonu trestu.</p><dl><dt>Celkové způsobilé výdaje</dt><dd>1 176 470 EUR (30 588 220 Kč)</dd></dl>', 'x.html');
    expect(found.map((c) => [c.kind, c.amount, c.currency])).toEqual([
      ['total', 1176470, 'EUR'],
      ['total', 30588220, 'CZK'],
    ]);
  });

  it('reads a bare dollar as the dollar the document writes in full elsewhere (probe k07)', () => {
    const found = costs('Profile\n\nCountry: New Zealand\nAnnual budget: NZ$385,000\nCost per young person: approx. $4,200\n\nAn Australian adaptation is being trialled in Queensland.\n', 'x.txt', [
      { path: '/countries/-', value: 'AU', start: 0, end: 1, method: 'gazetteer', confidence: 0.8 } as Finding,
      { path: '/countries/-', value: 'NZ', start: 0, end: 1, method: 'gazetteer', confidence: 0.8 } as Finding,
    ]);
    expect(found.map((c) => [c.kind, c.amount, c.currency])).toEqual([
      ['budget', 385000, 'NZD'],
      ['unit', 4200, 'NZD'],
    ]);
  });

  it('reads a bare `$` in a document placed in Chile as Chilean pesos, and pesos written out (probe m09)', () => {
    const found = costs('Convocatoria\n\nEl monto total del fondo es de $480.000.000 y cada proyecto recibe una subvención de hasta $40.000.000.\n', 'x.txt', [
      { path: '/countries/-', value: 'CL', start: 0, end: 1, method: 'gazetteer', confidence: 0.8 } as Finding,
    ]);
    expect(found.map((c) => c.currency)).toEqual(['CLP', 'CLP']);
    expect(costs('Ficha\n\nPresupuesto total: 2,5 millones de pesos mexicanos\n').map((c) => [c.amount, c.currency])).toEqual([[2500000, 'MXN']]);
  });

  it('reads sponsorship as co-financing, and a payer named after a dash at the end of a labelled amount (probes k12, g01)', () => {
    const found = costs('| | |\n|---|---|\n| Recursos federais | R$ 1.850.000,00 – Fundo Penitenciário Nacional (Funpen) |\n| Patrocínio | R$ 450 mil – Grupo Serra Azul |\n', 'x.md');
    expect(found.map((c) => [c.kind, c.amount, c.currency, c.funder])).toEqual([
      ['grant', 1850000, 'BRL', 'Fundo Penitenciário Nacional (Funpen)'],
      ['cofinancing', 450000, 'BRL', 'Grupo Serra Azul'],
    ]);
  });

  it('reads no payer from a word of money before a verb of giving (`Amount awarded £449,862`, probe n01)', () => {
    expect(costs('<table><tr><th>Amount awarded</th><td>£449,862</td></tr></table>', 'x.html').map((c) => [c.kind, c.amount, c.funder])).toEqual([['grant', 449862, null]]);
  });

  it('reads a call\'s envelope and grant labels in Spanish (`Crédito total`, `Cuantía por proyecto`), and Portuguese `conta com` as a grant (probes n07, n12)', () => {
    const call = costs('Convocatoria\n\n| Campo | Valor |\n|---|---|\n| **Crédito total** | 360.000 € |\n| **Cuantía por proyecto** | mínimo 12.000 € |\n', 'x.md');
    expect(call.map((c) => [c.kind, c.amount, c.currency])).toEqual([['budget', 360000, 'EUR'], ['grant', 12000, 'EUR']]);
    expect(costs('Costura Livre\n\nO projeto conta com R$ 487.350,00 do Fundo Penitenciário Nacional.\n').map((c) => [c.kind, c.amount])).toEqual([['grant', 487350]]);
  });
});
