// Opening a report page in the system's browser, for `gleaner report --open`.
import { spawn } from 'node:child_process';

/** Ask the desktop to open a file (macOS `open`, Windows `start`, else `xdg-open`); failures are ignored. */
export function openFile(file: string): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [file]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', file]] : ['xdg-open', [file]];
  try {
    const child = spawn(cmd as string, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => {});
    child.unref();
  } catch {
    // no opener on this system: the path is printed anyway
  }
}
