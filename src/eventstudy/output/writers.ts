/** Streaming writers of event-study results: JSON, JSON Lines and CSV tables, an event at a time. */
import { csvCell } from '../../io/csv';
import type { TextSink } from '../../io/stream';
import { aggregateJson, alignmentJson, carJson, eventRowJson, optionsJson, windowHeadJson, windowsJson, type EventJson } from '../json';
import { rowsOfResults, type EventRows } from '../rows';
import type { AggregateResult, CarWindowResult, EventResult, EventStudyResult, ResolvedOptions } from '../types';

/** Receives a study piece by piece: the options, events in batches, then the aggregate. */
export interface StudyWriter {
  begin(options: ResolvedOptions): void;
  events(events: EventResult[]): void;
  /**
   * Optional: events `from` to `to − 1` of `rows`, read field by field (a batch's `rows`: no
   * EventResult objects are built). A writer without it gets `events` with the objects
   * (see {@link writeRows}); the writers here have both.
   */
  rows?(rows: EventRows, from: number, to: number): void;
  end(aggregate: AggregateResult, alignment: EventStudyResult['alignment'], windows?: CarWindowResult[]): void;
  /** Drops the output (the run failed). */
  abort(): void;
}

/** Options of {@link jsonWriter}. */
export interface JsonWriterOptions {
  /** [pretty=false] Indent with 2 spaces (larger; the default is compact, one event per line). */
  pretty?: boolean;
  /** Fields written before the study's (e.g. claim checks). */
  head?: Record<string, unknown>;
}

/**
 * JSON in the shape of `eventStudyJson`, written an event at a time: compact by default,
 * with a line break between events (so the file is also easy to cut and grep).
 *
 * @param sink where the text goes
 * @param options pretty-printing, leading fields
 * @returns a writer
 * @example
 * writeStudy(result, jsonWriter(openFileSink('out/study.json')));
 */
export function jsonWriter(sink: TextSink, options: JsonWriterOptions = {}): StudyWriter {
  const indent = options.pretty ? 2 : undefined;
  const inner = (value: unknown, depth: number) => {
    const text = JSON.stringify(value, null, indent);
    return indent ? text.replace(/\n/g, `\n${' '.repeat(depth * indent)}`) : text;
  };
  const nl = indent ? '\n  ' : '\n';
  let count = 0;
  const fields = (record: Record<string, unknown>) =>
    Object.entries(record)
      .map(([k, v]) => `${JSON.stringify(k)}:${indent ? ' ' : ''}${inner(v, 1)}`)
      .join(indent ? ',\n  ' : ',');
  const rows = (rows: EventRows, from: number, to: number): void => {
    if (!indent) {
      for (let start = from; start < to; start += STRINGIFY_SLICE) {
        const end = Math.min(start + STRINGIFY_SLICE, to);
        sink.write(count === 0 ? '\n' : ',\n');
        sink.write(eventsText(rows, start, end, '},{"id":', '},\n{"id":'));
        count += end - start;
      }
      return;
    }
    for (let i = from; i < to; i++) sink.write(`${count++ === 0 ? '' : ','}\n    ${inner(eventRowJson(rows, i), 2)}`);
  };
  return {
    begin(studyOptions) {
      sink.write(`{${indent ? '\n  ' : ''}${fields({ ...options.head, ...optionsJson(studyOptions) })},${nl}"events":${indent ? ' ' : ''}[`);
    },
    events: (events) => rows(rowsOfResults(events), 0, events.length),
    rows,
    end(aggregate, alignment, windows) {
      const close = `${count > 0 ? `\n${indent ? '  ' : ''}` : ''}],${nl}`;
      if (!indent && windows?.length) {
        // Compact: the windows' per-event CARs go out in slices, as the events did (the same text as `fields` of the whole tail).
        sink.write(`${close}${fields({ aggregate: aggregateJson(aggregate) })},"windows":`);
        writeWindowsJson(sink, windows);
        sink.write(`,${fields({ alignment: alignmentJson(alignment) })}}\n`);
      } else {
        const tail = { aggregate: aggregateJson(aggregate), ...(windows?.length ? { windows: windowsJson(windows) } : {}), alignment: alignmentJson(alignment) };
        sink.write(`${close}${fields(tail)}${indent ? '\n' : ''}}\n`);
      }
      sink.close();
    },
    abort: () => sink.abort(),
  };
}

