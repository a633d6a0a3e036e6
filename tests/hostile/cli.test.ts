/**
 * Hostile and careless input through the command line, one block per defect class of issue 13:
 * each case checks the exit code, one stderr line without stack frames, no partial file, and the
 * figure when one is printed. Inputs are generated here and kept small (the suite runs in seconds);
 * the 100 MB and growth-rate cases are in `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cli, expectNoTemporaryFiles, expectOneLineError, file, priceCsv, tmp, walk } from './helpers';

// Each case starts a few Node processes (about 0.3 s each on an idle machine); a loaded machine needs room.
vi.setConfig({ testTimeout: 300_000 });

const dir = tmp();
const stock = file(dir, 'acme.csv', priceCsv('2018-01-02', 400, walk(7)));
const market = file(dir, 'index.csv', priceCsv('2018-01-02', 400, walk(11, 2000)));
const SEED = 'seeds/000_fbcb48a8abd69ce1.txt';

describe('wrong figures are never printed with confidence', () => {
  it('1. each stock is compared with the benchmark of its own sentence', async () => {
    const article = file(dir, 'two-markets.txt', 'Sony rose 3% on Tuesday, while the Nikkei gained 2%. Samsung Electronics rose 1% on Tuesday, while the KOSPI fell 1%.\n');
    const run = await cli(['analyze', article, '--published', '2019-08-20', '--format', 'json']);
    expect(run.code).toBe(0);
    const relative = JSON.parse(run.stdout).relative_moves.map((r: Record<string, unknown>) => [r.stock, r.benchmark, r.excess_pp]);
    expect(relative).toEqual([
      ['Sony', 'Nikkei', 1],
      ['Samsung Electronics', 'KOSPI', 2],
    ]);
  });

  it('2. a minus sign on money is never dropped', async () => {
    const article = file(dir, 'negative.txt', 'The company paid $-5 million [-6 billion won] for it, and $.5 million for the rest.\n');
    const run = await cli(['analyze', article, '--format', 'json']);
    expect(run.code).toBe(0);
    const amounts = JSON.parse(run.stdout).amounts.map((a: Record<string, unknown>) => [a.value, a.currency]);
    expect(amounts).toEqual([[500000, 'USD']]);
  });

  it('3. an impossible move (below -100%) is not a move; a facts file stating one is refused', async () => {
    const article = file(dir, 'impossible.txt', 'Acme Corp shares fell 150% on Tuesday, while the KOSPI fell 1%.\n');
    const run = await cli(['analyze', article, '--published', '2019-08-20', '--format', 'json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.moves.map((m: { change_pct: number }) => m.change_pct)).toEqual([-1]);
    expect(doc.relative_moves).toEqual([]);
    const facts = file(dir, 'impossible.facts.json', JSON.stringify({ facts: [{ kind: 'price_move', id: 'm', subject: 'Acme Corp', subjectKind: 'stock', changePct: -150, period: 'day', quote: { text: 'Acme Corp', start: 0, end: 9 } }] }));
    expectOneLineError(await cli(['analyze', article, '--facts', facts]), 1, /changePct: expected a change in percent ≥ −100/);
  });

  it('4. claims use the extractor vocabulary: "tumbled" is a fall; an unknown verb is refused, never a rise', async () => {
    const kospi = file(dir, 'kospi.csv', 'Date,Close\n2018-01-02,100\n2018-01-03,98.95\n');
    const fall = await cli(['event-study', '--stock', kospi, '--check-claim', 'KOSPI tumbled 1.05% on 2018-01-03', '--format', 'json']);
    expect(fall.code).toBe(0);
    const claim = JSON.parse(fall.stdout).claims[0];
    expect(claim.claimed_change).toBeCloseTo(-0.0105, 12);
    expect(claim.verdict).toBe('matches');
    const rise = await cli(['event-study', '--stock', kospi, '--check-claim', 'KOSPI rose 1.05% on 2018-01-03', '--format', 'json']);
    expect(JSON.parse(rise.stdout).claims[0].verdict).toBe('differs');
    expectOneLineError(await cli(['event-study', '--stock', kospi, '--check-claim', 'KOSPI zigzagged 1.05% on 2018-01-03']), 1, /direction unknown/);
  });

  it('5. an event months before the data is no trading day, never moved months later', async () => {
    const run = await cli(['event-study', '--stock', stock, '--market', market, '--event', '2017-06-01', '--format', 'json']);
    expectOneLineError(run, 1, /no event could be measured/);
    const event = JSON.parse(run.stdout).events[0];
    expect(event.status).toBe('no_trading_day');
    expect(event.reason).toMatch(/no trading day within 7 calendar days after 2017-06-01/);
  });

  it('6. infinite and denormal prices are refused with file and line; absurd ones are suspect_data', async () => {
    const lines = readFileSync(stock, 'utf8').trimEnd().split('\n');
    const withPrice = (name: string, price: string) => file(dir, name, [...lines.slice(0, 200), `${lines[200].split(',')[0]},${price}`, ...lines.slice(201)].join('\n'));
    expectOneLineError(await cli(['event-study', '--stock', withPrice('inf.csv', '1e400'), '--market', market, '--event', '2019-03-01']), 1, /inf\.csv:201: price "1e400" .* not a finite number/);
    expectOneLineError(await cli(['event-study', '--stock', withPrice('den.csv', '1e-320'), '--market', market, '--event', '2019-03-01']), 1, /den\.csv:201: price "1e-320" .* too small/);
    const huge = await cli(['event-study', '--stock', withPrice('huge.csv', '1e308'), '--market', market, '--event', '2019-03-01', '--format', 'json']);
    expectOneLineError(huge, 1, /suspect_data/);
    expect(JSON.parse(huge.stdout).events[0]).toMatchObject({ status: 'suspect_data', car: null });
    // the same file with the bad row outside the windows still measures the event
    const late = await cli(['event-study', '--stock', withPrice('late.csv', '1e308'), '--market', market, '--event', '2018-03-01', '--estimation', '-30,-5', '--format', 'json']);
    expect(late.code).toBe(0);
    expect(JSON.parse(late.stdout).events[0].status).toBe('ok');
  });
});

describe('no hang, no blow-up, no stack trace', () => {
  it('7. a large article is linear work, and one beyond --max-size is refused up front', async () => {
    const sentence = 'Samsung Electronics shares rose 1.95% on Tuesday, while the KOSPI gained 1.05%. ';
    const article = file(dir, 'big.txt', sentence.repeat(Math.ceil(300_000 / sentence.length)));
    const run = await cli(['analyze', article, '--published', '2019-08-20']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('excess +0.90 pp');
    expectOneLineError(await cli(['analyze', article, '--max-size', '100k']), 1, /article is 29\d kB, larger than the 100 kB limit \(raise it with --max-size\)/);
  });

  it('8. analyze --out draws at most 5 charts of each kind', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Samsung Electronics shares rose ${i + 1}.5% on Tuesday, while the KOSPI gained 1.05%.`);
    const article = file(dir, 'many.txt', `${lines.join('\n')}\n`);
    const out = join(dir, 'many-out');
    const run = await cli(['analyze', article, '--published', '2019-08-20', '--out', out]);
    expect(run.code).toBe(0);
    const files = readdirSync(out);
    expect(files.filter((f) => f.startsWith('reaction'))).toHaveLength(15);
    expect(files.length).toBeLessThan(60);
    expect(run.stdout).toMatch(/25 comparisons and 0 spreads not drawn/);
  });

  it('9. a device is refused; an endless pipe is cut at the size limit', async () => {
    expectOneLineError(await cli(['analyze', '/dev/zero']), 1, /\/dev\/zero: is a device, not an article/);
    expectOneLineError(await cli(['event-study', '--stock', '/dev/zero', '--market', market, '--event', '2019-01-02']), 1, /is a device, not a price file/);
    expectOneLineError(await cli(['analyze', '-', '--max-size', '1MB'], { input: Buffer.alloc(3 * 1024 * 1024, 'a') }), 1, /standard input: article is larger than the 1 MB limit/);
  });

  it('10. a full standard output is one line and exit 1 in every command', async () => {
    for (const args of [['analyze', SEED], ['facts', SEED], ['chart', 'reaction'], ['event-study', '--stock', stock, '--market', market, '--event', '2019-01-02']]) {
      expectOneLineError(await cli(args, { stdoutTo: '/dev/full' }), 1, /cannot write to standard output \(no space left on device\)/);
    }
  });

  it('10. bad sizes are usage errors, not internal errors', async () => {
    expectOneLineError(await cli(['event-study', '--stock', stock, '--market', market, '--event', '2019-01-02', '--window', '-1,99999999999']), 2, /event window \[-1, 99999999999\] reaches beyond ±10,000 trading days/);
    expectOneLineError(await cli(['chart', 'ar-car', '--stock', stock, '--market', market, '--event', '2019-01-02', '--window', '-1,99999999999']), 2, /event window/);
    expectOneLineError(await cli(['chart', 'reaction', '--format', 'png', '--out', join(dir, 'tiny.png'), '--scale', '1e-9']), 2, /scale 1e-9 gives a 0 × 0 pixel image/);
    expect(existsSync(join(dir, 'tiny.png'))).toBe(false);
    expectOneLineError(await cli(['chart', 'timeline', '--stock', stock, '--market', market, '--event', '2019-13-45']), 2, /--event must be a calendar date YYYY-MM-DD, got "2019-13-45"/);
  });

  it('10. 5,000 events and a 20,001-row timeline give a result or a message', async () => {
    // 45 distinct dates, each event with its own id (an events file repeating a row without ids is refused: it would count one event twice).
    const events = file(dir, 'events.csv', `stock,date,id\n${Array.from({ length: 5000 }, (_, i) => `${stock},2019-0${(i % 5) + 1}-1${i % 9},e${i}`).join('\n')}\n`);
    const run = await cli(['event-study', '--market', market, '--events', events, '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.events).toHaveLength(5000);
    // Issue 11: the ≈5.6 M overlapping pairs are never in the main output (only with --overlaps FILE);
    // each event carries its counts instead.
    expect(json).not.toHaveProperty('overlaps');
    expect(json.events[0].overlaps.event_windows).toBeGreaterThan(100);
    const long = file(dir, 'long.csv', priceCsv('1940-01-01', 20_001, walk(3)));
    const long2 = file(dir, 'long2.csv', priceCsv('1940-01-01', 20_001, walk(5)));
    expectOneLineError(await cli(['chart', 'timeline', '--stock', long, '--market', long2]), 1, /20,001 closes; a timeline draws at most 10,000 per series/);
  });
});

describe('files are never lost, clobbered or left half-written', () => {
  it('11. on a full disk the command fails with one line and leaves no partial file', async () => {
    const disk = join(dir, 'disk');
    mkdirSync(disk);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]).status === 0;
    if (!mounted) {
      console.warn('tests/hostile: cannot mount a tmpfs here (not root?); the full-disk case runs with an injected write error in tests/io/files.test.ts');
      return;
    }
    try {
      const svg = join(disk, 'reaction.svg');
      const html = join(disk, 'g.html');
      const small = await cli(['chart', 'reaction', '--out', svg]);
      expect(small.code).toBe(0); // an SVG fits in 64 kB
      const before = readFileSync(svg);
      expectOneLineError(await cli(['chart', 'reaction', '--out', html]), 1, /g\.html: cannot write \(no space left on device\)/);
      expect(existsSync(html)).toBe(false);
      expectOneLineError(await cli(['chart', 'beta', '--out', join(disk, 'beta.html')]), 1, /no space left on device/);
      expect(readFileSync(svg)).toEqual(before); // the earlier output is intact
      expectOneLineError(await cli(['analyze', SEED, '--out', join(disk, 'out')]), 1, /no space left on device/);
      for (const name of readdirSync(join(disk, 'out'))) {
        // every file present is complete: the JSON parses
        if (name.endsWith('.json')) expect(() => JSON.parse(readFileSync(join(disk, 'out', name), 'utf8'))).not.toThrow();
      }
      expectNoTemporaryFiles(disk);
      expectNoTemporaryFiles(join(disk, 'out'));
    } finally {
      spawnSync('umount', [disk]);
    }
  });

  it('12. a folder of the user is refused unless --force; stale files of ours are removed; an input is never overwritten', async () => {
    const out = join(dir, 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'moves.csv'), 'my own data\n');
    expectOneLineError(await cli(['analyze', SEED, '--out', out]), 1, /holds 1 file\(s\) not written by market-reaction \(e\.g\. moves\.csv\).*--force/);
    expect(readFileSync(join(out, 'moves.csv'), 'utf8')).toBe('my own data\n');
    writeFileSync(join(out, 'notes.txt'), 'keep me\n');
    expect((await cli(['analyze', SEED, '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('keep me\n');

    const reused = join(dir, 'reused');
    expect((await cli(['analyze', SEED, '--out', reused])).code).toBe(0);
    expect(existsSync(join(reused, 'conversion.svg'))).toBe(true);
    const plain = file(dir, 'plain.txt', 'Samsung Electronics shares rose 2% on Tuesday, while the KOSPI gained 1%.\n');
    const second = await cli(['analyze', plain, '--published', '2019-08-20', '--out', reused]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/removed \d+ stale files of the previous run/);
    expect(existsSync(join(reused, 'conversion.svg'))).toBe(false);
    expect(JSON.parse(readFileSync(join(reused, 'market-reaction-manifest.json'), 'utf8')).files).not.toContain('conversion.svg');

    const article = file(dir, 'A.txt', readFileSync(SEED));
    const size = statSync(article).size;
    expectOneLineError(await cli(['facts', article, '--out', article]), 1, /refusing to overwrite an input file/);
    expect(statSync(article).size).toBe(size);
  });
});

describe('15. the smaller cases', () => {
  it('a folder on the path that is a file is named plainly', async () => {
    const blocker = file(dir, 'blocker', 'x');
    expectOneLineError(await cli(['chart', 'reaction', '--out', join(blocker, 'r.svg')]), 1, /cannot write \(a folder on the path is an existing file\)/);
  });

  it('a one-row price file and files sharing no days: missing_data with the reason, exit 1', async () => {
    const one = file(dir, 'one.csv', 'Date,Close\n2019-01-02,10\n');
    const run = await cli(['event-study', '--stock', one, '--market', market, '--event', '2019-01-02', '--format', 'json']);
    expectOneLineError(run, 1, /no event could be measured/);
    expect(JSON.parse(run.stdout).events[0]).toMatchObject({ status: 'missing_data', reason: expect.stringMatching(/share 1 trading day\(s\); at least 2 are needed/) });
  });

  it('ambiguous slash dates are refused; unambiguous rows decide the file', async () => {
    const ambiguous = file(dir, 'amb.csv', 'Date,Close\n01/02/2019,10\n01/03/2019,11\n');
    expectOneLineError(await cli(['event-study', '--stock', ambiguous, '--check-claim', 'amb +10% on 2019-01-03']), 1, /"01\/02\/2019" can be read as day\/month or month\/day/);
    const decided = file(dir, 'dmy.csv', 'Date,Close\n01/02/2019,10\n13/02/2019,11\n');
    const run = await cli(['event-study', '--stock', decided, '--check-claim', 'dmy +10% on 2019-02-13', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).claims[0]).toMatchObject({ previous_date: '2019-02-01', verdict: 'matches' });
  });

  it('a lone CR ends a sentence; "constructor" is no currency; a zero amount is reported and the rest goes on', async () => {
    const article = file(dir, 'cr.txt', 'Markets were calm in Acme\rHoldings shares rose 5% on Tuesday.\rIt paid 5 constructor. It paid 0 won [$5 million] and 1 trillion won [$828.55 million].');
    const run = await cli(['analyze', article, '--published', '2019-08-20', '--format', 'json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.moves.map((m: { subject: string }) => m.subject)).toEqual(['Holdings']);
    expect(doc.conversions).toHaveLength(1);
    expect(doc.conversions[0].rate).toBeCloseTo(1206.93, 2);
    expect(doc.notes[0]).toMatch(/conversion "0 won \[\$5 million\]" skipped: impliedRate: amounts must be greater than 0/);
  });

  it('usage errors exit 2, bad input 1', async () => {
    expectOneLineError(await cli(['analyze']), 2, /missing ARTICLE/);
    expectOneLineError(await cli(['analyze', SEED, '--max-size', 'lots']), 2, /--max-size needs a size such as 50MB/);
    expectOneLineError(await cli(['event-study', '--stock', stock, '--market', market, '--event', '2019-01-02', '--window', '5,1']), 2, /event window must be two integers/);
    expectOneLineError(await cli(['analyze', join(dir, 'nope.txt')]), 1, /nope\.txt: article not found/);
  });
});
