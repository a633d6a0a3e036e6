import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { normalDraws } from '../../eventstudy/synthetic';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['event-study', ...args], { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const AAPL = 'node_modules/@observablehq/sample-datasets/aapl.csv';
const SP500 = 'node_modules/vega-datasets/data/sp500-2000.csv';
const EARNINGS = ['2014-04-24', '2015-07-22', '2016-04-27', '2017-05-03', '2018-02-02'];

describe('event-study: several CAR windows, conventions, names, report', () => {
  it('tests every --window and keeps the first for the daily ARs', async () => {
    const { code, stdout } = await run(['--stock', AAPL, '--market', SP500, ...EARNINGS.flatMap((d) => ['--event', d]), '--window', '-1,1', '--window', '0,0', '--window', '-5,5', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.windows.map((w: { window: number[] }) => w.window)).toEqual([[-1, 1], [0, 0], [-5, 5]]);
    expect(json.aggregate.aar).toHaveLength(3);
    // CAAR[-1,+1] is the README's −0.81%; each window's CAAR is the mean of its CARs.
    expect(json.windows[0].caar).toBeCloseTo(json.aggregate.caar, 15);
    expect(json.windows[0].caar).toBeCloseTo(-0.0081, 4);
    for (const w of json.windows) {
      const cars = w.cars.map((c: { car: number }) => c.car);
      expect(w.caar).toBeCloseTo(cars.reduce((a: number, b: number) => a + b, 0) / cars.length, 15);
      expect(w.tests).toHaveLength(16);
    }
    // Day 0 alone: its CAR is the day-0 AR of the main window.
    expect(json.windows[1].cars[0].car).toBeCloseTo(json.events[0].ar[1].ar, 15);
  });

  it('the table shows stars, the legend and the distribution of every test', async () => {
    const { code, stdout } = await run(['--stock', AAPL, '--market', SP500, ...EARNINGS.flatMap((d) => ['--event', d]), '--window', '0,0', '--conventions', 'estudy2']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/estudy2 conventions/);
    expect(stdout).toMatch(/^adjusted_patell\s+-2\.\d+\s+0\.0\d+\s+\*+\s+normal/m);
    expect(stdout).toMatch(/\*\*\* p < 0\.01, \*\* p < 0\.05, \* p < 0\.10/);
    expect(stdout).toMatch(/^brown_warner\s+\S+\s+\S+\s+\**\s*normal, 1 day/m);
  });

  it('--event FILE@DATE still finds a stock renamed by --stock-name', async () => {
    const { code, stdout } = await run(['--stock', AAPL, '--stock-name', 'Apple', '--market', SP500, '--event', 'aapl@2016-04-27', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).events[0]).toMatchObject({ stock: 'Apple', id: 'Apple@2016-04-27', status: 'ok' });
  });

  it('refuses bad option values with one line', async () => {
    expect((await run(['--stock', AAPL, '--market', SP500, '--event', '2016-04-27', '--conventions', 'R'])).code).toBe(2);
    expect((await run(['--stock', AAPL, '--market', SP500, '--event', '2016-04-27', '--report'])).stderr).toMatch(/--report needs --out DIR/);
    expect((await run(['--stock', AAPL, '--market', SP500, '--event', '2016-04-27', '--window', '-20,0'])).stderr).toMatch(/overlaps/);
  });

  it('--out DIR --report writes a self-contained report and the charts, with the names given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es-report-'));
    const name = 'Apple <script>alert(1)</script> & Co';
    const { code, stdout } = await run(['--stock', AAPL, '--stock-name', name, '--market', SP500, '--market-name', 'S&P 500', ...EARNINGS.flatMap((d) => ['--event', d]), '--window', '-1,1', '--window', '-5,5', '--out', dir, '--report']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Report: /);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Apple &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(html).toMatch(/vs S&amp;P 500/);
    expect(html).toMatch(/CAAR \[-1, \+1\] = −0\.814%/);
    expect(html).toMatch(/CAAR \[-5, \+5\]/);
    expect(html).toMatch(/\*\*\* p &lt; 0\.01/);
    expect(html).toMatch(/@page \{ size: A4/);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    for (const f of ['caar.svg', 'caar.png']) expect(existsSync(join(dir, f))).toBe(true);
    const caar = readFileSync(join(dir, 'caar.svg'), 'utf8');
    // The subtitle names the sample, model and windows; the legend uses the given names.
    expect(caar).toContain('5 events of Apple &lt;script&gt;');
    expect(caar).toContain('vs S&amp;P 500<');
    expect(caar).toContain('market model (OLS α, β) · estimation [-260, -11] · event window [-1, +1]');
  });
});

