import { InputError } from '../errors';
import { aggregateEvents } from './aggregate';
import { StudyDesignTally, stockDaysFromJson, stockDaysJson, type StockDayCounts } from './design';
import { runEventStudyCore, SUMMED_OUTPUT_FIELDS, type CoreOutput } from './core';
import type { EventRows } from './rows';
import { engineNeeds } from './selection';
import type { AggregateResult, ResolvedOptions } from './types';

/**
 * What the aggregate tests need from a set of events, in a form that merges:
 * per-event and per-event-day values of the events with status ok (concatenated on
 * merge; every test is a sum over them, or — Wilcoxon, ranks — a function of their
 * values), and the estimation-window accumulators indexed by relative day (added on merge).
 */
export interface StudyPartial {
  options: ResolvedOptions;
  windowLength: number;
  estimationLength: number;
  /** Events run (any status) and events with status ok. */
  eventsRun: number;
  eventsOk: number;
  /** Per ok event, `stride[field]` values per event, event-major: 1 (car, scar, dof …), L window days (ar, sar, rankU …) or E estimation days (GRANK's standardized residuals). */
  perEvent: Record<string, Float64Array>;
  stride: Record<string, number>;
  /** Sums over events by relative estimation day (Brown–Warner AAR, Corrado ranks, Kolari–Pynnönen). */
  sums: Record<string, Float64Array>;
  /**
   * The ok events by day 0 and stock, for the study-design warnings (repeated stock-days, calendar
   * clustering); merged by adding. Absent in partials written before 2026-12 (and when built without
   * the events' rows): a merge with such a part cannot warn, and says so.
   */
  stockDays?: StockDayCounts;
  /** For charts and the merge's checks: the market's name and the stocks of the ok events (sorted, distinct). */
  labels?: { market?: string; stocks: string[] };
  /**
   * Which study a shard belongs to (set by `event-study --shard`): every shard of one study
   * carries the same identity, computed from the whole events list before sharding, so a
   * merge can refuse parts of different studies and check that the shards add up to it.
   */
  study?: StudyIdentity;
}

/** The identity of a sharded study: its events (all shards), as count and SHA-256, and its market. */
export interface StudyIdentity {
  /** Events in the whole study (before sharding). */
  events: number;
  /** SHA-256 (hex) of the events' `stock,date,id` lines in input order. */
  eventsSha256: string;
  market?: string;
  /** The panel the shards read (`event-study --panel`): size and SHA-256 of its content (see `panelFingerprint`). */
  panel?: { bytes: number; sha256: string };
}

const SUMMED = new Set<string>(SUMMED_OUTPUT_FIELDS);
/** Per event-day fields, for the stride of an engine output without events. */
const PER_EVENT_DAY: Record<string, true> = { ar: true, sar: true, tAr: true, ret: true, expected: true, rankU: true, signG: true, varianceFactor: true };

/**
 * The partial of no events (an empty shard): zero accumulators.
 *
 * @param options resolved options
 * @returns an empty partial
 */
export function emptyPartial(options: ResolvedOptions): StudyPartial {
  return partialFromCore(runEventStudyCore([], [], options), options);
}

/**
 * The partial of one engine run: every Float64Array field of the engine output, kept
 * for the events with status ok (k values per event: 1, L window days or E estimation
 * days), and the summed accumulators. Fields are found by their length, so a new per-event quantity of the
 * engine flows into partials (and merges) without changes here; a new accumulator must be
 * listed in `SUMMED_OUTPUT_FIELDS`.
 *
 * @param core engine output
 * @param options the options it was run with
 * @returns the partial
 * @example
 * partialFromCore(batch.core, options).eventsOk; // => 3
 */
export function partialFromCore(core: CoreOutput, options: ResolvedOptions, labels?: { rows?: EventRows; market?: string }): StudyPartial {
  const N = core.eventCount;
  const L = core.windowLength;
  const ok: number[] = [];
  for (let i = 0; i < N; i++) if (core.status[i] === 0) ok.push(i);
  const partial: StudyPartial = { options, windowLength: L, estimationLength: core.estimationLength, eventsRun: N, eventsOk: ok.length, perEvent: {}, stride: {}, sums: {} };
  // A single run recomputes GRANK's estimation SARs from its fits; a partial carries them (merging needs them).
  const fields: [string, unknown][] = Object.entries(core);
  if (!core.estimationSar && core.estimationSarOf && engineNeeds(options).grank) {
    const E = core.estimationLength;
    const sars = new Float64Array(N * E).fill(NaN);
    for (const i of ok) core.estimationSarOf(i, sars.subarray(i * E, (i + 1) * E));
    fields.push(['estimationSar', sars]);
  }
  for (const [key, value] of fields) {
    if (!(value instanceof Float64Array)) continue;
    if (SUMMED.has(key)) {
      partial.sums[key] = Float64Array.from(value);
      continue;
    }
    // Per-event fields hold k values per event (1, L or E): found by their length.
    const k = N > 0 ? value.length / N : key in PER_EVENT_DAY ? L : key.startsWith('estimationSar') ? core.estimationLength : 1;
    if (!Number.isInteger(k)) continue;
    const kept = new Float64Array(ok.length * k);
    ok.forEach((i, j) => kept.set(value.subarray(i * k, (i + 1) * k), j * k));
    partial.perEvent[key] = kept;
    partial.stride[key] = k;
  }
  if (labels?.rows || N === 0) {
    const design = new StudyDesignTally();
    if (labels?.rows) design.addRows(labels.rows);
    partial.stockDays = design.counts();
  }
  if (labels) {
    const stocks = new Set<string>();
    if (labels.rows) for (const i of ok) stocks.add(labels.rows.stock(i));
    partial.labels = { ...(labels.market !== undefined ? { market: labels.market } : {}), stocks: [...stocks].sort() };
  }
  return partial;
}

