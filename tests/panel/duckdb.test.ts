import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventStudy } from '../../src/eventstudy/eventStudy';
import { eventJson } from '../../src/eventstudy/json';
import type { EventResult, EventStudyOptions } from '../../src/eventstudy/types';
import { openDuckDB } from '../../src/panel/duckdb';
import { eventStudyFromPanelFile } from '../../src/panel/duckdbStudy';
import { readPanel } from '../../src/panel/readPanel';
import { readPriceFile } from '../../src/prices/readPriceFile';
import { syntheticPanel, writePanelFiles } from './fixture';

const dir = mkdtempSync(join(tmpdir(), 'mr-duckdb-'));
const panel = syntheticPanel(6, 700, 40);
// Two extra events: a Saturday (day 0 moves) and a ticker the panel lacks.
panel.events.push({ ticker: 'T2', date: '2016-06-04', id: 'saturday' }, { ticker: 'ZZ', date: '2016-01-04', id: 'unknown' });
const files = writePanelFiles(dir, panel);
const parquet = join(dir, 'long.parquet');

async function sql(statement: string) {
  const { connection, close } = await openDuckDB('test');
  try {
    await connection.run(statement);
  } finally {
    close();
  }
}

describe('Parquet panels through DuckDB', () => {
  it('reads a long Parquet panel (row groups of 1,000) into the same series as the CSV', async () => {
    await sql(`COPY (SELECT CAST(date AS DATE) AS date, ticker, close FROM read_csv('${files.long}')) TO '${parquet}' (FORMAT parquet, ROW_GROUP_SIZE 1000)`);
    const fromCsv = await readPanel(files.long);
    const fromParquet = await readPanel(parquet);
    expect(fromParquet.map((s) => s.name).sort()).toEqual(fromCsv.map((s) => s.name).sort());
    for (const s of fromParquet) {
      const c = fromCsv.find((x) => x.name === s.name)!;
      expect(s.dates).toEqual(c.dates);
      expect(Array.from(s.prices)).toEqual(Array.from(c.prices));
    }
  });

  it('the DuckDB engine, in batches of 2 tickers, gives the numbers of the in-memory CSV study', async () => {
    const market = readPriceFile(files.market, { name: 'market' });
    const events = panel.events.map((e) => ({ stock: e.ticker, date: e.date, id: e.id }));
    const memory = eventStudy({ market, stocks: await readPanel(files.long), events });
    const batches: EventResult[][] = [];
    const duck = await eventStudyFromPanelFile(parquet, market, events, {}, { batchTickers: 2, onBatch: (b) => batches.push(b.events) });
    expect(batches).toHaveLength(4); // T0..T5 in pairs, then ZZ
    const byId = new Map(batches.flat().map((e) => [e.id, e]));
    // Per event: bit-identical (each event's sums run over its own window, whatever was read around it).
    for (const e of memory.events) expect(eventJson(byId.get(e.id)!)).toEqual(eventJson(e));
    expect(byId.get('saturday')!.note).toMatch(/day 0 moved to the next trading day 2016-06-06/);
    expect(byId.get('unknown')!.status).toBe('unknown_stock');
    // Aggregate: the same sums in another order (1e-15 relative).
    expect(duck.aggregate.nEvents).toBe(memory.aggregate.nEvents);
    duck.aggregate.tests.forEach((t, i) => {
      const m = memory.aggregate.tests[i];
      expect(t.name).toBe(m.name);
      expect(t.statistic).toBeCloseTo(m.statistic, 12);
      expect(t.pValue).toBeCloseTo(m.pValue, 12);
    });
    duck.aggregate.testsByDay.forEach((d, k) => d.tests.forEach((t, i) => expect(t.statistic).toBeCloseTo(memory.aggregate.testsByDay[k].tests[i].statistic, 12)));
  });

  it('the same for every market-model option DuckDB runs: AAR, CAAR, every window test and every per-day test with its p-value', async () => {
    const market = readPriceFile(files.market, { name: 'market' });
    const events = panel.events.map((e) => ({ stock: e.ticker, date: e.date, id: e.id }));
    const stocks = await readPanel(files.long);
    const optionSets: EventStudyOptions[] = [
      { model: 'market-adjusted', window: [-3, 3] },
      { model: 'mean-adjusted', returns: 'log', estimation: [-150, -6] },
      { conventions: 'estudy2', excludeOtherEvents: true, predictionErrorAdjusted: true, window: [0, 5] },
      { sigmaDenominator: 'n-1', nonTradingDay: 'previous', minEstimation: 60 },
    ];
    for (const options of optionSets) {
      const memory = eventStudy({ market, stocks, events }, options);
      const byId = new Map<string, EventResult>();
      const duck = await eventStudyFromPanelFile(parquet, market, events, options, { batchTickers: 3, onBatch: (b) => b.events.forEach((e) => byId.set(e.id, e)) });
      for (const e of memory.events) expect(eventJson(byId.get(e.id)!), JSON.stringify(options)).toEqual(eventJson(e));
      const [a, m] = [duck.aggregate, memory.aggregate];
      expect(a.nEvents).toBe(m.nEvents);
      expect(a.caar).toBeCloseTo(m.caar, 14);
      a.aar.forEach((d, k) => expect(d.aar).toBeCloseTo(m.aar[k].aar, 14));
      a.tests.forEach((t, i) => {
        expect(t.name).toBe(m.tests[i].name);
        expect(t.statistic, `${t.name} ${JSON.stringify(options)}`).toBeCloseTo(m.tests[i].statistic, 11);
        expect(t.pValue).toBeCloseTo(m.tests[i].pValue, 11);
      });
      a.testsByDay.forEach((d, k) =>
        d.tests.forEach((t, i) => {
          expect(t.statistic).toBeCloseTo(m.testsByDay[k].tests[i].statistic, 11);
          expect(t.pValue).toBeCloseTo(m.testsByDay[k].tests[i].pValue, 11);
        }),
      );
    }
  }, 120_000);

  it('a wide Parquet panel and a market ticker inside the panel', async () => {
    const wide = join(dir, 'wide.parquet');
    await sql(`COPY (SELECT * FROM read_csv('${files.wide}')) TO '${wide}' (FORMAT parquet)`);
    const withMarket = join(dir, 'with-market.parquet');
    await sql(`COPY (SELECT CAST(date AS DATE) AS date, ticker, close FROM read_csv('${files.long}') UNION ALL SELECT CAST(date AS DATE), 'MKT', close FROM read_csv('${files.market}')) TO '${withMarket}' (FORMAT parquet)`);
    const events = panel.events.slice(0, 12).map((e) => ({ stock: e.ticker, date: e.date, id: e.id }));
    const market = readPriceFile(files.market, { name: 'MKT' });
    const fromWide: EventResult[] = [];
    const fromTicker: EventResult[] = [];
    await eventStudyFromPanelFile(wide, market, events, {}, { onBatch: (b) => fromWide.push(...b.events) });
    await eventStudyFromPanelFile(withMarket, 'MKT', events, {}, { onBatch: (b) => fromTicker.push(...b.events) });
    const memory = eventStudy({ market, stocks: await readPanel(files.long), events });
    expect(fromWide.map((e) => e.car).sort()).toEqual(memory.events.map((e) => e.car).sort());
    expect(fromTicker.map((e) => e.car).sort()).toEqual(memory.events.map((e) => e.car).sort());
  });

  it('suspect_data through DuckDB as in memory: a misplaced decimal in the Parquet stops the events whose windows hold it', async () => {
    const spiked = syntheticPanel(4, 700, 24, 777);
    const t1 = spiked.stocks[1];
    t1.prices[450] = (t1.prices[450] as number) * 100; // two implausible returns: ×100 then ÷100
    const spikedDir = mkdtempSync(join(tmpdir(), 'mr-duckdb-suspect-'));
    const spikedFiles = writePanelFiles(spikedDir, spiked);
    const spikedParquet = join(spikedDir, 'long.parquet');
    await sql(`COPY (SELECT CAST(date AS DATE) AS date, ticker, close FROM read_csv('${spikedFiles.long}')) TO '${spikedParquet}' (FORMAT parquet)`);
    const market = readPriceFile(spikedFiles.market, { name: 'market' });
    const events = spiked.events.map((e) => ({ stock: e.ticker, date: e.date, id: e.id }));
    const memory = eventStudy({ market, stocks: await readPanel(spikedFiles.long), events });
    const duck: EventResult[] = [];
    await eventStudyFromPanelFile(spikedParquet, market, events, {}, { batchTickers: 1, onBatch: (b) => duck.push(...b.events) });
    const suspect = memory.events.filter((e) => e.status === 'suspect_data');
    expect(suspect.length).toBeGreaterThan(0);
    expect(suspect.every((e) => e.stock === 'T1')).toBe(true);
    expect(suspect[0].reason).toMatch(new RegExp(`^T1: implausible daily return \\+99\\d\\d% from ${spiked.days[449]} \\(`));
    const byId = new Map(duck.map((e) => [e.id, e]));
    for (const e of memory.events) expect(eventJson(byId.get(e.id)!)).toEqual(eventJson(e));
  });

  it('bad Parquet values name the file, row, ticker and value', async () => {
    const bad = join(dir, 'bad.parquet');
    await sql(`COPY (SELECT * FROM (VALUES (DATE '2024-01-02', 'A', 10.0), (DATE '2024-01-03', 'A', -2.5)) t(date, ticker, close)) TO '${bad}' (FORMAT parquet)`);
    await expect(readPanel(bad)).rejects.toThrow(`${bad}:2: A on 2024-01-03: price -2.5 is not a positive number`);
    const dup = join(dir, 'dup.parquet');
    await sql(`COPY (SELECT * FROM (VALUES (DATE '2024-01-02', 'A', 10.0), (DATE '2024-01-02', 'A', 11.0)) t(date, ticker, close)) TO '${dup}' (FORMAT parquet)`);
    await expect(readPanel(dup)).rejects.toThrow(/dup\.parquet:2: A: duplicate date 2024-01-02 with a different price \(10 on row 1, 11 here\)/);
    const noDate = join(dir, 'nodate.parquet');
    await sql(`COPY (SELECT 'A' AS ticker, 1.0 AS close) TO '${noDate}' (FORMAT parquet)`);
    await expect(readPanel(noDate)).rejects.toThrow(/nodate\.parquet: no date column in the panel \(columns: ticker, close\)/);
    writeFileSync(join(dir, 'junk.parquet'), 'not parquet');
    await expect(readPanel(join(dir, 'junk.parquet'))).rejects.toThrow(/junk\.parquet: cannot read the panel/);
  });
});
