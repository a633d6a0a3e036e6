// Byte-identity check for speed work on the extractor: runs the built extractMarketFacts (every fact
// with its quote, offsets, confidence, subject source, and the dropped list) over every eval/real/**/*.jsonl
// passage, the shared dev passages, the seed, and ~2,000 ReutersNews 2006-2009 bodies read with git from
// the corpus mirror (2010 onward is reserved for independent evaluation and never read), then compares each
// article's JSON with a baseline saved from the commit the speed work started at. The corpus is run twice,
// in order and in reverse, so a memo that leaks state from one article into the next shows up as a difference.
//
//   npm run build && node bench/extraction-identity.mjs --save   # on the starting commit: write the baseline
//   npm run build && node bench/extraction-identity.mjs          # after each change: exit 1 on any difference
//
// Options: --baseline FILE (default out/extraction-identity-baseline.jsonl, git-ignored), --reuters N (default 2000).
// The mirror is optional (skipped with a note when absent); the baseline records which articles it covered.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { SEALED_SETS } from '../scripts/sealed-sets.mjs';
import { MIRROR, corpusPaths, hasMirror, readArticles } from './reuters-corpus.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const { extractMarketFacts } = require('../dist/index.js');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const save = args.includes('--save');
const baselineFile = option('--baseline', join(root, 'out', 'extraction-identity-baseline.jsonl'));
const reutersCount = Number(option('--reuters', '2000'));

/** Every *.jsonl under dir, sorted. */
function jsonlFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...jsonlFiles(path));
    else if (name.endsWith('.jsonl')) found.push(path);
  }
  return found;
}

/** [{ key, text, published }] of one passages file. */
function passagesOf(file) {
  const rel = relative(root, file);
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line, i) => {
    const p = JSON.parse(line);
    return { key: `${rel}#${i + 1}:${p.id}`, text: p.text, published: p.published ?? undefined };
  });
}

/** ~n Reuters bodies from the 2006-2009 folders only, evenly spaced over the sorted file list. */
function reutersBodies(n) {
  if (!hasMirror()) {
    console.log(`note: ${MIRROR} not found, Reuters bodies skipped`);
    return [];
  }
  const paths = corpusPaths();
  const step = paths.length / n;
  const chosen = Array.from({ length: Math.min(n, paths.length) }, (_, i) => paths[Math.floor(i * step)]);
  return readArticles(chosen).map(({ path, text, published }) => ({ key: `reuters:${path}`, text, published }));
}

const seedDir = join(root, '..', 'shared', 'seeds');
const devFile = join(root, '..', 'shared', 'eval', 'extraction-dev', 'passages.jsonl');
const articles = [
  ...jsonlFiles(join(root, 'eval', 'real')).flatMap(passagesOf),
  ...(existsSync(devFile) ? passagesOf(devFile) : []),
  ...(existsSync(seedDir) ? readdirSync(seedDir).sort().map((name) => ({ key: `seed:${name}`, text: readFileSync(join(seedDir, name), 'utf8') })) : []),
  ...reutersBodies(reutersCount),
];

const run = (list) => {
  const results = new Map();
  for (const a of list) results.set(a.key, JSON.stringify(extractMarketFacts(a.text, { published: a.published })));
  return results;
};
const t0 = process.hrtime.bigint();
const forward = run(articles);
const backward = run([...articles].reverse());
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0);
const digest = createHash('sha256');
for (const a of articles) digest.update(`${a.key}\t${forward.get(a.key)}\n`);
const summary = `${articles.length} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB, twice (in order and reversed) in ${seconds.toFixed(1)} s; output sha256 ${digest.digest('hex').slice(0, 16)}`;

let orderDiffs = 0;
for (const a of articles) {
  if (forward.get(a.key) !== backward.get(a.key)) {
    orderDiffs += 1;
    if (orderDiffs <= 5) console.log(`ORDER-DEPENDENT: ${a.key} differs between the in-order and the reversed run`);
  }
}

if (save) {
  mkdirSync(dirname(baselineFile), { recursive: true });
  writeFileSync(baselineFile, articles.map((a) => `${JSON.stringify({ key: a.key, facts: forward.get(a.key) })}\n`).join(''));
  console.log(`baseline saved to ${baselineFile}: ${summary}`);
  process.exitCode = orderDiffs ? 1 : 0;
} else {
  if (!existsSync(baselineFile)) {
    console.error(`no baseline at ${baselineFile}: run with --save on the starting commit first`);
    process.exit(1);
  }
  const baseline = new Map(readFileSync(baselineFile, 'utf8').split('\n').filter(Boolean).map((line) => {
    const { key, facts } = JSON.parse(line);
    return [key, facts];
  }));
  let diffs = 0;
  let missing = 0;
  for (const a of articles) {
    const before = baseline.get(a.key);
    if (before === undefined) {
      missing += 1;
      continue;
    }
    const now = forward.get(a.key);
    if (before !== now) {
      diffs += 1;
      // a sealed set's text and facts are never shown (scripts/sealed-sets.mjs): its key says which item differs
      if (SEALED_SETS.has(a.key.split('/')[2])) console.log(`DIFFERENT: ${a.key} (a sealed held-out set: not shown)`);
      else if (diffs <= 5) {
        let k = 0;
        while (k < before.length && before[k] === now[k]) k += 1;
        console.log(`DIFFERENT: ${a.key} at char ${k}\n  before: …${before.slice(Math.max(0, k - 80), k + 120)}\n  now:    …${now.slice(Math.max(0, k - 80), k + 120)}`);
      }
    }
  }
  const notRun = [...baseline.keys()].filter((key) => !forward.has(key)).length;
  console.log(`${summary}; ${diffs} different from the baseline, ${orderDiffs} order-dependent, ` +
    `${missing} not in the baseline, ${notRun} baseline articles not run`);
  process.exitCode = diffs || orderDiffs || missing || notRun ? 1 : 0;
  if (!process.exitCode) console.log('identical');
}
