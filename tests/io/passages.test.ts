// The JSON-lines passage loop shared by `facts --jsonl` and `check --jsonl` (src/io/passages.ts): both commands
// name standard input, refuse an empty file, write --out atomically (also on Ctrl-C) and write a FIFO directly.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachPassage, parsePassage } from '../../src/io/passages';
import { cli, ROOT, tmp } from '../hostile/helpers';

const SP500 = join(ROOT, 'node_modules', 'vega-datasets', 'data', 'sp500-2000.csv');
const BIN = join(ROOT, 'bin', 'market-reaction.js');
const passage = (id: string, text = 'The S&P 500 rose 1.2% on Tuesday.') => JSON.stringify({ id, text, published: '2008-10-15' });
/** Both commands, with the arguments each needs besides --jsonl. */
const COMMANDS: [string, string[]][] = [
  ['facts', ['facts']],
  ['check', ['check', '--prices', SP500, '--no-abnormal']],
];

describe('parsePassage', () => {
  it('reads id, text and published, and names file, line and value of a bad one', () => {
    const where = { file: 'p.jsonl', line: 3 };
    expect(parsePassage('{"id":7,"text":"x","published":null}', where)).toEqual({ id: 7, text: 'x', where });
    expect(parsePassage('{"id":"a","text":"x","published":"2008-10-15"}', where).published).toBe('2008-10-15');
    expect(() => parsePassage('{"id":"a","text":"x","published":"15/10/2008"}', where)).toThrow('p.jsonl:3: passage a: "published" must be YYYY-MM-DD or null');
    expect(() => parsePassage('{"id":"a","text":"x","published":"2008-13-45"}', where)).toThrow('"published" must be YYYY-MM-DD or null');
    expect(() => parsePassage('{"text":"x"}', where)).toThrow('p.jsonl:3: missing "id" (a string)');
    expect(() => parsePassage('{"id":"a","text":3}', where)).toThrow('passage a: "text" must be a string');
    expect(() => parsePassage('{"id":', where)).toThrow(/^p\.jsonl:3: invalid JSON/);
  });
});

describe('forEachPassage', () => {
  it('writes one line per passage, skips blank lines, counts them and reports kB read', async () => {
    const dir = tmp('mr-passages-');
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${passage('a')}\n\n${passage('b')}\r\n`);
    const out: string[] = [];
    const progress: [number, number][] = [];
    const count = await forEachPassage(input, { stdout: (t) => void out.push(t) }, (p) => JSON.stringify({ id: p.id, line: p.where.line }), { onProgress: (d, t) => progress.push([d, t]) });
    expect(count).toBe(2);
    expect(out).toEqual(['{"id":"a","line":1}\n', '{"id":"b","line":3}\n']);
    expect(progress).toEqual([[1, 1], [1, 1]]);
  });

  it('a handler error leaves no --out file (and no temporary file)', async () => {
    const dir = tmp('mr-passages-');
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${passage('a')}\n${passage('b')}\n`);
    const failing = (p: { id: string | number }) => {
      if (p.id === 'b') throw new Error('boom');
      return '{}';
    };
    await expect(forEachPassage(input, { out: join(dir, 'out.jsonl'), stdout: () => {} }, failing)).rejects.toThrow('boom');
    expect(readdirSync(dir)).toEqual(['in.jsonl']);
  });
});

