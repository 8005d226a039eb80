// A fingerprint of the running code: the sha256 of every module file of this build, so the cache
// never serves a record made by other code, even when the version number did not change.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

let memo: string | null = null;

/** The fingerprint of the code Gleaner is running from (dist/ or src/). */
export function codeFingerprint(): string {
  if (memo) return memo;
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      const st = fs.statSync(p);
      if (st.isDirectory()) walk(p);
      else if (/\.(?:js|ts|json)$/.test(name) && !name.endsWith('.d.ts')) hash.update(name).update(fs.readFileSync(p));
    }
  };
  walk(root);
  memo = hash.digest('hex');
  return memo;
}
