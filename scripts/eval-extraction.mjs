#!/usr/bin/env node
// `npm run eval:extraction`: builds the package, runs `market-reaction facts --jsonl` on every labelled
// set and scores it with the shared scorer (../shared/eval/score-extraction.mjs):
//   - shared:  ../shared/eval/extraction-dev (60 passages used while writing the grammar); targets
//              F1 ≥ 0.90 moves, ≥ 0.95 amounts and conversions — a miss exits 1 (a regression guard);
//   - real:    eval/real/reports-us, eval/real/reports-world, eval/real/passages, eval/real/money (labelled
//              real text, in this repository) and all four pooled; issue 9's targets (moves ≥ 0.95, amounts ≥ 0.97,
//              conversions ≥ 0.95) are printed with ok / BELOW TARGET (exit 1 only with --strict);
//   - holdout: eval/real/holdout, real text kept out of development (issue 9's unseen-text goal, moves ≥ 0.90);
//   - holdout2: eval/real/holdout2, a second held-out set (same targets), labelled while holdout was used for tuning;
//              sealed until stop 16, a development set from stop 17 on (see its README);
//   - holdout3: eval/real/holdout3, a third held-out set (same targets), labelled while holdout2 was used for tuning;
//              sealed at stop 17, a development set from stop 18 on (see its README);
//   - holdout4: eval/real/holdout4, a fourth held-out set (same targets, sealed), labelled while holdout3 was used for
//              tuning;
//   - holdout5: eval/real/holdout5, a fifth held-out set (same targets, sealed), drawn at the end of stop 18
//              to be the sealed set from stop 19 on, when holdout4 goes into tuning.
// A set whose files are absent is skipped with one line; without the scorer nothing can be scored.
// Options: --verbose (missed and spurious items; sealed sets only with --unseal), --no-build, --strict, --only NAME.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { SEALED_SETS } from './sealed-sets.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = process.env.MARKET_REACTION_EVAL_DIR ?? resolve(root, '..', 'shared', 'eval');
const scorer = join(evalDir, 'score-extraction.mjs');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const SHARED_TARGETS = { moves: 0.9, amounts: 0.95, conversions: 0.95 };
const REAL_TARGETS = { moves: 0.95, amounts: 0.97, conversions: 0.95 };
const HELD_OUT_TARGETS = { moves: 0.9, amounts: 0.97, conversions: 0.95 };
const realDir = join(root, 'eval', 'real');
const batches = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => /^batch-\d+\.jsonl$/.test(f)).sort().map((f) => join(dir, f)) : []);
const SETS = [
  { name: 'shared', files: [join(evalDir, 'extraction-dev', 'passages.jsonl')], targets: SHARED_TARGETS, guard: true },
  { name: 'reports-us', files: [join(realDir, 'reports-us', 'reports.jsonl')], targets: REAL_TARGETS },
  { name: 'reports-world', files: [join(realDir, 'reports-world', 'reports.jsonl')], targets: REAL_TARGETS },
  { name: 'passages', files: batches(join(realDir, 'passages')), targets: REAL_TARGETS },
  { name: 'money', files: batches(join(realDir, 'money')), targets: REAL_TARGETS },
];
SETS.push({ name: 'real (pooled)', files: SETS.slice(1).flatMap((s) => s.files), targets: REAL_TARGETS });
// The former held-out set (eval/real/holdout/README.md): used for tuning from stop 16 on (the new held-out set is
// eval/real/holdout2); scored apart, not pooled with the development sets above, so the earlier figures compare.
SETS.push({ name: 'holdout', files: [join(realDir, 'holdout', 'reports.jsonl'), join(realDir, 'holdout', 'passages.jsonl')], targets: HELD_OUT_TARGETS });
// Sealed: a verbose listing would show the texts and misses to whoever is tuning, which would end its use as a held-out set.
// holdout2 was sealed until stop 16 and is a development set from stop 17 on: its misses are listed like the others'.
SETS.push({ name: 'holdout2', files: [join(realDir, 'holdout2', 'reports.jsonl'), join(realDir, 'holdout2', 'passages.jsonl')], targets: HELD_OUT_TARGETS });
// The held-out set of stop 17 (eval/real/holdout3/README.md), drawn when holdout2 went into tuning; sealed until stop
// 17, a development set from stop 18 on (no longer sealed).
SETS.push({ name: 'holdout3', files: [join(realDir, 'holdout3', 'reports.jsonl'), join(realDir, 'holdout3', 'passages.jsonl')], targets: HELD_OUT_TARGETS });
// Whole company-news articles (eval/real/articles/README.md), a development set from stop 18 on: moves only (amounts
// and conversions are not labelled), so the predictions' amounts and conversions are cleared before scoring.
SETS.push({ name: 'articles', files: [join(realDir, 'articles', 'articles.jsonl')], targets: { moves: HELD_OUT_TARGETS.moves }, movesOnly: true });
// …and its second batch, drawn after the first batch's fixes as a check (eval/real/articles/README.md)
SETS.push({ name: 'articles-2', files: [join(realDir, 'articles', 'articles-2.jsonl')], targets: { moves: HELD_OUT_TARGETS.moves }, movesOnly: true });
// The held-out set of stop 18 (eval/real/holdout4/README.md), drawn when holdout3 went into tuning; sealed.
SETS.push({ name: 'holdout4', files: [join(realDir, 'holdout4', 'reports.jsonl'), join(realDir, 'holdout4', 'passages.jsonl')], targets: HELD_OUT_TARGETS, sealed: SEALED_SETS.has('holdout4') });
// The successor of holdout4 (eval/real/holdout5/README.md), labelled while holdout4 was still sealed; sealed.
SETS.push({ name: 'holdout5', files: [join(realDir, 'holdout5', 'reports.jsonl'), join(realDir, 'holdout5', 'passages.jsonl')], targets: HELD_OUT_TARGETS, sealed: SEALED_SETS.has('holdout5') });

