/**
 * Executes every notebook in notebooks/ headless in real Jupyter (nbclient, the
 * project's tslab kernel, via scripts/run-notebooks.mjs) and checks that it runs
 * without errors or TypeScript errors, shows its key figures, shows tables as
 * HTML and charts as images, and reproduces the outputs committed with it.
 *
 * After an intended change of a notebook's output, refresh the committed outputs:
 *   npm run notebooks:save
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { jupyterMissing } from './jupyter';
import { normalizeNotebook, outputTexts, type Notebook, type NotebookCell } from './normalize';

const root = resolve(__dirname, '../..');
const notebooksDir = join(root, 'notebooks');
const notebookNames = readdirSync(notebooksDir).filter((name) => name.endsWith('.ipynb')).sort();
/** Notebooks that must fail, run alongside: they check that problems are caught and located. */
const fixturesDir = join(__dirname, 'fixtures');
const mustFail = ['type-error.ipynb', 'runtime-error.ipynb'];

/**
 * Cells tagged `needs-shared-data` read the project's shared real data (../shared/data/real
 * from the repository, ../../shared/data/real from a notebook), which users do not have and
 * which is never copied into the repository. With the folder present they are checked like
 * every other cell; without it they must print one line saying they are skipped, and nothing else.
 */
const SHARED_DATA_TAG = 'needs-shared-data';
const hasSharedData = existsSync(join(root, '..', 'shared', 'data', 'real', 'SOURCES.md'));
const needsSharedData = (cell: NotebookCell | undefined) => cell?.metadata?.tags?.includes(SHARED_DATA_TAG) ?? false;
if (!hasSharedData) console.warn(`notebook cells tagged ${SHARED_DATA_TAG}: ../shared/data/real is absent, only their skip line is checked`);

/**
 * Figures each notebook must show, with where each comes from (seed article,
 * seeds/000_fbcb48a8abd69ce1.txt: "Samsung Electronics shares ended up 1.95% …
 * the wider market's gain of 1.05%", "1 trillion won [$828.55 million] … by 2028").
 */
const expectedFigures: Record<string, string[]> = {
  '01-article-reaction.ipynb': [
    '1.95', // stock move, quoted
    '1.05', // market move, quoted
    '0.90', // excess return 1.95 − 1.05 = 0.90 pp
    '0.89', // relative return (1.0195 / 1.0105 − 1) · 100 = 0.8906 %
  ],
  '02-won-dollar.ipynb': [
    '1,206.93', // implied rate 1e12 KRW / 828.55e6 USD = 1,206.9278 KRW per USD
    '828.55', // the quoted dollar figure
  ],
  // Checked in tests/eventstudy/realData.test.ts against an independent OLS on the same npm files.
  '03-event-study.ipynb': [
    '1260 days', // AAPL rows in @observablehq/sample-datasets/aapl.csv (2013-05-13 … 2018-05-11)
    '228', // estimation returns before 2014-04-24: the file starts < 260 trading days earlier
    '0.0802', // AAPL abnormal return on 2014-04-24 (day 0), market model: +8.02%
  ],
  '04-your-article.ipynb': [
    '1.95', // the pasted (seed) article's stock move
    '0.9', // excess return 1.95 − 1.05 pp, in the relative-move table
    '8 CSV tables, 12 chart files', // the export: every non-empty table, SVG + PNG + HTML of 4 charts
  ],
};

/**
 * Figures shown by the cells tagged needs-shared-data (checked when ../shared/data/real is present).
 * Samsung and KOSPI moves: ../shared/data/real/SOURCES.md (43600 → 44450 = +1.9495%, 1939.90 → 1960.25 = +1.0490%).
 * Day-0 abnormal return: tests/eventstudy/realData.test.ts checks it against an independent OLS on the same files.
 */
const expectedSharedDataFigures: Record<string, string[]> = {
  '03-event-study.ipynb': [
    '1.95', // Samsung move, quoted
    '1.9495', // Samsung close to close 2019-08-19 → 2019-08-20, percent
    '1.049', // KOSPI close to close, percent (1.0490, trailing zero not shown)
    'matches', // both claims within ±0.005 pp
    '0.0044', // Samsung market-model abnormal return on 2019-08-20 (day 0), fraction
    '0.4437', // the same, in percent, from checkMoveClaim
  ],
  '04-your-article.ipynb': [
    '1.9495', // Samsung close to close 2019-08-19 → 2019-08-20, percent (checkArticle)
    'confirmed', // both stated moves within their stated precision
  ],
};

interface Report {
  notebooks: { name: string; path: string; seconds: number; problems: { cell: number; kind: string; message: string }[] }[];
}