/**
 * JSON Lines: one line per event (`{"type":"event",…}`, as in {@link eventJson}), then one
 * line `{"type":"aggregate", …options, aggregate, alignment}`.
 *
 * @param sink where the text goes
 * @returns a writer
 */
export function jsonlWriter(sink: TextSink): StudyWriter {
  let studyOptions: ResolvedOptions;
  const rows = (rows: EventRows, from: number, to: number): void => {
    for (let start = from; start < to; start += STRINGIFY_SLICE) {
      const end = Math.min(start + STRINGIFY_SLICE, to);
      sink.write(`${eventsText(rows, start, end, '},{"type":"event","id":', '}\n{"type":"event","id":', 'event')}\n`);
    }
  };
  return {
    begin(o) {
      studyOptions = o;
    },
    events: (events) => rows(rowsOfResults(events), 0, events.length),
    rows,
    end(aggregate, alignment, windows) {
      const head = JSON.stringify({ type: 'aggregate', ...optionsJson(studyOptions), aggregate: aggregateJson(aggregate) });
      if (windows?.length) {
        // The windows' per-event CARs in slices (the line is the same text as one JSON.stringify of the whole record).
        sink.write(`${head.slice(0, -1)},"windows":`);
        writeWindowsJson(sink, windows);
        sink.write(`,"alignment":${JSON.stringify(alignmentJson(alignment))}}\n`);
      } else sink.write(`${head.slice(0, -1)},"alignment":${JSON.stringify(alignmentJson(alignment))}}\n`);
      sink.close();
    },
    abort: () => sink.abort(),
  };
}

/** Events serialised by one JSON.stringify call (a few hundred KB of text; their objects die young). */
const STRINGIFY_SLICE = 128;

/**
 * Events `from`..`to − 1` as compact JSON, one per line: one `JSON.stringify` of their objects
 * (one native call instead of one per event: ≈ 13% less CPU for the JSON at 10,000 events, cold),
 * its brackets dropped and each boundary between two events (`boundary`, e.g. `},{"id":`) given a
 * line break (`separated`). The boundary cannot occur anywhere else: inside a string its quotes
 * would be escaped (`\"`), and the only other `},{` of an event is between its `ar` days, whose
 * objects start with `"day"`.
 */
function eventsText(rows: EventRows, from: number, to: number, boundary: string, separated: string, type?: 'event'): string {
  const list: EventJson[] = [];
  for (let i = from; i < to; i++) list.push(eventRowJson(rows, i, type));
  return JSON.stringify(list).slice(1, -1).replaceAll(boundary, separated);
}

/**
 * `JSON.stringify(windowsJson(windows))` written in pieces: each window's fields, then its `cars`
 * {@link STRINGIFY_SLICE} at a time — no array of an object per event and window, no single string
 * of them all (1 MB at 10,000 events, in two bytes a character when the aggregate's warnings are not Latin-1).
 */
function writeWindowsJson(sink: TextSink, windows: CarWindowResult[]): void {
  windows.forEach((w, k) => {
    sink.write(`${k === 0 ? '[' : ','}${JSON.stringify(windowHeadJson(w)).slice(0, -1)},"cars":[`);
    for (let start = 0; start < w.cars.length; start += STRINGIFY_SLICE) {
      const slice: ReturnType<typeof carJson>[] = [];
      for (let i = start; i < Math.min(start + STRINGIFY_SLICE, w.cars.length); i++) slice.push(carJson(w.cars[i]));
      sink.write(`${start === 0 ? '' : ','}${JSON.stringify(slice).slice(1, -1)}`);
    }
    sink.write(']}');
  });
  sink.write(']');
}

