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

/** A progress display: `update(done, total)` as work advances, `stage(name)` when a new phase starts, `stop()` at the end. */
export interface Progress {
  update(done: number, total: number): void;
  /** A new phase with its own count (e.g. 'writing' after the computation): later lines and the bar name it. */
  stage(name: string): void;
  stop(): void;
}

/**
 * A progress display for the CLI. On a terminal: a bar with done/total, rate and ETA
 * (cli-progress, on stderr); otherwise: a line `label: done/total unit (p%), rate/s, ETA s`
 * once the run has lasted a second, then every few seconds, and a last line with the
 * total time when it ends. Nothing for runs shorter than a second, nothing with `quiet`.
 * Pass `update` as a library `onProgress` callback; `stage('writing')` starts a new count
 * (rate and ETA from the stage's start) for a run whose output takes time of its own.
 *
 * @param options unit, label, where lines go
 * @returns the display
 * @example
 * const progress = createProgress({ unit: 'events', label: 'event-study', writeLine: io.stderr });
 * eventStudy(input, { onProgress: progress.update });
 * progress.stop();
 */
export function createProgress(options: ProgressOptions): Progress {
  if (options.quiet) return { update: () => {}, stage: () => {}, stop: () => {} };
  const now = options.now ?? Date.now;
  const started = now();
  const delay = options.delayMs ?? 1000;
  const every = options.everyMs ?? 5000;
  const tty = options.tty ?? Boolean(process.stderr.isTTY);
  let bar: SingleBar | undefined;
  let lastLine = -Infinity;
  let last = { done: 0, total: 0 };
  let stageName = '';
  let stageStarted = started;
  const label = () => (stageName ? `${options.label} (${stageName})` : options.label);
  // Rate (and ETA) from the stage's first report: work before it (reading, set-up) is not counted as slow progress.
  let base: { done: number; t: number } | undefined;
  const rateOf = (done: number, t: number) => (base && t > base.t && done > base.done ? (done - base.done) / ((t - base.t) / 1000) : t > stageStarted ? done / ((t - stageStarted) / 1000) : 0);
  const line = (done: number, total: number) => {
    const rate = rateOf(done, now());
    const eta = rate > 0 ? Math.max(0, (total - done) / rate) : NaN;
    const pct = total > 0 ? ` (${Math.floor((100 * done) / total)}%)` : '';
    options.writeLine(`${label()}: ${done}/${total} ${options.unit}${pct}, ${Math.round(rate)}/s${Number.isFinite(eta) ? `, ETA ${Math.ceil(eta)} s` : ''}`);
  };
  return {
    update(done, total) {
      last = { done, total };
      const t = now();
      base ??= { done, t };
      if (t - started < delay) return;
      if (tty) {
        if (!bar) {
          // Loaded on first use: short runs never pay for it.
          const { SingleBar: Bar, Presets } = require('cli-progress') as typeof import('cli-progress');
          bar = new Bar({ format: `{label} [{bar}] {value}/{total} ${options.unit} | {percentage}% | {rate}/s | ETA {etaText}`, stream: process.stderr, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
          bar.start(total, done, { label: label(), rate: 0, etaText: '…' });
        }
        const rate = rateOf(done, t);
        bar.setTotal(total);
        // Our own rate and ETA (since the stage's start): cli-progress's ETA buffer needs many updates to settle.
        bar.update(done, { label: label(), rate: Math.round(rate), etaText: rate > 0 ? `${Math.ceil((total - done) / rate)} s` : '…' });
      } else if (t - lastLine >= every) {
        lastLine = t;
        line(done, total);
      }
    },
    stage(name) {
      stageName = name;
      stageStarted = now();
      base = undefined;
      last = { done: 0, total: last.total };
    },
    stop() {
      if (bar) bar.stop();
      else if (!tty && now() - started >= delay) options.writeLine(`${options.label}: ${last.total} ${options.unit} done in ${((now() - started) / 1000).toFixed(1)} s`);
    },
  };
}
