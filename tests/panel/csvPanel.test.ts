import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { parsePanelCsv } from '../../src/panel/csvPanel';
import { readEventColumns, readEventsCsv, readPanel } from '../../src/panel/readPanel';
import { syntheticPanel, writePanelFiles } from './fixture';

describe('parsePanelCsv', () => {
  it('reads a long panel (date,ticker,price), any row order, and says which columns it used', () => {
    // 03/15/2024 decides month-first for the file's slash dates.
    const series = parsePanelCsv('Date;Symbol;Open;Close\n03/01/2024;B;1;20,5\n02/01/2024;A;1;10\n02/01/2024;B;1;20\n03/01/2024;A;1;11\n03/15/2024;A;1;12\n', { file: 'p.csv' });
    expect(series.map((s) => s.name)).toEqual(['B', 'A']);
    const b = series[0];
    expect(b.dates).toEqual(['2024-02-01', '2024-03-01']);
    expect(Array.from(b.prices)).toEqual([20, 20.5]);
    expect(b.source).toMatchObject({ format: 'long-panel', priceColumn: 'Close', dateColumn: 'Date', delimiter: ';', decimalSeparator: ',', reordered: true });
  });

  it('reads a wide panel (date, one column per ticker); empty cells are skipped with their line', () => {
    const [a, b] = parsePanelCsv('date,AAPL,MSFT\n2024-01-02,10,\n2024-01-03,11,21\n', { file: 'w.csv' });
    expect(a).toMatchObject({ name: 'AAPL', dates: ['2024-01-02', '2024-01-03'], source: { format: 'wide-panel' } });
    expect(b.dates).toEqual(['2024-01-03']);
    expect(b.source.skippedRows).toEqual([{ line: 2, date: '2024-01-02', reason: 'empty price' }]);
  });

  it('a long panel is not mistaken for duplicate dates (the old single-file error)', () => {
    const series = parsePanelCsv('date,ticker,close\n2024-01-02,A,1\n2024-01-02,B,2\n');
    expect(series).toHaveLength(2);
  });

  it('names file, line and value for bad input', () => {
    const bad = (text: string) => () => parsePanelCsv(text, { file: 'p.csv' });
    expect(bad('date,ticker,close\n2024-01-02,A,1\n2024-01-02,A,2\n')).toThrow('p.csv:3: A: duplicate date 2024-01-02 with a different price (1 on line 2, 2 here)');
    expect(bad('date,ticker,close\n2024-01-03,A,1\n2024-01-02,A,5\n2024-01-03,A,2\n')).toThrow(/p\.csv:4: A: duplicate date 2024-01-03/);
    expect(bad('date,ticker,close\n2024-01-02,A,-3\n')).toThrow('p.csv:2: non-positive price -3 in column close on 2024-01-02');
    expect(bad('date,ticker,close\n2024-01-02,A,abc\n')).toThrow('p.csv:2: price "abc" in column close is not a number');
    expect(bad('date,ticker,close\nyesterday,A,1\n')).toThrow('p.csv:2: unparseable date "yesterday" in column date');
    expect(bad('date,ticker,close\n2024-01-02,,1\n')).toThrow('p.csv:2: empty ticker in column ticker');
    expect(bad('when,ticker,close\n2024-01-02,A,1\n')).toThrow(/p\.csv:1: no date column/);
    // dd/dd/yyyy that no row decides is refused, as for single price files
    expect(bad('date,ticker,close\n03/01/2024,A,1\n02/01/2024,A,2\n')).toThrow(/p\.csv: date "03\/01\/2024" can be read as day\/month or month\/day/);
    expect(bad('date,A,A\n2024-01-02,1,2\n')).toThrow('p.csv:1: ticker A appears twice in the header');
    expect(bad('date,ticker,open,high\n2024-01-02,A,1,2\n')).toThrow(/p\.csv:1: no price column/);
    expect(bad('date,ticker,close\n2024-01-02,A,1\n')).not.toThrow();
    expect(bad('date,ticker,close\n')).toThrow(InputError);
  });
});

