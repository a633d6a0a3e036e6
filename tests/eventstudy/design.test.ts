// Study-design warnings (src/eventstudy/design.ts): repeated stock-days and calendar clustering, hand-counted.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { CALENDAR_CLUSTERING_MIN_EVENTS, CALENDAR_CLUSTERING_SHARE, designWarningsJson, StudyDesignTally } from '../../src/eventstudy/design';
import { eventStudyFromPanelFile } from '../../src/panel/duckdbStudy';
import { eventStudy } from '../../src/eventstudy/eventStudy';
import { readPriceFile } from '../../src/prices/readPriceFile';
import { syntheticPanel, writePanelFiles } from '../panel/fixture';

const ROOT = join(__dirname, '..', '..');
const REAL = join(ROOT, '..', 'shared', 'data', 'real');
const AAPL = join(ROOT, 'node_modules', '@observablehq', 'sample-datasets', 'aapl.csv');
const SP500 = join(ROOT, 'node_modules', 'vega-datasets', 'data', 'sp500-2000.csv');

function tallyOf(events: [string, string][]) {
  const tally = new StudyDesignTally();
  for (const [stock, day0] of events) tally.add(stock, day0);
  return tally.warnings();
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['event-study', ...argv], { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('StudyDesignTally', () => {
  it('counts repeats and day-0 clustering by hand', () => {
    // A three times, B and E once on d1 (5 events, 3 stocks, Σ n_s² = 9 + 1 + 1); C on d2, D on d3.
    const warnings = tallyOf([['A', 'd1'], ['A', 'd1'], ['B', 'd1'], ['A', 'd1'], ['E', 'd1'], ['C', 'd2'], ['D', 'd3']]);
    expect(warnings.map((w) => [w.kind, w.affectedEvents, w.nEvents])).toEqual([
      ['repeated_events', 2, 7], // 7 events, 5 distinct stock-days
      ['calendar_clustering', 5, 7], // the 5 events of d1
    ]);
    expect(warnings[0].message).toMatch(/^2 of 7 measured events repeat the stock and day 0 of another \(5 distinct stock-days; A on d1 3 times\)/);
    // ordered pairs of events of different stocks on one day: 5² − 11 = 14, per event 14 / 7 = 2.0
    expect(warnings[1].message).toMatch(/^5 of 7 measured events \(71%\) share their day 0 with events of other stocks \(1 such day, the most on d1: 5 events of 3 stocks; on average an event shares its day 0 with 2\.0 events of other stocks\)/);
    expect(warnings[0].message).toMatch(/none corrects for it .*; keep one event per stock and day 0$/);
    expect(warnings[1].message).toMatch(/kolari_pynnonen and adjusted_patell \(Kolari & Pynnönen 2010: r̄ correction\) and brown_warner \(Brown & Warner 1985: .*\) allow for it$/);
  });

  /** n events of distinct stocks on distinct days (S0 on 2020-01-01, S1 on 2020-01-02 …). */
  const distinctEvents = (n: number): [string, string][] => Array.from({ length: n }, (_, k) => [`S${k}`, new Date(Date.UTC(2020, 0, 1) + k * 86400000).toISOString().slice(0, 10)]);
  /** n events, `shared` of them on days 0 shared by two stocks (pairs; the first day a triple when `shared` is odd), the rest each alone. */
  const clusteredEvents = (n: number, shared: number): [string, string][] => {
    const days = Math.floor(shared / 2);
    const events = distinctEvents(n - shared + days);
    for (let k = 0; k < shared - days; k++) events.push([`T${k}`, events[k % days][1]]);
    return events;
  };
  const kinds = (events: [string, string][]) => tallyOf(events).map((w) => w.kind);

  it('says nothing for independent events', () => {
    expect(tallyOf(distinctEvents(20))).toEqual([]);
    // one stock on many days, never repeated: no warning either
    expect(tallyOf(distinctEvents(20).map(([, d]) => ['AAPL', d]))).toEqual([]);
  });

  it(`reports clustering from ${CALENDAR_CLUSTERING_MIN_EVENTS} events and 10% of the events, not below either`, () => {
    expect([CALENDAR_CLUSTERING_SHARE, CALENDAR_CLUSTERING_MIN_EVENTS]).toEqual([0.1, 5]);
    // the floor: one pair of stocks on one day in 20 events (10%) is not reported; 4 of 20 (20%) neither; 5 of 20 is
    expect(clusteredEvents(20, 2).filter(([, d]) => d === '2020-01-01')).toEqual([['S0', '2020-01-01'], ['T0', '2020-01-01']]);
    expect(kinds(clusteredEvents(20, 2))).toEqual([]);
    expect(kinds(clusteredEvents(20, 4))).toEqual([]);
    expect(kinds(clusteredEvents(20, 5))).toEqual(['calendar_clustering']);
    expect(tallyOf(clusteredEvents(20, 5))[0].affectedEvents).toBe(5);
    // the share: 9 of 91 events (9.9%) is not reported, 10 of 100 (10%) is
    expect(kinds(clusteredEvents(91, 9))).toEqual([]);
    expect(kinds(clusteredEvents(100, 10))).toEqual(['calendar_clustering']);
  });

  it('100,000 events of one stock on 996 days: 99,004 repeats', () => {
    const days = Array.from({ length: 996 }, (_, k) => new Date(Date.UTC(2000, 0, 1) + k * 86400000).toISOString().slice(0, 10));
    const tally = new StudyDesignTally();
    for (let i = 0; i < 100000; i++) tally.add('AAPL', days[(i * 7919) % 996]);
    const [repeated] = tally.warnings();
    expect(repeated).toMatchObject({ kind: 'repeated_events', affectedEvents: 100000 - 996, nEvents: 100000 });
  });
});

describe('the warning in eventStudy, the JSON/JSONL aggregate, the table and stderr', () => {
  it('eventStudy: AAPL twice on one day is a repeat; distinct days give no warnings field', () => {
    const stock = readPriceFile(AAPL, { name: 'AAPL' });
    const market = readPriceFile(SP500, { name: 'SPX' });
    const twice = eventStudy({ stocks: [stock], market, events: [{ stock: 'AAPL', date: '2016-04-27', id: 'a' }, { stock: 'AAPL', date: '2016-04-27', id: 'b' }, { stock: 'AAPL', date: '2015-07-22' }] });
    expect(twice.aggregate.warnings?.map((w) => [w.kind, w.affectedEvents, w.nEvents])).toEqual([['repeated_events', 1, 3]]);
    const apart = eventStudy({ stocks: [stock], market, events: [{ stock: 'AAPL', date: '2016-04-27' }, { stock: 'AAPL', date: '2015-07-22' }] });
    expect('warnings' in apart.aggregate).toBe(false);
  });

  it('a Saturday and the Monday after are one day 0 (the next trading day): a repeat', () => {
    const stock = readPriceFile(AAPL, { name: 'AAPL' });
    const market = readPriceFile(SP500, { name: 'SPX' });
    // 2016-04-23 is a Saturday, measured on Monday 2016-04-25
    const result = eventStudy({ stocks: [stock], market, events: [{ stock: 'AAPL', date: '2016-04-23' }, { stock: 'AAPL', date: '2016-04-25' }] });
    expect(result.aggregate.warnings?.[0]).toMatchObject({ kind: 'repeated_events', affectedEvents: 1, nEvents: 2 });
  });

  describe.skipIf(!existsSync(join(REAL, 'SOURCES.md')))('real Samsung and SK Hynix vs KOSPI (../shared/data/real)', () => {
    const stocks = ['--stock', join(REAL, 'samsung_005930_KS.csv'), '--stock', join(REAL, 'skhynix_000660_KS.csv'), '--market', join(REAL, 'kospi_KS11.csv')];

    const threeDays = ['--event', '2019-08-20', '--event', '2019-07-01', '--event', '2019-05-21'];

    it('two stocks on the same three days: calendar clustering in JSON, JSONL, the table and once on stderr; --quiet silences stderr only', async () => {
      const json = await cli(...stocks, ...threeDays, '--format', 'json');
      expect(json.code).toBe(0);
      const warnings = JSON.parse(json.stdout).aggregate.warnings;
      // the busiest day: all three hold 2 events, the earliest is named
      expect(warnings).toEqual([{ kind: 'calendar_clustering', affected_events: 6, n_events: 6, message: expect.stringMatching(/^6 of 6 measured events \(100%\) share their day 0 with events of other stocks \(3 such days, the most on 2019-05-21: 2 events of 2 stocks; on average an event shares its day 0 with 1\.0 events of other stocks\)/) }]);
      expect(json.stderr.split('\n').filter((l) => l.includes('warning'))).toEqual([`event-study: warning: ${warnings[0].message}`]);
      const jsonl = await cli(...stocks, ...threeDays, '--format', 'jsonl', '--quiet');
      expect(jsonl.stderr).toBe('');
      const last = JSON.parse(jsonl.stdout.trim().split('\n').pop()!);
      expect(last.aggregate.warnings).toEqual(warnings);
      const table = await cli(...stocks, ...threeDays, '--quiet');
      expect(table.stdout.trimEnd().split('\n').pop()).toBe(`warning: ${warnings[0].message}`);
    });

    it(`two stocks on the same two days: 4 events on shared days, under the floor of ${CALENDAR_CLUSTERING_MIN_EVENTS}: no warning`, async () => {
      const json = await cli(...stocks, '--event', '2019-08-20', '--event', '2019-07-01', '--format', 'json');
      expect(json.code).toBe(0);
      expect('warnings' in JSON.parse(json.stdout).aggregate).toBe(false);
      expect(json.stderr).not.toMatch(/warning/);
    });

    it('each stock on its own day: no warning anywhere, and the JSON has no warnings field', async () => {
      const run = await cli('--stock', join(REAL, 'samsung_005930_KS.csv'), '--market', join(REAL, 'kospi_KS11.csv'), '--event', '2019-08-20', '--event', '2019-07-01', '--format', 'json');
      expect(run.stderr).not.toMatch(/warning/);
      expect('warnings' in JSON.parse(run.stdout).aggregate).toBe(false);
    });

    it('--out writes the warnings into event-study.json', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'mr-design-'));
      const events = join(dir, 'events.csv');
      writeFileSync(events, 'ticker,date,id\nsamsung_005930_KS,2019-08-20,a\nsamsung_005930_KS,2019-08-20,b\n');
      const out = join(dir, 'out');
      const run = await cli('--panel', REAL, '--market', 'kospi_KS11', '--events', events, '--out', out, '--quiet');
      expect(run.code).toBe(0);
      const written = JSON.parse(readFileSync(join(out, 'event-study.json'), 'utf8'));
      expect(written.aggregate.warnings.map((w: { kind: string }) => w.kind)).toEqual(['repeated_events']);
    });
  });
});

