import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { mayHoldTable, remarkTables } from '../../src/stages/parse.js';
import { docOf, holdoutDir, seedDoc, seedsDir } from '../helpers.js';

describe('parse: the view', () => {
  it('has the length of the text, so offsets carry over', () => {
    for (const [text, name] of [
      ['# Title\n\nSome **bold** [link](http://x.org) text.\n', 'a.md'],
      ['<html><head><title>T</title></head><body><p>A &amp; B</p></body></html>', 'a.html'],
      ['plain\ttext\n', 'a.txt'],
    ] as const) {
      const d = docOf(text, name);
      expect(d.view.length).toBe(d.text.length);
    }
  });

  it('makes one line break of a <br>, whether or not the source breaks the line after it', () => {
    // probe i06: `Name, Role<br>` then the e-mail on the next source line are two lines of one block
    for (const html of ['<p>Aroha Tane, Programme Lead<br>\n<a href="mailto:a@x.nz">a@x.nz</a></p>', '<p>Aroha Tane, Programme Lead<br><a href="mailto:a@x.nz">a@x.nz</a></p>']) {
      const d = docOf(`<html><body><h1>Page</h1>${html}</body></html>`, 'a.html');
      const name = d.lines.find((l) => l.text.startsWith('Aroha'))!;
      expect(name.blankAfter).toBe(false);
      expect(d.lines[name.index + 1]!.text).toBe('a@x.nz');
    }
  });

  it('masks markdown syntax but keeps the words where they are', () => {
    const d = docOf('## Results\n\nThere are **30 people** on the [work route](https://x.org).\n', 'a.md');
    const at = d.view.indexOf('30 people');
    expect(d.text.slice(at, at + 9)).toBe('30 people');
    expect(d.view).not.toContain('**');
    expect(d.view).not.toContain('https://x.org');
    expect(d.view).not.toContain('##');
  });

  it('reads HTML as data: tags, scripts, navigation and the head are masked; entities become characters', () => {
    const html = '<html><head><title>PROBATION SERVICE</title><script>alert(1)</script></head><body><nav><a href="#">Next</a></nav><p>Annika Soodla &amp; Maarja M&auml;gi</p></body></html>';
    const d = docOf(html, 'slides.html');
    expect(d.view).toContain('Annika Soodla &');
    expect(d.view).toContain('Maarja Mä');
    expect(d.view).not.toContain('alert');
    expect(d.view).not.toContain('Next');
    expect(d.pageTitle && d.text.slice(d.pageTitle.start, d.pageTitle.end)).toBe('PROBATION SERVICE');
  });

  it('puts HTML blocks on lines of their own and table cells after tabs', () => {
    const d = docOf('<table><tr><td>Status:</td><td>Completed</td></tr></table><p>Next</p>', 'a.html');
    const lines = d.lines.map((l) => l.text);
    expect(lines[0]).toMatch(/^Status:\s*\t\s*Completed$/);
    expect(lines.at(-1)).toBe('Next');
  });

  it('reaches the text of raw HTML tables inside a text file (seed 004)', () => {
    const d = seedDoc('004_57125e4fdf43df7a.txt');
    const quote = 'Estimate - 12 pages';
    const at = d.view.indexOf(quote);
    expect(at).toBeGreaterThan(0);
    expect(d.text.slice(at, at + quote.length)).toBe(quote);
    expect(d.view.slice(at - 10, at)).not.toContain('<p>');
  });

  it('keeps front matter text and remembers its span', () => {
    const d = docOf('---\ntitle: Peer mentoring\nstatus: ongoing\n---\n\n# Body\n', 'a.md');
    expect(d.frontMatter).not.toBeNull();
    expect(d.text.slice(d.frontMatter!.start, d.frontMatter!.end)).toBe('title: Peer mentoring\nstatus: ongoing');
    expect(d.view).toContain('title: Peer mentoring');
  });
});

describe('parse: tables', () => {
  const row = (text: string) => docOf(text, 'a.md').view.split('\n').find((l) => l.includes('Open'));

  it('reads a table whatever its delimiter row looks like: pipes, colons only, in a quote, in a list', () => {
    expect(row('Status | Budget\n--- | ---\nOpen | 10\n')).toBe('Open \t 10');
    expect(row('| Status |\n| - |\n| Open |\n')).toBe('\t Open \t');
    expect(row('Status\n:-\nOpen\n')).toBe('Open');
    expect(docOf('Status\n:-\nOpen\n', 'a.md').view).not.toContain(':-');
    expect(row('> Status | Budget\n> :-: | -\n> Open | 10\n')).toBe('  Open \t 10');
    expect(row('- Status | Budget\n  --|--\n  Open | 10\n')).toBe('  Open \t 10');
  });

  it('leaves pipes in prose as text when no line could be a delimiter row', () => {
    const d = docOf('Partners | Budget\nOpen | 10\n\nA line - with a dash | and a pipe.\n', 'a.md');
    expect(d.view).toContain('Partners | Budget');
    expect(d.view).not.toContain('\t');
  });

  it('skips the table parser only where it would find nothing: the same tree on every fixture', () => {
    const withTables = unified().use(remarkParse).use(remarkTables);
    const plain = unified().use(remarkParse);
    let skipped = 0;
    for (const dir of [seedsDir, holdoutDir]) {
      for (const name of fs.readdirSync(path.join(dir, 'docs')).filter((f) => !f.endsWith('.html'))) {
        const text = fs.readFileSync(path.join(dir, 'docs', name), 'utf8');
        if (mayHoldTable(text)) continue;
        skipped++;
        expect(JSON.stringify(plain.parse(text)), name).toBe(JSON.stringify(withTables.parse(text)));
      }
    }
    expect(skipped).toBeGreaterThan(3);
  });
});
