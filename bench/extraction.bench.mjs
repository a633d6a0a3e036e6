// Extractor throughput on one core on real wire text: MB of article text per CPU second (target
// ≥ 5 MB/s per core: process CPU time, user + system, so other jobs on a shared machine do not count
// against it; wall time and load average are printed beside it), on the 100 full real market reports
// of eval/real repeated to 8 MB; `facts --jsonl` as a whole process on 1, 10 and 100 MB (CPU time
// linear, peak RSS flat); the adversarial inputs of issue 5 (10 MB random bytes, a 1 MB line without
// spaces, 100,000 "%" signs, deeply nested brackets) with a linearity check (time at 2x size / 1x).
// Compared in the same run with what a user would reach for instead: compromise (NLP with
// .percentages(), .money(), .numbers()), on the same real reports, plus how many gold money
// amounts of the labelled dev set (../shared/eval, skipped when absent) each one recovers.
// Exit 1 below the throughput target, on superlinear time or on memory growing with the input.
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

// The text: the 100 full real market reports of eval/real/reports-us and eval/real/reports-world
// (Reuters closing and intraday wraps, 2006-2013, each with its real publication date), repeated to
// size. Each copy's publication dates are moved on by one day, so a copy does not simply reuse the
// date memos of the one before (different reports may still share a date, as in a real wire corpus).
const REPORT_FILES = ['reports-us', 'reports-world'].map((set) => join(here, '..', 'eval', 'real', set, 'reports.jsonl'));
const REPORTS = REPORT_FILES.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)));
const DAY_MS = 86_400_000;
const shiftDate = (published, days) => new Date(Date.parse(published ?? '2010-01-04') + days * DAY_MS).toISOString().slice(0, 10);

/** Real reports cycled to at least `bytes` of text: [{ id, text, published }], copy n dated n days later. */
function realArticles(bytes, firstCopy = 0) {
  const articles = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const report = REPORTS[i % REPORTS.length];
    const copy = firstCopy + Math.floor(i / REPORTS.length);
    articles.push({ id: `${report.id}-${copy}`, text: report.text, published: shiftDate(report.published, copy) });
    size += Buffer.byteLength(report.text, 'utf8');
  }
  return articles;
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

/** CPU and wall seconds of extractFacts over a list of articles, one call per article. */
function timeArticles(articles) {
  globalThis.gc?.();
  const t0 = process.hrtime.bigint();
  const c0 = cpuSeconds();
  let facts = 0;
  for (const a of articles) facts += extractFacts(a.text, { published: a.published }).length;
  return { seconds: cpuSeconds() - c0, wall: Number(process.hrtime.bigint() - t0) / 1e9, facts };
}
const sizeOf = (articles) => articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0) / MB;

// The code before the speed work of issue 9 on this same bench, same machine, alternating with the new code:
// d9a62ac 2.50 and 3.05 MB/s per core (load average 12-14); main at 1385531 (the moves and money rules of
// issue 9 added, which cost time) with the old date memo, numbers and direction tables 2.07 (load 5). README.
const BEFORE = { mbPerS: [2.5, 3.05], commit: 'd9a62ac', merged: { mbPerS: 2.07, commit: '1385531' } };

// warm-up (JIT, chrono-node, data files): the first megabytes run slower until V8 has optimised the grammars
timeArticles(realArticles(1 * MB, 10_000));
// each run on copies dated differently from every other run's, so no run finds the dates of another in the memos
const corpus = realArticles(8 * MB);
const runs = [0, 1, 2].map((run) => timeArticles(run === 0 ? corpus : realArticles(8 * MB, 1000 * run)));
const best = runs.reduce((x, y) => (y.seconds < x.seconds ? y : x));
const throughput = sizeOf(corpus) / best.seconds;
console.log(`real market reports (${REPORTS.length} full reports of eval/real/reports-us and reports-world, repeated to size, ` +
  `each copy dated one day later): ${sizeOf(corpus).toFixed(1)} MB, ${corpus.length} articles, ${best.facts} facts, ` +
  `best of 3 (each on its own dates) ${best.seconds.toFixed(2)} CPU s (${best.wall.toFixed(2)} s wall, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores) ` +
  `-> ${throughput.toFixed(2)} MB/s per core (target >= 5 MB/s) ${throughput >= 5 ? 'ok' : 'BELOW TARGET'}; ` +
  `before the speed work: ${BEFORE.mbPerS.join(' and ')} MB/s per core (${BEFORE.commit}), ` +
  `${BEFORE.merged.mbPerS} MB/s with the later move and money rules (${BEFORE.merged.commit})`);