/** The options two partials differ in, as "window [-5,5] here, [-1,1] there". */
export function optionsDifference(a: ResolvedOptions, b: ResolvedOptions): string {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])] as (keyof ResolvedOptions)[];
  return keys
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => `${k} ${JSON.stringify(a[k])} here, ${JSON.stringify(b[k])} there`)
    .join('; ');
}

/** How two partials' panels differ, for the message (undefined when they are the same). */
function panelDifference(a: StudyIdentity['panel'], b: StudyIdentity['panel']): string | undefined {
  if (a?.sha256 === b?.sha256) return undefined;
  const describe = (p: StudyIdentity['panel']) => (p ? `${p.bytes.toLocaleString('en-US')} bytes, SHA-256 ${p.sha256.slice(0, 12)}…` : 'no panel');
  return `${describe(a)} here, ${describe(b)} there`;
}

/**
 * Why partial `p` cannot be merged with `first` (other options, or another study's events), or
 * undefined when it can: the one check `mergePartials` and `event-study merge` (checkShardSet) make.
 *
 * @param p a partial
 * @param first the partial it is merged with
 * @param firstName how the message names `first` ('the first', a file name)
 * @returns e.g. `was run with other options than p1.json (window [-5,5] here, [-1,1] there): merge only shards of one study`
 */
export function partialMismatch(p: StudyPartial, first: StudyPartial, firstName: string): string | undefined {
  if (JSON.stringify(p.options) !== JSON.stringify(first.options)) {
    return `was run with other options than ${firstName} (${optionsDifference(p.options, first.options)}): merge only shards of one study`;
  }
  // Shards over different panel files would mix prices: refused as firmly as another events file.
  const panels = panelDifference(p.study?.panel, first.study?.panel);
  if (panels) return `was run on another panel than ${firstName} (${panels}): give every shard the same panel file`;
  if (JSON.stringify(p.study ?? null) !== JSON.stringify(first.study ?? null)) {
    return `comes from another study than ${firstName} (${studyDifference(p.study, first.study)}): merge only shards of one run`;
  }
  return undefined;
}

/**
 * Merges partials of disjoint event sets (shards, batches): per-event values are
 * concatenated, accumulators added. The aggregate of the merge equals the aggregate of
 * one run over all the events (to rounding in the order of additions).
 *
 * @param parts partials run with the same options
 * @returns the merged partial
 * @throws {InputError} when the options or window lengths differ
 * @example
 * aggregatePartial(mergePartials([shard1, shard2])).tests; // same as one run
 */
export function mergePartials(parts: StudyPartial[]): StudyPartial {
  if (parts.length === 0) throw new InputError('no partial results to merge');
  const [first] = parts;
  parts.forEach((p, k) => {
    const mismatch = partialMismatch(p, first, 'the first');
    if (mismatch) throw new InputError(`partial ${k + 1} ${mismatch}`);
  });
  const concat = (arrays: Float64Array[]) => {
    const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
    let at = 0;
    for (const a of arrays) {
      out.set(a, at);
      at += a.length;
    }
    return out;
  };
  const fieldsOf = (pick: (p: StudyPartial) => Record<string, Float64Array>) => Object.keys(pick(first));
  const merged: StudyPartial = {
    ...first,
    eventsRun: parts.reduce((n, p) => n + p.eventsRun, 0),
    eventsOk: parts.reduce((n, p) => n + p.eventsOk, 0),
    perEvent: Object.fromEntries(fieldsOf((p) => p.perEvent).map((k) => [k, concat(parts.map((p) => p.perEvent[k] ?? new Float64Array(p.eventsOk * first.stride[k]).fill(NaN)))])),
    stride: { ...(parts.find((p) => p.eventsOk > 0) ?? first).stride },
    sums: {},
  };
  if (parts.every((p) => p.stockDays)) {
    const design = new StudyDesignTally();
    for (const p of parts) design.addCounts(p.stockDays!);
    merged.stockDays = design.counts();
  } else delete merged.stockDays;
  if (parts.some((p) => p.labels)) {
    const market = parts.find((p) => p.labels?.market !== undefined)?.labels?.market;
    merged.labels = { ...(market !== undefined ? { market } : {}), stocks: [...new Set(parts.flatMap((p) => p.labels?.stocks ?? []))].sort() };
  }
  for (const k of fieldsOf((p) => p.sums)) {
    const total = new Float64Array(first.sums[k].length);
    for (const p of parts) {
      const s = p.sums[k];
      if (!s || s.length !== total.length) throw new InputError(`partials disagree on the accumulator "${k}"`);
      for (let r = 0; r < total.length; r++) total[r] += s[r];
    }
    merged.sums[k] = total;
  }
  return merged;
}

