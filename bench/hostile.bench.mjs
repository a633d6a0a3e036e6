#!/usr/bin/env node
// Hostile sizes through the CLI (issue 13): `analyze` time against article size (the text summary
// must grow linearly: doubling ratios near 2, where it was 2.3-3.3 before), the 100 MB article
// (refused up front at the default --max-size, and with --max-size 200MB refused as too big for the
// heap instead of crashing out of memory), and a 1M-row
// timeline (refused with a message, not a stack overflow). Run: npm run bench -- hostile
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/market-reaction.js');
const dir = mkdtempSync(join(tmpdir(), 'mr-bench-hostile-'));
const names = ['Samsung Electronics', 'SK hynix', 'Sony', 'Toyota Motor', 'Acme Corp'];

/** Market-report text of about `bytes` bytes: every sentence has a move, a benchmark and a conversion. */
function article(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = `${names[i % names.length]} shares rose ${(i % 9) + 1}.${i % 100}% on Tuesday, while the KOSPI gained 1.05%. The firm paid 1 trillion won [$828.55 million] for it. `;
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

/** Runs the CLI; returns exit status, CPU seconds (user + sys of the child) and wall seconds. */
function run(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const [user, sys, rssKb] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { status: result.status, cpu: user + sys, wall, rssMb: rssKb / 1024, stderr: result.stderr.split('\n')[0] };
}

console.log('analyze (text summary) CPU time by article size, --published 2019-08-20:');
let previous;
for (const kb of [100, 200, 400, 800]) {
  const path = join(dir, `a${kb}.txt`);
  writeFileSync(path, article(kb * 1024));
  const r = run(['analyze', path, '--published', '2019-08-20']);
  console.log(`  ${String(kb).padStart(4)} kB: ${r.cpu.toFixed(2)} s CPU (${r.wall.toFixed(2)} s wall, ${r.rssMb.toFixed(0)} MB RSS), exit ${r.status}${previous ? `; ratio to half the size ${(r.cpu / previous).toFixed(2)}` : ''}`);
  previous = r.cpu;
}

const big = join(dir, 'a100mb.txt');
writeFileSync(big, article(100 * 1024 * 1024));
const refused = run(['analyze', big]);
console.log(`100 MB article, default --max-size: exit ${refused.status} in ${refused.wall.toFixed(2)} s: ${refused.stderr}`);
const json = run(['analyze', big, '--max-size', '200MB', '--format', 'json']);
console.log(`100 MB article, --max-size 200MB --format json: exit ${json.status}, ${json.cpu.toFixed(1)} s CPU, ${json.wall.toFixed(1)} s wall, ${json.rssMb.toFixed(0)} MB RSS${json.status ? `: ${json.stderr}` : ''}`);
rmSync(big);

const rows = ['Date,Close'];
for (let i = 0; i < 1_000_000; i++) rows.push(`${new Date(Date.UTC(1900, 0, 1 + i)).toISOString().slice(0, 10)},${100 + (i % 50)}`);
writeFileSync(join(dir, 'm1.csv'), `${rows.join('\n')}\n`);
writeFileSync(join(dir, 'm2.csv'), `${rows.join('\n')}\n`);
const timeline = run(['chart', 'timeline', '--stock', join(dir, 'm1.csv'), '--market', join(dir, 'm2.csv')]);
console.log(`chart timeline on two 1M-row files: exit ${timeline.status} in ${timeline.wall.toFixed(1)} s: ${timeline.stderr}`);
rmSync(dir, { recursive: true, force: true });
