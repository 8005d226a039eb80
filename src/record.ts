// The record's TypeScript types: the same contract as src/schema/record.schema.json (a test keeps
// the two in step).
import type { Section, Source } from './document.js';

export type DocumentKind = 'project-page' | 'programme-profile' | 'presentation' | 'meeting-report' | 'news' | 'call' | 'report' | 'other';
export type Status = 'planned' | 'ongoing' | 'completed';
export type CostKind = 'total' | 'initial' | 'final' | 'grant' | 'budget' | 'cofinancing' | 'unit';

export interface Organisation { name: string; country: string | null }
export interface Funding { funder: string; programme: string | null }
export interface Cost { kind: CostKind; amount: number; currency: string; funder: string | null }
export interface Timeframe { start: string | null; end: string | null; duration_months: number | null }
export interface TargetGroup { label: string; text: string }
export interface Indicator { value: number; unit: string; kind: 'result' | 'target'; text: string }
export interface Contact { name: string | null; role: string | null; email: string | null; phone: string | null; organisation: string | null }
export interface Evidence { path: string; start: number; end: number; quote: string; method: string; confidence: number }

/** One document as a record (format 1.0). */
export interface GleanerRecord {
  schema_version: '1.0';
  id: string;
  source: Source;
  title: string | null;
  acronym: string | null;
  document_kind: DocumentKind;
  project_number: string | null;
  status: Status | null;
  date: string | null;
  promoter: Organisation | null;
  partners: Organisation[];
  funding: Funding[];
  costs: Cost[];
  timeframe: Timeframe;
  countries: string[];
  target_groups: TargetGroup[];
  indicators: Indicator[];
  contacts: Contact[];
  rating: string | null;
  evidence: Evidence[];
  sections: Section[];
}

/** The record format version this build writes. */
export const SCHEMA_VERSION = '1.0';
