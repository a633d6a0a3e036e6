/** Progress reporting for long CLI runs: a bar on a terminal, a line every few seconds otherwise. */
import type { SingleBar } from 'cli-progress';

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** What is counted, e.g. 'events'. */
  unit: string;
  /** Prefix of the lines, e.g. 'event-study'. */
  label: string;
  /** Writes one line to stderr (not a terminal). */
  writeLine: (text: string) => void;
  /** [tty=process.stderr.isTTY] Draw a bar (cli-progress) on process.stderr. */
  tty?: boolean;
  /** [quiet=false] Show nothing. */
  quiet?: boolean;
  /** [delayMs=1000] Show nothing for runs shorter than this. */
  delayMs?: number;
  /** [everyMs=5000] Interval of the plain lines when stderr is not a terminal. */
  everyMs?: number;
  /** Clock in ms (tests). */
  now?: () => number;
}

/** A progress display: `update(done, total)` as work advances, `stop()` at the end. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * A progress display for the CLI. On a terminal: a bar with done/total, rate and ETA
 * (cli-progress, on stderr); otherwise: a line `label: done/total unit (p%), rate/s, ETA s`
 * every few seconds. Nothing for the first second (short runs stay silent), nothing with
 * `quiet`. Pass `update` as a library `onProgress` callback.
 *
 * @param options unit, label, where lines go
 * @returns the display
 * @example
 * const progress = createProgress({ unit: 'events', label: 'event-study', writeLine: io.stderr });
 * eventStudy(input, { onProgress: progress.update });
 * progress.stop();
 */
export function createProgress(options: ProgressOptions): Progress {
  if (options.quiet) return { update: () => {}, stop: () => {} };
  const now = options.now ?? Date.now;
  const started = now();
  const delay = options.delayMs ?? 1000;
  const every = options.everyMs ?? 5000;
  const tty = options.tty ?? Boolean(process.stderr.isTTY);
  let bar: SingleBar | undefined;
  let lastLine = started;
  let last = { done: 0, total: 0 };
  let printed = -1;
  const line = (done: number, total: number) => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? Math.max(0, (total - done) / rate) : NaN;
    const pct = total > 0 ? ` (${Math.floor((100 * done) / total)}%)` : '';
    printed = done;
    options.writeLine(`${options.label}: ${done}/${total} ${options.unit}${pct}, ${Math.round(rate)}/s${Number.isFinite(eta) ? `, ETA ${Math.ceil(eta)} s` : ''}`);
  };
  return {
    update(done, total) {
      last = { done, total };
      const t = now();
      if (t - started < delay) return;
      if (tty) {
        if (!bar) {
          // Loaded on first use: short runs never pay for it.
          const { SingleBar: Bar, Presets } = require('cli-progress') as typeof import('cli-progress');
          bar = new Bar({ format: `${options.label} [{bar}] {value}/{total} ${options.unit} | {percentage}% | {rate}/s | ETA {etaText}`, stream: process.stderr, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
          bar.start(total, done, { rate: 0, etaText: '…' });
        }
        const rate = done / ((t - started) / 1000);
        bar.setTotal(total);
        // Our own rate and ETA (events since the start): cli-progress's ETA buffer needs many updates to settle.
        bar.update(done, { rate: Math.round(rate), etaText: rate > 0 ? `${Math.ceil((total - done) / rate)} s` : '…' });
      } else if (t - lastLine >= every) {
        lastLine = t;
        line(done, total);
      }
    },
    stop() {
      if (bar) bar.stop();
      else if (!tty && printed >= 0 && printed !== last.done) line(last.done, last.total);
    },
  };
}
