// The in-memory reader and DuckDB read CSV panels alike: the same bad files refused with the same line, the same
// all-empty ticker handling in long and wide layouts; partials carry the panel's fingerprint.
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { parsePanelCsv } from '../../src/panel/csvPanel';
import { syntheticPanel, writePanelFiles } from './fixture';

const REAL = join(__dirname, '..', '..', '..', 'shared', 'data', 'real');
const hasReal = existsSync(join(REAL, 'SOURCES.md'));
const dir = mkdtempSync(join(tmpdir(), 'mr-panel-parity-'));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** date → close of a real file's `Date,…,Close` rows. */
function closes(name: string): [string, string][] {
  const [header, ...rows] = readFileSync(join(REAL, name), 'utf8').trim().split('\n');
  const at = header.split(',').indexOf('Close');
  return rows.map((r) => r.split(',')).map((c) => [c[0], c[at]]);
}

describe.skipIf(!hasReal)('real Samsung and KOSPI closes in a CSV panel, in memory and through DuckDB (../shared/data/real)', () => {
  let long: string[] = [];
  let events = '';
  const study = (panel: string, engine: 'memory' | 'duckdb', extra: string[] = []) =>
    cli('event-study', '--panel', panel, '--market', 'KOSPI', '--events', events, '--engine', engine, '--format', 'csv', '--quiet', ...extra);

  beforeAll(() => {
    const series = { SAMSUNG: closes('samsung_005930_KS_fdr.csv'), KOSPI: closes('kospi_KS11.csv') };
    long = ['date,ticker,close', ...Object.entries(series).flatMap(([t, rows]) => rows.map(([d, p]) => `${d},${t},${p}`))];
    writeFileSync(join(dir, 'long.csv'), `${long.join('\n')}\n`);
    events = join(dir, 'events.csv');
    writeFileSync(events, 'ticker,date,id\nSAMSUNG,2019-08-20,s1\nSAMSUNG,2019-07-01,s2\n');
  });

  it('a row with more cells than the header (an unquoted thousands separator) is refused by both, naming file, line and value', async () => {
    const lines = [...long];
    const at = lines.findIndex((l) => l.startsWith('2019-08-20,SAMSUNG,'));
    lines[at] = '2019-08-20,SAMSUNG,44,450';
    const bad = join(dir, 'thousands.csv');
    writeFileSync(bad, `${lines.join('\n')}\n`);
    const expected = `market-reaction: ${bad}:${at + 1}: row has 4 cells but the header 3 columns (an unquoted "," inside a value?): "2019-08-20,SAMSUNG,44,450"`;
    for (const engine of ['memory', 'duckdb'] as const) {
      const run = await study(bad, engine);
      expect({ engine, code: run.code, stderr: run.stderr }).toEqual({ engine, code: 1, stderr: expected });
      expect(run.stdout).toBe('');
    }
    // empty cells after the last column ("a,b,c,") are no values: both read the file as usual
    const trailing = join(dir, 'trailing.csv');
    writeFileSync(trailing, `${long.map((l, i) => (i === 0 ? l : `${l},`)).join('\n')}\n`);
    const reference = await study(join(dir, 'long.csv'), 'memory');
    for (const engine of ['memory', 'duckdb'] as const) expect((await study(trailing, engine)).stdout).toBe(reference.stdout);
  }, 60_000);

  it('a ticker whose every price is empty: long and wide, in memory and through DuckDB, all leave it out; an event on it is not measured', async () => {
    const dates = [...new Set(long.slice(1).map((l) => l.split(',')[0]))];
    const longEmpty = join(dir, 'long-empty.csv');
    writeFileSync(longEmpty, `${[...long, ...dates.map((d) => `${d},DELISTED,`)].join('\n')}\n`);
    const byDate = new Map<string, Record<string, string>>();
    for (const l of long.slice(1)) {
      const [d, t, p] = l.split(',');
      byDate.set(d, { ...byDate.get(d), [t]: p });
    }
    const wideEmpty = join(dir, 'wide-empty.csv');
    writeFileSync(wideEmpty, `date,SAMSUNG,KOSPI,DELISTED\n${[...byDate.keys()].sort().map((d) => `${d},${byDate.get(d)!.SAMSUNG ?? ''},${byDate.get(d)!.KOSPI ?? ''},`).join('\n')}\n`);
    const withDelisted = join(dir, 'events-delisted.csv');
    writeFileSync(withDelisted, 'ticker,date,id\nSAMSUNG,2019-08-20,s1\nSAMSUNG,2019-07-01,s2\nDELISTED,2019-08-20,d1\n');
    const runs = await Promise.all(
      [longEmpty, wideEmpty].flatMap((panel) => (['memory', 'duckdb'] as const).map((engine) => cli('event-study', '--panel', panel, '--market', 'KOSPI', '--events', withDelisted, '--engine', engine, '--format', 'csv', '--quiet'))),
    );
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^d1,DELISTED,2019-08-20,,unknown_stock,/m);
    }
    // the measured events are the same as without the empty ticker
    const rows = (csv: string) => csv.split('\n').filter((l) => /^s\d,/.test(l)).join('\n');
    const reference = rows((await study(join(dir, 'long.csv'), 'memory')).stdout);
    expect(reference).toMatch(/^s1,SAMSUNG,2019-08-20,2019-08-20,ok,/m);
    for (const run of runs) expect(rows(run.stdout)).toBe(reference);
  }, 120_000);
});

