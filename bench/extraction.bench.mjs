// Extractor throughput on one core: MB of article text per CPU second (target ≥ 5 MB/s per core:
// process CPU time, user + system, so other jobs on a shared machine do not count against it; wall
// time is printed beside it), and the
// adversarial inputs of issue 5 (10 MB random bytes, a 1 MB line without spaces, 100,000 "%"
// signs, deeply nested brackets) with a linearity check (time at 2x size / time at 1x).
// Compared in the same run with what a user would reach for instead: compromise (NLP with
// .percentages(), .money(), .numbers()), on the same generated articles, plus how many gold money
// amounts of the labelled dev set (../shared/eval, skipped when absent) each one recovers.
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const { extractFacts } = require('../dist/index.js');

// Market-report sentences written for this benchmark; names and figures are varied per copy.
const TEMPLATES = [
  'Shares of {Co} rose {p} percent to {n} won on {Day}, while the benchmark {Ix} gained {q}%.',
  '{Co} said its quarterly net profit fell {p} pct to {n} billion yen ($ {m} million), missing forecasts.',
  'The company will invest {n} trillion won [${m} billion] in a new plant by 2028, the ministry said.',
  'Against the dollar, the euro edged {q}% higher to $1.{n}, and sterling eased {p} percent.',
  'Brent crude futures were down {m} cents, or {q}%, at ${n} a barrel by 0600 GMT.',
  '"We expect a volatile quarter," said an analyst at {Co}, adding that margins could shrink.',
  'Foreign investors were net sellers of shares worth {n} billion won, the exchange said on {Day}.',
  'The yield on 10-year Treasurys rose {q} basis points to 4.{n} percent after the data.',
  '{Co} and {Co2} fell {p}% and {q}%, respectively, as chip stocks slumped {p} percent on the week.',
  'Inflation rose to {q} percent in {Month}, up {p} percentage points from a year earlier.',
  'The deal values {Co2} at {n} billion Swiss francs, or about {m} billion dlrs, including debt.',
  'In other news, regulators met in Brussels to discuss the proposal, which has drawn criticism.',
  'Officials from both countries are due to meet in Seoul on {Day} to discuss the export curbs.',
  '{Co} declined to comment on the report, citing a pending regulatory review.',
  'Analysts said the move signalled a shift in strategy as demand for memory chips recovers.',
  '"This is positive for the industry, but uncertainty will remain," said a fund manager at {Co2}.',
  'The central bank kept its policy rate unchanged and said it would monitor currency markets closely.',
]; // about half the sentences carry figures, as in agency market reports
const COMPANIES = ['Samsung Electronics', 'SK hynix', 'Toyota Motor', 'Acme Industries', 'Nordwind Energy', 'Helix Biotech', 'Vega Pharma'];
const INDICES = ['KOSPI', 'Nikkei', 'S&P 500', 'Hang Seng', 'FTSE 100'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'March', 'June', 'October'];

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function articleText(bytes, seed = 1) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const parts = [];
  let size = 0;
  let paragraph = [];
  while (size < bytes) {
    const sentence = pick(TEMPLATES)
      .replace(/\{Co\}/g, () => pick(COMPANIES))
      .replace(/\{Co2\}/g, () => pick(COMPANIES))
      .replace(/\{Ix\}/g, () => pick(INDICES))
      .replace(/\{Day\}/g, () => pick(DAYS))
      .replace(/\{Month\}/g, () => pick(MONTHS))
      .replace(/\{p\}/g, () => (r() * 9).toFixed(2))
      .replace(/\{q\}/g, () => (r() * 3).toFixed(2))
      .replace(/\{n\}/g, () => String(Math.floor(r() * 900 + 100)))
      .replace(/\{m\}/g, () => String(Math.floor(r() * 90 + 10)));
    paragraph.push(sentence);
    size += sentence.length + 1;
    if (paragraph.length >= 3) {
      parts.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  parts.push(paragraph.join(' '));
  return parts.join('\n\n');
}

/** CPU seconds (user + system) of this process so far. */
function cpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function time(text, options = {}) {
  globalThis.gc?.();
  const t0 = process.hrtime.bigint();
  const c0 = cpuSeconds();
  const facts = extractFacts(text, options);
  const cpu = cpuSeconds() - c0;
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds: cpu, wall, facts: facts.length };
}

const MB = 1024 * 1024;
const mb = (text) => Buffer.byteLength(text, 'utf8') / MB;

// warm-up (JIT, chrono-node, data files): the first megabytes run slower until V8 has optimised the grammars
time(articleText(2 * MB, 7), { published: '2024-03-14' });

const article = articleText(8 * MB, 42);
const runs = [1, 2, 3].map(() => time(article, { published: '2024-03-14' }));
const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const throughput = mb(article) / best.seconds;
console.log(`article text: ${mb(article).toFixed(1)} MB, ${runs[0].facts} facts, best of 3 ${best.seconds.toFixed(2)} CPU s ` +
  `(${best.wall.toFixed(2)} s wall, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores) -> ${throughput.toFixed(1)} MB/s per core ` +
  `(target >= 5 MB/s) ${throughput >= 5 ? 'ok' : 'BELOW TARGET'}`);

