// Page parts about other projects (sections.yaml `elsewhere`): their list feeds no field of the project.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { elsewhere } from '../../src/extract/text.js';
import { docOf, lexiconsOf } from '../helpers.js';

const page = [
  '<h1>Homeward: peer-led resettlement for women</h1>',
  '<p>Severn Vale Women\'s Centre will use a grant of £449,862 from The National Lottery Community Fund to run Homeward. It is delivered in partnership with Brightwell Housing Association.</p>',
  '<h2>Other grants in Gloucestershire</h2>',
  '<ul><li><a href="/g/1">Forest of Dean Food Network – £98,500</a></li><li><a href="/g/2">Stroud Youth Boxing Project – £212,000</a></li></ul>',
  '<h3>Support us</h3>',
  '<p>Severn Vale Women\'s Centre, Gloucester, United Kingdom</p>',
].join('\n');

describe('elsewhere', () => {
  it('finds a heading about other grants and its list, up to the next heading (probes n01, n11)', () => {
    const doc = docOf(page, 'x.html');
    const parts = elsewhere(doc, lexiconsOf(doc));
    expect(parts.map((p) => doc.view.slice(p.start, p.end).split('\n').map((l) => l.trim()).filter(Boolean))).toEqual([
      ['Other grants in Gloucestershire', 'Forest of Dean Food Network – £98,500', 'Stroud Youth Boxing Project – £212,000'],
    ]);
  });

  it('reads no partner, cost or country from that list, and still reads the rest of the page', () => {
    const doc = docOf(page, 'x.html');
    const found = extractAll(doc, lexiconsOf(doc));
    const quotes = (prefix: string) => found.filter((f) => f.path.startsWith(prefix)).map((f) => doc.view.slice(f.start, f.end));
    expect(quotes('/partners/')).toEqual(['Brightwell Housing Association']);
    expect(quotes('/costs/').some((q) => q.includes('449,862'))).toBe(true);
    expect(quotes('/costs/').some((q) => /98,500|212,000/.test(q))).toBe(false);
    expect(found.find((f) => f.path === '/countries/-')?.value).toBe('GB');
  });

  it('reads Dutch, Italian and Portuguese headings too (`Vergelijkbare interventies`, `Altri progetti`, `Leia também:`; probe n12)', () => {
    for (const [heading, item] of [['Vergelijkbare interventies', 'Taal Werkt – € 2.100 per deelnemer'], ['Altri progetti', 'Sartoria Ricuci – € 74.500'], ['**Leia também:**', 'Mutirão de documentação atende 300 egressos']]) {
      const doc = docOf(`# Progetto\n\nTesto del progetto.\n\n## ${heading}\n\n- ${item}\n`, 'x.md');
      expect(elsewhere(doc, lexiconsOf(doc)).length).toBe(1);
    }
  });
});
