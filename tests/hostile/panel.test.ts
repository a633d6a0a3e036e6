// Panels as users bring them: every layout of the same real prices gives the same study, every bad cell one line naming file, row and value, and no output.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDuckDB } from '../../src/panel/duckdb';
import { cli, expectOneLineError, file, ROOT, tmp } from './helpers';

const REAL = join(ROOT, '../shared/data/real');
const hasReal = existsSync(join(REAL, 'kospi_KS11.csv'));
const dir = tmp('mr-panel-hostile-');

/** date → close of one real file (the FinanceDataReader/Yahoo `Date,…,Close` layouts). */
function closes(name: string): [string, string][] {
  const [header, ...rows] = readFileSync(join(REAL, name), 'utf8').trim().split('\n');
  const at = header.split(',').indexOf('Close');
  return rows.map((r) => r.split(',')).map((c) => [c[0], c[at]]);
}

async function sql(statement: string) {
  const { connection, close } = await openDuckDB('test');
  try {
    await connection.run(statement);
  } finally {
    close();
  }
}

const sorted = (csv: string) => csv.trim().split('\n').sort().join('\n');

describe.skipIf(!hasReal)('real prices (Samsung, SK Hynix, KOSPI 2018–2020) in every panel layout give the same study', () => {
  const series: Record<string, [string, string][]> = hasReal ? { SAMSUNG: closes('samsung_005930_KS_fdr.csv'), HYNIX: closes('skhynix_000660_KS.csv'), KOSPI: closes('kospi_KS11.csv') } : {};
  const long = ['date,ticker,close', ...Object.entries(series).flatMap(([t, rows]) => rows.map(([d, p]) => `${d},${t},${p}`))];
  const events = file(dir, 'events.csv', 'ticker,date,id\nSAMSUNG,2019-08-20,s1\nHYNIX,2019-08-20,h1\nSAMSUNG,2019-07-01,s2\nHYNIX,2019-07-01,h2\n');
  const study = (panel: string, extra: string[] = []) => cli(['event-study', '--panel', panel, '--market', 'KOSPI', '--events', events, '--format', 'csv', '--quiet', ...extra]);
  let reference = '';

  beforeAll(async () => {
    file(dir, 'long.csv', `${long.join('\n')}\n`);
    const run = await study(join(dir, 'long.csv'));
    expect(run.code, run.stderr).toBe(0);
    reference = run.stdout;
  }, 60_000);

  it('the long CSV gives the README figures (Samsung 2019-08-20: β 1.36, σ 1.00%, CAR[-1,+1] on FinanceDataReader closes −1.44%)', () => {
    const s1 = reference.split('\n').find((l) => l.startsWith('s1,'))!.split(',');
    expect(Number(s1[8])).toBeCloseTo(1.3594, 4); // beta
    expect(Number(s1[9])).toBeCloseTo(0.009998, 6); // sigma
    expect(Number(s1[12])).toBeCloseTo(-0.014414, 6); // car
  });

  it('BOM + CRLF, quoted cells with extra columns, shuffled rows, same rows twice, NA and empty prices elsewhere, wide, a folder: the same CSV', async () => {
    const variants: Record<string, string> = {
      'bom-crlf.csv': `\uFEFF${long.join('\r\n')}\r\n`,
      'quoted.csv': `"date","ticker","open","close","volume"\n${long.slice(1).map((l) => l.split(',')).map(([d, t, p]) => `"${d}","${t}",1,"${p}","1,000"`).join('\n')}\n`,
      'shuffled.csv': `${[long[0], ...long.slice(1).map((l, i) => [l, (i * 7919) % long.length] as const).sort((a, b) => a[1] - b[1]).map((x) => x[0])].join('\n')}\n`,
      'repeated.csv': `${[...long, ...long.slice(1, 200)].join('\n')}\n`,
      // A row of a date none of the events' windows reach, with a missing price.
      'na.csv': `${[...long, '2017-01-03,SAMSUNG,NA', '2017-01-04,SAMSUNG,'].join('\n')}\n`,
    };
    const byDate = new Map<string, Record<string, string>>();
    for (const [t, rows] of Object.entries(series)) for (const [d, p] of rows) byDate.set(d, { ...byDate.get(d), [t]: p });
    variants['wide.csv'] = `date,SAMSUNG,HYNIX,KOSPI\n${[...byDate.keys()].sort().map((d) => `${d},${['SAMSUNG', 'HYNIX', 'KOSPI'].map((t) => byDate.get(d)![t] ?? '').join(',')}`).join('\n')}\n`;
    for (const [name, text] of Object.entries(variants)) {
      const run = await study(file(dir, name, text));
      expect(run.stderr, name).toBe('');
      expect(run.stdout, name).toBe(reference);
    }
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'SAMSUNG.csv'), readFileSync(join(REAL, 'samsung_005930_KS_fdr.csv')));
    writeFileSync(join(folder, 'HYNIX.csv'), readFileSync(join(REAL, 'skhynix_000660_KS.csv')));
    writeFileSync(join(folder, 'KOSPI.txt'), readFileSync(join(REAL, 'kospi_KS11.csv')));
    const run = await study(folder);
    expect(run.stdout).toBe(reference);
    // Two files of one ticker: which one a study would use is a guess.
    writeFileSync(join(folder, 'SAMSUNG.txt'), readFileSync(join(REAL, 'samsung_005930_KS.csv')));
    expectOneLineError(await study(folder), 1, /folder: two files for ticker SAMSUNG: SAMSUNG\.csv and SAMSUNG\.txt; keep one/);
  }, 120_000);

  it('Parquet with DATE, ISO text, TIMESTAMP or midnight-UTC TIMESTAMPTZ dates, integer or text prices, and the CSV through DuckDB: the same events (the session runs in UTC)', async () => {
    const csv = join(dir, 'long.csv');
    const parquets: Record<string, string> = {
      date: `CAST(date AS DATE) AS date, ticker, CAST(close AS DOUBLE) AS close`,
      text: `CAST(date AS VARCHAR) AS date, ticker, CAST(close AS VARCHAR) AS close`,
      timestamp: `CAST(date AS TIMESTAMP) AS date, ticker, close`,
      timestamptz: `CAST(CAST(date AS VARCHAR) || ' 00:00:00+00' AS TIMESTAMPTZ) AS date, ticker, close`,
      integer: `CAST(date AS DATE) AS date, ticker, CASE WHEN ticker = 'KOSPI' THEN NULL ELSE CAST(close AS BIGINT) END AS close_int, CASE WHEN ticker = 'KOSPI' THEN close END AS close_index, close`,
    };
    for (const [name, select] of Object.entries(parquets)) {
      const out = join(dir, `${name}.parquet`);
      await sql(`COPY (SELECT ${select} FROM read_csv('${csv}', all_varchar = true)) TO '${out}' (FORMAT parquet, ROW_GROUP_SIZE 500)`);
      const run = await study(out);
      expect(run.stderr, name).toBe('');
      expect(sorted(run.stdout), name).toBe(sorted(reference));
    }
    const viaDuck = await study(csv, ['--engine', 'duckdb']);
    expect(sorted(viaDuck.stdout)).toBe(sorted(reference));
    // Midnight in Seoul is 15:00 UTC the day before: refused rather than shifted by a day.
    const seoul = join(dir, 'seoul.parquet');
    await sql(`COPY (SELECT CAST(date || ' 00:00:00+09' AS TIMESTAMPTZ) AS date, ticker, close FROM read_csv('${csv}', all_varchar = true)) TO '${seoul}' (FORMAT parquet)`);
    expectOneLineError(await study(seoul), 1, /seoul\.parquet:1: SAMSUNG: date 2018-01-01 15:00:00\+00 is a timestamp with time zone not at midnight UTC/);
  }, 120_000);
});

