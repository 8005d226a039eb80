// Field families: which highlight colour an evidence path gets in the review report.

/** A family of record fields, with its label and highlight colour. */
export interface Family {
  name: string;
  label: string;
  colour: string;
}

/** The families, in the order the legend shows them. */
export const FAMILIES: readonly Family[] = [
  { name: 'title', label: 'title and kind', colour: '#ffe08a' },
  { name: 'identifiers', label: 'identifiers', colour: '#d7c4f5' },
  { name: 'organisations', label: 'organisations', colour: '#a8dcff' },
  { name: 'money', label: 'money', colour: '#a9efb4' },
  { name: 'dates', label: 'dates', colour: '#ffc6a0' },
  { name: 'countries', label: 'countries', colour: '#9fe8e0' },
  { name: 'target-groups', label: 'target groups', colour: '#f9b8d6' },
  { name: 'indicators', label: 'indicators', colour: '#e3ee9a' },
  { name: 'contacts', label: 'contacts', colour: '#c9d3e0' },
  { name: 'other', label: 'other', colour: '#e6e6e6' },
];

const BY_FIELD: Readonly<Record<string, string>> = {
  title: 'title',
  acronym: 'title',
  document_kind: 'title',
  status: 'title',
  rating: 'title',
  project_number: 'identifiers',
  promoter: 'organisations',
  partners: 'organisations',
  funding: 'organisations',
  costs: 'money',
  date: 'dates',
  timeframe: 'dates',
  countries: 'countries',
  target_groups: 'target-groups',
  indicators: 'indicators',
  contacts: 'contacts',
};

/** The family name of a JSON Pointer into a record (`/costs/0/amount` → `money`). */
export function familyOf(pointer: string): string {
  return BY_FIELD[pointer.split('/')[1] ?? ''] ?? 'other';
}
