// An article too big for the heap is refused before the work starts (issue: exit 134 after 174 s
// on a 100 MB article): one line, exit 1, no partial output. A 64 MB heap makes a 5 MB article "huge".
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, expectOneLineError, file, tmp, type Run } from './helpers';

const BIN = join(ROOT, 'bin/market-reaction.js');

/** `node --max-old-space-size=64 market-reaction ARGS`, with `input` on standard input. */
function smallHeapCli(args: string[], input = ''): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--max-old-space-size=64', BIN, ...args], { cwd: ROOT, env: { ...process.env, MARKET_REACTION_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const seed = readFileSync(join(ROOT, 'seeds/000_fbcb48a8abd69ce1.txt'), 'utf8');
/** About 5 MB of real report text: at 48 (facts: 24) heap bytes per byte it needs ~240 (120) MB, more than a 64 MB heap holds. */
const big = `${seed}\n\n`.repeat(Math.ceil((5 * 1024 * 1024) / (seed.length + 2)));
const MESSAGE = /big\.txt: article is 5(\.\d)? MB; processing it needs about \d+ MB of memory, more than the \d+ MB this process can use \(split it into separate articles, use facts --jsonl for many articles, or raise the heap limit: node --max-old-space-size=\d+/;

describe('an article too big for the heap is refused up front, never an out-of-memory crash', () => {
  const dir = tmp();
  const article = file(dir, 'big.txt', big);

  it('analyze --out: one line naming file, size and limit, exit 1, no output folder', async () => {
    const out = join(dir, 'out');
    const run = await smallHeapCli(['analyze', article, '--max-size', '200MB', '--published', '2019-08-20', '--out', out]);
    expectOneLineError(run, 1, MESSAGE);
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('facts --out and check refuse it the same way; standard input too', async () => {
    const out = join(dir, 'facts.json');
    expectOneLineError(await smallHeapCli(['facts', article, '--max-size', '200MB', '--format', 'json', '--out', out]), 1, MESSAGE);
    expect(existsSync(out)).toBe(false);
    expectOneLineError(await smallHeapCli(['check', article, '--prices', file(dir, 'prices.csv', 'Date,Close\n2019-08-19,100\n2019-08-20,101\n')]), 1, /big\.txt: article is 5(\.\d)? MB; processing it needs/);
    expectOneLineError(await smallHeapCli(['analyze', '-', '--max-size', '200MB'], big), 1, /standard input: article is 5(\.\d)? MB; processing it needs/);
  });
});

/** `node --max-old-space-size=64 -e SCRIPT ARGS`: standard output and exit code. */
function smallHeapNode(script: string, args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--max-old-space-size=64', '-e', script, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('library callers and --jsonl passages are guarded the same way', () => {
  const dir = tmp();
  const article = file(dir, 'big.txt', big);

  it('analyzeArticle, extractFacts and extractMarketFacts of a huge string throw ArticleMemoryError before any work', async () => {
    const script = `
      const m = require(${JSON.stringify(join(ROOT, 'dist', 'index.js'))});
      const text = require('node:fs').readFileSync(process.argv[1], 'utf8');
      for (const call of [() => m.analyzeArticle(text), () => m.analyzeArticle(text, { file: 'story.txt' }), () => m.extractFacts(text), () => m.extractMarketFacts(text)]) {
        try { call(); console.log('no error'); } catch (e) { console.log(e instanceof m.ArticleMemoryError, e.message); }
      }`;
    const run = await smallHeapNode(script, [article]);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^true analyzeArticle: article is 5(\.\d)? MB; processing it needs about 2\d\d MB of memory, more than the \d+ MB this process can use/);
    expect(lines[1]).toMatch(/^true story\.txt: article is 5(\.\d)? MB; processing it needs about 2\d\d MB/);
    // the extractor alone needs half as much per byte (24, not 48)
    expect(lines[2]).toMatch(/^true extractMarketFacts: article is 5(\.\d)? MB; processing it needs about 1\d\d MB/);
    expect(lines[3]).toBe(lines[2]);
  });

  it('check --jsonl refuses a passage line too big for the heap, naming file and line', async () => {
    const passages = file(dir, 'passages.jsonl', `${JSON.stringify({ id: 'a', text: 'The S&P 500 rose 1% on Tuesday.' })}\n${JSON.stringify({ id: 'b', text: big })}\n`);
    const prices = file(dir, 'prices.csv', 'Date,Close\n2019-08-19,100\n2019-08-20,101\n');
    const run = await smallHeapCli(['check', '--jsonl', passages, '--prices', prices, '--max-size', '200MB', '--quiet', '--out', join(dir, 'out.jsonl')]);
    expectOneLineError(run, 1, /passages\.jsonl:2: article is 5(\.\d)? MB; processing it needs about/);
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false);
  });
});
