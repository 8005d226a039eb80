// The progress bar of batch commands: documents done, docs/s and ETA, on a terminal (cli-progress).
import cliProgress from 'cli-progress';

/** A progress bar on `stream`; `color` false respects NO_COLOR. */
export function progressBar(stream: NodeJS.WriteStream, color: boolean): { update(done: number, total: number): void; stop(): void } {
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${color ? '\u001b[36m{bar}\u001b[0m' : '{bar}'} {value}/{total} docs | {speed} docs/s | ETA {eta_formatted}`,
      barsize: 30,
      hideCursor: false,
      noTTYOutput: !stream.isTTY,
      notTTYSchedule: 2000,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let begun = false;
  return {
    update(done, total) {
      const speed = (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
      if (!begun) {
        bar.start(total, done, { speed });
        begun = true;
      } else bar.update(done, { speed });
    },
    stop() {
      if (begun) bar.stop();
    },
  };
}
