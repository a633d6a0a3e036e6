/**
 * `event-study` output redirected to a file goes through one reused buffer straight to the
 * descriptor (see `fileStdoutSink` in src/cli/main.ts); piped, through the stream. Both must
 * carry the same bytes, including outputs larger than the 1 MB buffer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cli, file, priceCsv, tmp, walk } from '../../hostile/helpers';

vi.setConfig({ testTimeout: 300_000 });

const dir = tmp('mr-stdout-');
const stock = file(dir, 'acme.csv', priceCsv('2018-01-02', 600, walk(7)));
const market = file(dir, 'index.csv', priceCsv('2018-01-02', 600, walk(11, 2000)));
// 3,000 events (≈ 3 MB of JSON), several per date, a few before the data and one with a quote in its id.
const dates = priceCsv('2018-01-02', 600, walk(7)).trim().split('\n').slice(1).map((l) => l.slice(0, 10));
const rows = Array.from({ length: 3000 }, (_, i) => `${stock},${dates[(i * 7) % dates.length]},${i === 5 ? '"q ""x"", =1"' : `e${i}`}`);
const events = file(dir, 'events.csv', `stock,date,id\n${rows.join('\n')}\n`);

describe('event-study: standard output to a file or a pipe', () => {
  for (const format of ['json', 'jsonl', 'csv']) {
    it(`--format ${format}: the same bytes`, async () => {
      const args = ['event-study', '--stock', stock, '--market', market, '--events', events, '--format', format, '--quiet'];
      const piped = await cli(args);
      expect(piped.code).toBe(0);
      const target = join(dir, `out.${format}`);
      const redirected = await cli(args, { stdoutTo: target });
      expect(redirected.code).toBe(0);
      expect(redirected.stderr).toBe('');
      expect(piped.stdout.length).toBeGreaterThan(format === 'csv' ? 300_000 : 1_500_000);
      expect(readFileSync(target, 'utf8')).toBe(piped.stdout);
    });
  }
});

describe('event-study: a slow reader of standard output holds the run back (back-pressure)', () => {
  it('writes 2,000 rows, then waits for the pipe to drain before the next rows', async () => {
    const { runCli } = await import('../../../src/cli/main');
    const many = file(dir, 'events-6000.csv', `stock,date,id\n${Array.from({ length: 6000 }, (_, i) => `${stock},${dates[(i * 7) % dates.length]},e${i}`).join('\n')}\n`);
    const args = ['event-study', '--stock', stock, '--market', market, '--events', many, '--format', 'jsonl', '--quiet'];
    const free: string[] = [];
    expect(await runCli(args, { stdout: (t) => void free.push(t), stderr: () => {} })).toBe(0);

    const written: string[] = [];
    const waits: (() => void)[] = [];
    let settled = false;
    // a stream that reports a full buffer after every write: each slice must wait for its 'drain'
    const io = { stdout: (t: string) => void written.push(t), stderr: () => {}, stdoutReady: () => new Promise<void>((resolve) => void waits.push(resolve)) };
    const running = runCli(args, io).then((code) => {
      settled = true;
      return code;
    });
    const pause = () => new Promise((resolve) => setTimeout(resolve, 100));
    for (let slice = 1; slice <= 3; slice += 1) {
      for (let k = 0; k < 100 && waits.length < slice; k += 1) await pause();
      await pause();
      // exactly one wait pending, the run paused on it, at most the slices so far handed to standard output
      expect(waits).toHaveLength(slice);
      expect(settled).toBe(false);
      expect(written.join('').split('\n').length - 1).toBeLessThanOrEqual(slice * 2000);
      waits[slice - 1]();
    }
    expect(await running).toBe(0);
    expect(waits).toHaveLength(3);
    expect(written.join('')).toBe(free.join(''));
    expect(written.join('').trim().split('\n')).toHaveLength(6001); // 6,000 events and the aggregate line
  });
});
