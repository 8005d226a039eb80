// The report in a real browser (Debian's Chromium through playwright-core, from file://): highlights
// cover their quotes, clicking one shows its evidence, markup stays text, no console errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { writeReport } from '../../src/report/index.js';
import type { GleanerRecord } from '../../src/record.js';
import { buildDataset, IMG, SCRIPT } from './hostile.js';

const CHROMIUM = '/usr/bin/chromium';
const missing = !fs.existsSync(CHROMIUM);
const skip = missing && !process.env.CI;
if (skip) console.warn(`report browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

const shots = path.join(import.meta.dirname, '__screenshots__');

describe.skipIf(skip)('report in Chromium', () => {
  let browser: Browser;
  let out: string;
  let records: GleanerRecord[];
  const problems: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    const built = await buildDataset();
    out = built.out;
    records = built.records;
    await writeReport(out, { gold: path.join(import.meta.dirname, '..', '..', 'fixtures', 'seeds', 'gold') });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Open a report page, recording console errors, page errors and dialogs. */
  async function open(rel: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${rel}: console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${rel}: page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`${rel}: dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(pathToFileURL(path.join(out, 'report', rel)).href);
    return page;
  }

  /** A seed record and one of its evidence entries that no other entry overlaps. */
  function lonely(): { record: GleanerRecord; index: number } {
    for (const record of records) {
      if (record.id === 'hostile') continue;
      const ev = record.evidence;
      const index = ev.findIndex((e, i) => e.start < e.end && ev.every((o, j) => j === i || o.end <= e.start || o.start >= e.end));
      if (index >= 0) return { record, index };
    }
    throw new Error('no seed record has an evidence entry that stands alone');
  }

  it('lists every document on the overview, with working links', async () => {
    const page = await open('index.html');
    const links = await page.locator('table.documents a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(links).toEqual(records.map((r) => `docs/${r.id}.html`));
    expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(2);
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'index.png'), fullPage: true });
    await page.close();
  });

  it('highlights evidence over exactly its quote and shows it on click', async () => {
    const { record, index } = lonely();
    const evidence = record.evidence[index]!;
    const page = await open(`docs/${record.id}.html`);
    expect(await page.locator('mark[data-ev]').count()).toBeGreaterThan(0);
    const mark = page.locator(`mark[data-ev="${index}"]`);
    await expect(mark.count()).resolves.toBe(1);
    expect(await mark.textContent()).toBe(evidence.quote);
    await mark.click();
    const detail = await page.locator('#detail').textContent();
    expect(detail).toContain(evidence.path);
    expect(detail).toContain(evidence.method);
    expect(await mark.getAttribute('class')).toContain('on');
    await page.screenshot({ path: path.join(shots, `${record.id}.png`) });
    await page.close();
  });

  it('keeps the text whole: the highlighted page text is the normalised text', async () => {
    const { record } = lonely();
    const page = await open(`docs/${record.id}.html`);
    const shown = await page.locator('#text').textContent();
    const text = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'seeds', 'docs', path.basename(record.source.path)), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
    expect(shown).toBe(text);
    await page.close();
  });

  it('lights up a field’s highlights when its record row is clicked', async () => {
    const { record, index } = lonely();
    const page = await open(`docs/${record.id}.html`);
    await page.locator(`tr[data-path="${record.evidence[index]!.path}"]`).first().click();
    expect(await page.locator(`mark[data-ev="${index}"]`).getAttribute('class')).toContain('lit');
    await page.close();
  });

  it('renders markup in a document as text, running nothing', async () => {
    const page = await open('docs/hostile.html');
    const text = await page.locator('#text').textContent();
    expect(text).toContain(SCRIPT);
    expect(text).toContain(IMG);
    expect(await page.locator('h1').textContent()).toBe(SCRIPT);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#text script').count()).toBe(0);
    const marks = await page.locator('mark[data-ev]').allTextContents();
    expect(marks).toContain(SCRIPT);
    expect(marks).toContain(IMG);
    await page.locator('mark', { hasText: 'onerror' }).click();
    expect(await page.locator('#detail').textContent()).toContain(IMG);
    expect(await page.locator('#detail img').count()).toBe(0);
    await page.screenshot({ path: path.join(shots, 'hostile.png') });
    await page.close();
  });

  it('logged no console errors, page errors or dialogs', () => {
    expect(problems).toEqual([]);
  });
});
