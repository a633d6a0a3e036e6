import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['event-study', ...args], { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const AAPL = 'node_modules/@observablehq/sample-datasets/aapl.csv';
const SP500 = 'node_modules/vega-datasets/data/sp500-2000.csv';
const EARNINGS = ['2014-04-24', '2015-07-22', '2016-04-27', '2017-05-03', '2018-02-02'];

describe('market-reaction event-study', () => {
  it('AAPL earnings: JSON in the documented shape (fractions)', async () => {
    const { code, stdout } = await run(['--stock', AAPL, '--market', SP500, ...EARNINGS.flatMap((d) => ['--event', d]), '--estimation', '-260,-11', '--window', '-1,1', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.events).toHaveLength(5);
    expect(json.events[0]).toMatchObject({ event_date: '2014-04-24', status: 'ok', n: 228 });
    for (const key of ['alpha', 'beta', 'sigma', 'r2', 'car', 'bhar', 't_car']) expect(typeof json.events[0][key]).toBe('number');
    expect(json.events[0].ar[1]).toMatchObject({ day: 0, date: '2014-04-24' });
    expect(json.events[0].ar[1].ar).toBeCloseTo(0.0802, 3);
    expect(json.aggregate.aar.map((d: { day: number }) => d.day)).toEqual([-1, 0, 1]);
    expect(json.aggregate.tests).toHaveLength(16);
    for (const t of json.aggregate.tests) expect(t).toMatchObject({ distribution: expect.stringMatching(/^(t|normal|exact)$/), significance: expect.stringMatching(/^\*{0,3}$/) });
    expect(Object.keys(json.aggregate.tests[0])).toEqual(expect.arrayContaining(['name', 'statistic', 'p_value']));
  });

  it('table output says which columns were used', async () => {
    const { code, stdout } = await run(['--stock', AAPL, '--market', SP500, '--event', '2016-04-30', '--model', 'market-adjusted']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/column Adj Close/);
    expect(stdout).toMatch(/column adjclose/);
    expect(stdout).toMatch(/2016-04-30 is not a trading day; day 0 moved to the next trading day 2016-05-02/);
    expect(stdout).toMatch(/market-adjusted model/);
  });

  it('--events FILE: per-event stocks and dates, stocks given as price-file paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mr-ev-'));
    writeFileSync(join(dir, 'events.csv'), `id,stock,date\nq2-2014,${AAPL},2014-04-24\nq3-2015,${AAPL},2015-07-22\n`);
    const { code, stdout, stderr } = await run(['--events', join(dir, 'events.csv'), '--market', SP500, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.events.map((e: { id: string }) => e.id)).toEqual(['q2-2014', 'q3-2015']);
    writeFileSync(join(dir, 'bad.csv'), 'stock,date\nnowhere.csv,2014-04-24\n');
    const bad = await run(['--events', join(dir, 'bad.csv'), '--market', SP500]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.csv:2: stock "nowhere\.csv" is neither a --stock name/);
  });

  it('bad price files give one-line errors naming file and line, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mr-es-'));
    const cases: [string, RegExp][] = [
      ['date,close\n2019-01-02,10\n2019-01-02,11\n', /dup\.csv:3: duplicate date 2019-01-02 with a different price/],
      ['date,close\n2019-01-02,0\n', /dup\.csv:2: non-positive price 0/],
      ['date,close\n2019-31-02,10\n', /dup\.csv:2: unparseable date "2019-31-02"/],
    ];
    for (const [text, message] of cases) {
      writeFileSync(join(dir, 'dup.csv'), text);
      const { code, stderr } = await run(['--stock', join(dir, 'dup.csv'), '--market', SP500, '--event', '2019-01-02']);
      expect(code).toBe(1);
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
    const missing = await run(['--stock', join(dir, 'nope.csv'), '--market', SP500, '--event', '2019-01-02']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.csv: price file not found/);
  });

  it('usage errors exit 2', async () => {
    expect((await run(['--market', SP500, '--event', '2019-01-02'])).code).toBe(2);
    expect((await run(['--stock', AAPL, '--market', SP500, '--event', '2019-01-02', '--window', 'abc'])).stderr).toMatch(/--window must be FROM,TO/);
    expect((await run(['--stock', AAPL, '--market', SP500, '--event', 'tomorrow'])).code).toBe(2);
    expect((await run(['--stock', AAPL, '--bogus'])).code).toBe(2);
    const overlap = await run(['--stock', AAPL, '--market', SP500, '--event', '2016-04-27', '--estimation', '-100,0']);
    expect(overlap.code).toBe(2); // a bad option value is a usage error (OptionError)
    expect(overlap.stderr).toMatch(/overlaps event window/);
  });
});

