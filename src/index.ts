// Gleaner's library API: what the package offers, in one place.
export type { GleanerRecord, Organisation, Funding, Cost, Timeframe, TargetGroup, Indicator, Contact, Evidence } from './record.js';
export { SCHEMA_VERSION } from './record.js';
export type { Document, Source, Section, Span } from './document.js';
export type { Finding } from './extract/finding.js';
export type { Options, Pipeline } from './pipeline/config.js';
export { resolveOptions, loadPipeline, ConfigError } from './pipeline/config.js';
export { processDocument } from './pipeline/process.js';
export { runBatch } from './pipeline/run.js';
export { validateRecord, recordSchema } from './stages/validate.js';
export { version } from './version.js';