describe('parsePanelCsv: an all-empty ticker is left out in both layouts', () => {
  it('long and wide give the same series', () => {
    const long = parsePanelCsv('date,ticker,close\n2024-01-02,A,10\n2024-01-02,B,\n2024-01-03,A,11\n2024-01-03,B,NA\n', { file: 'long.csv' });
    const wide = parsePanelCsv('date,A,B\n2024-01-02,10,\n2024-01-03,11,NA\n', { file: 'wide.csv' });
    expect(long.map((s) => s.name)).toEqual(['A']);
    expect(wide.map((s) => s.name)).toEqual(['A']);
    expect(Array.from(long[0].prices)).toEqual(Array.from(wide[0].prices));
  });
});

describe.skipIf(!hasReal)('--partial records the panel it ran on; merge refuses shards of different panels', () => {
  it('a shard run over another panel file (other content) is refused like another events file', async () => {
    const prices = join(dir, 'fp');
    const panelA = join(dir, 'fp-a.csv');
    const panelB = join(dir, 'fp-b.csv');
    const rows = ['date,ticker,close', ...closes('samsung_005930_KS_fdr.csv').map(([d, p]) => `${d},SAMSUNG,${p}`), ...closes('skhynix_000660_KS.csv').map(([d, p]) => `${d},HYNIX,${p}`), ...closes('kospi_KS11.csv').map(([d, p]) => `${d},KOSPI,${p}`)];
    writeFileSync(panelA, `${rows.join('\n')}\n`);
    // the same panel with one price changed
    writeFileSync(panelB, `${rows.map((l) => (l.startsWith('2019-08-20,SAMSUNG,') ? '2019-08-20,SAMSUNG,44500' : l)).join('\n')}\n`);
    const events = join(dir, 'fp-events.csv');
    writeFileSync(events, 'ticker,date,id\nSAMSUNG,2019-08-20,s1\nHYNIX,2019-08-20,h1\nSAMSUNG,2019-07-01,s2\nHYNIX,2019-07-01,h2\n');
    const shard = (panel: string, i: number, out: string) => cli('event-study', '--panel', panel, '--market', 'KOSPI', '--events', events, '--shard', `${i}/2`, '--partial', out, '--format', 'jsonl', '--quiet');
    expect((await shard(panelA, 1, `${prices}-1.json`)).code).toBe(0);
    expect((await shard(panelA, 2, `${prices}-2.json`)).code).toBe(0);
    expect((await shard(panelB, 2, `${prices}-2b.json`)).code).toBe(0);
    const partial = JSON.parse(readFileSync(`${prices}-1.json`, 'utf8'));
    expect(partial.study.panel).toMatchObject({ bytes: readFileSync(panelA).length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await cli('event-study', 'merge', `${prices}-1.json`, `${prices}-2.json`, '--format', 'json')).code).toBe(0);
    const mixed = await cli('event-study', 'merge', `${prices}-1.json`, `${prices}-2b.json`, '--format', 'json');
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toMatch(new RegExp(`^market-reaction: ${prices}-2b\\.json: was run on another panel than ${prices}-1\\.json \\(56,878 bytes, SHA-256 [0-9a-f]{12}… here, 56,878 bytes, SHA-256 [0-9a-f]{12}… there\\): give every shard the same panel file$`));
    // touching the file (same content, new mtime) is still the same panel: the fingerprint is the content's
    utimesSync(panelA, new Date(), new Date(Date.now() + 5000));
    expect((await shard(panelA, 2, `${prices}-2c.json`)).code).toBe(0);
    expect((await cli('event-study', 'merge', `${prices}-1.json`, `${prices}-2c.json`, '--format', 'json')).code).toBe(0);
  }, 120_000);
});