describe('chart ar-car / caar use the defaults of event-study', () => {
  it('window [-1, +1] and estimation [-260, -11], named in the subtitle, the CAAR of the table', async () => {
    const out: string[] = [];
    const code = await runCli(['chart', 'caar', '--stock', AAPL, '--market', SP500, '--market-name', 'S&P 500', ...EARNINGS.flatMap((d) => ['--event', d]), '--format', 'json'], { stdout: (t) => void out.push(t), stderr: () => {} });
    expect(code).toBe(0);
    const spec = JSON.parse(out.join('\n'));
    expect(spec.title.subtitle).toEqual(expect.arrayContaining(['5 events of aapl vs S&P 500', 'market model (OLS α, β) · estimation [-260, -11] · event window [-1, +1]']));
    // The same CAAR as `event-study`'s table (−0.81%), not the −5..+5 window's +1.21%.
    expect(spec.title.subtitle.join(' ')).toContain('CAAR over the window −0.81%');
  });
});

/** A Fama–French daily file as Kenneth French publishes it (preamble, empty first header cell, percent, copyright). */
function famaFrench(days: number) {
  const draw = normalDraws(4242);
  const dates: string[] = [];
  for (let d = 0; dates.length < days + 1; d++) {
    const date = new Date(Date.UTC(2016, 0, 4) + d * 86400000);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) dates.push(date.toISOString().slice(0, 10));
  }
  const loadings = { 'Mkt-RF': 1.2, SMB: -0.5, HML: 0.3 };
  const rf = 0.0001;
  const rows: string[] = [];
  const prices = [50];
  for (let t = 1; t <= days; t++) {
    const f = { 'Mkt-RF': 0.01 * draw(), SMB: 0.006 * draw(), HML: 0.006 * draw() };
    rows.push(`${dates[t].replace(/-/g, '')},${[f['Mkt-RF'], f.SMB, f.HML, rf].map((v) => (v * 100).toFixed(4).padStart(9)).join(',')}`);
    const excess = 0.0002 + loadings['Mkt-RF'] * f['Mkt-RF'] + loadings.SMB * f.SMB + loadings.HML * f.HML + 0.002 * draw();
    prices.push(prices[t - 1] * (1 + rf + excess));
  }
  const factors = [
    'This file was created by CMPT_ME_BEME_RETS_DAILY using the 202401 CRSP database.',
    'The Tbill return is the simple daily rate that, over the number of trading days',
    'in the month, compounds to 1-month TBill rate from Ibbotson and Associates Inc.',
    '',
    ',Mkt-RF,SMB,HML,RF',
    ...rows,
    '',
    'Copyright 2024 Kenneth R. French',
  ].join('\r\n');
  return { dates, factors, prices: ['Date,Close', ...dates.map((d, i) => `${d},${prices[i].toFixed(6)}`)].join('\n'), loadings };
}

describe('event-study --model factor --factors FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'es-ff-'));
  const data = famaFrench(320);
  writeFileSync(join(dir, 'F-F_Research_Data_Factors_daily.CSV'), data.factors);
  writeFileSync(join(dir, 'xyz.csv'), data.prices);

  it('reads the published layout and recovers the known loadings (risk-free subtracted)', async () => {
    const { code, stdout, stderr } = await run(['--stock', join(dir, 'xyz.csv'), '--model', 'factor', '--factors', join(dir, 'F-F_Research_Data_Factors_daily.CSV'), '--event', data.dates[300], '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const event = JSON.parse(stdout).events[0];
    expect(event.status).toBe('ok');
    expect(event.n).toBe(250);
    for (const [k, v] of Object.entries(data.loadings)) expect(Math.abs(event.factor_loadings[k] - v)).toBeLessThan(0.05);
    expect(event.alpha).toBeCloseTo(0.0002, 3);
  });

  it('names a bad line of the factor file by its line in the file', async () => {
    writeFileSync(join(dir, 'bad.CSV'), data.factors.replace(/\r\n(\d{8}),\s*[-\d.]+,/, '\r\n$1,   x.xx,'));
    const { code, stderr } = await run(['--stock', join(dir, 'xyz.csv'), '--model', 'factor', '--factors', join(dir, 'bad.CSV'), '--event', data.dates[300]]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/bad\.CSV:6: value "x\.xx" in column Mkt-RF is not a number/);
  });

  it('needs --factors for the factor model', async () => {
    expect((await run(['--stock', join(dir, 'xyz.csv'), '--model', 'factor', '--event', data.dates[300]])).stderr).toMatch(/--model factor needs --factors FILE/);
  });
});
