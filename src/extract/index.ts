// The extractors, one per field family, in the order they run (later ones may read earlier findings).
import type { Document } from '../document.js';
import type { Lexicons } from '../pipeline/lexicons.js';
import type { Extractor, Finding } from './finding.js';
import { title } from './title.js';
import { identifiers } from './identifiers.js';
import { countries } from './countries.js';
import { organisations } from './organisations.js';
import { funding } from './funding.js';
import { money } from './money.js';
import { dates } from './dates.js';
import { targetGroups } from './target-groups.js';
import { indicators } from './indicators.js';
import { contacts } from './contacts.js';
import { elsewhere, inElsewhere } from './text.js';

/** Every extractor by name, in run order. */
export const EXTRACTORS: ReadonlyArray<readonly [string, Extractor]> = [
  ['title', title],
  ['identifiers', identifiers],
  ['countries', countries],
  ['organisations', organisations],
  ['funding', funding],
  ['money', money],
  ['dates', dates],
  ['target-groups', targetGroups],
  ['indicators', indicators],
  ['contacts', contacts],
];

/** The fields a page part about other projects must not feed. */
const OF_THE_PROJECT = /^\/(?:partners|costs|indicators|funding|target_groups|contacts|countries)\//;

/** Most findings one extractor may give for one document; real reports give tens. */
export const MAX_FINDINGS = 5000;

/** Run every extractor over a document and collect their findings (at most MAX_FINDINGS each). */
export function extractAll(doc: Document, lexicons: Lexicons): Finding[] {
  const all: Finding[] = [];
  // parts of the page about other projects (`Other grants in …`): no list value is read from them
  const other = elsewhere(doc, lexicons);
  for (const [name, run] of EXTRACTORS) {
    let found = run(doc, { lexicons, previous: all });
    if (other.length) found = found.filter((f) => !(OF_THE_PROJECT.test(f.path) && inElsewhere(other, f)));
    if (found.length > MAX_FINDINGS) doc.file.message(`the ${name} extractor found ${found.length} values; only the first ${MAX_FINDINGS} are kept`, undefined, 'gleaner:too-many');
    // a loop, not push(...found): spreading a huge array would overflow the stack
    for (let i = 0; i < found.length && i < MAX_FINDINGS; i++) all.push(found[i]!);
  }
  return all;
}
