// Test helpers for tests that run the built CLI (bin/gleaner.js) as a data steward does.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';

/** The built command. */
export const bin = path.resolve('bin/gleaner.js');

/** Run the built CLI without blocking the test runner; resolves to its exit status and output. */
export function gleaner(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Every file under a folder (hidden ones aside) with its text, by relative path. */
export function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}
