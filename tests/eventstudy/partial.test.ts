import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { eventStudy, eventStudyBatch } from '../../src/eventstudy/eventStudy';
import { resolveEventStudyOptions } from '../../src/eventstudy/options';
import { aggregatePartial, emptyPartial, mergePartials, partialFromCore, partialFromJson, partialToJson, shardOf } from '../../src/eventstudy/partial';
import type { AggregateResult } from '../../src/eventstudy/types';
import { readPanel } from '../../src/panel/readPanel';
import { readPriceFile } from '../../src/prices/readPriceFile';
import { syntheticPanel, writePanelFiles } from '../panel/fixture';

const dir = mkdtempSync(join(tmpdir(), 'mr-shard-'));
const panel = syntheticPanel(7, 700, 60, 777);
const files = writePanelFiles(dir, panel);

function expectSameTests(a: AggregateResult, b: AggregateResult) {
  expect(a.nEvents).toBe(b.nEvents);
  const close = (x: number, y: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(y)));
  close(a.caar, b.caar);
  close(a.averageCorrelation, b.averageCorrelation);
  const all = (r: AggregateResult) => [...r.tests, ...r.testsByDay.flatMap((d) => d.tests)];
  const [x, y] = [all(a), all(b)];
  expect(x.map((t) => t.name)).toEqual(y.map((t) => t.name));
  x.forEach((t, i) => {
    close(t.statistic, y[i].statistic);
    close(t.pValue, y[i].pValue);
  });
}

