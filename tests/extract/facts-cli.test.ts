// `market-reaction facts`: one article (json/table) and --jsonl passages in the scorer's shape.
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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
  it('reports progress as kB of the file read, ending at its size (the passages are streamed)', async () => {
    const input = join(dir, 'progress.jsonl');
    const line = JSON.stringify({ id: 'p', text: `Acme rose 2% on Monday. ${'Filler words. '.repeat(200)}`, published: '2024-03-14' });
    writeFileSync(input, `${Array.from({ length: 300 }, () => line).join('\n')}\n`);
    const calls: [number, number][] = [];
    const { runJsonl } = await import('../../src/cli/commands/facts-jsonl');
    const summary = await runJsonl(input, join(dir, 'progress-out.jsonl'), { stdout: () => {}, stderr: () => {} }, undefined, (done, total) => calls.push([done, total]));
    expect(summary.passages).toBe(300);
    expect(calls).toHaveLength(300);
    const sizeKb = Math.ceil(statSync(input).size / 1024);
    expect(calls.every(([, total]) => total === sizeKb)).toBe(true);
    expect(calls.every(([done], k) => k === 0 || done >= calls[k - 1][0])).toBe(true);
    expect(calls.at(-1)).toEqual([sizeKb, sizeKb]);
    // --quiet is accepted and nothing but results is written
    const quiet = await cli(['facts', '--jsonl', input, '--quiet', '--out', join(dir, 'quiet.jsonl')]);
    expect(quiet).toMatchObject({ code: 0, stderr: '' });
  });

  it('waits for standard output to drain before the next passage (back-pressure from a slow reader)', async () => {
    const input = join(dir, 'backpressure.jsonl');
    writeFileSync(input, `${Array.from({ length: 5 }, (_, k) => JSON.stringify({ id: `b${k}`, text: 'Acme rose 2% on Monday.', published: '2024-03-14' })).join('\n')}\n`);
    const written: string[] = [];
    let release: (() => void) | undefined;
    const io = {
      stdout: (t: string) => void written.push(t),
      stderr: () => {},
      // full after every line: each write must wait for this promise before the next passage is read
      stdoutReady: () => new Promise<void>((resolve) => { release = resolve; }),
    };
    const { runJsonl } = await import('../../src/cli/commands/facts-jsonl');
    const run = runJsonl(input, undefined, io);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(written).toHaveLength(1);
    for (let k = 2; k <= 5; k += 1) {
      release!();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(written).toHaveLength(k);
    }
    release!();
    expect((await run).passages).toBe(5);
    expect(written.map((line) => JSON.parse(line).id)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
  });

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
        // confidence 0.95: a direction verb (1) × a name not in the ticker table (0.95) × a stated day (1)
        moves: [{ subject: 'Vega Pharma', kind: 'stock', change_pct: -1.5, period: 'day', date: '2024-03-11', subject_source: 'name', confidence: 0.95, quote: 'Vega Pharma slid 1.5%' }],
        amounts: [{ value: 2300, currency: 'JPY', text: '2,300 yen' }, { value: 15, currency: 'USD', text: '$15' }],
        conversions: [{ from: { value: 2300, currency: 'JPY' }, to: { value: 15, currency: 'USD' }, text: '2,300 yen (about $15)' }],
        dropped_moves: 0,
      },
      { id: 'p2', moves: [], amounts: [], conversions: [], dropped_moves: 0 },
    ]);
  });

  it('counts moves without a sign per line, filters by --min-confidence and says how many it left out', async () => {
    const input = join(dir, 'conf.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'c1', text: "The company's shares slid as much as 9 percent. Acme moved 2 percent. Vega Pharma rose 3% on Monday.", published: '2024-03-14' })}\n`);
    const result = await cli(['facts', '--jsonl', input, '--min-confidence', '0.8']);
    expect(result.code).toBe(0);
    const line = JSON.parse(result.stdout);
    expect(line.dropped_moves).toBe(1);
    // "The company" as written has confidence 0.6: below 0.8 (first, so that no company named before it is its referent)
    expect(line.moves.map((m: { subject: string }) => m.subject)).toEqual(['Vega Pharma']);
    expect(line.below_min_confidence).toBe(1);
  });

  it('leaves no output file behind when a later line is malformed', async () => {
    const input = join(dir, 'late-bad.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'ok', text: 'Oil rose 2%.' })}\nnot json\n`);
    const output = join(dir, 'never.jsonl');
    const result = await cli(['facts', '--jsonl', input, '--out', output]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/:2: invalid JSON/);
    expect(() => readFileSync(output)).toThrow();
  });

  it('refuses a --min-confidence outside 0..1', async () => {
    const result = await cli(['facts', '--jsonl', 'x.jsonl', '--min-confidence', '2']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--min-confidence must be a number from 0 to 1, got "2"/);
  });

  it('names the file and line of a malformed passage', async () => {
    const input = join(dir, 'bad.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'ok', text: 'x' })}\n{"id": "broken", "text": 5}\n`);
    const result = await cli(['facts', '--jsonl', input]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: passage broken: "text" must be a string`));
  });
});

describe('facts --jsonl reads a line at a time; --max-size bounds one line', () => {
  const passage = (id: string, pad = 0) => JSON.stringify({ id, text: `Acme rose 2% on Monday.${' '.repeat(pad)}`, published: '2024-03-14' });

  it('refuses a line longer than --max-size with one line naming file, line and limit; no output file', async () => {
    const long = mkdtempSync(join(tmpdir(), 'mr-facts-long-'));
    const input = join(long, 'long.jsonl');
    writeFileSync(input, `${passage('a')}\n${passage('b')}\n${passage('c', 3_000_000)}\n${passage('d')}\n`);
    const out = join(long, 'out.jsonl');
    const result = await cli(['facts', '--jsonl', input, '--quiet', '--max-size', '1MB', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`market-reaction: ${input}:3: line is larger than the 1 MB limit for one line (raise it with --max-size)`);
    expect(readdirSync(long)).toEqual(['long.jsonl']);
    // the line fits a larger limit
    expect((await cli(['facts', '--jsonl', input, '--quiet', '--max-size', '4MB', '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reads CRLF line ends and blank lines as the same passages as LF, numbering lines as written', async () => {
    const lf = join(dir, 'lf.jsonl');
    const crlf = join(dir, 'crlf.jsonl');
    writeFileSync(lf, `${passage('a')}\n${passage('b')}\n`);
    writeFileSync(crlf, `${passage('a')}\r\n\r\n${passage('b')}\r\n  \r\nnot json\r\n`);
    const fromLf = await cli(['facts', '--jsonl', lf, '--quiet']);
    expect(fromLf.code).toBe(0);
    // the bad line 5 is refused after a and b were written to standard output, naming its number
    const fromCrlf = await cli(['facts', '--jsonl', crlf, '--quiet']);
    expect(fromCrlf.code).toBe(1);
    expect(fromCrlf.stdout).toBe(fromLf.stdout);
    expect(fromCrlf.stdout).not.toMatch(/\r/);
    expect(fromCrlf.stderr).toMatch(/crlf\.jsonl:5: invalid JSON/);
    // without the bad line, the whole output is the same as LF's, with --out too
    writeFileSync(crlf, `${passage('a')}\r\n\r\n${passage('b')}\r\n`);
    const out = join(dir, 'crlf-out.jsonl');
    expect((await cli(['facts', '--jsonl', crlf, '--quiet', '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(fromLf.stdout);
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
    expect((await cli(['facts', 'a.txt', '--published', 'yesterday'])).stderr).toMatch(/facts: --published must be a calendar date YYYY-MM-DD, got "yesterday"/);
    expect((await cli(['facts', 'a.txt', '--bogus'])).code).toBe(2);
  });
  it('lists dropped moves under the table and counts them in JSON', async () => {
    const article = join(dir, 'dropped.txt');
    writeFileSync(article, 'Acme Corp moved 2 percent on Tuesday. Vega Pharma rose 3% on Monday.\n');
    const table = await cli(['facts', article, '--published', '2024-03-14']);
    expect(table.stdout).toContain('dropped: 1 move whose direction word gives no sign, not shown with a guessed sign:');
    expect(table.stdout).toContain('"Acme Corp moved 2 percent" (moved)');
    const json = JSON.parse((await cli(['facts', article, '--published', '2024-03-14', '--format', 'json'])).stdout);
    expect(json.droppedMoves).toBe(1);
    expect(json.dropped[0]).toMatchObject({ reason: 'unknown_direction', word: 'moved', changeText: '2 percent' });
    expect(json.moves.map((m: { subject: string }) => m.subject)).toEqual(['Vega Pharma']);
  });
  it('names a missing article file', async () => {
    const result = await cli(['facts', join(dir, 'missing.txt')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/missing\.txt: article not found/);
  });
});
