import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { eventStudy } from '../../../src/eventstudy/eventStudy';
import { readPriceFile } from '../../../src/prices/readPriceFile';
import { createProgress } from '../../../src/progress';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['event-study', ...args], { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('\n') };
}

const AAPL = 'node_modules/@observablehq/sample-datasets/aapl.csv';
const SP500 = 'node_modules/vega-datasets/data/sp500-2000.csv';
// Five earnings days plus two days close to the first: overlapping windows of one stock.
const DATES = ['2014-04-24', '2014-04-25', '2014-03-03', '2015-07-22', '2016-04-27', '2017-05-03', '2018-02-02'];
const BASE = ['--stock', AAPL, '--market', SP500, ...DATES.flatMap((d) => ['--event', d]), '--quiet'];

describe('event-study outputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mr-es-out-'));

  it('JSON is compact (one event per line) and parses; --pretty indents the same data', async () => {
    const compact = await run([...BASE, '--format', 'json']);
    const pretty = await run([...BASE, '--format', 'json', '--pretty']);
    expect(compact.code).toBe(0);
    expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(compact.stdout));
    expect(compact.stdout.split('\n').filter((l) => l.startsWith('{"id"'))).toHaveLength(7);
    expect(pretty.stdout).toMatch(/\n {4}\{\n {6}"id": "aapl@2014-04-24"/);
    const json = JSON.parse(compact.stdout);
    expect(json).not.toHaveProperty('overlaps');
    expect(json.events[0].overlaps).toEqual({ event_windows: 1, in_estimation: 1, in_others_estimation: 0 });
  });

  it('per-event overlap counts agree with the pair list', () => {
    const result = eventStudy({ market: readPriceFile(SP500), events: DATES.map((date) => ({ stock: readPriceFile(AAPL, { name: 'AAPL' }), date })) });
    for (const e of result.events) {
      const pairs = result.overlaps.filter((o) => o.event === e.id || o.other === e.id);
      expect(e.overlaps!.eventWindows).toBe(pairs.filter((o) => o.kind === 'event-windows').length);
      expect(e.overlaps!.inEstimation).toBe(pairs.filter((o) => o.kind === 'in-estimation' && o.event === e.id).length);
      expect(e.overlaps!.inOthersEstimation).toBe(pairs.filter((o) => o.kind === 'in-estimation' && o.other === e.id).length);
    }
    // A plain array (the result survives a JSON round trip), capped at MAX_LISTED_OVERLAPS: all listed here.
    expect(result.overlapCount).toBeUndefined();
    expect(JSON.parse(JSON.stringify(result)).overlaps).toEqual(result.overlaps);
  });

  it('JSON Lines: one line per event, then one aggregate line', async () => {
    const { stdout } = await run([...BASE, '--format', 'jsonl']);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(8);
    expect(lines.slice(0, 7).every((l) => l.type === 'event')).toBe(true);
    expect(lines[7]).toMatchObject({ type: 'aggregate', model: 'market', aggregate: { n_events: 7 } });
  });

  it('CSV on stdout is the events table', async () => {
    const { stdout } = await run([...BASE, '--format', 'csv']);
    const rows = stdout.trim().split('\n');
    expect(rows[0]).toBe('id,stock,event_date,day0_date,status,reason,note,alpha,beta,sigma,r2,n,car,bhar,t_car,p_car,overlap_event_windows,overlap_in_estimation,overlap_in_others_estimation');
    expect(rows).toHaveLength(8);
  });

  it('--out DIR writes the tables, the JSON and the CAAR chart; --overlaps FILE lists the pairs', async () => {
    const out = join(dir, 'study');
    const overlaps = join(dir, 'pairs.csv');
    const { code, stdout } = await run([...BASE, '--out', out, '--overlaps', overlaps]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wrote .*study: event-study\.json, events\.csv, ar\.csv, tests\.csv, tests_by_day\.csv, aar\.csv, caar\.svg/);
    expect(readdirSync(out).sort()).toEqual(['aar.csv', 'ar.csv', 'caar.html', 'caar.png', 'caar.svg', 'event-study.json', 'events.csv', 'market-reaction-manifest.json', 'tests.csv', 'tests_by_day.csv']);
    // CSV files in an output folder start with a UTF-8 byte-order mark (Excel), as analyze's do.
    expect(readFileSync(join(out, 'tests.csv'), 'utf8').split('\n')[0]).toBe('\uFEFFname,statistic,p_value,significance,distribution,df,n,note');
    expect(readFileSync(join(out, 'events.csv'), 'utf8').startsWith('\uFEFFid,stock,')).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'market-reaction-manifest.json'), 'utf8'));
    expect(manifest.files.sort()).toEqual(readdirSync(out).filter((f) => f !== 'market-reaction-manifest.json').sort());
    const byDay = readFileSync(join(out, 'tests_by_day.csv'), 'utf8').trim().split('\n');
    expect(byDay[0]).toMatch(/^day,name,statistic,p_value,significance,distribution/);
    expect(byDay).toHaveLength(1 + 3 * JSON.parse(readFileSync(join(out, "event-study.json"), "utf8")).aggregate.tests_by_day[0].tests.length);
    expect(readFileSync(join(out, 'ar.csv'), 'utf8').trim().split('\n')).toHaveLength(1 + 7 * 3);
    expect(JSON.parse(readFileSync(join(out, 'event-study.json'), 'utf8')).events).toHaveLength(7);
    const pairs = readFileSync(overlaps, 'utf8').trim().split('\n');
    expect(pairs[0]).toBe('event,other,kind,excluded');
    expect(pairs).toContain('aapl@2014-04-24,aapl@2014-04-25,event-windows,false');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--out follows the output-folder policy: a folder of ours is rewritten, a foreign one needs --force', async () => {
    const foreign = join(dir, 'foreign');
    mkdirSync(foreign, { recursive: true });
    writeFileSync(join(foreign, 'notes.txt'), 'mine');
    const refused = await run([...BASE, '--out', foreign]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not written by market-reaction .*--force/);
    expect(readdirSync(foreign)).toEqual(['notes.txt']);
    const forced = await run([...BASE, '--out', foreign, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(foreign, 'events.csv'))).toBe(true);
    // Ours now: a second run needs no --force, and keeps the user's file.
    const again = await run([...BASE, '--out', foreign]);
    expect(again.code).toBe(0);
    expect(existsSync(join(foreign, 'notes.txt'))).toBe(true);
  });

  it('--overlaps never replaces an input file', async () => {
    const { code, stderr } = await run([...BASE, '--overlaps', AAPL]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/refusing to overwrite an input file/);
  });

  it('a failed run leaves no output file behind', async () => {
    const out = join(dir, 'failed');
    const { code } = await run(['--stock', AAPL, '--market', SP500, '--event', '2016-04-27', '--estimation', '-100,0', '--out', out]);
    expect(code).not.toBe(0);
    expect(existsSync(join(out, 'events.csv'))).toBe(false);
  });
});