describe('shards: each partial carries its stock-day counts, and `event-study merge` warns as one run does', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mr-design-shards-'));
  const panel = syntheticPanel(7, 700, 0, 4242);
  const files = writePanelFiles(dir, panel);
  const d = panel.days;
  // 15 events: T0, T1, T2 on one day, T3, T4 on another, T5, T6, T0 on a third (8 clustered events), T1 twice on one day (a repeat), 5 alone.
  const events: [string, string][] = [['T0', d[400]], ['T1', d[400]], ['T2', d[400]], ['T3', d[450]], ['T4', d[450]], ['T5', d[500]], ['T6', d[500]], ['T0', d[500]], ['T1', d[520]], ['T1', d[520]], ['T2', d[550]], ['T3', d[560]], ['T4', d[570]], ['T5', d[580]], ['T6', d[590]]];
  const eventsFile = join(dir, 'clustered.csv');
  writeFileSync(eventsFile, `ticker,date,id\n${events.map(([t, day], k) => `${t},${day},e${k}`).join('\n')}\n`);
  const base = ['--panel', files.long, '--market', files.market, '--events', eventsFile, '--estimation', '-200,-11', '--window', '-2,2'];

  /** Runs the k shards; `tag` names their files apart (runCli remembers the inputs of earlier runs in this process, and refuses to overwrite them). */
  async function shards(k: number, tag: string): Promise<string[]> {
    const parts: string[] = [];
    for (let i = 1; i <= k; i++) {
      const part = join(dir, `${tag}-${i}-of-${k}.json`);
      const run = await cli(...base, '--shard', `${i}/${k}`, '--partial', part, '--format', 'jsonl', '--quiet');
      expect(run.stderr).toBe('');
      parts.push(part);
    }
    return parts;
  }

  it('k = 2, 3, 7 shards merged: the warnings of one run, in the JSON, once on stderr, and at the end of the table', async () => {
    const one = await cli(...base, '--format', 'json');
    expect(one.code).toBe(0);
    const warnings = JSON.parse(one.stdout).aggregate.warnings;
    expect(warnings.map((w: { kind: string; affected_events: number }) => [w.kind, w.affected_events])).toEqual([
      ['repeated_events', 1],
      ['calendar_clustering', 8],
    ]);
    expect(warnings[0].message).toMatch(/\(14 distinct stock-days; T1 on \d{4}-\d\d-\d\d 2 times\)/);
    // the DuckDB engine, batch by batch (its warnings come from the batches' merged partials)
    const duckdb = await cli(...base, '--engine', 'duckdb', '--format', 'json', '--quiet');
    expect(duckdb.code).toBe(0);
    expect(JSON.parse(duckdb.stdout).aggregate.warnings).toEqual(warnings);
    const batched = await eventStudyFromPanelFile(files.long, readPriceFile(files.market, { name: 'market' }), events.map(([stock, date], k) => ({ stock, date, id: `e${k}` })), { estimation: [-200, -11], window: [-2, 2] }, { batchTickers: 2 });
    expect(designWarningsJson(batched.aggregate.warnings ?? [])).toEqual(warnings);
    for (const k of [2, 3, 7]) {
      const parts = await shards(k, 'part');
      const merged = await cli('merge', ...parts, '--format', 'json');
      expect(merged.code).toBe(0);
      expect(JSON.parse(merged.stdout).aggregate.warnings).toEqual(warnings);
      expect(merged.stderr.split('\n').filter((l) => /warning/.test(l))).toEqual(warnings.map((w: { message: string }) => `event-study merge: warning: ${w.message}`));
      const table = await cli('merge', ...parts);
      expect(table.stdout.trimEnd().split('\n').slice(-2)).toEqual(warnings.map((w: { message: string }) => `warning: ${w.message}`));
      expect(table.stderr).not.toMatch(/warning/); // in the table, not twice
      expect((await cli('merge', ...parts, '--format', 'json', '--quiet')).stderr).toBe('');
    }
  });

  it('a partial written before they carried stock-day counts still merges, saying the warnings are unavailable', async () => {
    const parts = await shards(2, 'new');
    const old = join(dir, 'old-part-1.json');
    const data = JSON.parse(readFileSync(parts[0], 'utf8'));
    expect(Object.keys(data.stock_days).length).toBeGreaterThan(0);
    delete data.stock_days;
    writeFileSync(old, `${JSON.stringify(data)}\n`);
    const merged = await cli('merge', old, parts[1], '--format', 'json');
    expect(merged.code).toBe(0);
    const summary = JSON.parse(merged.stdout);
    expect('warnings' in summary.aggregate).toBe(false);
    expect(summary.warnings_unavailable).toMatch(/old-part-1\.json has no stock-day counts/);
    expect(merged.stderr).toMatch(/^event-study merge: the study-design warnings .* are unavailable: .*old-part-1\.json has no stock-day counts \(written before 2026-12\): run its shard again to have them$/m);
  });

  it('a table on stdout carries the warning once, not again on stderr; JSON on stdout keeps the stderr line', async () => {
    const table = await cli(...base);
    expect(table.code).toBe(0);
    const both = `${table.stdout}\n${table.stderr}`;
    expect(both.match(/share their day 0 with events of other stocks/g)).toHaveLength(1);
    expect(table.stdout).toMatch(/^warning: 8 of 15 measured events/m);
    const json = await cli(...base, '--format', 'json');
    expect(json.stderr).toMatch(/^event-study: warning: 8 of 15 measured events/m);
  });
});