describe('bad panels and events: one line naming file, row and value; nothing on stdout, no output file', () => {
  const days = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2020, 0, 1) + i * 86400000).toISOString().slice(0, 10));
  const rows = ['date,ticker,close', ...days.flatMap((d, i) => [`${d},A,${(100 + Math.sin(i) * 5).toFixed(4)}`, `${d},MKT,${(50 + Math.cos(i * 0.7) * 2).toFixed(4)}`])];
  const panel = (name: string, edit: (lines: string[]) => string[]) => file(dir, name, `${edit([...rows]).join('\n')}\n`);
  const events = file(dir, 'ev.csv', 'ticker,date,id\nA,2020-12-01,a1\n');

  async function refused(panelFile: string, message: RegExp, eventsFile = events, extra: string[] = []) {
    const out = join(dir, `out-${readdirSync(dir).length}`);
    const overlaps = join(dir, `overlaps-${readdirSync(dir).length}.csv`);
    const run = await cli(['event-study', '--panel', panelFile, '--market', 'MKT', '--events', eventsFile, '--out', out, '--overlaps', overlaps, '--format', 'jsonl', '--quiet', ...extra]);
    expectOneLineError(run, 1, message);
    expect(run.stdout).toBe('');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    expect(existsSync(overlaps)).toBe(false);
  }

  it('long CSV: a text price, a zero, a bad date, an empty ticker, a repeated day with another price, an unquoted thousands separator', async () => {
    await refused(panel('text.csv', (l) => ((l[11] = '2020-01-06,A,abc'), l)), /text\.csv:12: price "abc" in column close is not a number/);
    await refused(panel('zero.csv', (l) => ((l[11] = '2020-01-06,A,0'), l)), /zero\.csv:12: non-positive price 0 in column close on 2020-01-06/);
    await refused(panel('date.csv', (l) => ((l[11] = '2020-02-30,A,10'), l)), /date\.csv:12: unparseable date "2020-02-30"/);
    await refused(panel('ticker.csv', (l) => ((l[11] = '2020-01-06,,10'), l)), /ticker\.csv:12: empty ticker/);
    await refused(panel('dup.csv', (l) => [...l, '2020-01-06,A,99']), /dup\.csv:802: A: duplicate date 2020-01-06 with a different price \(\d+\.\d+ on line 12, 99 here\)/);
    await refused(panel('thousands.csv', (l) => ((l[11] = '2020-01-06,A,1,234.5'), l)), /thousands\.csv:12: row has 4 cells but the header 3 columns \(an unquoted "," inside a value\?\)/);
  }, 120_000);

  it('wide CSV: a ticker column twice (also " A " and "A"), a text cell', async () => {
    await refused(file(dir, 'wide-dup.csv', 'date,A, A ,MKT\n2020-01-01,1,2,3\n'), /wide-dup\.csv:1: ticker A appears twice in the header/);
    await refused(file(dir, 'wide-text.csv', 'date,A,MKT\n2020-01-01,1,3\n2020-01-02,x,3\n'), /wide-text\.csv:3: price "x" in column A is not a number/);
  });

  it('Parquet: a NaN, a text price, a bad text date in a window the events read, no date column; the same through --engine duckdb over CSV', async () => {
    // DuckDB reads only the rows the events' windows need (a panel larger than memory is not checked whole):
    // the bad cell is on day 306, inside the estimation window of the event on day 335.
    const day = days[306];
    const csv = panel('clean.csv', (l) => l);
    const cases: [string, string, RegExp][] = [
      ['nan', `CAST(date AS DATE) AS date, ticker, CASE WHEN date = '${day}' AND ticker = 'A' THEN 'nan'::DOUBLE ELSE CAST(close AS DOUBLE) END AS close`, new RegExp(`nan\\.parquet:613: A on ${day}: price NaN is not a positive number`)],
      ['textprice', `date, ticker, CASE WHEN date = '${day}' AND ticker = 'A' THEN 'n.a.' ELSE close END AS close`, new RegExp(`textprice\\.parquet:613: A on ${day}: price "n\\.a\\." is not a number`)],
      ['textdate', `CASE WHEN date = '${day}' THEN '11/02/2020' ELSE date END AS date, ticker, close`, /textdate\.parquet:613: A: date "11\/02\/2020" is not a date/],
      ['nodate', `date AS dt, ticker, close`, /nodate\.parquet: no date column in the panel \(columns: dt, ticker, close\)/],
    ];
    for (const [name, select, message] of cases) {
      const out = join(dir, `${name}.parquet`);
      await sql(`COPY (SELECT ${select} FROM read_csv('${csv}', all_varchar = true)) TO '${out}' (FORMAT parquet)`);
      await refused(out, message);
    }
    await refused(panel('duck-text.csv', (l) => ((l[613] = `${day},A,abc`), l)), new RegExp(`duck-text\\.csv:614: A on ${day}: price "abc" is not a number`), events, ['--engine', 'duckdb']);
  }, 120_000);

  it('events: no events, a repeated id, a repeated event, a bad date, a BOM', async () => {
    const clean = panel('ev-panel.csv', (l) => l);
    await refused(clean, /empty\.csv: events file has a header but no events/, file(dir, 'empty.csv', 'ticker,date,id\n'));
    await refused(clean, /dupid\.csv:3: id "a1" is also on line 2: each event needs its own id/, file(dir, 'dupid.csv', 'ticker,date,id\nA,2020-12-01,a1\nA,2020-11-02,a1\n'));
    await refused(clean, /duprow\.csv:3: event A on 2020-12-01 is also on line 2: it would be counted twice/, file(dir, 'duprow.csv', 'ticker,date\nA,2020-12-01\nA,2020-12-01\n'));
    await refused(clean, /baddate\.csv:2: unparseable event date "2020-12-32"/, file(dir, 'baddate.csv', 'ticker,date\nA,2020-12-32\n'));
    const bom = await cli(['event-study', '--panel', clean, '--market', 'MKT', '--events', file(dir, 'bom.csv', '\uFEFFticker,date,id\r\nA,2020-12-01,a1\r\nZZ,2020-12-01,z\r\n'), '--format', 'csv', '--quiet']);
    expect(bom.code).toBe(0);
    expect(bom.stdout).toMatch(/^a1,A,2020-12-01,2020-12-01,ok,/m);
    expect(bom.stdout).toMatch(/^z,ZZ,2020-12-01,,unknown_stock,"no price series named ""ZZ"""/m);
  }, 60_000);
});
