import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';

const ROOT = join(__dirname, '..', '..');
const SEED = join(ROOT, 'seeds', '000_fbcb48a8abd69ce1.txt');
const SEED_FACTS = join(ROOT, 'data', 'articles', '000_fbcb48a8abd69ce1.facts.json');
const tmp = mkdtempSync(join(tmpdir(), 'mr-cli-analyze-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['analyze', ...argv], { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The seed facts file with one fact edited. */
function editedFacts(name: string, edit: (facts: Record<string, unknown>[]) => void): string {
  const doc = JSON.parse(readFileSync(SEED_FACTS, 'utf8'));
  edit(doc.facts);
  return file(name, JSON.stringify(doc));
}

describe('analyze on the seed', () => {
  it('prints the moves, relative move and rate with units and sources', async () => {
    const { code, stdout, stderr } = await run(SEED);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    // The figures of the issue: 1.95 and 1.05 from the article; 1.95 − 1.05 = 0.90 pp;
    // (1.0195 / 1.0105 − 1) · 100 = 0.89 %; 1e12 / 828.55e6 = 1,206.93 KRW per USD.
    for (const figure of ['Samsung Electronics +1.95%', 'KOSPI +1.05%', 'excess +0.90 pp', 'relative +0.89%', 'multiple 1.86×', '1,206.93 KRW per USD', '0.00082855 USD per KRW']) {
      expect(stdout).toContain(figure);
    }
    expect(stdout).toContain('“Samsung Electronics shares ended up 1.95% on Tuesday, leading the wider market’s gain of');
    // β = 0.5: 1.95 − 0.525 = 1.425 → +1.43; β = 1.5: 1.95 − 1.575 = 0.375 → +0.38.
    expect(stdout).toMatch(/AR %\s+\+1\.43\s+\+1\.32.*\+0\.38/);
    expect(stdout).toMatch(/2019\s+KRW\s100,000,000,000\s+USD\s82,855,000\.00/);
  });

  it('--format json prints one document with the same figures', async () => {
    const { code, stdout } = await run(SEED, '--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.article).toMatchObject({ published: '2019-08-20', source: 'Reuters', facts_origin: 'curated' });
    expect(doc.moves.map((m: { change_pct: number }) => m.change_pct)).toEqual([1.95, 1.05]);
    expect(doc.relative_moves[0]).toMatchObject({ excess_pp: 0.9, relative_pct: 0.890648193963, multiple: 1.85714285714 });
    expect(doc.conversions[0]).toMatchObject({ rate: 1206.92776537, base_currency: 'USD', quote_currency: 'KRW', inverse_rate: 0.00082855, rate_text: '1,206.93 KRW per USD' });
    expect(doc.beta_sensitivity).toHaveLength(11);
    expect(doc.conversion_spread).toHaveLength(10);
  });

  it('--out writes CSV and JSON of every table', async () => {
    const out = join(tmp, 'out');
    const { code, stdout } = await run(SEED, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Wrote \d+ files to .*out: moves\.csv, moves\.json/);
    expect(readdirSync(out)).toContain('conversion_spread.csv');
    const csv = readFileSync(join(out, 'relative_moves.csv'), 'utf8').split('\n');
    expect(csv[0].charCodeAt(0)).toBe(0xfeff); // UTF-8 byte-order mark for Excel
    expect(csv[0].split(',').slice(8, 11)).toEqual(['excess_pp', 'relative_pct', 'multiple']);
    expect(csv[1].split(',').slice(8, 11)).toEqual(['0.9', '0.890648193963', '1.85714285714']);
    expect(JSON.parse(readFileSync(join(out, 'analysis.json'), 'utf8')).amounts[1].value).toBe(828_550_000);
  });

  it('takes the spread convention and beta grid', async () => {
    const { stdout } = await run(SEED, '--format', 'json', '--spread', 'pro_rata_days', '--betas', '0:2:1');
    const doc = JSON.parse(stdout);
    // 2019 has 134 of the 3,422 days of 2019-08-20 … 2028-12-31.
    expect(doc.conversion_spread[0].share).toBeCloseTo(134 / 3422, 10);
    expect(doc.beta_sensitivity.map((r: { beta: number }) => r.beta)).toEqual([0, 1, 2]);
  });

  it('--help explains the options', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    for (const option of ['--out DIR', '--format table|json', '--published DATE', '--facts FILE', '--spread', '--betas']) expect(stdout).toContain(option);
  });
});

describe('analyze with a facts file', () => {
  it('uses the facts of --facts FILE', async () => {
    const { code, stdout } = await run(SEED, '--facts', SEED_FACTS, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).article.facts_origin).toBe('facts_file');
  });
});

describe('an article without facts', () => {
  it('exits 0 and says so', async () => {
    const { code, stdout } = await run(file('quiet.txt', 'The council met on Monday and discussed parking.\n'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/quiet\.txt: no market facts found/);
  });
});

describe('bad input: one line, non-zero exit, no stack trace', () => {
  const cases: [string, () => string[], number, RegExp][] = [
    ['a missing file', () => [join(tmp, 'missing.txt')], 1, /missing\.txt: article not found$/],
    ['a directory', () => [tmp], 1, /is a directory; expected an article/],
    ['an empty file', () => [file('empty.txt', '')], 1, /empty\.txt: article is empty$/],
    ['a binary file', () => [file('binary.bin', Buffer.from([0x47, 0x49, 0x46, 0x00, 0xff]))], 1, /binary\.bin: article is binary \(NUL byte at offset 3\)/],
    ['an unknown option', () => [SEED, '--colour'], 2, /analyze: Unknown option '--colour'/],
    ['a bad --format', () => [SEED, '--format', 'xml'], 2, /--format must be table or json, got "xml"/],
    ['a bad --published', () => [SEED, '--published', '20/08/2019'], 2, /analyze: --published must be a calendar date YYYY-MM-DD, got "20\/08\/2019"/],
    ['a bad --betas', () => [SEED, '--betas', '0.5-1.5'], 2, /--betas must be FROM:TO:STEP/],
    ['no article', () => [], 2, /analyze: missing ARTICLE/],
    ['a facts file with a wrong offset', () => [SEED, '--facts', editedFacts('offset.json', (facts) => {
      const quote = facts[0].quote as { start: number; end: number };
      quote.start += 2;
      quote.end += 2;
    })], 1, /offset\.json: fact "move-samsung": quote at 2031\.\.2083 expected "Samsung Electronics shares ended up 1\.95% on Tuesday" but the article has "msung/],
    ['a negative amount', () => [SEED, '--facts', editedFacts('negative.json', (facts) => {
      facts[2].value = -1e12;
    })], 1, /negative\.json: facts\[2\] "amount-hyosung-krw"\.value: expected a non-negative finite number of currency units, got -1000000000000/],
    ['a NaN amount', () => [SEED, '--facts', editedFacts('nan.json', (facts) => {
      (facts[4].to as { value: unknown }).value = 'NaN';
    })], 1, /nan\.json: facts\[4\] "conversion-hyosung"\.to\.value: expected a non-negative finite number of currency units, got "NaN"/],
    ['an unknown currency code', () => [SEED, '--facts', editedFacts('currency.json', (facts) => {
      facts[3].currency = 'USX';
    })], 1, /currency\.json: facts\[3\] "amount-hyosung-usd"\.currency: expected an ISO 4217 currency code \(unknown currency code\), got "USX"/],
    ['a facts file that is not JSON', () => [SEED, '--facts', file('broken.json', '{ "facts": [ }')], 1, /broken\.json(:\d+)?: invalid JSON/],
    ['a missing facts file', () => [SEED, '--facts', join(tmp, 'nofacts.json')], 1, /nofacts\.json: facts file not found$/],
  ];
  it.each(cases)('%s', async (_, argv, exitCode, message) => {
    const { code, stdout, stderr } = await run(...argv());
    expect(code).toBe(exitCode);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^market-reaction: /);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
