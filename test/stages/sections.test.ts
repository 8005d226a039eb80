import { describe, expect, it } from 'vitest';
import { docOf, seedDoc } from '../helpers.js';

describe('sections', () => {
  it('splits a fact sheet on its plain-text cues (seed 003, checked by hand)', () => {
    const d = seedDoc('003_25b8ca439fb72e43.txt');
    const heads = d.sections.map((s) => s.heading);
    expect(heads.slice(0, 3)).toEqual(['Implementation of mediation in probation offices (MIPT)', 'Project facts', 'Project promoter']);
    expect(heads).toContain('Description');
    expect(heads).toContain('Summary of project results');
    // sections tile the text from the first heading to the end
    for (let i = 1; i < d.sections.length; i++) expect(d.sections[i]!.start).toBe(d.sections[i - 1]!.end);
    expect(d.sections.at(-1)!.end).toBe(d.text.length);
  });

  it('takes markdown headings with their levels', () => {
    const d = docOf('# Delivering funding\n\nText.\n\n## Ballarat electorate\n\n- $1.1 million for Berry Street\n', 'a.md');
    expect(d.sections.map((s) => [s.heading, s.level])).toEqual([
      ['Delivering funding', 1],
      ['Ballarat electorate', 2],
    ]);
  });

  it('takes HTML headings', () => {
    const d = docOf('<h1>PROBATION SERVICE</h1><p>2024</p><h2>MISSION</h2><p>Text.</p>', 'a.html');
    expect(d.sections.map((s) => [s.heading, s.level])).toEqual([
      ['PROBATION SERVICE', 1],
      ['MISSION', 2],
    ]);
  });

  it('takes the first line of each slide under its marker in a plain-text deck (probe k06)', () => {
    const d = docOf('Forum 2024\n\n[Slide 1 of 3]\nThroughcare that sticks\nDr Priya Raman\n\n[Slide 2 of 3]\nWho we work with (partners)\n- Newcastle Community Legal Centre\n\n[Slide 3 of 3]\nThank you — questions?\n');
    expect(d.sections.map((s) => s.heading)).toEqual(['Forum 2024', 'Throughcare that sticks', 'Who we work with (partners)', 'Thank you — questions?']);
  });

  it('does not take sentences or list items as headings', () => {
    const d = docOf('Intro\n\nThis is a sentence.\n\n- a list item\n\nhttps://example.org\n');
    expect(d.sections.map((s) => s.heading)).toEqual(['Intro']);
  });
});