const missing = jupyterMissing(root);
if (missing) console.warn(`notebook tests skipped: ${missing}`);

describe.skipIf(missing !== null)(`notebooks in real Jupyter${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let report: Report;

  beforeAll(async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'market-reaction-notebooks-'));
    const paths = [...notebookNames.map((name) => join(notebooksDir, name)), ...mustFail.map((name) => join(fixturesDir, name))];
    const run = await promisify(execFile)(process.execPath, [join(root, 'scripts', 'run-notebooks.mjs'), '--out-dir', outDir, ...paths], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { code?: number; stdout?: string; stderr?: string }) => {
      // Exit 1 means "ran, with problems": the report is on stdout and the tests below name them.
      if (error.code === 1 && error.stdout) return { stdout: error.stdout };
      throw new Error(`scripts/run-notebooks.mjs failed: ${error.stderr?.trim() ?? String(error)}`);
    });
    report = JSON.parse(run.stdout) as Report;
  }, 300_000);

  const result = (name: string) => {
    const found = report.notebooks.find((notebook) => notebook.name === name);
    if (!found) throw new Error(`${name} was not executed`);
    return { ...found, notebook: JSON.parse(readFileSync(found.path, 'utf8')) as Notebook };
  };

  describe('problem reports (fixtures that must fail)', () => {
    it('names the cell and the TypeScript error tslab prints', () => {
      expect(result('type-error.ipynb').problems).toEqual([
        { cell: 3, kind: 'stderr', message: "1:7 - Type 'string' is not assignable to type 'number'." },
      ]);
    });
    it('names the cell and the exception a cell throws', () => {
      const [problem, ...others] = result('runtime-error.ipynb').problems;
      expect(others).toEqual([]);
      expect(problem).toMatchObject({ cell: 2, kind: 'stderr' });
      expect(problem.message).toMatch(/^ValueError: /);
    });
  });

  describe.each(notebookNames)('%s', (name) => {
    it('runs without errors, TypeScript errors or stderr output', () => {
      const problems = result(name).problems.map((problem) => `cell ${problem.cell} (${problem.kind}): ${problem.message}`);
      expect(problems).toEqual([]);
    });

    it('opens with a markdown cell stating the question and the data', () => {
      const first = result(name).notebook.cells[0];
      expect(first?.cell_type).toBe('markdown');
      expect([first?.source].flat().join('')).toMatch(/data/i);
    });

    it('shows its key figures', () => {
      const text = outputTexts(result(name).notebook).join('\n');
      const figures = [...(expectedFigures[name] ?? []), ...(hasSharedData ? (expectedSharedDataFigures[name] ?? []) : [])];
      for (const figure of figures) expect(text, `figure ${figure}`).toContain(figure);
    });

    it('shows tables as HTML tables and charts as vega-lite with a PNG image', () => {
      const outputs = result(name).notebook.cells.flatMap((cell) => cell.outputs ?? []);
      const data = outputs.map((output) => output.data ?? {});
      expect(data.some((bundle) => String([bundle['text/html']].flat().join('')).includes('<table'))).toBe(true);
      const charts = data.filter((bundle) => bundle['application/vnd.vegalite.v5+json']);
      expect(charts.length).toBeGreaterThan(0);
      // base64 of the PNG signature 89 50 4E 47 0D 0A 1A 0A
      for (const chart of charts) expect([chart['image/png']].flat().join('')).toMatch(/^iVBORw0KGgo/);
      // Box-drawing text tables (danfojs print()) are not how this toolkit shows frames.
      expect(outputTexts(result(name).notebook).join('\n')).not.toMatch(/[╔║╟┼]/);
    });

    it('reproduces the committed outputs', () => {
      const committed = JSON.parse(readFileSync(join(notebooksDir, name), 'utf8')) as Notebook;
      const fresh = normalizeNotebook(result(name).notebook);
      const saved = normalizeNotebook(committed);
      for (let cell = 0; cell < Math.max(fresh.length, saved.length); cell++) {
        const message = `cell ${cell + 1} differs from the committed notebook; refresh with "npm run notebooks:save"`;
        if (hasSharedData || !needsSharedData(committed.cells[cell])) {
          expect(fresh[cell], message).toEqual(saved[cell]);
          continue;
        }
        // Same source; the only output is one stdout line saying the cell is skipped and why.
        const skipLine = expect.stringMatching(/^[^\n]* skipped: [^\n]+\n$/);
        expect(fresh[cell], message).toEqual({ ...(saved[cell] as object), outputs: [{ output_type: 'stream', name: 'stdout', text: skipLine }] });
      }
    });
  });
});
