// How `event-study` runs a study and streams its outputs (in memory or through DuckDB), and `event-study merge`.
import { UsageError } from '../../errors';
import { SIGNIFICANCE_LEGEND, significanceStars } from '../../eventstudy/testResult';
import { aggregateEvents } from '../../eventstudy/aggregate';
import { designWriter } from '../../eventstudy/design';
import { eventStudyBatch, studyResult, type EventSpec, type EventStudyBatch } from '../../eventstudy/eventStudy';
import { aggregateJson, optionsJson } from '../../eventstudy/json';
import { resolveEventStudyOptions } from '../../eventstudy/options';
import { outDirWriter, writeOutDirTables } from '../../eventstudy/output/outDir';
import { eventsCsvWriter, jsonlWriter, jsonWriter, teeWriter, testsCsv, writeRows, type StudyWriter } from '../../eventstudy/output/writers';
import { rowsOfResults } from '../../eventstudy/rows';
import { aggregatePartial, emptyPartial, mergePartials, partialFromCore, partialFromJson, type StudyPartial } from '../../eventstudy/partial';
import { checkShardSet } from '../../eventstudy/shardSet';
import type { AggregateResult, CarWindowResult, EventResult, EventStudyOptions, EventStudyResult, EventOverlap } from '../../eventstudy/types';
import type { FactorTable } from '../../prices/factorTable';
import { csvCell } from '../../io/csv';
import { DEFAULT_MAX_TABLE_BYTES } from '../../io/files';
import { openOutputFolder, type OutputFolder } from '../../io/output-folder';
import { readTextFile } from '../../io/read';
import { lineSink, openFileSink, type TextSink } from '../../io/stream';
import type { PriceSeries } from '../../prices/types';
import { parseCommandArgs } from '../args';
import type { CliIO } from '../command';

/** What to write: stdout format, --pretty, --out DIR (--force), --overlaps FILE. */
export interface OutputPlan {
  format: 'table' | 'json' | 'jsonl' | 'csv';
  /** Whether --format was given (with --out, stdout stays quiet unless it was). */
  explicitFormat: boolean;
  pretty: boolean;
  out?: string;
  /** --force: write into a non-empty --out folder that is not ours (see `openOutputFolder`). */
  force: boolean;
  overlaps?: string;
}

/**
 * The output plan from the options.
 *
 * @param values parsed options (format, pretty, out, overlaps)
 * @returns the plan
 * @throws {UsageError} on an unknown format
 */
export function outputPlan(values: { format?: string; pretty?: boolean; out?: string; force?: boolean; overlaps?: string }): OutputPlan {
  const format = values.format ?? 'table';
  if (!['table', 'json', 'jsonl', 'csv'].includes(format)) throw new UsageError(`--format must be table, json, jsonl or csv, got "${format}"`);
  if (values.force && !values.out) throw new UsageError('--force needs --out DIR');
  return {
    format: format as OutputPlan['format'],
    explicitFormat: values.format !== undefined,
    pretty: values.pretty ?? false,
    out: values.out,
    force: values.force ?? false,
    overlaps: values.overlaps,
  };
}

/**
 * Whether the plan prints the table on standard output (the default, or --format table with --out): the
 * table ends with the study-design warnings, so they are not repeated on stderr.
 */
export function tableOnStdout(plan: OutputPlan): boolean {
  return plan.format === 'table' && (plan.explicitFormat || !plan.out);
}

/** Everything a run needs. */
export interface StudyRun {
  plan: OutputPlan;
  /** The --out folder, opened under the output-folder policy (committed by the caller on success). */
  folder?: OutputFolder;
  io: CliIO;
  /** Leading JSON fields (claim checks). */
  head: Record<string, unknown>;
  /** Text blocks printed before the study in table format. */
  text: string[];
  stocks: PriceSeries[];
  events: EventSpec[];
  options: EventStudyOptions;
  onProgress: (done: number, total: number) => void;
  /** A new phase of the progress display (e.g. 'writing'), counted again with onProgress. */
  onStage?: (name: string) => void;
  /** Builds the text report (table format only). */
  formatTable: (result: EventStudyResult, stocks: PriceSeries[], market: PriceSeries | undefined) => string;
  /** Factor returns (factor model). */
  factors?: FactorTable;
  /** --report: the HTML report's folder (the --out folder). */
  report?: { dir: string };
  factorsFile?: string;
  /** The command line, for the report's provenance. */
  command: string[];
  /** Sees every event (the verdict when none was measured). */
  tally: ReturnType<typeof statusTally>;
  /** Receives each study-design warning once (stderr; undefined with --quiet, or when the table on stdout shows them). */
  warn?: (message: string) => void;
}