/** How two study identities differ, for messages ("market KOSPI here, SPX there"). */
export function studyDifference(a: StudyIdentity | undefined, b: StudyIdentity | undefined): string {
  if (!a || !b) return a ? 'the other has no study identity' : 'this one has no study identity';
  if (a.market !== b.market) return `market ${a.market} here, ${b.market} there`;
  if (a.events !== b.events) return `${a.events} events here, ${b.events} there`;
  return 'as many events but not the same ones (tickers, dates or ids differ)';
}

/**
 * The aggregate (AAR, CAAR, every test for the window and per day) of a partial, with the
 * study-design warnings when the partial has its stock-day counts.
 *
 * @param partial one run's or merged partials
 * @returns the aggregate, as {@link aggregateEvents} and the design warnings give for one run
 */
export function aggregatePartial(partial: StudyPartial): AggregateResult {
  const N = partial.eventsOk;
  const core = {
    eventCount: N,
    windowLength: partial.windowLength,
    estimationLength: partial.estimationLength,
    status: new Uint8Array(N),
    reason: new Array(N).fill(undefined),
    loadings: new Array(N).fill(undefined),
    ...partial.perEvent,
    ...partial.sums,
  } as unknown as CoreOutput;
  const aggregate = aggregateEvents(core, partial.options);
  if (partial.stockDays) {
    const design = new StudyDesignTally();
    design.addCounts(partial.stockDays);
    const warnings = design.warnings();
    if (warnings.length > 0) aggregate.warnings = warnings;
  }
  return aggregate;
}

const FORMAT = 'market-reaction/event-study-partial';

/**
 * A partial as JSON text (numbers round-trip exactly; NaN as null), with the shard it came from.
 *
 * @param partial the partial
 * @param shard e.g. { index: 1, count: 4 }
 * @returns JSON text ending in a newline
 */
export function partialToJson(partial: StudyPartial, shard?: { index: number; count: number }): string {
  const arrays = (record: Record<string, Float64Array>) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, Array.from(v, (x) => (Number.isNaN(x) ? null : x))]));
  return `${JSON.stringify({
    format: FORMAT,
    version: 1,
    ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}),
    options: partial.options,
    window_length: partial.windowLength,
    estimation_length: partial.estimationLength,
    events_run: partial.eventsRun,
    events_ok: partial.eventsOk,
    per_event: arrays(partial.perEvent),
    stride: partial.stride,
    sums: arrays(partial.sums),
    ...(partial.stockDays ? { stock_days: stockDaysJson(partial.stockDays) } : {}),
    ...(partial.labels ? { labels: partial.labels } : {}),
    ...(partial.study ? { study: { events: partial.study.events, events_sha256: partial.study.eventsSha256, ...(partial.study.market !== undefined ? { market: partial.study.market } : {}), ...(partial.study.panel ? { panel: partial.study.panel } : {}) } } : {}),
  })}\n`;
}

/**
 * Reads a partial written by {@link partialToJson}.
 *
 * @param text JSON text
 * @param file its name, for messages
 * @returns the partial and its shard label
 * @throws {InputError} when the text is not a partial (naming the file)
 */
