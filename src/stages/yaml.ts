// One record as an item of the YAML dataset. The `yaml` library decides how every value is written; it
// is also slow (some 2 ms a record, forty times JSON), because it builds a node for every value. Most
// values of a record need no decision: keys, numbers, null, and strings that can only be written plain.
// Those are written here in the library's block layout; any other string is written by the library in a
// map of its own and moved to its place, and anything else unusual (a key that needs quotes, a list in
// a list) hands the whole record to the library. The output is the library's, byte for byte:
// `test/stages/yaml.test.ts` checks it on every fixture record and on generated ones.
import { Document, stringify } from 'yaml';

const OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;

/** What the library writes for one record: the reference, and the way for records the fast path leaves. */
export function libraryYamlItem(record: unknown): string {
  return stringify([record], OPTIONS);
}

/** A value the fast path leaves to the library whole. */
class NotPlain extends Error {}

// the library's own tests (stringifyString.js, plainString): a string it would not write plain
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
// characters that make it use double quotes, or lines of their own
const SPECIAL = /[\x00-\x1f\x7f-\x9f\u{D800}-\u{DFFF}\u2028\u2029\ufeff]/u;
// `---`, `...` or `%` at a line start: written plain in most places, but not all
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/m;
// a string the schema would read as another type (null, a boolean, a number) needs quotes: the
// schema's own tests, as the library applies them
const OTHER_TYPES = new Document().schema.tags
  .filter((t) => t.default && t.tag !== 'tag:yaml.org,2002:str' && t.test)
  .map((t) => t.test!);
// with a `"` the library takes single quotes; with a `\` JSON escapes it
const ESCAPED = /["\\]/;

const otherType = (s: string): boolean => OTHER_TYPES.some((re) => re.test(s));

/** A string the library writes as it is. */
function plain(s: string): boolean {
  return s !== '' && !SPECIAL.test(s) && !NOT_PLAIN.test(s) && !s.includes('\n') && !DOCUMENT_MARKER.test(s) && !otherType(s);
}

/** A string the library writes in double quotes with nothing escaped: one line that cannot be plain. */
function doubleQuoted(s: string): boolean {
  return !s.includes('\n') && !SPECIAL.test(s) && !ESCAPED.test(s) && (NOT_PLAIN.test(s) || otherType(s));
}

/**
 * A string the library must write, as it writes it for a map's value, with any further lines moved to
 * `indent` (where this value's lines go). The library writes `[{ k: value }]` with those lines four
 * spaces in; a block scalar's header (`|-`, `|2-`) counts its indentation from the key, so it carries
 * over to any depth. Anything not of that shape is left to the library whole.
 */
function viaLibrary(value: string, indent: string): string {
  const text = stringify([{ k: value }], OPTIONS);
  if (!text.startsWith('- k: ') || !text.endsWith('\n')) throw new NotPlain();
  const lines = text.slice(5, -1).split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('    ')) lines[i] = `${indent}${line.slice(4)}`;
    else if (line !== '') throw new NotPlain();
  }
  return lines.join('\n');
}

/** A scalar value; `indent` is where its further lines go, or null where it must fit one line. */
function scalar(value: unknown, indent: string | null): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string': {
      if (plain(value)) return value;
      if (doubleQuoted(value)) return `"${value}"`;
      const text = viaLibrary(value, indent ?? '');
      if (indent === null && text.includes('\n')) throw new NotPlain();
      return text;
    }
    case 'number':
      if (!Number.isFinite(value)) throw new NotPlain();
      return Object.is(value, -0) ? '-0' : JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      throw new NotPlain();
  }
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A map with an entry the library writes (it leaves out undefined values). */
const hasEntries = (v: Record<string, unknown>): boolean => Object.keys(v).some((k) => v[k] !== undefined);

/** A map's entries at `indent`, its first line opened by `lead` (`- ` in a list). */
function map(value: Record<string, unknown>, indent: string, out: string[], lead = indent): void {
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined) continue;
    if (!plain(key)) throw new NotPlain();
    out.push(`${lead}${key}:`);
    lead = indent;
    entry(v, indent, out);
  }
}

/** The value after `key:` (already in `out`'s last line), with nested blocks indented under it. */
function entry(v: unknown, indent: string, out: string[]): void {
  const last = out.length - 1;
  if (Array.isArray(v) && v.length) {
    out[last] += '\n';
    seq(v, `${indent}  `, out);
  } else if (isMap(v) && hasEntries(v)) {
    out[last] += '\n';
    map(v, `${indent}  `, out);
  } else out[last] += ` ${Array.isArray(v) ? '[]' : isMap(v) ? '{}' : scalar(v, `${indent}  `)}\n`;
}

function seq(items: readonly unknown[], indent: string, out: string[]): void {
  for (const item of items) {
    if (item === undefined || Array.isArray(item)) throw new NotPlain();
    if (!isMap(item)) out.push(`${indent}- ${scalar(item, null)}\n`);
    else if (!hasEntries(item)) out.push(`${indent}- {}\n`);
    else map(item, `${indent}  `, out, `${indent}- `);
  }
}

/** The fast path alone: the record's YAML item, or null where it leaves the record to the library. */
export function fastYamlItem(record: unknown): string | null {
  if (!isMap(record)) return null;
  try {
    const out: string[] = [];
    seq([record], '', out);
    return out.join('');
  } catch (e) {
    if (e instanceof NotPlain) return null;
    throw e;
  }
}

/** One record as an item of the YAML dataset (`- key: value …`), exactly as the `yaml` library writes it. */
export function yamlItem(record: unknown): string {
  return fastYamlItem(record) ?? libraryYamlItem(record);
}
