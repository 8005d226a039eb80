// After the first documents, extraction builds no new regular expressions: every pattern is made once
// per lexicon set or module. A pattern made per document is compiled again by V8 after each full
// garbage collection, which in a worker thread with a capped heap is often (see src/pipeline/engine.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedsDir, holdoutDir } from '../helpers.js';
// the build, as worker threads run it: the test transform turns some regular expression literals of
// the sources into `new RegExp` calls
// @ts-expect-error: the build has its own types, and may not exist before `npm test` builds it
import { processDocument } from '../../dist/pipeline/process.js';
// @ts-expect-error: as above
import { resolveOptions } from '../../dist/pipeline/config.js';

const options = resolveOptions();

const docsOf = (dir: string) => fs.readdirSync(path.join(dir, 'docs')).sort().map((f) => ({ name: f, bytes: fs.readFileSync(path.join(dir, 'docs', f)) }));

const Original = globalThis.RegExp;
afterEach(() => {
  globalThis.RegExp = Original;
});

describe('patterns', () => {
  it('are not built again for each document of the seeds and the holdout set', () => {
    const docs = [...docsOf(seedsDir), ...docsOf(holdoutDir)];
    for (const d of docs) processDocument(d.bytes, d.name, options);
    const built: string[] = [];
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args: [string | RegExp, string?]) {
        built.push(String(args[0] instanceof Original ? args[0].source : args[0]).slice(0, 80));
        return Reflect.construct(target, args);
      },
    });
    for (const d of docs) processDocument(d.bytes, d.name, options);
    expect(built).toEqual([]);
  });
});