/** Columns of events.csv. */
export const EVENT_COLUMNS = ['id', 'stock', 'event_date', 'day0_date', 'status', 'reason', 'note', 'alpha', 'beta', 'sigma', 'r2', 'n', 'car', 'bhar', 't_car', 'p_car', 'overlap_event_windows', 'overlap_in_estimation', 'overlap_in_others_estimation'];

/** A number cell as `csvLine` writes it: empty when not finite. */
const numCell = (value: number) => (Number.isFinite(value) ? String(value) : '');

/** `csvCell` for a text cell, memoised for the few texts that repeat on every row (dates, stock names, statuses); bounded (past `limit` texts it stops growing). */
function csvCellQuoter(limit = 100_000): (text: string | undefined) => string {
  const cache = new Map<string, string>();
  return (text) => {
    if (text === undefined) return '';
    let cellText = cache.get(text);
    if (cellText === undefined) {
      cellText = csvCell(text);
      if (cache.size < limit) cache.set(text, cellText);
    }
    return cellText;
  };
}

const csvLine = (cells: unknown[]) => `${cells.map((c) => csvCell(c === undefined ? null : typeof c === 'number' ? (Number.isFinite(c) ? c : null) : (c as string | null))).join(',')}\n`;

/**
 * events.csv: one row per event (see {@link EVENT_COLUMNS}); fractions, empty cells for
 * unavailable numbers, text cells neutralised against spreadsheet formulas.
 *
 * @param sink where the text goes
 * @returns a writer (the aggregate is not part of this table)
 */
export function eventsCsvWriter(sink: TextSink): StudyWriter {
  const cell = csvCellQuoter();
  const rows = (r: EventRows, from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const o = r.hasOverlaps(i);
      sink.write(`${csvCell(r.id(i))},${cell(r.stock(i))},${cell(r.eventDate(i))},${cell(r.day0Date(i))},${cell(r.status(i))},${csvCell(r.reason(i))},${csvCell(r.note(i))},${numCell(r.alpha(i))},${numCell(r.beta(i))},${numCell(r.sigma(i))},${numCell(r.r2(i))},${numCell(r.n(i))},${numCell(r.car(i))},${numCell(r.bhar(i))},${numCell(r.tCar(i))},${numCell(r.pCar(i))},${o ? numCell(r.overlapEventWindows(i)) : ''},${o ? numCell(r.overlapInEstimation(i)) : ''},${o ? numCell(r.overlapInOthersEstimation(i)) : ''}\n`);
    }
  };
  return {
    begin: () => sink.write(csvLine(EVENT_COLUMNS)),
    events: (events) => rows(rowsOfResults(events), 0, events.length),
    rows,
    end: () => sink.close(),
    abort: () => sink.abort(),
  };
}

/**
 * ar.csv: one row per event and event-window day: id, stock, day, date, return,
 * expected_return, ar, t_ar (fractions).
 *
 * @param sink where the text goes
 * @returns a writer
 */
export function arCsvWriter(sink: TextSink): StudyWriter {
  const cell = csvCellQuoter();
  const rows = (r: EventRows, from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const days = r.days(i);
      if (days === 0) continue;
      const head = `${csvCell(r.id(i))},${cell(r.stock(i))},`;
      for (let d = 0; d < days; d++) sink.write(`${head}${numCell(r.day(i, d))},${cell(r.date(i, d))},${numCell(r.ret(i, d))},${numCell(r.expected(i, d))},${numCell(r.ar(i, d))},${numCell(r.tAr(i, d))}\n`);
    }
  };
  return {
    begin: () => sink.write(csvLine(['id', 'stock', 'day', 'date', 'return', 'expected_return', 'ar', 't_ar'])),
    events: (events) => rows(rowsOfResults(events), 0, events.length),
    rows,
    end: () => sink.close(),
    abort: () => sink.abort(),
  };
}

