// `market-reaction facts`: one article (json/table) and --jsonl passages in the scorer's shape.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const dir = mkdtempSync(join(tmpdir(), 'mr-facts-'));

describe('facts --jsonl', () => {
  it('writes one line per passage with moves, amounts and conversions in the scorer shape', async () => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, [
      JSON.stringify({ id: 'p1', text: 'Vega Pharma slid 1.5% to 2,300 yen (about $15) on Monday.', published: '2024-03-14' }),
      '',
      JSON.stringify({ id: 'p2', text: 'Nothing happened.', published: null }),
    ].join('\n'));
    const output = join(dir, 'out.jsonl');
    const result = await cli(['facts', '--jsonl', input, '--out', output]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        id: 'p1',
        // 2024-03-14 is a Thursday: "on Monday" is 2024-03-11
        moves: [{ subject: 'Vega Pharma', kind: 'stock', change_pct: -1.5, period: 'day', date: '2024-03-11', quote: 'Vega Pharma slid 1.5%' }],
        amounts: [{ value: 2300, currency: 'JPY', text: '2,300 yen' }, { value: 15, currency: 'USD', text: '$15' }],
        conversions: [{ from: { value: 2300, currency: 'JPY' }, to: { value: 15, currency: 'USD' }, text: '2,300 yen (about $15)' }],
      },
      { id: 'p2', moves: [], amounts: [], conversions: [] },
    ]);
  });

  it('names the file and line of a malformed passage', async () => {
    const input = join(dir, 'bad.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'ok', text: 'x' })}\n{"id": "broken", "text": 5}\n`);
    const result = await cli(['facts', '--jsonl', input]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: passage broken: "text" must be a string`));
  });
});

describe('facts ARTICLE', () => {
  it('prints the seed article facts as JSON with quotes and offsets', async () => {
    const result = await cli(['facts', 'seeds/000_fbcb48a8abd69ce1.txt', '--published', '2019-08-20', '--format', 'json']);
    expect(result.code).toBe(0);
    const facts = JSON.parse(result.stdout);
    expect(facts.moves.map((m: { changePct: number }) => m.changePct)).toEqual([1.95, 1.05]);
    expect(facts.conversions[0].quote.text).toBe('1 trillion won [$828.55 million]');
  });
  it('takes the publication date of a curated article when --published is not given', async () => {
    const result = await cli(['facts', 'seeds/000_fbcb48a8abd69ce1.txt', '--format', 'json']);
    // the seed's facts file gives published 2019-08-20, a Tuesday
    expect(JSON.parse(result.stdout).moves[0].date).toBe('2019-08-20');
  });
  it('prints a table by default', async () => {
    const result = await cli(['facts', 'seeds/000_fbcb48a8abd69ce1.txt', '--published', '2019-08-20']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^kind\s+what\s+value\s+offsets\s+quote/);
    expect(result.stdout).toContain('Samsung Electronics (stock, 005930.KS)');
  });
  it('refuses bad usage with exit 2 and a one-line message', async () => {
    expect(await cli(['facts'])).toMatchObject({ code: 2 });
    expect((await cli(['facts', 'a.txt', '--format', 'xml'])).stderr).toMatch(/--format must be json or table, got "xml"/);
    expect((await cli(['facts', 'a.txt', '--published', 'yesterday'])).stderr).toMatch(/--published must be YYYY-MM-DD, got "yesterday"/);
    expect((await cli(['facts', 'a.txt', '--bogus'])).code).toBe(2);
  });
  it('names a missing article file', async () => {
    const result = await cli(['facts', join(dir, 'missing.txt')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/missing\.txt: article not found/);
  });
});
