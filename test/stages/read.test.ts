import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { idOf, mediaTypeOf, normalise, read } from '../../src/stages/read.js';

describe('read', () => {
  it('slugs the file name without extension into the id (record.md example)', () => {
    expect(idOf('fixtures/003_25b8ca439fb72e43.txt')).toBe('003-25b8ca439fb72e43');
    expect(idOf('Ünïcode File (2).HTML')).toBe('unicode-file-2');
    expect(idOf('___.md')).toBe('document');
  });

  it('knows the media types it reads', () => {
    expect(mediaTypeOf('a.txt')).toBe('text/plain');
    expect(mediaTypeOf('a.MD')).toBe('text/markdown');
    expect(mediaTypeOf('a.markdown')).toBe('text/markdown');
    expect(mediaTypeOf('a.htm')).toBe('text/html');
    expect(mediaTypeOf('a.pdf')).toBeNull();
  });

  it('hashes the raw bytes and counts them', () => {
    const bytes = Buffer.from('Project promoter:\r\nVilnius\r\n');
    const r = read(bytes, 'x.txt');
    expect(r.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(r.source.bytes).toBe(bytes.length);
    expect(r.text).toBe('Project promoter:\nVilnius\n');
  });

  it('turns CR and CRLF into LF and composes to NFC, nothing else', () => {
    expect(normalise('a\r\nb\rc\n  d\t')).toBe('a\nb\nc\n  d\t');
    expect(normalise('Cafe\u0301')).toBe('Caf\u00e9');
  });

  it('drops a UTF-8 BOM and says utf-8', () => {
    const r = read(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'x.txt');
    expect(r.text).toBe('A');
    expect(r.source.encoding).toBe('utf-8');
  });

  it('decodes UTF-16 by its BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Śledź €5', 'utf16le')]);
    expect(read(le, 'x.txt')).toMatchObject({ text: 'Śledź €5', source: { encoding: 'utf-16le' } });
  });

  it('detects legacy 8-bit text that is not UTF-8 and records the decoding', () => {
    // "Fundación Diagrama – €" in windows-1252
    const bytes = Buffer.from([0x46, 0x75, 0x6e, 0x64, 0x61, 0x63, 0x69, 0xf3, 0x6e, 0x20, 0x96, 0x20, 0x80, 0x35]);
    const r = read(bytes, 'x.txt');
    expect(r.source.encoding).toMatch(/^windows-125|^iso-8859/);
    expect(r.text.startsWith('Fundaci')).toBe(true);
    expect(new TextDecoder(r.source.encoding).decode(bytes)).toBe(r.text);
  });
});