/**
 * Counts the events' statuses as they stream past, for the one-line verdict when no event
 * could be measured (exit status 1 with the reasons, grouped).
 */
export function statusTally(): StudyWriter & { failure(): string | undefined } {
  const reasons = new Map<string, number>();
  let total = 0;
  let ok = 0;
  const tally: StudyWriter & { failure(): string | undefined } = {
    begin() {},
    events(events) {
      tally.rows!(rowsOfResults(events), 0, events.length);
    },
    rows(rows, from, to) {
      for (let i = from; i < to; i++) {
        total++;
        const status = rows.status(i);
        if (status === 'ok') ok++;
        else if (ok === 0) {
          const reason = `${status}: ${rows.reason(i) ?? 'no reason given'}`;
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        }
      }
    },
    end() {},
    abort() {},
    failure() {
      if (ok > 0 || total === 0) return undefined;
      const listed = [...reasons].slice(0, 3).map(([reason, n]) => (n > 1 ? `${n} events ${reason}` : reason));
      const more = reasons.size > 3 ? `; and ${reasons.size - 3} other reasons` : '';
      return `no event could be measured (${total} event(s)): ${listed.join('; ')}${more}`;
    },
  };
  return tally;
}

/** The streaming writers the plan asks for (table output is built separately, in memory). */
function writersFor(run: StudyRun): StudyWriter {
  const { plan, io } = run;
  const writers: StudyWriter[] = [run.tally, designWriter(run.warn)]; // the design writer sets aggregate.warnings for the writers after it
  const stdout = () => io.stdoutSink?.() ?? lineSink(io.stdout);
  const toStdout = plan.format !== 'table' && (plan.explicitFormat || !plan.out);
  if (toStdout && plan.format === 'json') writers.push(jsonWriter(stdout(), { pretty: plan.pretty, head: run.head }));
  if (toStdout && plan.format === 'jsonl') writers.push(jsonlWriter(stdout()));
  if (toStdout && plan.format === 'csv') writers.push(eventsCsvWriter(stdout()));
  if (run.folder) writers.push(outDirWriter(run.folder, plan.pretty));
  return teeWriter(writers);
}

/** Streams overlapping pairs to `--overlaps FILE` as CSV. */
function overlapsSink(plan: OutputPlan): { write: (pairs: Iterable<EventOverlap>) => void; close: () => void; abort: () => void } | undefined {
  if (!plan.overlaps) return undefined;
  const sink: TextSink = openFileSink(plan.overlaps);
  sink.write('event,other,kind,excluded\n');
  return {
    write(pairs) {
      let lines: string[] = [];
      for (const o of pairs) {
        lines.push(`${csvCell(o.event)},${csvCell(o.other)},${o.kind},${o.excluded}\n`);
        if (lines.length >= 10000) {
          sink.write(lines.join(''));
          lines = [];
        }
      }
      sink.write(lines.join(''));
    },
    close: () => sink.close(),
    abort: () => sink.abort(),
  };
}

/**
 * Runs the study in memory, streaming each requested output.
 *
 * @param run inputs and outputs
 * @param market market prices
 * @returns the partial (built on demand, for --shard and charts) and the aggregate
 */
export async function runInMemory(run: StudyRun, market: PriceSeries | undefined): Promise<{ partial: () => StudyPartial; aggregate: AggregateResult }> {
  const resolved = resolveEventStudyOptions(run.options);
  // An empty shard still writes its (empty) outputs and partial.
  const batch = run.events.length > 0 ? eventStudyBatch({ market, stocks: run.stocks, events: run.events, ...(run.factors ? { factors: run.factors } : {}) }, resolved, run.onProgress) : undefined;
  const aggregate = batch ? aggregateEvents(batch.core, resolved) : aggregatePartial(emptyPartial(resolved));
  const windows = batch ? batch.carWindows(aggregate) : [];
  await emit(run, batch ? [batch] : [], aggregate, windows, market);
  if (run.report && batch) {
    const { writeStudyReport } = await import('../../report/write'); // loads the renderer only when asked
    const result = studyResult(batch, aggregate, windows);
    const written = await writeStudyReport(result, { dir: run.report.dir, folder: run.folder, stocks: run.stocks, market, factorsFile: run.factorsFile, command: run.command });
    run.io.stdout(`Report: ${written.join(', ')}`);
  }
  // Built only for --shard and --out (nothing is computed for an output not asked for).
  return { partial: () => (batch ? partialFromCore(batch.core, resolved, { rows: batch.rows, market: market?.name }) : emptyPartial(resolved)), aggregate };
}

