/** `market-reaction analyze`: the main job — an article's facts, relative moves and conversions. */
import { maxSizeOption, isoDateOption, parseCommandArgs } from '../args';
import { analyzeArticle, isEmptyAnalysis, type AnalyzeOptions } from '../../analysis/analyze';
import { analysisDocument, summarizeAnalysis } from '../../analysis/report';
import type { ArticleCheck } from '../../check/types';
import type { ArticleAnalysis } from '../../analysis/types';
import { loadFactsFor } from '../../article/facts-file';
import { UsageError } from '../../errors';
import { analysisTables } from '../../frames/analysis';
import { csvFileText } from '../../io/csv';
import { DEFAULT_MAX_TEXT_BYTES, formatBytes } from '../../io/files';
import { openOutputFolder, MANIFEST_NAME, type OutputFolder } from '../../io/output-folder';
import { readArticleFile } from '../../io/read';
import { frameRecords } from '../../io/write';
import { ANALYSIS_CHART_LIMIT, omittedCharts } from '../../charts/fromAnalysis';
import { writeAnalysisCharts } from '../../render/writeCharts';
import type { SpreadConvention } from '../../money/types';
import type { CliIO, Command } from '../command';

const help = `Usage: market-reaction analyze ARTICLE [--out DIR [--force]] [--format table|json] [--published DATE]
                               [--facts FILE] [--spread CONVENTION] [--betas FROM:TO:STEP] [--max-size SIZE]

Reads a news article (UTF-8 text) and reports its market facts with the numbers derived from
them, each with the sentence it comes from:
  - price moves (change in %), and each stock against the benchmark move of the same day:
    excess return (percentage points), relative return ((1 + s) / (1 + b) − 1, in %),
    move multiple, and the abnormal return AR = r − β·r_m for a range of assumed betas;
  - money amounts, and conversions ("1 trillion won [$828.55 million]") with the exchange
    rate they imply both ways and, when dated ("by 2028"), their spread over the years.
Facts come from the reviewed facts file when the article is a curated one (data/articles/),
from --facts FILE when given, and from the extractor otherwise.

Options:
  --out DIR             also write into DIR each table as CSV and JSON, the whole document as
                        analysis.json, and the charts (SVG, PNG, HTML; at most ${ANALYSIS_CHART_LIMIT} of each kind),
                        listed in DIR/${MANIFEST_NAME}. DIR must be new, empty or written
                        by market-reaction before (its stale files of ours are then removed)
  --force               write into a non-empty DIR that is not ours (same-named files replaced)
  --format table|json   standard output: a readable summary (default) or one JSON document
  --published DATE      publication date YYYY-MM-DD (resolves "on Tuesday" when extracting)
  --facts FILE          use the facts in FILE (JSON {"meta"?, "facts": [...]}, the format of
                        data/articles/*.facts.json); every quote is checked against the article
  --spread CONVENTION   how a dated amount is spread over its years: calendar_years (default,
                        an equal part per calendar year) or pro_rata_days (by days in each year)
  --betas FROM:TO:STEP  betas of the abnormal-return table (default 0.5:1.5:0.1)
  --prices PATH         also check every stated move against real prices (a price CSV, a folder
                        of them, or NAME=FILE; repeatable) and add each stock's real abnormal
                        return of the day (market model): see "market-reaction check --help"
  --map FILE            with --prices: CSV subject,ticker,file mapping subjects to price files
  --max-size SIZE       largest article read, e.g. 50MB (default ${formatBytes(DEFAULT_MAX_TEXT_BYTES)}); ARTICLE - reads stdin
  -h, --help            this help

Exit status: 0 (also when the article states no market facts), 1 bad input, 2 bad usage.

Examples:
  market-reaction analyze seeds/000_fbcb48a8abd69ce1.txt
  market-reaction analyze seeds/000_fbcb48a8abd69ce1.txt --format json --out out
  market-reaction analyze story.txt --published 2024-03-05 --facts story.facts.json
  market-reaction analyze seeds/000_fbcb48a8abd69ce1.txt --prices prices/`;

interface AnalyzeArgs {
  article: string;
  out?: string;
  force: boolean;
  maxBytes: number;
  prices?: string[];
  map?: string;
  format: 'table' | 'json';
  options: AnalyzeOptions;
}