const REAL = '../shared/data/real';
const hasReal = existsSync(`${REAL}/SOURCES.md`);
if (!hasReal) console.warn(`skipping the Samsung --check-claim CLI test: ${REAL} is absent`);

describe.skipIf(!hasReal)('market-reaction event-study --check-claim (real Samsung data)', () => {
  it('confirms +1.95% (43600 → 44450) and reports the abnormal return', async () => {
    const { code, stdout } = await run(['--stock', `${REAL}/samsung_005930_KS.csv`, '--market', `${REAL}/kospi_KS11.csv`, '--check-claim', 'Samsung +1.95% on 2019-08-20', '--format', 'json']);
    expect(code).toBe(0);
    const claim = JSON.parse(stdout).claims[0];
    expect(claim).toMatchObject({ verdict: 'matches', previous_price: 43600, price: 44450, price_column: 'Close' });
    expect(claim.actual_change).toBeCloseTo(0.019495, 6);
    expect(claim.market_change).toBeCloseTo(0.01049, 5);
    expect(typeof claim.abnormal_return).toBe('number');
  });

  it('checks the moves of a facts file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mr-facts-'));
    writeFileSync(join(dir, 'facts.json'), JSON.stringify({ moves: [{ subject: 'Samsung Electronics', changePct: 1.95, date: '2019-08-20' }] }));
    const { code, stdout } = await run(['--stock', `${REAL}/samsung_005930_KS.csv`, '--facts', join(dir, 'facts.json'), '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).claims[0]).toMatchObject({ subject: 'Samsung Electronics', verdict: 'matches', claimed_change: 0.0195 });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify([{ subject: 'X', changePct: '1.95%' }]));
    const bad = await run(['--stock', `${REAL}/samsung_005930_KS.csv`, '--facts', join(dir, 'bad.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.json: move 1 needs subject \(string\), changePct \(number, percent\) and date/);
  });

  it('matches each claim to its file: KOSPI to the market, an unknown subject with a note', async () => {
    const { code, stdout } = await run([
      '--stock', `${REAL}/samsung_005930_KS.csv`, '--market', `${REAL}/kospi_KS11.csv`,
      '--check-claim', 'KOSPI +1.05% on 2019-08-20', '--check-claim', 'the wider market rose 1.05% on 2019-08-20',
      '--check-claim', 'Hyosung +2.0% on 2019-08-20', '--format', 'json',
    ]);
    expect(code).toBe(0);
    const [kospi, market, other] = JSON.parse(stdout).claims;
    expect(kospi).toMatchObject({ series: 'kospi_KS11', verdict: 'matches', abnormal_return: null });
    expect(kospi.actual_change).toBeCloseTo(0.01049, 5); // SOURCES.md: 1939.90 → 1960.25
    expect(market).toMatchObject({ series: 'kospi_KS11', verdict: 'matches' });
    expect(other.note).toMatch(/subject "Hyosung" matches no file name; compared with samsung_005930_KS/);
  });

  it('writes the closes as people write them (the CSV has float32 noise: 1939.900024)', async () => {
    const { code, stdout } = await run(['--stock', `${REAL}/kospi_KS11.csv`, '--check-claim', 'KOSPI +1.05% on 2019-08-20']);
    expect(code).toBe(0);
    // kospi_KS11.csv: Close 1939.900024 on 2019-08-19 and 1960.250000 on 2019-08-20 (SOURCES.md: 1939.90 → 1960.25).
    expect(stdout).toContain('2019-08-19 1939.9 → 2019-08-20 1960.25 = +1.0490%');
  });

  it('flags a wrong figure', async () => {
    const { stdout } = await run(['--stock', `${REAL}/samsung_005930_KS.csv`, '--check-claim', 'Samsung fell 1.95% on 2019-08-20']);
    expect(stdout).toMatch(/DIFFERS/);
    expect(stdout).toMatch(/difference: \+3\.8995 pp/);
  });
});
