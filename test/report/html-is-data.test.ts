// Document text and record values are data: markup in them is escaped on every report page.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { writeReport } from '../../src/report/index.js';
import { buildDataset, IMG, SCRIPT } from './hostile.js';
import { escapeHtml } from '../../src/report/html.js';

let html = '';
let index = '';

beforeAll(async () => {
  const { out } = await buildDataset(false);
  const report = await writeReport(out, {});
  index = fs.readFileSync(report.index, 'utf8');
  html = fs.readFileSync(path.join(out, 'report', 'docs', 'hostile.html'), 'utf8');
});

describe('a document with markup in it', () => {
  it('shows the markup escaped, as text', () => {
    expect(html).toContain(escapeHtml(SCRIPT));
    expect(html).toContain(escapeHtml(IMG));
    expect(index).toContain(escapeHtml(SCRIPT));
  });

  it('lets none of it through as elements', () => {
    for (const page of [html, index]) {
      expect(page).not.toContain(SCRIPT);
      expect(page).not.toMatch(/<img/i);
      expect(page).not.toContain('</pre> and');
    }
  });

  it('has only its own two script elements: the evidence data and the page script', () => {
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain('<script type="application/json" id="evidence-data">');
  });
});