describe('shards and merge', () => {
  const options = { estimation: [-200, -11] as [number, number], window: [-2, 2] as [number, number] };

  it('k shards merged give the tests of one run (1e-12), for k = 1, 2, 3, 7', async () => {
    const market = readPriceFile(files.market, { name: 'market' });
    const stocks = await readPanel(files.long);
    const events = panel.events.map((e) => ({ stock: e.ticker, date: e.date, id: e.id }));
    const one = eventStudy({ market, stocks, events }, options);
    const resolved = resolveEventStudyOptions(options);
    for (const k of [1, 2, 3, 7]) {
      const parts = Array.from({ length: k }, (_, i) => {
        const shard = events.filter((e) => shardOf(e.stock, k) === i + 1);
        // An empty shard (7 shards, 7 stocks: some get none) contributes nothing.
        const partial = shard.length ? partialFromCore(eventStudyBatch({ market, stocks, events: shard }, resolved).core, resolved) : emptyPartial(resolved);
        // Through the file format, as `--shard` writes it.
        return partialFromJson(partialToJson(partial, { index: i + 1, count: k }), 'x').partial;
      });
      expectSameTests(aggregatePartial(mergePartials(parts)), one.aggregate);
    }
  });

  it('shardOf keeps a stock in one shard and spreads stocks over all shards', () => {
    expect(shardOf('AAPL', 4)).toBe(shardOf('AAPL', 4));
    const used = new Set(Array.from({ length: 100 }, (_, i) => shardOf(`S${i}`, 4)));
    expect([...used].sort()).toEqual([1, 2, 3, 4]);
  });

  it('CLI: --shard I/K --partial FILE, then event-study merge, equals one run', async () => {
    const cli = async (args: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(args, { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
      return { code, stdout: out.join(''), stderr: err.join('\n') };
    };
    const base = ['event-study', '--panel', files.long, '--market', files.market, '--events', files.events, '--estimation', '-200,-11', '--window', '-2,2', '--quiet'];
    const one = await cli([...base, '--format', 'json']);
    expect(one.code).toBe(0);
    const parts = [];
    for (let i = 1; i <= 3; i++) {
      const part = join(dir, `part${i}.json`);
      const run = await cli([...base, '--shard', `${i}/3`, '--partial', part, '--format', 'jsonl']);
      expect(run.code).toBe(0);
      parts.push(part);
    }
    const merged = await cli(['event-study', 'merge', ...parts, '--format', 'json']);
    expect(merged.code).toBe(0);
    const a = JSON.parse(merged.stdout).aggregate;
    const b = JSON.parse(one.stdout).aggregate;
    expect(a.n_events).toBe(b.n_events);
    a.tests.forEach((t: { statistic: number }, i: number) => expect(t.statistic).toBeCloseTo(b.tests[i].statistic, 12));
    const missing = await cli(['event-study', 'merge', parts[0], parts[2]]);
    expect(missing.code).toBe(1);
    const allowed = await cli(['event-study', 'merge', parts[0], parts[2], '--allow-missing']);
    expect(allowed.stderr).toMatch(/shards 2\/3 are missing/);
    const twice = await cli(['event-study', 'merge', parts[0], parts[0]]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/given twice: each partial must be merged once/);
    const notPartial = await cli(['event-study', 'merge', files.events]);
    expect(notPartial.stderr).toMatch(/not a partial result/);
    expect(JSON.parse(readFileSync(parts[0], 'utf8')).shard).toBe('1/3');
  });
});

describe('stock-day counts in partials (the design warnings)', () => {
  const options = { estimation: [-200, -11] as [number, number], window: [-2, 2] as [number, number] };
  const resolved = resolveEventStudyOptions(options);

  it('a partial built from its rows carries them; they round-trip through JSON and add up on merge', async () => {
    const market = readPriceFile(files.market, { name: 'market' });
    const stocks = await readPanel(files.long);
    const day = panel.days[420];
    const partOf = (events: { stock: string; date: string; id: string }[]) => {
      const batch = eventStudyBatch({ market, stocks, events }, resolved);
      return partialFromCore(batch.core, resolved, { rows: batch.rows, market: 'market' });
    };
    const a = partOf([{ stock: 'T0', date: day, id: 'a' }, { stock: 'T0', date: day, id: 'b' }]);
    const b = partOf([{ stock: 'T1', date: day, id: 'c' }, { stock: 'T0', date: day, id: 'd' }]);
    expect([...a.stockDays!]).toEqual([[day, new Map([['T0', 2]])]]);
    const read = partialFromJson(partialToJson(b), 'b.json').partial;
    expect(JSON.parse(partialToJson(b)).stock_days).toEqual({ [day]: { T1: 1, T0: 1 } });
    expect(read.stockDays).toEqual(b.stockDays);
    const merged = mergePartials([a, read]);
    expect(merged.stockDays!.get(day)).toEqual(new Map([['T0', 3], ['T1', 1]]));
    // T0 three times, T1 once on one day: 2 repeats; 4 events on one shared day are under the clustering floor
    expect(aggregatePartial(merged).warnings?.map((w) => [w.kind, w.affectedEvents, w.nEvents])).toEqual([['repeated_events', 2, 4]]);
    // without counts (a partial built without rows) the merge has none, and no warnings
    const bare = partialFromCore(eventStudyBatch({ market, stocks, events: [{ stock: 'T2', date: day, id: 'e' }] }, resolved).core, resolved);
    expect(bare.stockDays).toBeUndefined();
    expect(mergePartials([a, bare]).stockDays).toBeUndefined();
    expect(aggregatePartial(mergePartials([a, bare])).warnings).toBeUndefined();
    // an empty partial has empty counts (nothing unknown about no events)
    expect(emptyPartial(resolved).stockDays).toEqual(new Map());
  });

  it('damaged counts name the partial and what is wrong', async () => {
    const market = readPriceFile(files.market, { name: 'market' });
    const stocks = await readPanel(files.long);
    const day = panel.days[420];
    const batch = eventStudyBatch({ market, stocks, events: [{ stock: 'T0', date: day, id: 'a' }] }, resolved);
    const data = JSON.parse(partialToJson(partialFromCore(batch.core, resolved, { rows: batch.rows })));
    const withCounts = (stockDays: unknown) => () => partialFromJson(JSON.stringify({ ...data, stock_days: stockDays }), 'p.json');
    expect(withCounts({ [day]: { T0: 1.5 } })).toThrow(/p\.json.*damaged partial result: stock_days\["\d{4}-\d\d-\d\d"\]\["T0"\] is 1\.5, not a count; run its shard again/);
    expect(withCounts({ [day]: { T0: 2 } })).toThrow(/stock_days count 2 events, events_ok 1/);
    expect(withCounts([])).toThrow(/stock_days is not an object/);
    expect(withCounts({ [day]: 1 })).toThrow(/stock_days\["\d{4}-\d\d-\d\d"\] is not an object/);
  });
});
