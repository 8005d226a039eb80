// One record as an item of the YAML dataset. The `yaml` library decides how every value is written; it
// is also slow (some 2 ms a record, forty times JSON), because it builds a node for every value. Most
// values of a record need no decision: keys, numbers, null, and strings that can only be written plain.
// Those are written here in the library's block layout; any other single-line string is handed to the
// library on its own, and a record with a string the library would write as a block (several lines) or
// treat specially (a document marker) is handed over whole. The output is the library's, byte for byte:
// `test/stages/yaml.test.ts` checks it on every fixture record and on generated ones.
import { stringify } from 'yaml';

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
// a string the core schema would read as another type (null, a boolean, a number) needs quotes; so
// plain is taken only for a string that starts with a letter and is no such word
const OTHER_TYPE = /^(?:null|true|false)$/i;
const STARTS_PLAIN = /^[\p{L}(]/u;
// `---`, `...` or `%` at a line start mean something at the top level, where strings are handed over
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/m;

function plain(s: string): boolean {
  return STARTS_PLAIN.test(s) && !NOT_PLAIN.test(s) && !SPECIAL.test(s) && !OTHER_TYPE.test(s);
}

function scalar(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string': {
      if (plain(value)) return value;
      if (value.includes('\n') || value.includes('\r') || DOCUMENT_MARKER.test(value) || SPECIAL.test(value)) throw new NotPlain();
      // a single-line string reads the same in any place: the library writes it alone
      return stringify(value, OPTIONS).slice(0, -1);
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

/** A map's entries at `indent`; the first line is written by the caller's prefix (`- ` or a key). */
function map(value: Record<string, unknown>, indent: string, out: string[], first: boolean): void {
  let n = 0;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined) continue;
    if (!plain(key)) throw new NotPlain();
    out.push(first && n === 0 ? `${key}:` : `${indent}${key}:`);
    n++;
    entry(v, indent, out);
  }
  if (n === 0) throw new NotPlain();
}

/** The value after `key:` (already in `out`'s last line), with nested blocks indented under it. */
function entry(v: unknown, indent: string, out: string[]): void {
  const last = out.length - 1;
  if (Array.isArray(v) && v.length) {
    out[last] += '\n';
    seq(v, `${indent}  `, out);
  } else if (isMap(v) && Object.keys(v).some((k) => v[k] !== undefined)) {
    out[last] += '\n';
    map(v, `${indent}  `, out, false);
  } else out[last] += ` ${Array.isArray(v) ? '[]' : isMap(v) ? '{}' : scalar(v)}\n`;
}

function seq(items: readonly unknown[], indent: string, out: string[]): void {
  for (const item of items) {
    if (item === undefined || Array.isArray(item)) throw new NotPlain();
    if (isMap(item)) {
      if (!Object.keys(item).some((k) => item[k] !== undefined)) {
        out.push(`${indent}- {}\n`);
        continue;
      }
      out.push(`${indent}- `);
      const at = out.length;
      map(item, `${indent}  `, out, true);
      // the map's first line continues the `- ` line
      out[at - 1] += out[at]!;
      out.splice(at, 1);
    } else out.push(`${indent}- ${scalar(item)}\n`);
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
