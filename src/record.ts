// The record's TypeScript types, generated from src/schema/record.schema.json (the one source of
// truth; `node scripts/gen-types.mjs` regenerates them and a test fails when they are stale).
import type { GleanerRecord } from './record.generated.js';

export type {
  GleanerRecord,
  Organisation,
  Funding,
  Cost,
  Timeframe,
  TargetGroup,
  Indicator,
  Contact,
  Evidence,
  Source as RecordSource,
  Section as RecordSection,
} from './record.generated.js';

export type DocumentKind = GleanerRecord['document_kind'];
export type Status = NonNullable<GleanerRecord['status']>;
export type CostKind = GleanerRecord['costs'][number]['kind'];

/** The record format version this build writes. */
export const SCHEMA_VERSION = '1.0';