describe('a wide CSV panel with a trailing delimiter: in memory and through DuckDB, the same study or the same refusal', () => {
  const panel = syntheticPanel(3, 400, 0, 99);
  const files = writePanelFiles(dir, panel);
  const events = join(dir, 'wide-events.csv');
  writeFileSync(events, `ticker,date,id\nT0,${panel.days[300]},a\nT1,${panel.days[350]},b\nT2,${panel.days[320]},c\n`);
  const [header, ...rows] = readFileSync(files.wide, 'utf8').trim().split('\n');
  const write = (name: string, lines: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };
  const study = (file: string, engine: 'memory' | 'duckdb') =>
    cli('event-study', '--panel', file, '--market', files.market, '--events', events, '--engine', engine, '--format', 'csv', '--quiet', '--estimation', '-200,-11', '--window', '-2,2');

  it('"date,T0,T1,T2," and every row ending in "," (or only the header): the study of the file without them', async () => {
    const reference = await study(files.wide, 'memory');
    expect(reference.code).toBe(0);
    expect(reference.stdout.split('\n').filter((l) => /^[abc],/.test(l)).map((l) => l.split(',')[4])).toEqual(['ok', 'ok', 'ok']);
    const everywhere = write('wide-trailing.csv', [`${header},`, ...rows.map((r) => `${r},`)]);
    const headerOnly = write('wide-trailing-header.csv', [`${header},`, ...rows]);
    const padded = write('wide-trailing-spaces.csv', [`${header}, `, ...rows.map((r) => `${r},NA`)]);
    for (const file of [everywhere, headerOnly, padded]) {
      for (const engine of ['memory', 'duckdb'] as const) {
        const run = await study(file, engine);
        expect({ file, engine, code: run.code, stderr: run.stderr }).toEqual({ file, engine, code: 0, stderr: '' });
        expect(run.stdout).toBe(reference.stdout);
      }
    }
  }, 60_000);

  it('--engine duckdb --out DIR --format table prints the table with its events, as without --out', async () => {
    const args = ['event-study', '--panel', files.wide, '--market', files.market, '--events', events, '--engine', 'duckdb', '--format', 'table', '--quiet', '--estimation', '-200,-11', '--window', '-2,2'];
    const plain = await cli(...args);
    const withOut = await cli(...args, '--out', join(dir, 'duckdb-table-out'));
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^a +\d{4}-\d\d-\d\d +ok /m);
    expect(withOut.stdout).toBe(plain.stdout);
  }, 60_000);

  it('a price under a header column with no ticker name: both refuse, naming file, line and value', async () => {
    const lines = [`${header},`, ...rows.map((r) => `${r},`)];
    lines[120] = `${rows[119]},12.5`;
    const bad = write('wide-nameless-price.csv', lines);
    const expected = `market-reaction: ${bad}:121: price "12.5" in header column 5, which names no ticker: name its ticker in the header, or remove the value`;
    for (const engine of ['memory', 'duckdb'] as const) {
      const run = await study(bad, engine);
      expect({ engine, code: run.code, stderr: run.stderr, stdout: run.stdout }).toEqual({ engine, code: 1, stderr: expected, stdout: '' });
    }
    // with a row of too many cells further down as well, both name that row first (cell counts are checked first)
    lines[200] = `${rows[199]},1,2`;
    const both = write('wide-nameless-and-extra.csv', lines);
    for (const engine of ['memory', 'duckdb'] as const) {
      const run = await study(both, engine);
      expect({ engine, code: run.code, stderr: run.stderr }).toEqual({ engine, code: 1, stderr: expect.stringMatching(new RegExp(`^market-reaction: ${both.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:201: row has 6 cells but the header 5 columns`)) });
    }
  }, 60_000);
});
