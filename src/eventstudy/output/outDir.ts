import type { OutputFolder } from '../../io/output-folder';
import type { TextSink } from '../../io/stream';
import type { StudyPartial } from '../partial';
import type { AggregateResult, EventResult, EventStudyResult } from '../types';
import { aarCsv, arCsvWriter, eventsCsvWriter, jsonWriter, teeWriter, testsByDayCsv, testsCsv, type StudyWriter } from './writers';

/** CSV files in an output folder start with a UTF-8 byte-order mark, as every CSV the toolkit writes to a folder (Excel reads them as UTF-8). */
const BOM = '\uFEFF';

/** A sink whose text starts with the byte-order mark. */
function csvSink(sink: TextSink): TextSink {
  sink.write(BOM);
  return sink;
}

/**
 * The streamed part of `--out DIR`: event-study.json, events.csv and ar.csv, written
 * an event at a time (each file appears complete, or not at all, and is recorded in the
 * folder's manifest: see `openOutputFolder`).
 *
 * @param folder the open output folder
 * @param pretty indent the JSON
 * @returns a writer feeding the three files
 */
export function outDirWriter(folder: OutputFolder, pretty = false): StudyWriter {
  return teeWriter([
    jsonWriter(folder.stream('event-study.json'), { pretty }),
    eventsCsvWriter(csvSink(folder.stream('events.csv'))),
    arCsvWriter(csvSink(folder.stream('ar.csv'))),
  ]);
}

/**
 * The rest of `--out DIR` once the aggregate is known: tests.csv, tests_by_day.csv,
 * aar.csv and the CAAR chart (caar.svg/.png/.html; skipped when no event has results).
 *
 * @param folder the open output folder
 * @param aggregate the aggregate
 * @param partial the events' values (for the chart's CAR band)
 * @param options [chart=true] whether to draw the CAAR chart (the HTML report draws its own)
 * @returns the files written
 */
export async function writeOutDirTables(folder: OutputFolder, aggregate: AggregateResult, partial: StudyPartial, options: { chart?: boolean } = {}): Promise<string[]> {
  const files = [
    ['tests.csv', testsCsv(aggregate)],
    ['tests_by_day.csv', testsByDayCsv(aggregate)],
    ['aar.csv', aarCsv(aggregate)],
  ];
  const written = files.map(([name, text]) => folder.write(name, BOM + text));
  if (partial.eventsOk > 0 && options.chart !== false) {
    // Charts pull in vega and resvg: loaded only when a chart is written.
    const { caarChart } = await import('../../charts/fromEventStudy');
    const { writeCharts } = await import('../../render/writeCharts');
    written.push(...(await writeCharts([{ name: 'caar', spec: caarChart(chartStudy(partial, aggregate)) }], folder)));
  }
  return written;
}

/** The minimal study the CAAR chart needs (ok events' ARs, σ and n), rebuilt from a partial. */
function chartStudy(partial: StudyPartial, aggregate: AggregateResult): EventStudyResult {
  const L = partial.windowLength;
  const ar = partial.perEvent.ar;
  const events: EventResult[] = [];
  // The chart's subtitle names the sample ("60 events of 2 stocks vs KOSPI"): the partial's labels say which.
  const stocks = partial.labels?.stocks ?? [];
  for (let i = 0; i < partial.eventsOk; i++) {
    events.push({
      id: String(i),
      stock: stocks.length > 0 ? stocks[i % stocks.length] : 'unnamed stocks',
      eventDate: '',
      status: 'ok',
      alpha: NaN,
      beta: NaN,
      sigma: partial.perEvent.sigma[i],
      r2: NaN,
      n: partial.perEvent.n[i],
      ar: Array.from({ length: L }, (_, d) => ({ day: partial.options.window[0] + d, date: '', ar: ar[i * L + d], tAr: NaN, ret: NaN, expected: NaN })),
      car: partial.perEvent.car[i],
      bhar: NaN,
      tCar: NaN,
      pCar: NaN,
    });
  }
  const market = partial.labels?.market;
  const alignment = market !== undefined ? [{ stock: '', market, droppedFromStock: [], droppedFromMarket: [], commonDays: 0 }] : [];
  return { options: partial.options, events, aggregate, windows: [], overlaps: [], alignment };
}
