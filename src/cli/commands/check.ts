/** `market-reaction check`: an article's stated price moves against real prices. */
import { basename, join } from 'node:path';
import { isoDateOption, maxSizeOption, parseCommandArgs } from '../args';
import { analyzeArticle, analyzeFacts } from '../../analysis/analyze';
import { loadFactsFor } from '../../article/facts-file';
import { checkArticle, type CheckOptions } from '../../check/checkArticle';
import { PriceLibrary } from '../../check/priceLibrary';
import { checkDocument, checkMovesTable, checkRelativeTable, summarizeCheck } from '../../check/tables';
import type { ArticleCheck } from '../../check/types';
import { InputError, UsageError, ValueError } from '../../errors';
import { extractFacts } from '../../extract/index';
import { csvFileText } from '../../io/csv';
import type { OutputFolder } from '../../io/output-folder';
import { forEachPassage, type PassageOutput } from '../../io/passages';
import { readArticleFile } from '../../io/read';
import { DEFAULT_MAX_TEXT_BYTES, formatBytes } from '../../io/files';
import { writeTextFile } from '../../io/write';
import { createProgress } from '../../progress';
import type { CliIO, Command } from '../command';

const help = `Usage: market-reaction check ARTICLE --prices FILE|DIR|NAME=FILE [--prices …] [--published DATE]
                             [--map FILE] [--facts FILE] [--min-confidence X] [--format table|json] [--out DIR]
                             [--max-size SIZE]
       market-reaction check --jsonl PASSAGES.jsonl --prices … [--out FILE] [--max-size SIZE] [--quiet]

Checks every price move an article states against real prices: for each move, the price file
its subject refers to, the date (stated in the text, else the publication date), the real change
over the stated period (close to close for a day; week, month and year to date from the last
close before the period), and a verdict:
  confirmed      the real change rounds to the stated figure ("1.95%" ±0.005 pp, "2%" ±0.5 pp;
                 "about" ±10%, "nearly" up to 15% below, "more than"/"less than" one-sided)
  contradicted   with the real figure and the difference in percentage points
  not checkable  with the reason: intraday level, no price file, date outside the data or not a
                 trading day, a period daily closes cannot measure, or a figure that matches
                 another period than the one read from the text (the period is uncertain)
Stock-versus-benchmark claims ("leading the wider market's gain") are checked on the excess
return; a stock's day move also gets the real market-model abnormal return when its benchmark's
prices are given. Facts come from the curated facts of the article, --facts FILE, or the extractor.

Price files are matched to subjects by: a --map row (CSV with columns subject,ticker,file), a
NAME=FILE binding, the ticker written in the article or known for the subject (RIC codes such as
.SPX are also tried as ^GSPC), or the subject's name, against the file names ("005930.KS" matches
samsung_005930_KS.csv, "S&P 500" matches sp500.csv). Several equally good files: not checkable.

Options:
  --prices PATH        a price CSV, a folder of them, or NAME=FILE (repeatable)
  --published DATE     publication date YYYY-MM-DD (the date of moves that state none)
  --map FILE           CSV subject,ticker,file mapping subjects to price files
  --facts FILE         use the facts in FILE (format of data/articles/*.facts.json)
  --min-confidence X   leave out extracted moves with confidence below X (0..1), counted
  --no-abnormal        skip the abnormal returns
  --format table|json  standard output (default: table)
  --jsonl FILE         check many passages {"id","text","published"}, one JSON line out per passage,
                       written as soon as it is checked; read a line at a time (any length of file)
  --max-size SIZE      largest ARTICLE read, or with --jsonl longest passage line, e.g. 50MB
                       (default ${formatBytes(DEFAULT_MAX_TEXT_BYTES)}); ARTICLE - reads stdin
  --quiet              no progress on stderr (--jsonl runs over a second show kB read, rate
                       and ETA: a bar on a terminal, else a line every 5 s)
  --out DIR            also write check.csv, relative.csv, check.json, the stated-vs-real chart
                       (check.svg/.png/.html) and report.html into DIR (with --jsonl: FILE)
  -h, --help           this help

Exit status: 0 when it ran (contradictions are findings, not errors), 1 bad input, 2 bad usage.

Examples:
  market-reaction check seeds/000_fbcb48a8abd69ce1.txt --prices samsung_005930_KS.csv --prices kospi_KS11.csv
  market-reaction check wrap.txt --published 2008-10-15 --prices SPX=sp500.csv --out check-out`;