if (!existsSync(scorer)) {
  console.log(`eval:extraction skipped: the scorer ${scorer} is not found (../shared is not checked out next to the repo); nothing can be scored`);
  process.exit(0);
}

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    process.stderr.write(result.stderr ?? '');
    console.error(`eval:extraction: ${command} ${commandArgs.join(' ')} failed (exit ${result.status})`);
    process.exit(1);
  }
  return result.stdout;
}

if (!args.includes('--no-build')) run('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'pipe'] });
const work = mkdtempSync(join(tmpdir(), 'mr-eval-'));
let failed = false;
const summary = [];
for (const set of SETS) {
  if (only && set.name !== only) continue;
  const present = set.files.filter((f) => existsSync(f));
  if (present.length === 0 || present.length < set.files.length) {
    console.log(`\n== ${set.name}: skipped (${set.files.filter((f) => !existsSync(f)).join(', ') || 'no files'} not found)`);
    continue;
  }
  const slug = set.name.replace(/\W+/g, '-');
  const gold = join(work, `${slug}.gold.jsonl`);
  writeFileSync(gold, present.map((f) => readFileSync(f, 'utf8').trimEnd()).join('\n') + '\n');
  const predictions = join(work, `${slug}.pred.jsonl`);
  run(process.execPath, [join(root, 'bin', 'market-reaction.js'), 'facts', '--jsonl', gold, '--out', predictions]);
  if (set.movesOnly) keepMovesOnly(predictions);
  console.log(`\n== ${set.name} (${present.map((f) => f.replace(`${root}/`, '')).join(', ').slice(0, 160)})`);
  const verbose = args.includes('--verbose') && (!set.sealed || args.includes('--unseal'));
  if (args.includes('--verbose') && !verbose) console.log('(sealed held-out set: per-item misses not listed; --unseal lists them)');
  process.stdout.write(run(process.execPath, [scorer, gold, predictions, ...(verbose ? ['--verbose'] : [])]));
  const report = JSON.parse(run(process.execPath, [scorer, gold, predictions, '--json']));
  const dropped = readFileSync(predictions, 'utf8').split('\n').filter(Boolean).reduce((n, line) => n + (JSON.parse(line).dropped_moves ?? 0), 0);
  console.log(`moves dropped (no sign from the direction word, or stated as a range): ${dropped}`);
  console.log(`move precision by confidence: ${confidenceBands(gold, predictions)}`);
  for (const [kind, target] of Object.entries(set.targets)) {
    const ok = report[kind].f1 >= target;
    if (!ok && (set.guard || args.includes('--strict'))) failed = true;
    console.log(`target ${kind} F1 >= ${target.toFixed(2)}: ${report[kind].f1.toFixed(3)} ${ok ? 'ok' : 'BELOW TARGET'}`);
  }
  summary.push(`${set.name.padEnd(14)} moves ${report.moves.f1.toFixed(3)}${set.movesOnly ? '  (moves only)' : `  amounts ${report.amounts.f1.toFixed(3)}  conversions ${report.conversions.f1.toFixed(3)}`}`);
}
console.log(`\nsummary (F1)\n${summary.join('\n')}`);
if (failed) {
  console.error('eval:extraction: below target (see above)');
  process.exit(1);
}

/** Clears the amounts and conversions of a predictions file in place (a moves-only set labels neither). */
function keepMovesOnly(predictionsFile) {
  const lines = readFileSync(predictionsFile, 'utf8').split('\n').filter(Boolean).map((line) => ({ ...JSON.parse(line), amounts: [], conversions: [] }));
  writeFileSync(predictionsFile, lines.map((o) => JSON.stringify(o)).join('\n') + '\n');
}

/**
 * Precision of the predicted moves by confidence band, with the scorer's move matching (one-to-one,
 * greedy in label order: |change_pct| difference < 0.005 and a shared subject token after generic words).
 */
function confidenceBands(goldFile, predictionsFile) {
  const STOP = new Set(['the', 'a', 'an', 'of', 'and', 's', 'its', 'in', 'on', 'shares', 'share', 'stock', 'stocks', 'index', 'inc', 'co', 'corp',
    'corporation', 'ltd', 'plc', 'group', 'holdings', 'benchmark', 'composite', 'average', 'broader', 'wider']);
  const words = (x) => new Set(String(x ?? '').toLowerCase().split(/[^\p{L}\p{N}&]+/u).filter((w) => w && !STOP.has(w)));
  const same = (a, b) => {
    const [ta, tb] = [words(a), words(b)];
    return (ta.has('market') && tb.has('market')) || [...ta].some((w) => tb.has(w));
  };
  const read = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const predicted = new Map(read(predictionsFile).map((r) => [String(r.id), r.moves]));
  const bands = [[0.95, 1.01], [0.9, 0.95], [0.8, 0.9], [0, 0.8]].map(([lo, hi]) => ({ lo, hi, tp: 0, n: 0 }));
  for (const passage of read(goldFile)) {
    const moves = predicted.get(String(passage.id)) ?? [];
    const used = moves.map(() => false);
    for (const g of passage.moves) {
      const j = moves.findIndex((p, k) => !used[k] && Math.abs(p.change_pct - g.change_pct) < 0.005 && same(g.subject, p.subject));
      if (j >= 0) used[j] = true;
    }
    moves.forEach((p, k) => {
      const band = bands.find((b) => (p.confidence ?? 1) >= b.lo && (p.confidence ?? 1) < b.hi);
      band.n += 1;
      if (used[k]) band.tp += 1;
    });
  }
  return bands.map((b) => `[${b.lo.toFixed(2)}, ${Math.min(b.hi, 1).toFixed(2)}${b.hi > 1 ? ']' : ')'} ${b.n ? (b.tp / b.n).toFixed(3) : '–'} (${b.tp}/${b.n})`).join(', ');
}
