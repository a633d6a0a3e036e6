import { describe, expect, it } from 'vitest';
import { eventJson, eventStudyBatch, resolveEventStudyOptions, type CarWindowResult, type EventResult, type EventSpec, type PriceSeries } from 'market-reaction';
import { aggregateEvents } from '../../src/eventstudy/aggregate';
import { aggregateJson, alignmentJson, eventRowJson, optionsJson, windowsJson } from '../../src/eventstudy/json';
import { eventsCsvWriter, arCsvWriter, jsonlWriter, jsonWriter, writeRows, type StudyWriter } from '../../src/eventstudy/output/writers';
import { rowsOfResults } from '../../src/eventstudy/rows';
import { normalDraws } from './synthetic';

// The streaming writers read a batch's events as columns (batch.rows) instead of EventResult
// objects: every byte must be what the objects give. The events cover every shape of result.
function prices(name: string, days: number, seed: number, from = Date.UTC(2019, 0, 1)): PriceSeries {
  const draw = normalDraws(seed);
  const dates: string[] = [];
  const values: number[] = [];
  let price = 100;
  for (let t = 0, k = 0; k < days; t++) {
    const day = new Date(from + t * 86_400_000);
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    dates.push(day.toISOString().slice(0, 10));
    price *= 1 + 0.01 * draw();
    values.push(price);
    k++;
  }
  return { name, dates, prices: Float64Array.from(values), source: { file: `${name}.csv`, format: 'plain', delimiter: ',', decimalSeparator: '.', dateColumn: 'Date', priceColumn: 'Close', columns: ['Date', 'Close'], rowsRead: days, skippedRows: [], duplicateRows: 0, reordered: false } };
}

const market = prices('index', 500, 1);
const stock = prices('ACME "quoted", =1+1', 500, 2);
const short = prices('short', 3, 3);
const events: EventSpec[] = [
  { stock: stock.name, date: '2020-03-02', id: 'ok, "comma"' },
  { stock: stock.name, date: '2020-03-07' }, // a Saturday: day 0 moves (note)
  { stock: stock.name, date: '2020-03-02' }, // repeated id → #2
  { stock: stock.name, date: '2019-01-10' }, // too early: insufficient estimation
  { stock: stock.name, date: '2030-01-01' }, // after the data: no trading day
  { stock: 'nobody', date: '2020-03-02', id: '=cmd' }, // unknown stock
  { stock: short.name, date: '2019-01-02' }, // too short a series
  { stock: stock.name, date: '2020-11-30', id: 'éè\u2028\n' },
];

function collect(make: (sink: { write(t: string): void; close(): void; abort(): void }) => StudyWriter, feed: (w: StudyWriter) => void): string {
  let text = '';
  const writer = make({ write: (t) => void (text += t), close() {}, abort() {} });
  writer.begin(resolveEventStudyOptions({}));
  feed(writer);
  return text;
}