export function partialFromJson(text: string, file: string): { partial: StudyPartial; shard?: string } {
  let data: Record<string, unknown>;
  if (!/^\s*\{/.test(text)) throw new InputError(`not a partial result of "event-study --shard" (not a JSON object)`, { file });
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new InputError(`not a complete partial result (invalid JSON: ${(error as Error).message}): a truncated or damaged file; run its shard again`, { file });
  }
  if (data?.format !== FORMAT) throw new InputError(`not a partial result of "event-study --shard" (format is ${JSON.stringify(data?.format)}, expected "${FORMAT}")`, { file });
  const damaged = (what: string): never => {
    throw new InputError(`damaged partial result: ${what}; run its shard again`, { file });
  };
  const arrays = (value: unknown, name: string) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) damaged(`"${name}" is not an object`);
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => {
        if (!Array.isArray(v) || !v.every((x) => x === null || typeof x === 'number')) damaged(`${name}.${k} is not a list of numbers`);
        return [k, Float64Array.from(v as (number | null)[], (x) => (x === null ? NaN : x))];
      }),
    );
  };
  const count = (name: string) => {
    const v = data[name];
    if (!(typeof v === 'number' && Number.isInteger(v) && v >= 0)) damaged(`${name} is ${JSON.stringify(v)}, not a count`);
    return v as number;
  };
  const options = data.options as ResolvedOptions;
  const span = (w: unknown) => (Array.isArray(w) && w.length === 2 && w.every(Number.isInteger) ? (w[1] as number) - (w[0] as number) + 1 : NaN);
  if (!options || typeof options !== 'object' || !(span(options.window) > 0) || !(span(options.estimation) > 0)) damaged('its options have no window or estimation window');
  const partial: StudyPartial = {
    options,
    windowLength: count('window_length'),
    estimationLength: count('estimation_length'),
    eventsRun: count('events_run'),
    eventsOk: count('events_ok'),
    perEvent: arrays(data.per_event, 'per_event'),
    stride: (data.stride ?? {}) as Record<string, number>,
    sums: arrays(data.sums, 'sums'),
  };
  // Partials written before 2026-12 also carry the rank counts, a copy of estimationArCount: dropped, so old and new parts merge.
  delete partial.sums.estimationRankCount;
  if (partial.windowLength !== span(options.window)) damaged(`window_length ${partial.windowLength} does not match the window [${options.window.join(', ')}]`);
  if (partial.estimationLength !== span(options.estimation)) damaged(`estimation_length ${partial.estimationLength} does not match the estimation window [${options.estimation.join(', ')}]`);
  if (partial.eventsOk > partial.eventsRun) damaged(`events_ok ${partial.eventsOk} exceeds events_run ${partial.eventsRun}`);
  for (const [k, values] of Object.entries(partial.perEvent)) {
    const stride = partial.stride[k];
    if (!(Number.isInteger(stride) && stride > 0)) damaged(`no stride for per_event.${k}`);
    if (values.length !== partial.eventsOk * stride) damaged(`per_event.${k} has ${values.length} values, expected ${partial.eventsOk} events × ${stride}`);
  }
  if (!partial.perEvent.car) damaged('per_event.car is missing');
  // Partials written before 2026-12 have no stock-day counts: merged, they give no design warnings (said by the merge), unless they hold no event.
  if (data.stock_days !== undefined) {
    const counts = stockDaysFromJson(data.stock_days, partial.eventsOk);
    if (typeof counts === 'string') damaged(counts);
    partial.stockDays = counts as StockDayCounts;
  } else if (partial.eventsOk === 0) partial.stockDays = new Map();
  const labels = data.labels as StudyPartial['labels'];
  if (labels && Array.isArray(labels.stocks)) partial.labels = { ...(typeof labels.market === 'string' ? { market: labels.market } : {}), stocks: labels.stocks.map(String) };
  const study = data.study as { events?: unknown; events_sha256?: unknown; market?: unknown; panel?: { bytes?: unknown; sha256?: unknown } } | undefined;
  if (study) {
    if (!(typeof study.events === 'number' && typeof study.events_sha256 === 'string')) damaged('its study identity is incomplete');
    if (study.panel !== undefined && !(typeof study.panel?.bytes === 'number' && typeof study.panel?.sha256 === 'string')) damaged('its panel fingerprint is incomplete');
    partial.study = { events: study.events as number, eventsSha256: study.events_sha256 as string, ...(typeof study.market === 'string' ? { market: study.market } : {}), ...(study.panel ? { panel: { bytes: study.panel.bytes as number, sha256: study.panel.sha256 as string } } : {}) };
  }
  let shard: string | undefined;
  if (data.shard !== undefined) {
    const m = typeof data.shard === 'string' ? /^(\d+)\/(\d+)$/.exec(data.shard) : null;
    if (!m || !(Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]))) damaged(`shard ${JSON.stringify(data.shard)} is not I/K`);
    shard = data.shard as string;
  }
  return { partial, ...(shard ? { shard } : {}) };
}

/**
 * The shard (1..count) of a stock: FNV-1a hash of its name, so that every event of one
 * stock lands in the same shard (overlap counts and exclusions stay complete) and the
 * assignment does not depend on the order of the events file or on the machine.
 *
 * @param stock ticker or stock name
 * @param count number of shards
 * @returns 1-based shard index
 * @example
 * shardOf('AAPL', 4); // => a number in 1..4, the same on every run
 */
export function shardOf(stock: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < stock.length; i++) {
    hash ^= stock.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count) + 1;
}
