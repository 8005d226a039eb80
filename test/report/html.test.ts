// Escaping helpers: text, attributes and JSON inside <script>.
import { describe, expect, it } from 'vitest';
import { escapeHtml, scriptJson } from '../../src/report/html.js';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["O'Brien & Sons", 'O&#39;Brien &amp; Sons'],
    ['&amp; stays text', '&amp;amp; stays text'],
    ['plain words', 'plain words'],
  ])('escapes %j', (input, output) => {
    expect(escapeHtml(input)).toBe(output);
  });

  it('prints null and undefined as nothing and numbers as themselves', () => {
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(0.8)).toBe('0.8');
  });
});

describe('scriptJson', () => {
  const hostile = ['</script><script>alert(1)</script>', '<!-- <script>', 'a & b > c', 'line\u2028para\u2029end'];

  it('leaves no <, >, &, U+2028 or U+2029 in the output', () => {
    const out = scriptJson(hostile);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(scriptJson({ quote: hostile }))).toEqual({ quote: hostile });
  });
});
