// The schema and the TypeScript types must agree: the types are generated from the schema, and
// this test fails when the committed types are stale.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
// @ts-expect-error: a plain .mjs script without types
import { generate } from '../../scripts/gen-types.mjs';
import { recordSchema } from '../../src/stages/validate.js';
import { SCHEMA_VERSION } from '../../src/record.js';

describe('record schema and types', () => {
  it('has types generated from the current schema', async () => {
    expect(fs.readFileSync('src/record.generated.ts', 'utf8')).toBe(await generate());
  });

  it('names its version, and the version is what the code writes', () => {
    expect(recordSchema.$id).toMatch(/record\/1\.0\.json$/);
    expect((recordSchema.properties as any).schema_version.const).toBe(SCHEMA_VERSION);
  });

  it('requires every field of record.md', () => {
    expect([...(recordSchema.required as string[])].sort()).toEqual(
      ['schema_version', 'id', 'source', 'title', 'acronym', 'document_kind', 'project_number', 'status', 'date', 'promoter', 'partners', 'funding', 'costs', 'timeframe', 'countries', 'target_groups', 'indicators', 'contacts', 'rating', 'evidence', 'sections'].sort(),
    );
  });
});