describe('batch.rows: the events as columns', () => {
  for (const options of [{}, { carWindows: [[0, 0]] as [number, number][], excludeOtherEvents: true }, { model: 'mean-adjusted' as const }]) {
    const resolved = resolveEventStudyOptions(options);
    const batch = eventStudyBatch({ market, stocks: [stock, short], events }, resolved);
    const objects: EventResult[] = batch.events;

    it(`reads the same values as the EventResult objects (${JSON.stringify(options)})`, () => {
      expect(new Set(objects.map((e) => e.status))).toEqual(new Set(['ok', 'insufficient_estimation', 'no_trading_day', 'unknown_stock', 'missing_data']));
      expect(objects.some((e) => e.note)).toBe(true);
      for (let i = 0; i < objects.length; i++) expect(batch.rows.result(i)).toEqual(objects[i]);
    });

    it('eventRowJson from the columns is eventJson of the object, byte for byte', () => {
      for (let i = 0; i < objects.length; i++) {
        expect(JSON.stringify(eventRowJson(batch.rows, i))).toBe(JSON.stringify(eventJson(objects[i])));
        expect(JSON.stringify(eventRowJson(rowsOfResults(objects), i, 'event'))).toBe(JSON.stringify({ type: 'event', ...eventJson(objects[i]) }));
      }
      // eventJson field by field (the reference the CLI's JSON has always had)
      const ok = objects.find((e) => e.status === 'ok')!;
      const n = (v: number) => (Number.isFinite(v) ? v : null);
      expect(eventJson(ok)).toEqual({
        id: ok.id, stock: ok.stock, event_date: ok.eventDate, day0_date: ok.day0Date, status: 'ok', alpha: n(ok.alpha), beta: n(ok.beta), sigma: n(ok.sigma), r2: n(ok.r2), n: ok.n,
        ar: ok.ar.map((d) => ({ day: d.day, date: d.date, ar: n(d.ar), t_ar: n(d.tAr), return: n(d.ret), expected_return: n(d.expected) })),
        car: n(ok.car), bhar: n(ok.bhar), t_car: n(ok.tCar), p_car: n(ok.pCar),
        overlaps: { event_windows: ok.overlaps!.eventWindows, in_estimation: ok.overlaps!.inEstimation, in_others_estimation: ok.overlaps!.inOthersEstimation },
        ...(ok.note ? { note: ok.note } : {}),
      });
      const unknown = objects.find((e) => e.status === 'unknown_stock')!;
      expect(eventJson(unknown)).toMatchObject({ day0_date: null, alpha: null, n: 0, ar: [], reason: unknown.reason });
    });

    it('each writer writes the same bytes from rows as from objects', () => {
      for (const make of [jsonWriter, (s: Parameters<typeof jsonWriter>[0]) => jsonWriter(s, { pretty: true }), jsonlWriter, eventsCsvWriter, arCsvWriter]) {
        const fromObjects = collect(make, (w) => w.events(objects));
        const fromRows = collect(make, (w) => writeRows(w, batch.rows, 0, batch.rows.count));
        expect(fromRows).toBe(fromObjects);
      }
    });

    it('JSON and JSON Lines hold each event as JSON.stringify(eventRowJson) on its own line (events stringified in slices)', () => {
      // Ids that look like the boundary between two events stay inside their strings.
      const tricky: EventResult[] = [...objects, ...Array.from({ length: 300 }, (_, k) => ({ ...objects[k % objects.length], id: k % 2 ? `x},{"id":${k}` : `y},{"type":"event","id":${k}` }))];
      const list = rowsOfResults(tricky);
      const lines = Array.from({ length: list.count }, (_, i) => JSON.stringify(eventRowJson(list, i)));
      const json = collect(jsonWriter, (w) => writeRows(w, list));
      expect(json.slice(json.indexOf('"events":[') + 10)).toBe(`\n${lines.join(',\n')}`);
      const typed = Array.from({ length: list.count }, (_, i) => `${JSON.stringify(eventRowJson(list, i, 'event'))}\n`);
      expect(collect(jsonlWriter, (w) => writeRows(w, list))).toBe(typed.join(''));
    });
  }

  it("the JSON and JSON Lines tails write the windows' CARs in slices: the text of one JSON.stringify of the whole tail", () => {
    const resolved = resolveEventStudyOptions({});
    const batch = eventStudyBatch({ market, stocks: [stock, short], events }, resolved);
    const aggregate = aggregateEvents(batch.core, resolved);
    // A warning that is not Latin-1 (the real ones have r̄), 300 CARs (more than a slice) with tricky ids and NaNs, an empty window.
    aggregate.warnings = [{ kind: 'repeated_events', affectedEvents: 2, nEvents: 3, message: 'r̄ \u2028 "quoted"' }];
    const cars = Array.from({ length: 300 }, (_, k) => ({ id: k % 3 ? `e${k}` : `q"]},{"id":\u2028${k}`, car: k % 7 ? k / 1000 : NaN, tCar: 1.5 - k, pCar: k % 5 ? 0.1 : NaN }));
    const windows: CarWindowResult[] = [
      { window: [-1, 1], nEvents: 300, caar: 0.01, tests: aggregate.tests, cars },
      { window: [0, 0], nEvents: 0, caar: NaN, tests: [], cars: [] },
      { window: [-5, 5], nEvents: 300, caar: -0.02, tests: aggregate.tests, cars: cars.slice(0, 129) },
    ];
    for (const list of [windows, windows.slice(0, 1), []]) {
      const tail = { aggregate: aggregateJson(aggregate), ...(list.length ? { windows: windowsJson(list) } : {}), alignment: alignmentJson(batch.alignment) };
      const json = collect(jsonWriter, (w) => w.end(aggregate, batch.alignment, list));
      expect(json.slice(json.indexOf('],\n"aggregate"') + 3)).toBe(`${JSON.stringify(tail).slice(1)}\n`);
      JSON.parse(json);
      const jsonl = collect(jsonlWriter, (w) => w.end(aggregate, batch.alignment, list));
      expect(jsonl).toBe(`${JSON.stringify({ type: 'aggregate', ...optionsJson(resolved), ...tail })}\n`);
    }
  });

  it('events.csv rows by hand: text cells neutralised and quoted, empty cells for NaN', () => {
    const batch = eventStudyBatch({ market, stocks: [stock], events: [{ stock: 'nobody', date: '2020-03-02', id: '=cmd' }] }, resolveEventStudyOptions({}));
    const csv = collect(eventsCsvWriter, (w) => writeRows(w, batch.rows));
    expect(csv.split('\n')[1]).toBe(`'=cmd,nobody,2020-03-02,,unknown_stock,"no price series named ""nobody""",,,,,,0,,,,,0,0,0`);
  });
});