describe('progress', () => {
  it('stays silent for a second, then prints a line at once and every few seconds when stderr is not a terminal, and the total time at the end', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = createProgress({ unit: 'events', label: 'event-study', writeLine: (l) => lines.push(l), tty: false, now: () => now });
    progress.update(100, 1000);
    now = 900;
    progress.update(200, 1000);
    expect(lines).toEqual([]);
    // Rate from the first report (100 events at 0 s): the set-up before it is not counted as slow progress.
    now = 1500;
    progress.update(300, 1000);
    expect(lines).toEqual(['event-study: 300/1000 events (30%), 133/s, ETA 6 s']);
    now = 5000;
    progress.update(500, 1000);
    expect(lines).toHaveLength(1);
    now = 7000;
    progress.update(700, 1000);
    expect(lines.at(-1)).toBe('event-study: 700/1000 events (70%), 86/s, ETA 4 s');
    now = 10000;
    progress.update(1000, 1000);
    // A stage of its own (writing the output), counted again from its start.
    progress.stage('writing');
    now = 12000;
    progress.update(500, 1000);
    expect(lines.at(-1)).toBe('event-study (writing): 500/1000 events (50%), 250/s, ETA 2 s');
    now = 13000;
    progress.update(1000, 1000);
    progress.stop();
    expect(lines.at(-1)).toBe('event-study: 1000 events done in 13.0 s');
    expect(lines).toHaveLength(4);
  });

  it('a run shorter than a second prints nothing, not even the end', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = createProgress({ unit: 'events', label: 'x', writeLine: (l) => lines.push(l), tty: false, now: () => now });
    progress.update(1, 2);
    now = 999;
    progress.update(2, 2);
    progress.stop();
    expect(lines).toEqual([]);
  });

  it('shows nothing with quiet', () => {
    const lines: string[] = [];
    const progress = createProgress({ unit: 'events', label: 'x', writeLine: (l) => lines.push(l), tty: false, quiet: true, now: () => 1e9 });
    progress.update(1, 2);
    progress.stop();
    expect(lines).toEqual([]);
  });
});