describe.each(COMMANDS)('%s --jsonl through the shared loop', (_name, args) => {
  it('an empty file (blank lines only) is refused in one line, from a file and from standard input, with no --out file', async () => {
    const dir = tmp('mr-passages-');
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '\n  \n');
    const fromFile = await cli([...args, '--jsonl', empty, '--quiet', '--out', join(dir, 'out.jsonl')]);
    expect(fromFile).toMatchObject({ code: 1, stdout: '', stderr: `market-reaction: ${empty}: passages file is empty (no passage lines)\n` });
    expect(readdirSync(dir)).toEqual(['empty.jsonl']);
    const fromStdin = await cli([...args, '--jsonl', '-', '--quiet'], { input: '\n' });
    expect(fromStdin).toMatchObject({ code: 1, stdout: '', stderr: 'market-reaction: standard input: passages file is empty (no passage lines)\n' });
  });

  it('names standard input and the line of a bad passage; the lines before it are on standard output', async () => {
    const run = await cli([...args, '--jsonl', '-', '--quiet'], { input: `${passage('a')}\n{"id":"b","text":"x","published":"Oct 15"}\n` });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('market-reaction: standard input:2: passage b: "published" must be YYYY-MM-DD or null\n');
    expect(run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).id)).toEqual(['a']);
  });

  it('writes a FIFO directly (it stays a FIFO; nothing is renamed onto it)', async () => {
    const dir = tmp('mr-passages-');
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${passage('a')}\n${passage('b')}\n`);
    const fifo = join(dir, 'out.fifo');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo here
    const received = new Promise<string>((done) => {
      let text = '';
      createReadStream(fifo).on('data', (d) => (text += d)).on('end', () => done(text));
    });
    const run = await cli([...args, '--jsonl', input, '--quiet', '--out', fifo]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    // the old code renamed a regular file onto the FIFO: the reader then never saw an end
    const text = await Promise.race([received, new Promise<string>((done) => setTimeout(() => done('timed out'), 15000))]);
    expect(text.split('\n').filter(Boolean).map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['in.jsonl', 'out.fifo']);
  }, 30000);

  it('Ctrl-C (SIGINT) while writing --out leaves neither the file nor its temporary file', async () => {
    const dir = tmp('mr-passages-');
    const out = join(dir, 'out.jsonl');
    const child = spawn(process.execPath, [BIN, ...args, '--jsonl', '-', '--quiet', '--out', out], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('close', (_code, signal) => done(signal)));
    child.stdin!.write(`${passage('a')}\n`);
    // The output is open (its temporary file exists) once the first passage was read: then interrupt.
    for (let waited = 0; readdirSync(dir).length === 0 && waited < 20000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dir)[0]).toMatch(/^\.out\.jsonl\.\d+\.\d+\.tmp$/);
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    expect(stderr).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  }, 30000);
});

describe('facts --jsonl and check --jsonl agree on the same bad files', () => {
  it('the same one-line messages for a line too long, invalid JSON and a missing input', async () => {
    const dir = tmp('mr-passages-');
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${passage('a')}\n{"id": "b", "text": \n`);
    const long = join(dir, 'long.jsonl');
    writeFileSync(long, `${passage('a', 'x'.repeat(3000))}\n`);
    for (const [, args] of COMMANDS) {
      expect((await cli([...args, '--jsonl', bad, '--quiet'])).stderr).toMatch(new RegExp(`^market-reaction: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: invalid JSON \\(`));
      expect((await cli([...args, '--jsonl', long, '--quiet', '--max-size', '2k'])).stderr).toMatch(/long\.jsonl:1: line is 3(\.\d)? kB, larger than the 2 kB limit for one line \(raise it with --max-size\)\n$/);
      const missing = await cli([...args, '--jsonl', join(dir, 'nope.jsonl'), '--quiet', '--out', join(dir, 'o.jsonl')]);
      expect(missing).toMatchObject({ code: 1, stderr: `market-reaction: ${join(dir, 'nope.jsonl')}: passages file not found\n` });
      expect(existsSync(join(dir, 'o.jsonl'))).toBe(false);
    }
    // --out naming the input is refused before anything is written, and the input is intact
    const before = readFileSync(bad, 'utf8');
    for (const [, args] of COMMANDS) expect((await cli([...args, '--jsonl', bad, '--quiet', '--out', bad])).stderr).toMatch(/refusing to overwrite an input file of this run/);
    expect(readFileSync(bad, 'utf8')).toBe(before);
  }, 60000);
});