compareWithCompromise();

/**
 * compromise on the same kind of text, one ~4 KB article per nlp() call as a user would run it: on one
 * large document its match views are superlinear (printed below: one 32 KB and one 64 KB document), so
 * the 8 MB text cannot be given to it whole. Both libraries get the identical article list; compromise
 * is timed on a 384 KB sample (at ~0.1 MB/s the full 8 MB would take minutes), throughput in MB/s.
 */
function compareWithCompromise() {
  let nlp;
  try {
    nlp = require('compromise');
  } catch {
    console.log('compromise comparison skipped: the devDependency compromise is not installed');
    return;
  }
  const compromiseFinds = (text) => {
    const doc = nlp(text);
    return { percentages: doc.percentages().json(), money: doc.money().json(), numbers: doc.numbers().json() };
  };
  const articles = Array.from({ length: 96 }, (_, i) => articleText(4096, 1000 + i));
  const sampleMb = articles.reduce((sum, text) => sum + mb(text), 0);
  const timeEach = (analyse) => {
    globalThis.gc?.();
    const t0 = process.hrtime.bigint();
    let found = 0;
    for (const text of articles) found += analyse(text);
    return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, found };
  };
  const ours = () => timeEach((text) => extractFacts(text, { published: '2024-03-14' }).length);
  const theirs = () => timeEach((text) => {
    const found = compromiseFinds(text);
    return found.percentages.length + found.money.length;
  });
  articles.slice(0, 4).forEach(compromiseFinds); // warm-up
  const best = (runs) => runs.sort((x, y) => x.seconds - y.seconds)[0];
  const oursBest = best([ours(), ours(), ours()]);
  const theirsBest = best([theirs(), theirs()]);
  const oursMbPerS = sampleMb / oursBest.seconds;
  const theirsMbPerS = sampleMb / theirsBest.seconds;
  const ratio = oursMbPerS / theirsMbPerS;
  const oneDocument = (kb) => {
    const text = articleText(kb * 1024, 5);
    const t0 = process.hrtime.bigint();
    compromiseFinds(text);
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
  const [small, large] = [oneDocument(32), oneDocument(64)];
  console.log(`compromise ${nlp.version} on one document: 32 KB in ${small.toFixed(2)} s, 64 KB in ${large.toFixed(2)} s ` +
    `(time ratio ${(large / small).toFixed(1)}, linear ≈ 2), so it is given one article per call`);
  console.log(`same ${articles.length} articles (${(sampleMb * 1024).toFixed(0)} KB, one call per article): ` +
    `extractFacts ${oursMbPerS.toFixed(2)} MB/s (${oursBest.found} facts, best of 3), ` +
    `compromise ${theirsMbPerS.toFixed(3)} MB/s (${theirsBest.found} percentages + money, best of 2)`);
  console.log(`market-reaction extractFacts is ${ratio >= 1 ? `${ratio.toFixed(0)}× faster` : `${(1 / ratio).toFixed(1)}× slower`} than compromise ` +
    '(which finds percentages and money but no subjects, signs, periods, conversions)');
  compareMoneyOnDevSet(compromiseFinds);
}

/**
 * Gold money amounts of the labelled dev set recovered with the right value (relative difference
 * < 1e-6, one-to-one per passage). Currency is not checked, which favours compromise: it names
 * currencies by word ("dollar", "won"); its "cent" amounts are divided by 100 for the same reason.
 */