/**
 * Runs the study through DuckDB over a panel file, batch by batch, streaming outputs.
 *
 * @param run inputs and outputs
 * @param panel the panel file
 * @param market a market series, or a ticker of the panel
 * @param priceColumn long panels: the price column
 * @returns the partial and the aggregate
 */
export async function runDuckDB(run: StudyRun, panel: string, market: { series?: PriceSeries; ticker?: string }, priceColumn: string | undefined): Promise<{ partial: () => StudyPartial; aggregate: AggregateResult }> {
  const { eventStudyFromPanelFile } = await import('../../panel/duckdbStudy');
  const writer = writersFor(run);
  const overlaps = overlapsSink(run.plan);
  const kept: EventStudyBatch[] = [];
  const alignment: EventStudyResult['alignment'] = [];
  let begun = false;
  try {
    const result = await eventStudyFromPanelFile(panel, market.series ?? market.ticker!, run.events, run.options, {
      priceColumn,
      onProgress: run.onProgress,
      async onBatch(batch) {
        if (!begun) writer.begin(batch.options);
        begun = true;
        await writeRowsPaced(run.io, writer, batch.rows);
        overlaps?.write(batch.overlapPairs());
        alignment.push(...batch.alignment.map((a) => ({ ...a, droppedFromStock: [], droppedFromMarket: [] })));
        if (tableOnStdout(run.plan)) kept.push(batch); // the table's events (kept only when the table is printed)
      },
    });
    if (!begun) writer.begin(result.options);
    writer.end(result.aggregate, alignment);
    overlaps?.close();
    if (tableOnStdout(run.plan)) printTable(run, kept.flatMap((b) => b.events), result.aggregate, alignment, result.options, undefined);
    return { partial: () => result.partial, aggregate: result.aggregate };
  } catch (error) {
    writer.abort();
    overlaps?.abort();
    throw error;
  }
}

/** Rows written between two waits for standard output to drain. */
const PACE_ROWS = 2000;

/**
 * Writes `rows` in slices of {@link PACE_ROWS}, waiting after each for standard output to drain when a
 * slow reader of a pipe has filled its buffer (`io.stdoutReady`): the output then waits for the reader
 * instead of piling up in memory. Standard output redirected to a file, or not written at all, never waits.
 */
async function writeRowsPaced(io: CliIO, writer: StudyWriter, rows: EventStudyBatch['rows'], onWritten?: (rows: number) => void): Promise<void> {
  for (let i = 0; i < rows.count; i += PACE_ROWS) {
    writeRows(writer, rows, i, Math.min(i + PACE_ROWS, rows.count));
    onWritten?.(Math.min(i + PACE_ROWS, rows.count));
    const ready = io.stdoutReady?.();
    if (ready) await ready;
  }
}

async function emit(run: StudyRun, batches: EventStudyBatch[], aggregate: AggregateResult, windows: CarWindowResult[], market: PriceSeries | undefined): Promise<void> {
  const writer = writersFor(run);
  const overlaps = overlapsSink(run.plan);
  const options = resolveEventStudyOptions(run.options);
  const alignment = batches.flatMap((b) => b.alignment);
  try {
    writer.begin(options);
    // Writing 100,000 events takes seconds of its own: the progress display counts it as a stage.
    const total = batches.reduce((n, b) => n + b.rows.count, 0);
    run.onStage?.('writing');
    let before = 0;
    for (const b of batches) {
      await writeRowsPaced(run.io, writer, b.rows, (n) => run.onProgress(before + n, total));
      before += b.rows.count;
    }
    writer.end(aggregate, alignment, windows);
    for (const b of batches) overlaps?.write(b.overlapPairs());
    overlaps?.close();
  } catch (error) {
    writer.abort();
    overlaps?.abort();
    throw error;
  }
  if (tableOnStdout(run.plan)) {
    // One batch in memory: its overlapping pairs are listed (up to MAX_LISTED_OVERLAPS) under the table.
    const result = batches.length === 1 ? studyResult(batches[0], aggregate, windows) : undefined;
    printTable(run, batches.flatMap((b) => b.events), aggregate, alignment, options, market, windows, result);
  }
}

