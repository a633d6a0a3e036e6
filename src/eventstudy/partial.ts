import { InputError } from '../errors';
import { aggregateEvents } from './aggregate';
import { runEventStudyCore, SUMMED_OUTPUT_FIELDS, type CoreOutput } from './core';
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
export function partialFromCore(core: CoreOutput, options: ResolvedOptions): StudyPartial {
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
  return partial;
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
  const key = JSON.stringify(first.options);
  for (const p of parts) {
    if (JSON.stringify(p.options) !== key) throw new InputError(`partials were run with different options (${JSON.stringify(p.options)} vs ${key})`);
  }
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

/**
 * The aggregate (AAR, CAAR, every test for the window and per day) of a partial.
 *
 * @param partial one run's or merged partials
 * @returns the aggregate, as {@link aggregateEvents} gives for one run
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
  return aggregateEvents(core, partial.options);
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
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new InputError(`not a partial result (invalid JSON: ${(error as Error).message})`, { file });
  }
  if (data?.format !== FORMAT) throw new InputError(`not a partial result of "event-study --shard" (format is ${JSON.stringify(data?.format)}, expected "${FORMAT}")`, { file });
  const arrays = (value: unknown) => Object.fromEntries(Object.entries((value ?? {}) as Record<string, (number | null)[]>).map(([k, v]) => [k, Float64Array.from(v, (x) => (x === null ? NaN : x))]));
  const partial: StudyPartial = {
    options: data.options as ResolvedOptions,
    windowLength: Number(data.window_length),
    estimationLength: Number(data.estimation_length),
    eventsRun: Number(data.events_run),
    eventsOk: Number(data.events_ok),
    perEvent: arrays(data.per_event),
    stride: (data.stride ?? {}) as Record<string, number>,
    sums: arrays(data.sums),
  };
  // Partials written before 2026-12 also carry the rank counts, a copy of estimationArCount: dropped, so old and new parts merge.
  delete partial.sums.estimationRankCount;
  return { partial, ...(typeof data.shard === 'string' ? { shard: data.shard } : {}) };
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
