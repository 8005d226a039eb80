// Contacts: contact blocks, labels, bylines, presenters, lead phrases, e-mail signatures; and what is not a contact.
import { describe, expect, it } from 'vitest';
import { contacts } from '../../src/extract/contacts.js';
import type { Finding } from '../../src/extract/finding.js';
import type { Document } from '../../src/document.js';
import { docOf, lexiconsOf, seedDoc } from '../helpers.js';

interface Contact {
  name: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
  organisation: string | null;
}

/** Run the extractor; check every part's quote holds its value. */
function run(doc: Document): Contact[] {
  const found: Finding[] = contacts(doc, { lexicons: lexiconsOf(doc), previous: [] });
  for (const f of found) {
    const v = f.value as Contact;
    expect(f.path).toBe('/contacts/-');
    expect(doc.text.slice(f.start, f.end).trim()).not.toBe('');
    for (const [k, s] of Object.entries(f.parts ?? {})) {
      expect(doc.text.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(v[k as keyof Contact]);
    }
  }
  return found.map((f) => f.value as Contact);
}

const empty = { name: null, role: null, email: null, phone: null, organisation: null };

describe('contacts', () => {
  it('reads a contact block: name without its title, organisation line, phone; not the fax', () => {
    // fixtures/seeds/docs/000_e8ffca697f7849fb.txt lines 33-45
    expect(run(seedDoc('000_e8ffca697f7849fb.txt'))).toEqual([
      { ...empty, name: 'Paolo Giulini', phone: '800.66.77.33', organisation: 'Centro Italiano per la Promozione della Mediazione' },
    ]);
  });

  it('joins the presenter on the title slide with the address on the last slide', () => {
    // fixtures/seeds/docs/001_8bca585bf81dbcd2.txt lines 3-7 and 217
    expect(run(seedDoc('001_8bca585bf81dbcd2.txt'))).toEqual([{ ...empty, name: 'Iuliana CĂRBUNARU', email: 'icarbunaru@just.ro' }]);
  });

  it('reads a research team under "Contact Us", roles in brackets, e-mails matched to names', () => {
    // fixtures/seeds/docs/004_57125e4fdf43df7a.txt lines 106-130; the attendee list above it is not read
    const got = run(seedDoc('004_57125e4fdf43df7a.txt'));
    expect(got.map((c) => [c.name, c.email])).toEqual([
      ['Giles Barrett', 'g.a.barrett@ljmu.ac.uk'],
      ['Helen Beckett Wilson', 'h.e.beckett@ljmu.ac.uk'],
      ['Lol Burke', 'l.burke@ljmu.ac.uk'],
      ['Matthew Millings', 'm.n.millings@ljmu.ac.uk'],
      ['Joe Sim', 'j.sim@ljmu.ac.uk'],
      ['Helen Monk', 'h.l.monk@ljmu.ac.uk'],
    ]);
    expect(got[0]!.role).toBe('team lead');
    expect(got[4]!.role).toBe('Directors CCSE');
    // the team heading `LJMU Project Research Team:` names the university the document spells out
    expect(got.every((c) => c.organisation === 'Liverpool John Moores University')).toBe(true);
  });

  it.each([
    // dev44 line 27
    ['Project Data\n\nContact persons: Helmut Sax\nLead Organisation: Children‘s Rights Alliance for England (CRAE)\n', { ...empty, name: 'Helmut Sax' }],
    // dev46 line 14
    ['Author: Charlotte Highcock, Commissioning Manager OPCC\n', { ...empty, name: 'Charlotte Highcock', role: 'Commissioning Manager', organisation: 'OPCC' }],
    // dev11 line 7
    ['# From Prison to Community\n\nPresenter: Steve Pitts\n', { ...empty, name: 'Steve Pitts' }],
    // genre phrasing of a German project page
    ['Ansprechpartnerin: Frau Anna Müller, Tel. 030 1234 567, anna.mueller@verein.de\n', { ...empty, name: 'Anna Müller', phone: '030 1234 567', email: 'anna.mueller@verein.de' }],
  ])('reads a labelled contact: %j', (text, want) => {
    expect(run(docOf(text))).toEqual([want]);
  });

  it('reads front matter authors and principal investigators', () => {
    // dev32 front matter
    expect(run(docOf('---\nlayout: post\ntitle: "INN e Instituto Fênix"\nauthor: Jamildo Melo\n---\n\nTexto.\n', 'a.md'))).toEqual([{ ...empty, name: 'Jamildo Melo', role: 'author' }]);
    // dev40 front matter: a YAML list under `pi:`
    expect(run(docOf('---\nreference: 2014-1-IT02-KA204-003517\npi:\n  - Marilisa Birello\nabstract: >-\n  RiUscire sets out.\n---\n', 'a.md'))).toEqual([{ ...empty, name: 'Marilisa Birello', role: 'pi' }]);
  });

  it('reads a byline, also below a standfirst, but not an uploader', () => {
    // dev21 lines 1-7
    const news = '# £36m funding to protect domestic abuse victims\n\n**Up to £18 million a year over the next two years has been committed by the Home Office to the next phase of the Fund.**\n\nJan 10, 2023\n\nBy Paul Jacques\n\n*Photo: Minister for Safeguarding Sarah Dines*\n';
    expect(run(docOf(news, 'a.md'))).toEqual([{ ...empty, name: 'Paul Jacques' }]);
    // dev42 line 5: who uploaded the slides is not their author
    expect(run(docOf('Download this presentation\n\nUploaded by Deborah Ellis · last changed more than 9 years ago\n\nJOBTRACK “Working with Conviction”\n'))).toEqual([]);
  });

  it('reads presenters and authors under the title', () => {
    // dev02 slide 1
    expect(run(docOf('<section><h1>PROBATION SERVICE</h1><p>Annika Soodla &amp; Maarja Mägi</p><p>2024</p></section>', 'a.html')).map((c) => c.name)).toEqual(['Annika Soodla', 'Maarja Mägi']);
    // dev37 lines 1-5
    expect(run(docOf("Une passerelle entre la prison et l'emploi\n\nSophie Cois\n\n—\n\nDix-sept détenus sur quarante ont réussi ce parcours de réinsertion. — M. DOVIC / 20 MINUTES\n"))).toEqual([{ ...empty, name: 'Sophie Cois' }]);
    // dev10 lines 1-7: a name no lexicon knows, backed by the credentials and role lines below it
    expect(
      run(docOf('Badischer Landesverband für soziale Rechtspflege\n\n"Das Nachsorgeprojekt Chance für junge Inhaftierte"\n\nHorst Belz\nDipl. Sozialarbeiter (FH) / Andragoge\nGeschäftsführendes Vorstandsmitglied, Badischer Landesverband für soziale Rechtspflege (KdöR), Karlsruhe\n')),
    ).toEqual([{ ...empty, name: 'Horst Belz', role: 'Geschäftsführendes Vorstandsmitglied', organisation: 'Badischer Landesverband für soziale Rechtspflege (KdöR)' }]);
    // dev25 lines 5-9: the signed foreword of an annual review
    expect(run(docOf('LANGLEY HOUSE TRUST\nHELPING PEOPLE TO LIVE CRIME-FREE LIVES\nAnnual Review 2014 - 2015\n\nTracy Wild, CEO:\nOnce again 2014-15 has been a remarkable year.\n'))).toEqual([{ ...empty, name: 'Tracy Wild', role: 'CEO' }]);
  });

  it('reads plural author bylines in other languages, with the organisation in brackets', () => {
    // fixtures/holdout/docs/h06_evaluation_es.txt line 6
    expect(run(docOf('Resumen ejecutivo\n\nAutores: Laura Martín Gómez y Javier Ruiz Ortega (Universidad de Salamanca)\n'))).toEqual([
      { ...empty, name: 'Laura Martín Gómez', organisation: 'Universidad de Salamanca' },
      { ...empty, name: 'Javier Ruiz Ortega', organisation: 'Universidad de Salamanca' },
    ]);
    // fixtures/holdout/docs/h08_profile_en.txt: a registry's own address is not the programme's contact
    expect(run(docOf('Program Contact\nDr. Linda Harper, Program Director\nlharper@odrc.state.oh.us\n\nQuestions about this registry? Contact the Registry Team at info@reentryregistry.org\n')).map((c) => c.email)).toEqual([
      'lharper@odrc.state.oh.us',
    ]);
  });

  it('skips organisation names, headings and captions under the title', () => {
    // dev14 lines 1-4, dev03 lines 1-5, dev48 lines 1-3, dev15 slide 1 (an office, not a person)
    expect(run(docOf('Vai al contenuto\n\nFondazione Zancan\n\nChi siamo | Ricerca | Formazione | Contatti\n\nErasmus+ finanzia il progetto “CUP”\n'))).toEqual([]);
    expect(run(docOf("Helping America's Youth\n\nSearch for Programs to Help Youth\n\nCanberra Reintegrative Shaming Experiments\n\nAges 5-35\n\nRating: Level 3\n"))).toEqual([]);
    expect(run(docOf('Meath Chronicle\n\n17 October 2022\n\n[Photo] Laura McDonagh, Community Development Worker, Minister Helen McEntee, Marina Cunningham, Manager Meath Traveller Workshop\n'))).toEqual([]);
    expect(run(docOf('Role of the Council of Europe\n\nPrague, 20 March\n\nCriminal Law Cooperation Unit\n\nAction against Crime Department, DG I - Human Rights and Rule of Law\n\n10/07/2019\n'))).toEqual([]);
  });

  it('reads project leads named in prose', () => {
    // dev47 line 74
    expect(run(docOf('The project will be led by Dr Joseph Reddington, COO of eQuality Time, who designed the writing process behind the novels.\n'))).toEqual([
      { ...empty, name: 'Joseph Reddington', role: 'COO', organisation: 'eQuality Time' },
    ]);
    // dev43 line 11
    expect(run(docOf('Defence for Children International Italy (Coordinator); University of Genoa, (Scientific Responsible Prof. Laura Carpaneto); Universitat De Valencia.\n'))).toEqual([
      { ...empty, name: 'Laura Carpaneto', role: 'Scientific Responsible', organisation: 'University of Genoa' },
    ]);
    // an organisation that leads is not a person (dev20 line 8)
    expect(run(docOf('icommit, which is led by the Violence Prevention Network (Germany), and INDEED.\n'))).toEqual([]);
  });

  it('reads e-mail addresses with the name, role and organisation around them', () => {
    // dev06 lines 25 and 58
    expect(run(docOf('To confirm hotel arrangements, CJCC sites should get in touch with Bryant Jackson-Green at Bryant.JacksonGreen@Illinois.gov.\n'))).toEqual([
      { ...empty, name: 'Bryant Jackson-Green', email: 'Bryant.JacksonGreen@Illinois.gov' },
    ]);
    expect(run(docOf('For more information, write to gail.smith@illinois.gov, Policy and Program Coordinator, Adult Redeploy Illinois.\n'))).toEqual([
      { ...empty, email: 'gail.smith@illinois.gov', role: 'Policy and Program Coordinator', organisation: 'Adult Redeploy Illinois' },
    ]);
    // dev19 lines 18-22: a signature
    expect(run(docOf('please get in touch\n\nLauren Cooper\nRecruitment Officer\nUnlocked Graduates\nlauren.cooper@unlockedgrads.org.uk\n07462830995\n', 'a.md'))).toEqual([
      { name: 'Lauren Cooper', role: 'Recruitment Officer', email: 'lauren.cooper@unlockedgrads.org.uk', phone: '07462830995', organisation: 'Unlocked Graduates' },
    ]);
  });

  it('skips a site footer and people only quoted', () => {
    // genre: a footer line with the site's address
    expect(run(docOf('Project text.\n\n© 2021 Foundation · Privacy · info@foundation.org\n'))).toEqual([]);
    // dev04 line 4, dev21 line 11: ministers quoted in news
    expect(run(docOf('According to Senator for Victoria Sarah Henderson, the programs will help young people.\n\nMinister for Safeguarding Sarah Dines said: "I am wholly committed."\n'))).toEqual([]);
  });

  it('reads an office block, an address in brackets, and skips an HTML footer and an agenda', () => {
    // genre: a project page's contact block for an office
    expect(run(docOf('Contact:\nState Probation Service\nBrivibas iela 1, Riga\nphone: +371 67 000 000\ne-mail: info@vpd.gov.lv\n'))).toEqual([
      { ...empty, email: 'info@vpd.gov.lv', phone: '+371 67 000 000', organisation: 'State Probation Service' },
    ]);
    // genre: the address of a labelled project manager in brackets
    expect(run(docOf('Project manager: Ms. Ingrid Hansen (ingrid.hansen@kriminalomsorgen.no)\n'))).toEqual([
      { ...empty, name: 'Ingrid Hansen', role: 'Project manager', email: 'ingrid.hansen@kriminalomsorgen.no' },
    ]);
    // record.md: not a website's generic footer
    expect(run(docOf('<main><h1>Project X</h1><p>Text.</p></main><footer><p>Contact: info@probation.gov.lt | Tel +370 5 123 4567</p></footer>', 'a.html'))).toEqual([]);
    // record.md: not meeting attendees or speakers (an agenda under the title)
    expect(run(docOf('Agenda\n\n09:00 Welcome – Dr John Smith, Director, Prison Service\n09:30 Keynote: Jane Doe, University of Kent\n'))).toEqual([]);
  });

  it('never throws on hostile input and stays fast', () => {
    const big = 'Contact\n\n' + 'Dr Aaaa Bbbb a.b@c.de Tel: +44 20 7946 0000\n'.repeat(2000) + 'x'.repeat(200_000) + '@'.repeat(1000);
    const t0 = Date.now();
    expect(() => run(docOf(big))).not.toThrow();
    expect(Date.now() - t0).toBeLessThan(60_000); // a hang guard, not a speed test: the bench measures speed
  });

  it('reads a phone with a country code in a contact line without a label', () => {
    const doc = docOf('Título\n\n## Contacto\n\nMaría López García, coordinadora del proyecto, maria.lopez@nuevaoportunidad.es, +34 954 123 456\n', 'a.md');
    expect(run(doc)).toEqual([{ name: 'María López García', role: 'coordinadora del proyecto', email: 'maria.lopez@nuevaoportunidad.es', phone: '+34 954 123 456', organisation: null }]);
    // a bare number without a country code after other values is not taken for a phone
    const plain = run(docOf('Title\n\n## Contact\n\nJohn Smith, project coordinator, john@x.org, 2019 2020 2021\n', 'a.md'));
    expect(plain[0]?.phone).toBeNull();
  });

  it('reads Czech and Hungarian roles in a contact line', () => {
    expect(run(docOf('Projekt\n\nKontakt: Jana Nováková, projektová manažerka, novakova@vezeni.cz\n'))[0]).toMatchObject({ name: 'Jana Nováková', role: 'projektová manažerka' });
    expect(run(docOf('Projekt\n\nKapcsolat: Kovács Péter, projektvezető, kovacs.peter@bv.gov.hu\n'))[0]).toMatchObject({ name: 'Kovács Péter', role: 'projektvezető' });
  });

  it('reads a byline\'s author in Greek and Danish (lexicon sections `el`, `da`)', () => {
    expect(run(docOf('Νέο πρόγραμμα\n\n14 Μαρτίου 2024\nΣυντάκτης: Ελένη Καραγιάννη\n\nΚείμενο.\n')).map((c) => c.name)).toEqual(['Ελένη Καραγιάννη']);
    expect(run(docOf('Evaluering\n\nForfatter: Mette Kjærgaard Holm\n\nTekst.\n')).map((c) => c.name)).toEqual(['Mette Kjærgaard Holm']);
  });

  it('reads a labelled byline that names two authors and their body', () => {
    expect(run(docOf('Report\n\nPrepared by: Eleni Kourti and Nikos Vlachos, Institute for Penal Policy Studies (IPPS)\n\nText.\n')).map((c) => [c.name, c.organisation])).toEqual([
      ['Eleni Kourti', 'Institute for Penal Policy Studies (IPPS)'],
      ['Nikos Vlachos', 'Institute for Penal Policy Studies (IPPS)'],
    ]);
  });

  it('reads a person in a contact block whose e-mail address below spells the name, under a heading that ends in a contact word', () => {
    // probes c11 and c04: a name the given-name list does not know, a `Program Contact` heading
    const block = run(docOf('<h2>Contact</h2><p>Hemi Tāwhiri, Service Manager<br>Phone: 07 834 5521<br>Email: hemi.tawhiri@tewhareoranga.org.nz</p>', 'x.html'));
    expect(block).toEqual([expect.objectContaining({ name: 'Hemi Tāwhiri', email: 'hemi.tawhiri@tewhareoranga.org.nz', phone: '07 834 5521' })]);
    const program = run(docOf('<h2>Program Contact</h2><p>Dana Whitfield<br>Executive Director<br>Phone: 651-555-0142<br>Email: dwhitfield@northstarreentry.org</p>', 'x.html'));
    expect(program).toEqual([expect.objectContaining({ name: 'Dana Whitfield', role: 'Executive Director', email: 'dwhitfield@northstarreentry.org', phone: '651-555-0142' })]);
  });

  it('gives a person the phone on the line of their e-mail address (`Tel.: … · E-mail: …`)', () => {
    // probe p16
    const found = run(docOf('Contact\nManager de proiect: Ioana Mureșan\nFundația Alternative Educaționale, Str. Moților nr. 54, Cluj-Napoca\nTel.: 0264 598 112 · E-mail: ioana.muresan@fae-cluj.ro\n'));
    expect(found).toEqual([expect.objectContaining({ name: 'Ioana Mureșan', phone: '0264 598 112', email: 'ioana.muresan@fae-cluj.ro' })]);
  });

  it('reads a press contact after `Media enquiries:`, with the role after the name', () => {
    // probe p01
    const found = run(docOf('<p class="press-contact">Media enquiries: Priya Nandakumar, Communications Manager, <a href="mailto:press@secondchapterlearning.org.uk">press@secondchapterlearning.org.uk</a>, 0113 496 0712</p>', 'x.html'));
    expect(found).toEqual([expect.objectContaining({ name: 'Priya Nandakumar', role: 'Communications Manager', email: 'press@secondchapterlearning.org.uk' })]);
  });

  it('reads a `Media contact:` label, a trunk-format phone right after a name, and a role\'s field after a dash', () => {
    // probes i04, c02 and i06
    expect(run(docOf('Grants\n\n**Media contact:** Jordan Beaulieu, Communications Lead, Prairie Justice Foundation · media@prairiejustice.ca\n', 'x.md'))).toEqual([
      expect.objectContaining({ name: 'Jordan Beaulieu', role: 'Communications Lead', organisation: 'Prairie Justice Foundation', email: 'media@prairiejustice.ca' }),
    ]);
    expect(run(docOf('Round 3 grants\n\nMedia contact: Priya Raman 0412 555 309 | priya.raman@ocr.vic.gov.au\n'))).toEqual([
      expect.objectContaining({ name: 'Priya Raman', phone: '0412 555 309', email: 'priya.raman@ocr.vic.gov.au' }),
    ]);
    // (a company number is no phone: `SIRET 812 345 678 00021`)
    expect(run(docOf('Projet\n\nContact : Nadia Benali | SIRET 812 345 678 00021 | n.benali@rebonds-provence.fr\n'))[0]?.phone ?? null).toBeNull();
    const page = docOf('<html><body><h1>Page</h1><p>Intro text about the programme and what it does for people leaving prison.</p><p>More text about results and the people we work with every year in Hamilton.</p><h2>Talk to us</h2><p>Aroha Tane, Programme Lead – Reintegration<br>\n<a href="mailto:aroha.tane@kotuitui.org.nz">aroha.tane@kotuitui.org.nz</a></p></body></html>', 'x.html');
    expect(run(page)).toEqual([expect.objectContaining({ name: 'Aroha Tane', role: 'Programme Lead – Reintegration', organisation: null })]);
  });

  it('reads a call\'s queries contact and a programme officer\'s label as the role, with phones in the North American pattern (probes k03, k05, i04)', () => {
    expect(run(docOf('Call\n\nQueries about this call: Siobhán Ní Bhriain, Programme Officer, grants@meitheal-justice.ie, +353 1 555 0142.\n'))).toEqual([
      { name: 'Siobhán Ní Bhriain', role: 'Programme Officer', email: 'grants@meitheal-justice.ie', phone: '+353 1 555 0142', organisation: null },
    ]);
    expect(run(docOf('Call\n\n**Program Officer:** Amélie Tremblay – grants@horizonjustice.ca – 204-555-0143\n', 'x.md'))).toEqual([
      { name: 'Amélie Tremblay', role: 'Program Officer', email: 'grants@horizonjustice.ca', phone: '204-555-0143', organisation: null },
    ]);
  });

  it('reads no contact from a meeting\'s list of those present (`Présents :`), and still reads the labelled contact (probe n10)', () => {
    const minutes = docOf('COMPTE RENDU DU COMITÉ DE PILOTAGE N° 4\n\nRéunion du 14 mars 2024\n\nPrésents :\n- Sophie Lambotte, coordinatrice du projet (ASBL Relais Liberté)\n- Thomas Dethier, directeur (ASBL Relais Liberté)\n- Véronique Gilson, directrice adjointe (Prison de Namur)\n\n1. Approbation du compte rendu\n\nLe compte rendu est approuvé.\n\nContact : Sophie Lambotte – s.lambotte@relaisliberte.be\n');
    expect(run(minutes).map((c) => c.name)).toEqual(['Sophie Lambotte']);
  });

  it('reads no person from the title line (probes n06, p05)', () => {
    const text = '[Accueil](/) › [Le projet](/projet/) › Comité de pilotage n° 3\n\n# Compte rendu du comité de pilotage n° 3 – Projet PASSERELLES\n\n**Date :** 12 mars 2024, de 9 h 30 à 12 h 30\n**Lieu :** Grenoble, locaux de l\'Association L\'Étape Dauphinoise\n**Rédaction :** Claire Vasseur, chargée de mission, Association L\'Étape Dauphinoise\n';
    const doc = docOf(text, 'x.md');
    const start = text.indexOf('Compte');
    const title = { path: '/title', value: 'Compte rendu du comité de pilotage n° 3 – Projet PASSERELLES', start, end: start + 61, method: 'heading', confidence: 0.9 };
    const found = contacts(doc, { lexicons: lexiconsOf(doc), previous: [title] }).filter((f) => f.path === '/contacts/-');
    expect(found.map((f) => (f.value as Contact).name)).toEqual(['Claire Vasseur']);
  });
});