function compareMoneyOnDevSet(compromiseFinds) {
  const passagesFile = join(here, '..', '..', 'shared', 'eval', 'extraction-dev', 'passages.jsonl');
  if (!existsSync(passagesFile)) {
    console.log(`dev-set money comparison skipped: ${passagesFile} not found`);
    return;
  }
  const passages = readFileSync(passagesFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const recovered = (predicted) => {
    let matched = 0;
    let total = 0;
    passages.forEach((passage, i) => {
      const left = [...predicted[i]];
      total += left.length;
      for (const { value } of passage.amounts) {
        const at = left.findIndex((v) => Math.abs(v - value) <= 1e-6 * Math.abs(value));
        if (at >= 0) {
          left.splice(at, 1);
          matched += 1;
        }
      }
    });
    return { matched, spurious: total - matched };
  };
  const gold = passages.reduce((sum, p) => sum + p.amounts.length, 0);
  const ours = recovered(passages.map((p) => extractFacts(p.text, p.published ? { published: p.published } : {})
    .filter((fact) => fact.kind === 'money_amount').map((fact) => fact.value)));
  const theirs = recovered(passages.map((p) => compromiseFinds(p.text).money
    .map(({ money }) => (money.currency === 'cent' ? money.num / 100 : money.num))));
  console.log(`dev set (${passages.length} passages, ${gold} gold money amounts, value only): ` +
    `extractFacts recovers ${ours.matched}/${gold} (${ours.spurious} other), ` +
    `compromise money() ${theirs.matched}/${gold} (${theirs.spurious} other)`);
}

// [make(scale), scales compared for linearity]: small inputs are scaled up for the linearity check so
// that timings are well above timer and scheduling noise.
const adversarial = {
  '10 MB random bytes (as UTF-8)': [(scale) => randomBytes(10 * MB * scale).toString('utf8'), [1, 2]],
  '1 MB line without spaces': [(scale) => 'Samsung1.95%won$'.repeat((MB * scale) / 16), [4, 8]],
  '100,000 "%" signs': [(scale) => '%'.repeat(100_000 * scale), [40, 80]],
  '100,000 "5%" with spaces': [(scale) => '5% '.repeat(100_000 * scale), [10, 20]],
  'deeply nested brackets (200,000)': [(scale) => '('.repeat(100_000 * scale) + '1 trillion won' + ')'.repeat(100_000 * scale), [20, 40]],
  'numbers and currency words, 2 MB': [(scale) => '1 trillion won [$828.55 million] rose 2% '.repeat((2 * MB * scale) / 41), [1, 2]],
};
// best of two runs each: the machine may be shared, and one slow run is not superlinearity
const bestOfTwo = (text) => [time(text), time(text)].sort((x, y) => x.seconds - y.seconds)[0];
let worstRatio = 0;
for (const [name, [make, [small, large]]] of Object.entries(adversarial)) {
  const named = make(1);
  const t = bestOfTwo(named);
  const a = bestOfTwo(make(small));
  const b = bestOfTwo(make(large));
  const ratio = (b.seconds / Math.max(a.seconds, 1e-6)) * (small / large) * 2;
  worstRatio = Math.max(worstRatio, ratio);
  console.log(`${name}: ${mb(named).toFixed(2)} MB in ${t.seconds.toFixed(3)} s (${(mb(named) / t.seconds).toFixed(1)} MB/s); ` +
    `time at ${large}x / ${small}x size, normalised to a doubling: ${ratio.toFixed(2)} (linear ≈ 2)`);
}
const streaming = streamingRun();
const linear = worstRatio < 3 && streaming.linear;
console.log(`linearity: worst 2x-size time ratio ${worstRatio.toFixed(2)}, streaming ${streaming.ratio.toFixed(2)} per doubling ${linear ? 'ok (linear)' : 'SUPERLINEAR'}`);
if (throughput < 5 || !linear || !streaming.flat) process.exitCode = 1;

/**
 * `facts --jsonl` on generated passage files of 25 MB and 100 MB (4 KB articles, one per line), each
 * in a fresh process: CPU time (linear: the 100 MB run takes about 4× the 25 MB run) and peak
 * resident memory (flat: results are written as they come, so the 100 MB run needs about what the
 * 25 MB run needs). Files go to a temporary folder, removed afterwards.
 */
function streamingRun() {
  const dir = mkdtempSync(join(tmpdir(), 'mr-bench-jsonl-'));
  const cli = join(here, '..', 'dist', 'cli', 'main.js');
  const makeFile = (megabytes) => {
    const file = join(dir, `passages-${megabytes}mb.jsonl`);
    const fd = openSync(file, 'w');
    let written = 0;
    for (let i = 0; written < megabytes * MB; i += 1) {
      const line = `${JSON.stringify({ id: `p${i}`, text: articleText(4096, 5000 + (i % 512)), published: '2024-03-14' })}\n`;
      writeSync(fd, line);
      written += Buffer.byteLength(line);
    }
    closeSync(fd);
    return file;
  };
  const run = (file) => {
    const script = `require(${JSON.stringify(cli)}).runCli(['facts', '--jsonl', ${JSON.stringify(file)}, '--out', ${JSON.stringify(`${file}.out`)}]).then((code) => {
      const u = process.resourceUsage();
      process.stderr.write(JSON.stringify({ code, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssMb: u.maxRSS / 1024 }));
    })`;
    const t0 = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const report = JSON.parse(child.stderr.slice(child.stderr.lastIndexOf('{')));
    const lines = readFileSync(`${file}.out`, 'utf8').split('\n').length - 1;
    return { ...report, wall, megabytes: statSync(file).size / MB, lines };
  };
  try {
    const small = run(makeFile(25));
    const large = run(makeFile(100));
    for (const r of [small, large]) {
      console.log(`facts --jsonl ${r.megabytes.toFixed(0)} MB (${r.lines} passages): ${r.cpu.toFixed(1)} CPU s (${r.wall.toFixed(1)} s wall), ` +
        `${(r.megabytes / r.cpu).toFixed(1)} MB/s per core, peak RSS ${r.maxRssMb.toFixed(0)} MB`);
    }
    const ratio = (large.cpu / small.cpu) * (small.megabytes / large.megabytes) * 2;
    const flat = large.maxRssMb < small.maxRssMb * 1.5;
    console.log(`streaming: 4x the input takes ${(large.cpu / small.cpu).toFixed(2)}x the CPU time (normalised to a doubling ${ratio.toFixed(2)}, linear ≈ 2); ` +
      `peak RSS ${small.maxRssMb.toFixed(0)} -> ${large.maxRssMb.toFixed(0)} MB ${flat ? 'ok (flat)' : 'GROWS WITH INPUT'}`);
    return { ratio, linear: ratio < 3, flat };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
