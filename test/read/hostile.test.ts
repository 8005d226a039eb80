// Hostile inputs, built at test time: each ends in a record or a clear error entry, and the batch goes on.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { runBatch, readRecords } from '../../src/pipeline/run.js';
import { processDocument } from '../../src/pipeline/process.js';
import { resolveOptions } from '../../src/pipeline/config.js';
import { normalise } from '../../src/stages/read.js';
import { options } from '../helpers.js';

// these tests run long synchronous work back to back: give the event loop a turn after each, so the
// test runner's messages (which time out after a minute) are answered
afterEach(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-hostile-'));

/** Process bytes and check the outcome is a valid record whose quotes are exact, or a coded failure. */
function settle(bytes: Uint8Array, name: string) {
  const outcome = processDocument(bytes, name, options);
  if (outcome.ok) {
    const text = normalise(new TextDecoder(outcome.record.source.encoding).decode(bytes));
    for (const e of outcome.record.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  }
  return outcome;
}

describe('hostile documents', () => {
  it.each([
    ['an empty file', ''],
    ['a whitespace-only file', ' \n\t\n   \n'],
    ['CRLF line ends', 'Project promoter:\r\nVilnius Country Probation Office\r\nStatus:\r\nCompleted\r\n'],
    ['NUL bytes in text', 'Title line\n\nSome\u0000text with a NUL.\n'],
    ['a BOM', '\ufeffTitle\n\nBody.\n'],
  ])('gives a record for %s', (_name, text) => {
    const outcome = settle(Buffer.from(text, 'utf8'), 'x.txt');
    expect(outcome.ok).toBe(true);
  });

  it('refuses a binary file with a `binary` error', () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0), Buffer.from([0xff, 0x00, 0x13])]);
    expect(settle(pdf, 'report.txt')).toMatchObject({ ok: false, failure: { stage: 'read', code: 'binary' } });
    // high-entropy bytes, as in compressed or encrypted files, made the same on every run
    const noise = Buffer.concat(Array.from({ length: 128 }, (_, i) => createHash('sha256').update(String(i)).digest()));
    expect(settle(noise, 'noise.md')).toMatchObject({ ok: false, failure: { code: 'binary' } });
  });

  it('reads Windows-1252, Latin-1 and UTF-16 text, and offsets refer to the decoded text', () => {
    const cp1252 = Buffer.from('Fundaci\xf3n Diagrama \x96 Spain \x80 5,000\n', 'latin1');
    const a = settle(cp1252, 'a.txt');
    expect(a.ok && a.record.source.encoding).toBe('windows-1252');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Projektträger: Cottbuser Jugendrechtshaus\n', 'utf16le')]);
    const b = settle(utf16, 'b.txt');
    expect(b.ok && b.record.source.encoding).toBe('utf-16le');
    const utf16NoBom = Buffer.from('Status: Completed\nThe project is carried out in Lithuania.\n', 'utf16le');
    const c = settle(utf16NoBom, 'c.txt');
    expect(c.ok && c.record.source.encoding).toBe('utf-16le');
    expect(c.ok && c.record.countries).toContain('LT');
  });

  it('refuses a file over the size limit with `too-large`', () => {
    const small = resolveOptions({ limits: { maxBytes: 1000 } });
    expect(processDocument(Buffer.alloc(1001, 0x61), 'big.txt', small)).toMatchObject({ ok: false, failure: { code: 'too-large' } });
  });

  it('gets through deeply nested quotes and lists by reading them as plain text', () => {
    const quotes = settle(Buffer.from(`${'>'.repeat(20000)} deep\n`), 'q.md');
    expect(quotes.ok).toBe(true);
    expect(quotes.warnings.join('\n')).toContain('gleaner:parse');
    const lists = settle(Buffer.from(Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n')), 'l.md');
    expect(lists.ok).toBe(true);
    const html = settle(Buffer.from(`${'<div>'.repeat(20000)}Deep text`), 'd.html');
    expect(html.ok).toBe(true);
  });

  it('parses broken and unterminated HTML', () => {
    const r = settle(Buffer.from('<html><body><p>Project promoter: <b>Vilnius Probation Office<p>Status: <i>Completed<table><tr><td>unclosed'), 'b.html');
    expect(r.ok).toBe(true);
  });
});

describe('hostile folders', () => {
  it('accounts for every input: odd names, same names, folders named .txt, links, unreadable files', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'file with spaces é.txt'), 'A title\n\nSome text.\n');
    fs.mkdirSync(path.join(dir, 'one'));
    fs.mkdirSync(path.join(dir, 'two'));
    fs.writeFileSync(path.join(dir, 'one', 'same.md'), '# One\n');
    fs.writeFileSync(path.join(dir, 'two', 'same.md'), '# Two\n');
    fs.mkdirSync(path.join(dir, 'folder.txt'));
    fs.writeFileSync(path.join(dir, 'folder.txt', 'inner.txt'), 'Inner\n');
    fs.symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    fs.writeFileSync(path.join(dir, 'locked.txt'), 'secret\n');
    fs.chmodSync(path.join(dir, 'locked.txt'), 0o000);
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(100, 0)]));
    const out = tmp();
    const result = await runBatch({ inputs: [dir], out, options, concurrency: 2, cache: false });
    const records = readRecords(out, result.ids) as Array<{ id: string; source: { path: string } }>;
    const byPath = new Map(records.map((r) => [path.relative(dir, r.source.path), r.id]));
    expect(byPath.get('file with spaces é.txt')).toBe('file-with-spaces-e');
    expect([byPath.get(path.join('one', 'same.md')), byPath.get(path.join('two', 'same.md'))]).toEqual(['same', 'same-two']);
    expect(byPath.get(path.join('folder.txt', 'inner.txt'))).toBe('inner');
    const codes = Object.fromEntries(result.errors.map((e) => [path.relative(dir, e.path), e.code]));
    expect(codes['dangling.txt']).toBe('dangling-link');
    expect(codes['binary.txt']).toBe('binary');
    // root reads any file; elsewhere the locked file is an `unreadable` error
    if (process.getuid?.() !== 0) expect(codes['locked.txt']).toBe('unreadable');
    else expect(byPath.has('locked.txt')).toBe(true);
    // the loop is walked once: inner.txt appears once, not again through loop/
    expect([...byPath.keys()].filter((p) => p.endsWith('inner.txt'))).toHaveLength(1);
    // everything is accounted for: each input is a record or an error
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.records + manifest.errors).toBe(manifest.documents);
  });

  it('reports a symbolic link loop named directly', async () => {
    const dir = tmp();
    fs.symlinkSync(path.join(dir, 'b.txt'), path.join(dir, 'a.txt'));
    fs.symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    const result = await runBatch({ inputs: [path.join(dir, 'a.txt')], out: tmp(), options, cache: false });
    expect(result.errors.map((e) => e.code)).toEqual(['symlink-loop']);
  });
});
