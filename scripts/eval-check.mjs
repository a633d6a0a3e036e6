#!/usr/bin/env node
// `npm run eval:check`: runs `market-reaction check` on the labelled real U.S. market reports
// (eval/real/reports-us, Reuters 2006–2009) against real S&P 500 closes (vega-datasets
// sp500-2000.csv) and scores, per closing report, whether the S&P 500's move of the day was
// found and confirmed, reported with a wrong figure (contradicted), or not found.
// Also scores the U.S. closing reports of the former held-out sets eval/real/holdout and eval/real/holdout2 (development
// sets from stops 16 and 17), of eval/real/holdout3 (sealed at stop 17, a development set from stop 18 on) and of the
// held-out eval/real/holdout4 and eval/real/holdout5 (both sealed: --verbose and --json list their reports only with
// --unseal). Every closing report's date lies inside sp500-2000.csv (2000-01-03 … 2020-04-17).
// Usage: node scripts/eval-check.mjs [--no-build] [--verbose] [--json] [--unseal] [--only reports-us|holdout|holdout2|holdout3|holdout4|holdout5]
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { SEALED_SETS } from './sealed-sets.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SETS = [
  { name: 'reports-us', file: join(root, 'eval', 'real', 'reports-us', 'reports.jsonl') },
  { name: 'holdout', file: join(root, 'eval', 'real', 'holdout', 'reports.jsonl') },
  // a development set from stop 17 on (no longer sealed)
  { name: 'holdout2', file: join(root, 'eval', 'real', 'holdout2', 'reports.jsonl') },
  // a development set from stop 18 on (no longer sealed)
  { name: 'holdout3', file: join(root, 'eval', 'real', 'holdout3', 'reports.jsonl') },
  // the held-out set of stop 18 (11 U.S. closing reports, 2007-02-09 … 2009-12-24)
  { name: 'holdout4', file: join(root, 'eval', 'real', 'holdout4', 'reports.jsonl'), sealed: SEALED_SETS.has('holdout4') },
  // holdout4's successor (10 U.S. closing reports, 2007-01-04 … 2009-11-06)
  { name: 'holdout5', file: join(root, 'eval', 'real', 'holdout5', 'reports.jsonl'), sealed: SEALED_SETS.has('holdout5') },
];
const sp500 = join(root, 'node_modules', 'vega-datasets', 'data', 'sp500-2000.csv');
const TARGETS = { confirmed: 0.95, wrong: 0.005 };
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

if (!args.includes('--no-build')) spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const results = {};
for (const set of SETS) {
  if (only && set.name !== only) continue;
  if (!existsSync(set.file)) {
    console.log(`eval:check ${set.name} skipped: ${set.file} not found`);
    continue;
  }
  results[set.name] = score(set);
}
if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));

function score(set) {
  const reports = set.file;
  const out = join(mkdtempSync(join(tmpdir(), 'mr-check-')), 'checks.jsonl');
  const run = spawnSync(process.execPath, [join(root, 'bin', 'market-reaction.js'), 'check', '--jsonl', reports, '--prices', sp500, '--no-abnormal', '--out', out], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    process.exit(1);
  }
  const gold = new Map(readFileSync(reports, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => [r.id, r]));
  const rows = [];
  for (const line of readFileSync(out, 'utf8').split('\n').filter(Boolean)) {
    const check = JSON.parse(line);
    const report = gold.get(check.id);
    const goldMove = report.moves.find((m) => m.ticker === '.SPX' && m.period === 'day' && !m.intraday);
    if (report.report?.type !== 'closing' || !goldMove) continue;
    const onSp500 = check.moves.filter((m) => m.file === sp500 && m.period === 'day');
    const confirmed = onSp500.filter((m) => m.verdict === 'confirmed');
    const contradicted = onSp500.filter((m) => m.verdict === 'contradicted');
    const outcome = contradicted.length ? 'wrong' : confirmed.length ? 'confirmed' : 'not_found';
    rows.push({ id: check.id, published: report.published, gold: goldMove.change_pct, outcome, found: onSp500.map((m) => `${m.verdict} ${m.subject} ${m.stated_pct} real ${m.real_pct}${m.reason ? ` (${m.reason})` : ''}`) });
  }
  const share = (o) => rows.filter((r) => r.outcome === o).length / rows.length;
  const result = { reports: rows.length, confirmed: share('confirmed'), wrong: share('wrong'), not_found: share('not_found') };
  if (!args.includes('--json')) {
    console.log(`== ${set.name}`);
    if (args.includes('--verbose') && (!set.sealed || args.includes('--unseal'))) for (const r of rows.filter((x) => x.outcome !== 'confirmed')) console.log(`${r.id} ${r.published} gold ${r.gold}: ${r.outcome}\n  ${r.found.join('\n  ') || '(no S&P 500 day move checked)'}`);
    console.log(`S&P 500 day move in ${rows.length} closing reports: confirmed ${(100 * result.confirmed).toFixed(1)}%, wrong figure ${(100 * result.wrong).toFixed(1)}%, not found ${(100 * result.not_found).toFixed(1)}%`);
    console.log(`targets: confirmed >= ${100 * TARGETS.confirmed}% ${result.confirmed >= TARGETS.confirmed ? 'ok' : 'BELOW'}; wrong <= ${100 * TARGETS.wrong}% ${result.wrong <= TARGETS.wrong ? 'ok' : 'ABOVE'}`);
  }
  return set.sealed && !args.includes('--unseal') ? result : { ...result, rows };
}