function printTable(
  run: StudyRun,
  events: EventResult[],
  aggregate: AggregateResult,
  alignment: EventStudyResult['alignment'],
  options: EventStudyResult['options'],
  market: PriceSeries | undefined,
  windows: CarWindowResult[] = [],
  full?: EventStudyResult,
): void {
  const result = full ?? ({ options, events, aggregate, windows, overlaps: [], alignment } as EventStudyResult);
  const used = new Set(events.map((e) => e.stock));
  run.text.push(run.formatTable(result, run.stocks.filter((s) => used.has(s.name)), market));
  run.io.stdout(run.text.join('\n\n'));
}

/**
 * `event-study merge PART…`: adds up shards' partial sums and prints the tests, as one run over all events would.
 *
 * @param args partial files and options
 * @param io output
 * @returns exit code
 */
export async function runMerge(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('event-study merge', args, { format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, pretty: { type: 'boolean' }, 'allow-missing': { type: 'boolean' }, quiet: { type: 'boolean' } }, true);
  if (positionals.length === 0) throw new UsageError('event-study merge needs the partial files written by --shard I/K --partial FILE');
  const plan = outputPlan(values);
  const read = positionals.map((file) => ({ file, ...partialFromJson(readTextFile(file, 'partial', { maxBytes: DEFAULT_MAX_TABLE_BYTES }), file) }));
  const missing = checkShardSet(read, values['allow-missing'] ?? false);
  const merged = mergePartials(read.map((r) => r.partial));
  const aggregate = aggregatePartial(merged);
  const withoutCounts = read.filter((r) => !r.partial.stockDays).map((r) => r.file);
  const unavailable = withoutCounts.length
    ? `${withoutCounts.join(', ')} ${withoutCounts.length > 1 ? 'have' : 'has'} no stock-day counts (written before 2026-12): run ${withoutCounts.length > 1 ? 'their shards' : 'its shard'} again to have them`
    : undefined;
  const summary = {
    merged: positionals.length,
    ...(missing.length ? { missing_shards: missing } : {}),
    ...(unavailable ? { warnings_unavailable: unavailable } : {}),
    events_run: merged.eventsRun,
    events_ok: merged.eventsOk,
    ...optionsJson(merged.options),
    aggregate: aggregateJson(aggregate),
  };
  if (missing.length) io.stderr(`event-study merge: shards ${missing.join(', ')} are missing (--allow-missing): the tests cover only the shards given`);
  if (unavailable) io.stderr(`event-study merge: the study-design warnings (repeated stock-days, calendar clustering) are unavailable: ${unavailable}`);
  // As one run: each design warning once, at the end of a table on stdout, else on stderr (not with --quiet).
  if (!tableOnStdout(plan) && !values.quiet) for (const w of aggregate.warnings ?? []) io.stderr(`event-study merge: warning: ${w.message}`);
  if (plan.out) {
    const folder = openOutputFolder(plan.out, { force: plan.force, command: `event-study merge ${positionals.join(' ')}` });
    folder.write('aggregate.json', `${JSON.stringify(summary, null, plan.pretty ? 2 : undefined)}\n`);
    await writeOutDirTables(folder, aggregate, merged);
    folder.commit();
    if (!plan.explicitFormat) return 0;
  }
  if (plan.format === 'json' || plan.format === 'jsonl') io.stdout(JSON.stringify(summary, null, plan.pretty ? 2 : undefined));
  else if (plan.format === 'csv') io.stdout(testsCsv(aggregate));
  else {
    const fix = (v: number, d = 3) => (Number.isFinite(v) ? v.toFixed(d) : 'n/a');
    const lines = [
      `Merged ${positionals.length} partial(s): ${merged.eventsRun} events run, ${merged.eventsOk} ok; CAAR ${fix(100 * aggregate.caar, 2)}%`,
      // As the event-study table: stars beside the p-value, the distribution with its degrees of freedom, the legend.
      ...aggregate.tests.map((t) => {
        const df = t.df !== undefined ? `(${Number.isInteger(t.df) ? t.df : t.df.toFixed(2)})` : '';
        return `  ${t.name.padEnd(20)} ${fix(t.statistic).padStart(9)}  p ${fix(t.pValue, 4)} ${significanceStars(t.pValue).padEnd(3)}  ${t.distribution}${df}${t.note ? `  ${t.note}` : ''}`;
      }),
      SIGNIFICANCE_LEGEND,
      ...(aggregate.warnings ?? []).map((w) => `warning: ${w.message}`),
    ];
    io.stdout(lines.join('\n'));
  }
  return 0;
}
