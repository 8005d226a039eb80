// V8 settings for the threads that run the extractors.
import v8 from 'node:v8';

/**
 * V8 runs a regular expression in its bytecode interpreter first and compiles it to machine code only
 * on its second run. After a full garbage collection it may start over, and a run holds hundreds of
 * patterns, many run once over a whole document. Compiling them on their first run makes a batch
 * some 15 % faster (`npm run bench`) for a little more code in memory.
 */
const FLAGS = ['--regexp-tier-up-ticks=0'];

let tuned = false;

/**
 * Set the V8 flags above. They hold for the whole process, so only the CLI and Gleaner's own worker
 * threads call this; a program that imports Gleaner keeps its own settings.
 */
export function tuneEngine(): void {
  if (tuned) return;
  for (const flag of FLAGS) v8.setFlagsFromString(flag);
  tuned = true;
}
