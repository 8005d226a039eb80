// Discover inputs: files and folders (recursive), only the extensions Gleaner reads, sorted; problems
// (missing paths, symlink loops, unreadable folders) become error entries, never a stopped batch.
import fs from 'node:fs';
import path from 'node:path';
import { mediaTypeOf } from '../stages/read.js';
import type { ErrorEntry } from '../stages/write.js';

/** The files to read and the inputs that could not be walked. */
export interface Discovery {
  files: string[];
  errors: ErrorEntry[];
}

/** Walk the given paths; a file named directly is read whatever its extension. */
export function discover(inputs: readonly string[]): Discovery {
  const files = new Set<string>();
  const errors: ErrorEntry[] = [];
  const seenDirs = new Set<string>();
  const visit = (p: string, direct: boolean) => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const broken = code === 'ENOENT' && isLink(p);
      errors.push({ path: p, stage: 'discover', code: code === 'ELOOP' ? 'symlink-loop' : broken ? 'dangling-link' : 'not-found', message: `${broken ? 'dangling symbolic link' : code === 'ELOOP' ? 'symbolic link loop' : 'no such file or folder'}: ${p}` });
      return;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = fs.realpathSync(p);
      } catch {
        real = p;
      }
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      let entries: string[];
      try {
        entries = fs.readdirSync(p).sort();
      } catch (e) {
        errors.push({ path: p, stage: 'discover', code: 'unreadable', message: `cannot list folder: ${(e as Error).message}` });
        return;
      }
      for (const name of entries) {
        if (name.startsWith('.')) continue;
        visit(path.join(p, name), false);
      }
      return;
    }
    if (!st.isFile()) {
      if (direct || mediaTypeOf(p)) errors.push({ path: p, stage: 'discover', code: 'not-a-file', message: `not a regular file (a device, socket or pipe): ${p}` });
      return;
    }
    if (direct || mediaTypeOf(p)) files.add(p);
  };
  for (const input of inputs) visit(input, true);
  return { files: [...files].sort(), errors };
}

function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
