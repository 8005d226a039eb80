// Generated from src/schema/record.schema.json by scripts/gen-types.mjs; do not edit.
/* eslint-disable */

/**
 * A string as written, or null when the document does not state it; never empty.
 */
export type Text = string | null;
/**
 * ISO 8601 at the precision written: YYYY, YYYY-MM or YYYY-MM-DD.
 */
export type IsoDate = string;

/**
 * One input document as a validated, evidence-backed record. Record format 1.0 (see schema_version; semver: a new optional field is a minor version, a renamed or removed one a major).
 */
export interface GleanerRecord {
  schema_version: '1.0';
  id: string;
  source: Source;
  title: Text;
  acronym: Text;
  document_kind:
    'project-page' | 'programme-profile' | 'presentation' | 'meeting-report' | 'news' | 'call' | 'report' | 'other';
  project_number: Text;
  status: 'planned' | 'ongoing' | 'completed' | null;
  date: IsoDate | null;
  promoter: Organisation | null;
  partners: Organisation[];
  funding: Funding[];
  costs: Cost[];
  timeframe: Timeframe;
  countries: string[];
  target_groups: TargetGroup[];
  indicators: Indicator[];
  contacts: Contact[];
  rating: Text;
  evidence: Evidence[];
  sections: Section[];
}
export interface Source {
  path: string;
  sha256: string;
  bytes: number;
  media_type: 'text/plain' | 'text/markdown' | 'text/html';
  encoding: string;
}
export interface Organisation {
  name: string;
  country: string | null;
}
export interface Funding {
  funder: string;
  programme: Text;
}
export interface Cost {
  kind: 'total' | 'initial' | 'final' | 'grant' | 'budget' | 'cofinancing' | 'unit';
  amount: number;
  currency: string;
  funder: Text;
}
export interface Timeframe {
  start: IsoDate | null;
  end: IsoDate | null;
  duration_months: number | null;
}
export interface TargetGroup {
  label: string;
  text: string;
}
export interface Indicator {
  value: number;
  unit: string;
  kind: 'result' | 'target';
  text: string;
}
export interface Contact {
  name: Text;
  role: Text;
  email: string | null;
  phone: Text;
  organisation: Text;
}
export interface Evidence {
  path: string;
  start: number;
  end: number;
  quote: string;
  method: string;
  confidence: number;
}
export interface Section {
  heading: string;
  level: number;
  start: number;
  end: number;
}