function parseOptions(args: string[]) {
  return parseCommandArgs('check', args, {
    prices: { type: 'string', multiple: true },
    published: { type: 'string' },
    map: { type: 'string' },
    facts: { type: 'string' },
    'min-confidence': { type: 'string' },
    'no-abnormal': { type: 'boolean' },
    format: { type: 'string' },
    jsonl: { type: 'string' },
    out: { type: 'string' },
    quiet: { type: 'boolean' },
    'max-size': { type: 'string' },
  }, true);
}

function checkOptions(values: ReturnType<typeof parseOptions>['values']): CheckOptions {
  const options: CheckOptions = { abnormal: !values['no-abnormal'] };
  if (values.published !== undefined) options.published = isoDateOption('check', values.published);
  if (values['min-confidence'] !== undefined) {
    const floor = Number(values['min-confidence']);
    if (!(floor >= 0 && floor <= 1)) throw new UsageError(`check: --min-confidence must be a number from 0 to 1, got "${values['min-confidence']}"`);
    options.minConfidence = floor;
  }
  return options;
}

/**
 * Checks each passage of a JSONL file, writing each passage's output line as soon as it is checked
 * (the passage loop shared with `facts --jsonl`, `forEachPassage`): the file is read a line at a time
 * (memory holds one passage, however long the file); the lines go to `output.out` atomically (never a
 * half-written file, even on an error or Ctrl-C) or to standard output, paced by a slow reader.
 *
 * @param path - passages, one JSON object `{ id, text, published }` per line (blank lines skipped); `-` reads standard input.
 * @param output - `{ out }` a file, else `{ stdout, stdoutReady }`; each line is `{"id", ...checkDocument}`.
 * @param onProgress - called after each passage with (kB read, kB of the file); not called for a pipe, whose size is unknown.
 * @param maxLineBytes - [10 MB] the longest passage line, UTF-8 bytes (`--max-size`); a passage expected to need
 *   more heap than the process can hold is refused too (see `expectArticleFitsHeap`).
 * @returns the number of passages checked.
 * @throws {InputError} naming the file and line of a malformed or too long passage, or an empty file (lines before it
 *   were already written to standard output; a file output is left untouched).
 * @throws {ArticleMemoryError} naming the file and line of a passage too large for this process's memory.
 * @example
 * await checkJsonl('passages.jsonl', PriceLibrary.from(['sp500.csv']), {}, { stdout: (line) => void process.stdout.write(line) });
 */
export async function checkJsonl(path: string, library: PriceLibrary, options: CheckOptions, output: PassageOutput, onProgress?: (doneKb: number, totalKb: number) => void, maxLineBytes = DEFAULT_MAX_TEXT_BYTES): Promise<number> {
  return forEachPassage(path, output, ({ id, text, published, where }) => {
    const date = published ?? options.published;
    let facts;
    try {
      facts = extractFacts(text, { published: date });
    } catch (error) {
      if (error instanceof ValueError) throw new InputError(`passage ${id}: ${error.message}`, where);
      throw error;
    }
    const check = checkArticle(analyzeFacts(facts, { factsOrigin: 'extracted', published: date }), library, { ...options, published: date, text });
    return JSON.stringify({ id, ...checkDocument(check) });
  }, { maxLineBytes, onProgress });
}