/**
 * The window tests as CSV, one row per test, columns from the tests themselves (name,
 * statistic, p_value, distribution, df, n, note — and whatever fields a test adds).
 *
 * @param aggregate the aggregate
 * @returns CSV text
 */
export function testsCsv(aggregate: AggregateResult): string {
  const rows = aggregateJson(aggregate).tests as Record<string, unknown>[];
  return tableCsv(rows, TEST_COLUMNS);
}

/**
 * The per-day tests as CSV: one row per event-window day and test (day, name, statistic, …).
 *
 * @param aggregate the aggregate
 * @returns CSV text
 */
export function testsByDayCsv(aggregate: AggregateResult): string {
  const rows = aggregateJson(aggregate).tests_by_day.flatMap((d) => (d.tests as Record<string, unknown>[]).map((t) => ({ day: d.day, ...t })));
  return tableCsv(rows, ['day', ...TEST_COLUMNS]);
}

/** Columns every tests table has (a test's further fields are appended). */
const TEST_COLUMNS = ['name', 'statistic', 'p_value', 'significance', 'distribution', 'df', 'n', 'note'];

/**
 * AAR and CAAR per event-window day as CSV (day, aar, caar, n).
 *
 * @param aggregate the aggregate
 * @returns CSV text
 */
export function aarCsv(aggregate: AggregateResult): string {
  return tableCsv(aggregateJson(aggregate).aar);
}

/** Rows of records as CSV, columns in first-seen order across all rows. */
function tableCsv(rows: Record<string, unknown>[], first: string[] = []): string {
  const columns: string[] = [...first];
  for (const r of rows) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  return [csvLine(columns), ...rows.map((r) => csvLine(columns.map((c) => r[c] ?? null)))].join('');
}

/**
 * Several writers fed together (e.g. JSON, events.csv and ar.csv for `--out DIR`).
 *
 * @param writers the writers
 * @returns one writer passing every call on
 */
export function teeWriter(writers: StudyWriter[]): StudyWriter {
  return {
    begin: (o) => writers.forEach((w) => w.begin(o)),
    events: (e) => writers.forEach((w) => w.events(e)),
    rows(rows, from, to) {
      // Writers without `rows` share one list of objects.
      let objects: EventResult[] | undefined;
      const shared = () => (objects ??= resultsOf(rows, from, to));
      for (const w of writers) writeRows(w, rows, from, to, shared);
    },
    end: (a, al, wi) => writers.forEach((w) => w.end(a, al, wi)),
    abort: () => writers.forEach((w) => w.abort()),
  };
}

function resultsOf(rows: EventRows, from: number, to: number): EventResult[] {
  const list: EventResult[] = [];
  for (let i = from; i < to; i++) list.push(rows.result(i));
  return list;
}

/**
 * Passes events `from`..`to − 1` of `rows` to a writer: through its `rows` method when it has
 * one, else as EventResult objects to `events`.
 *
 * @param writer where they go
 * @param rows the events
 * @param from first event
 * @param to one past the last
 * @param objects the EventResult objects of those events, for a writer without `rows` (built from `rows` by default)
 */
export function writeRows(writer: StudyWriter, rows: EventRows, from = 0, to = rows.count, objects = () => resultsOf(rows, from, to)): void {
  if (writer.rows) writer.rows(rows, from, to);
  else writer.events(objects());
}

/**
 * Writes a finished in-memory study through a writer, in batches of events.
 *
 * @param result from `eventStudy`
 * @param writer where it goes
 * @example
 * writeStudy(result, jsonlWriter(openFileSink('out/study.jsonl')));
 */
export function writeStudy(result: EventStudyResult, writer: StudyWriter): void {
  try {
    writer.begin(result.options);
    for (let i = 0; i < result.events.length; i += 1000) writer.events(result.events.slice(i, i + 1000));
    writer.end(result.aggregate, result.alignment, result.windows);
  } catch (error) {
    writer.abort();
    throw error;
  }
}
