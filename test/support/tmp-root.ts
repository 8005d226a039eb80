// Global set-up for the test run: every temporary folder a test makes (`fs.mkdtempSync(os.tmpdir())`,
// in this process, its test workers and the CLI processes they start) goes under one folder for the
// run, removed when the run ends, so repeated runs leave nothing behind in the system's temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-test-'));
  const before = { TMPDIR: process.env.TMPDIR, TEMP: process.env.TEMP, TMP: process.env.TMP };
  process.env.TMPDIR = process.env.TEMP = process.env.TMP = root;
  return () => {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    fs.rmSync(root, { recursive: true, force: true });
  };
}