/** Writes the check's tables, document, chart and report into `dir`; resolves to the files written. Also used by `analyze --prices --out`. */
export async function writeCheckOutputs(dir: string | OutputFolder, check: ArticleCheck): Promise<string[]> {
  // Rendering is loaded only when pictures are asked for.
  const [{ claimCheckSpec }, { toSVG }, { writeCharts }, { checkReportHtml }] = await Promise.all([
    import('../../charts/claimCheck'), import('../../render/svg'), import('../../render/writeCharts'), import('../../check/reportHtml'),
  ]);
  // Every file goes through src/io: atomically, and into the folder's manifest when `dir` is an output folder.
  const put = (name: string, data: string): string => {
    if (typeof dir !== 'string') return dir.write(name, data);
    writeTextFile(join(dir, name), data);
    return join(dir, name);
  };
  const files = [
    put('check.csv', csvFileText(checkMovesTable(check.moves))),
    put('relative.csv', csvFileText(checkRelativeTable(check.relative))),
    put('check.json', `${JSON.stringify(checkDocument(check), null, 2)}\n`),
  ];
  const source = { source: check.meta.source ?? (check.meta.file ? basename(check.meta.file) : 'the article'), published: check.meta.published, headline: check.meta.headline };
  const spec = claimCheckSpec({ claims: check.moves.map((m) => ({ subject: m.name ?? m.subject, period: m.period, date: m.date, statedPct: m.statedPct, realPct: m.realPct, verdict: m.verdict })), source });
  const charts = check.moves.length ? await writeCharts([{ name: 'check', spec }], dir) : [];
  const chartSvg = check.moves.length ? await toSVG(spec) : undefined;
  files.push(put('report.html', checkReportHtml(check, { chartSvg, version: require('../../../package.json').version })));
  return [...files, ...charts];
}

export const checkCommand: Command = {
  name: 'check',
  summary: "verify an article's stated price moves against real prices (confirmed / contradicted / not checkable)",
  help,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseOptions(args);
    if (!values.prices?.length) throw new UsageError('check: give the prices to check against with --prices FILE|DIR|NAME=FILE');
    const options = checkOptions(values);
    const maxBytes = maxSizeOption('check', values['max-size'], DEFAULT_MAX_TEXT_BYTES);
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UsageError(`check: --format must be table or json, got "${format}"`);
    const library = PriceLibrary.from(values.prices, { map: values.map });
    if (values.jsonl !== undefined) {
      if (positionals.length) throw new UsageError(`check: give either ARTICLE or --jsonl, not both (got "${positionals[0]}")`);
      if (values.facts !== undefined) throw new UsageError('check: --facts applies to one ARTICLE');
      const progress = createProgress({ unit: 'kB', label: 'check', writeLine: io.stderr, quiet: values.quiet });
      try {
        await checkJsonl(values.jsonl, library, options, { out: values.out, stdout: io.stdout, stdoutReady: io.stdoutReady }, progress.update, maxBytes);
      } finally {
        progress.stop();
      }
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(positionals.length ? `check: expected one ARTICLE, got ${positionals.length}` : 'check: missing ARTICLE (a text file) or --jsonl FILE');
    const [article] = positionals;
    const text = readArticleFile(article, { maxBytes });
    const given = values.facts ? loadFactsFor(text, values.facts) : undefined;
    const analysis = analyzeArticle(text, { published: options.published, facts: given?.facts, meta: given?.meta, file: article, factsFile: values.facts });
    const check = checkArticle(analysis, library, { ...options, text });
    if (format === 'json') io.stdout(JSON.stringify(checkDocument(check), null, 2));
    else io.stdout(check.moves.length ? summarizeCheck(check) : `${article}: no price moves to check.`);
    const note = format === 'json' ? io.stderr : io.stdout;
    if (values.out !== undefined) {
      const written = await writeCheckOutputs(values.out, check);
      note(`Wrote ${written.length} files to ${values.out}: ${written.map((f) => basename(f)).join(', ')}`);
    }
    return 0;
  },
};
