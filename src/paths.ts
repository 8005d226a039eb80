// Where the package lives, so shipped files (schema, default lexicons) are found from src/ and dist/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return from;
    dir = up;
  }
  return dir;
}

/** The package's root folder (the one holding package.json). */
export const packageRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));