// --quick: the throughput figure alone (for comparing commits while working; the full run also streams 111 MB)
if (process.argv.includes('--quick')) {
  process.exitCode = throughput >= 5 ? 0 : 1;
} else {
  compareWithCompromise();
  checkLinearity();
}

/**
 * compromise on the same real reports, one report per nlp() call as a user would run it: on one
 * large document its match views are superlinear (printed below: one 32 KB and one 64 KB document), so
 * the 8 MB text cannot be given to it whole. Both libraries get the identical 96 reports (about 280 KB;
 * at ~0.1 MB/s compromise would take minutes on 8 MB), CPU time, throughput in MB/s.
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
  const articles = REPORTS.slice(0, 96).map((r) => r.text);
  const sampleMb = articles.reduce((sum, text) => sum + mb(text), 0);
  const timeEach = (analyse) => {
    globalThis.gc?.();
    const c0 = cpuSeconds();
    let found = 0;
    for (const text of articles) found += analyse(text);
    return { seconds: cpuSeconds() - c0, found };
  };
  const ours = () => timeEach((text) => extractFacts(text, { published: '2010-06-01' }).length);
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
    const text = realArticles(kb * 1024).map((a) => a.text).join('\n\n').slice(0, kb * 1024);
    const c0 = cpuSeconds();
    compromiseFinds(text);
    return cpuSeconds() - c0;
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

function checkLinearity() {
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
}

/**
 * `facts --jsonl` as a whole process on passage files of 1, 10 and 100 MB (the real reports, one per
 * line, each copy dated a day later), each in a fresh process: CPU time (linear: 10x the input takes
 * about 10x the time) and peak resident memory (flat: results are written as they come, so the 100 MB
 * run needs about what the 10 MB run needs). Files go to a temporary folder, removed afterwards.
 */
function streamingRun() {
  const dir = mkdtempSync(join(tmpdir(), 'mr-bench-jsonl-'));
  const cli = join(here, '..', 'dist', 'cli', 'main.js');
  const makeFile = (megabytes) => {
    const file = join(dir, `passages-${megabytes}mb.jsonl`);
    const fd = openSync(file, 'w');
    let written = 0;
    for (let i = 0; written < megabytes * MB; i += 1) {
      const report = REPORTS[i % REPORTS.length];
      const copy = Math.floor(i / REPORTS.length);
      const line = `${JSON.stringify({ id: `${report.id}-${copy}`, text: report.text, published: shiftDate(report.published, copy) })}\n`;
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
    rmSync(`${file}.out`);
    return { ...report, wall, megabytes: statSync(file).size / MB, lines };
  };
  try {
    const results = [1, 10, 100].map((megabytes) => {
      const file = makeFile(megabytes);
      const r = run(file);
      rmSync(file);
      console.log(`facts --jsonl ${r.megabytes.toFixed(0).padStart(3)} MB (${r.lines} reports): ${r.cpu.toFixed(1)} CPU s (${r.wall.toFixed(1)} s wall), ` +
        `${(r.megabytes / r.cpu).toFixed(2)} MB/s per core with start-up, peak RSS ${r.maxRssMb.toFixed(0)} MB`);
      return r;
    });
    const [one, ten, hundred] = results;
    // per-MB CPU time from 10 to 100 MB (the 1 MB run is mostly start-up); doubling-normalised as above
    const ratio = 2 ** (Math.log2(hundred.cpu / ten.cpu) / Math.log2(hundred.megabytes / ten.megabytes));
    // flat: 10x the input (10 -> 100 MB) may not need 1.5x the memory. The 1 MB run is printed but not the
    // reference: it ends before V8 has sized its heap for a long run (every cache in src/extract is bounded)
    const flat = hundred.maxRssMb < ten.maxRssMb * 1.5;
    console.log(`streaming: 10x the input (10 -> 100 MB) takes ${(hundred.cpu / ten.cpu).toFixed(2)}x the CPU time (per doubling ${ratio.toFixed(2)}, linear = 2); ` +
      `peak RSS ${one.maxRssMb.toFixed(0)} / ${ten.maxRssMb.toFixed(0)} / ${hundred.maxRssMb.toFixed(0)} MB at 1 / 10 / 100 MB, ` +
      `${(hundred.maxRssMb / ten.maxRssMb).toFixed(2)}x from 10 to 100 MB ${flat ? 'ok (flat: < 1.5x for 10x the input)' : 'GROWS WITH INPUT'}`);
    return { ratio, linear: ratio < 2.3, flat };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