describe('readPanel and readEventsCsv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mr-panel-'));
  const panel = syntheticPanel(4, 300, 5);
  const files = writePanelFiles(dir, panel);
  mkdirSync(files.folder);
  for (const s of panel.stocks) writeFileSync(join(files.folder, `${s.name}.csv`), `Date,Close\n${panel.days.map((d, t) => (s.prices[t] === null ? '' : `${d},${s.prices[t]}`)).filter(Boolean).join('\n')}\n`);

  it('long CSV, wide CSV and a folder of per-ticker files give the same series', async () => {
    const long = await readPanel(files.long);
    const wide = await readPanel(files.wide);
    const folder = await readPanel(files.folder);
    for (const other of [wide, folder]) {
      expect(other.map((s) => s.name)).toEqual(long.map((s) => s.name));
      other.forEach((s, i) => {
        expect(s.dates).toEqual(long[i].dates);
        expect(Array.from(s.prices)).toEqual(Array.from(long[i].prices));
      });
    }
    expect(long[3].dates).toHaveLength(300 - 8); // T3 misses every 37th day
  });

  it('events: ticker (or stock) and date, optional id; errors name file, line and value', async () => {
    expect(readEventsCsv(files.events)[0]).toEqual({ stock: 'T0', date: panel.events[0].date, id: 'e0', line: 2 });
    const bad = join(dir, 'bad-events.csv');
    writeFileSync(bad, 'stock,date\nAAPL,2024-13-45\n');
    expect(() => readEventsCsv(bad)).toThrow(`${bad}:2: unparseable event date "2024-13-45"`);
    writeFileSync(bad, 'name,when\nAAPL,2024-01-02\n');
    expect(() => readEventsCsv(bad)).toThrow(/needs columns ticker \(or stock\) and date/);
    await expect(readPanel(join(dir, 'missing.csv'))).rejects.toThrow(/missing\.csv: panel not found/);
  });

  it('events as columns: ISO dates, ids or empty, file lines; a repeated id or (without ids) event names both lines', () => {
    const file = join(dir, 'columns.csv');
    // Semicolons, day-first dotted dates, a blank line, ids on some rows only.
    writeFileSync(file, 'Symbol;Date;ID\nAAPL;20.08.2019;a\n\nMSFT;20.08.2019;\nAAPL;21.08.2019;\n');
    expect(readEventColumns(file)).toEqual({ stocks: ['AAPL', 'MSFT', 'AAPL'], dates: ['2019-08-20', '2019-08-20', '2019-08-21'], ids: ['a', '', ''], lines: [2, 4, 5] });
    expect(readEventsCsv(file)).toEqual([{ stock: 'AAPL', date: '2019-08-20', id: 'a', line: 2 }, { stock: 'MSFT', date: '2019-08-20', line: 4 }, { stock: 'AAPL', date: '2019-08-21', line: 5 }]);
    // The same ticker and date once with an id and once without are two events (the id tells them apart).
    writeFileSync(file, 'ticker,date,id\nAAPL,2019-08-20,a\nAAPL,2019-08-20,\nAAPL,2019-08-21,a\n');
    expect(() => readEventColumns(file)).toThrow(`${file}:4: id "a" is also on line 2: each event needs its own id`);
    writeFileSync(file, 'ticker,date\nAAPL,2019-08-20\nMSFT,2019-08-20\nAAPL,20 Aug 2019\n');
    expect(() => readEventColumns(file)).toThrow(`${file}:4: event AAPL on 2019-08-20 is also on line 2`);
    writeFileSync(file, 'ticker,date\nAAPL,2019-08-20\n,2019-08-21\n');
    expect(() => readEventColumns(file)).toThrow(`${file}:3: empty ticker`);
  });
});
