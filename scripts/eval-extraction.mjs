#!/usr/bin/env node
// `npm run eval:extraction`: builds the package, runs `market-reaction facts --jsonl` on the labelled
// dev set in ../shared/eval/extraction-dev, scores it with the shared scorer and checks the targets
// (F1 ≥ 0.90 moves, ≥ 0.95 amounts and conversions). Skips (exit 0) when ../shared is absent.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = process.env.MARKET_REACTION_EVAL_DIR ?? resolve(root, '..', 'shared', 'eval');
const passages = join(evalDir, 'extraction-dev', 'passages.jsonl');
const scorer = join(evalDir, 'score-extraction.mjs');
const TARGETS = { moves: 0.9, amounts: 0.95, conversions: 0.95 };

if (!existsSync(passages) || !existsSync(scorer)) {
  console.log(`eval:extraction skipped: ${passages} or ${scorer} not found (the shared eval data is not checked out next to the repo)`);
  process.exit(0);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', ...options });
  if (result.status !== 0) {
    process.stderr.write(result.stderr ?? '');
    console.error(`eval:extraction: ${command} ${args.join(' ')} failed (exit ${result.status})`);
    process.exit(1);
  }
  return result.stdout;
}

if (!process.argv.includes('--no-build')) run('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'pipe'] });
const predictions = join(mkdtempSync(join(tmpdir(), 'mr-eval-')), 'predictions.jsonl');
run(process.execPath, [join(root, 'bin', 'market-reaction.js'), 'facts', '--jsonl', passages, '--out', predictions]);
process.stdout.write(run(process.execPath, [scorer, passages, predictions, ...(process.argv.includes('--verbose') ? ['--verbose'] : [])]));
const report = JSON.parse(run(process.execPath, [scorer, passages, predictions, '--json']));
writeFileSync(join(dirname(predictions), 'report.json'), JSON.stringify(report, null, 2));

const failures = Object.entries(TARGETS).filter(([kind, target]) => !(report[kind].f1 >= target));
for (const [kind, target] of Object.entries(TARGETS)) {
  console.log(`target ${kind} F1 >= ${target.toFixed(2)}: ${report[kind].f1.toFixed(3)} ${report[kind].f1 >= target ? 'ok' : 'BELOW TARGET'}`);
}
if (failures.length) {
  console.error(`eval:extraction: below target for ${failures.map(([k]) => k).join(', ')}`);
  process.exit(1);
}