function parseOptions(args: string[]): AnalyzeArgs {
  const parsed = parseCommandArgs('analyze', args, {
      out: { type: 'string' },
      format: { type: 'string' },
      published: { type: 'string' },
      facts: { type: 'string' },
      spread: { type: 'string' },
      betas: { type: 'string' },
      force: { type: 'boolean' },
      'max-size': { type: 'string' },
      prices: { type: 'string', multiple: true },
      map: { type: 'string' },
    }, true);
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'analyze: missing ARTICLE (a text file)' : `analyze: expected one ARTICLE, got ${positionals.length}: ${positionals.join(' ')}`);
  }
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`analyze: --format must be table or json, got "${format}"`);
  isoDateOption('analyze', values.published);
  const spread = values.spread ?? 'calendar_years';
  if (spread !== 'calendar_years' && spread !== 'pro_rata_days') {
    throw new UsageError(`analyze: --spread must be calendar_years or pro_rata_days, got "${spread}"`);
  }
  if (values.map !== undefined && !values.prices?.length) throw new UsageError('analyze: --map goes with --prices');
  return {
    article: positionals[0],
    out: values.out,
    force: values.force ?? false,
    maxBytes: maxSizeOption('analyze', values['max-size'], DEFAULT_MAX_TEXT_BYTES),
    prices: values.prices,
    map: values.map,
    format,
    options: {
      published: values.published,
      spreadConvention: spread as SpreadConvention,
      beta: values.betas === undefined ? undefined : parseBetas(values.betas),
      file: positionals[0],
      factsFile: values.facts,
    },
  };
}

function parseBetas(text: string): AnalyzeOptions['beta'] {
  const parts = text.split(':').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) {
    throw new UsageError(`analyze: --betas must be FROM:TO:STEP numbers such as 0.5:1.5:0.1, got "${text}"`);
  }
  const [from, to, step] = parts;
  return { from, to, step };
}

/**
 * Writes the outputs of one analysis into `dir` under the output-folder policy (see
 * `openOutputFolder`): each table as `<name>.csv` and `<name>.json`, the whole document as
 * `analysis.json`, and the charts, each file atomically. Resolves to the names written and the
 * stale files of a previous run removed.
 */
async function writeOutputs(folder: OutputFolder, analysis: ArticleAnalysis, check?: ArticleCheck): Promise<{ written: readonly string[]; stale: string[] }> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  for (const [name, table] of Object.entries(analysisTables(analysis))) {
    folder.write(`${name}.csv`, csvFileText(table));
    folder.write(`${name}.json`, json(frameRecords(table)));
  }
  folder.write('analysis.json', json(analysisDocument(analysis)));
  await writeAnalysisCharts(analysis, folder);
  if (check) await (await import('./check')).writeCheckOutputs(folder, check);
  const stale = folder.commit();
  return { written: folder.written, stale };
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'an article → its moves, relative move, conversions; CSV/JSON tables (main job)',
  help,
  async run(args: string[], io: CliIO): Promise<number> {
    const { article, out, force, maxBytes, format, options, prices, map } = parseOptions(args);
    // The output folder is checked before any work, so a refused folder costs nothing.
    const folder = out === undefined ? undefined : openOutputFolder(out, { force, command: `analyze ${article}` });
    const text = readArticleFile(article, { maxBytes });
    const given = options.factsFile ? loadFactsFor(text, options.factsFile) : undefined;
    const analysis = analyzeArticle(text, { ...options, facts: given?.facts, meta: given?.meta });
    // The check (price reading, event study) loads only when --prices asks for it.
    const checking = prices?.length ? { ...(await import('../../check/checkArticle')), ...(await import('../../check/priceLibrary')), ...(await import('../../check/tables')) } : undefined;
    const check = checking && prices ? checking.checkArticle(analysis, checking.PriceLibrary.from(prices, { map }), { published: options.published, text }) : undefined;
    // In json mode stdout carries only the document; notes go to stderr.
    const note = format === 'json' ? io.stderr : io.stdout;
    // The figures are printed before any file is written, so a failing write never loses them.
    if (format === 'json') io.stdout(JSON.stringify({ ...analysisDocument(analysis), ...(check && checking ? { check: checking.checkDocument(check) } : {}) }, null, 2));
    else if (!isEmptyAnalysis(analysis)) io.stdout(summarizeAnalysis(analysis, text));
    if (check && checking && format !== 'json') io.stdout(`\nAgainst real prices:\n${check.moves.length ? checking.summarizeCheck(check) : 'no price moves to check.\n'}`);
    if (isEmptyAnalysis(analysis)) note(`${article}: no market facts found (no price moves, amounts, conversions, dates or entities).`);
    if (folder === undefined) return 0;
    const { written, stale } = await writeOutputs(folder, analysis, check);
    const omitted = omittedCharts(analysis);
    const cut = omitted.comparisons + omitted.spreads > 0 ? `; charts for the first ${ANALYSIS_CHART_LIMIT} of each kind only (${omitted.comparisons} comparisons and ${omitted.spreads} spreads not drawn: see the tables)` : '';
    const removed = stale.length ? `; removed ${stale.length} stale files of the previous run (${stale.join(', ')})` : '';
    note(`Wrote ${written.length} files to ${out}: ${written.join(', ')}${cut}${removed}`);
    return 0;
  },
};
