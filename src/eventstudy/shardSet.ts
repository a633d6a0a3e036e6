// Which partials make one whole sharded study: the identity every shard carries and the checks `event-study merge` makes.
import { resolve } from 'node:path';
import { InputError } from '../errors';
import { partialMismatch, type StudyIdentity, type StudyPartial } from './partial';

/**
 * The identity of a study before it is split into shards: the number of events and a
 * SHA-256 of their `stock,date,id` lines in input order, and the market's name. Every
 * shard of one run computes the same identity (the events file is read whole before
 * sharding), so `mergeShardSet` can tell shards of another events file or market apart.
 *
 * @param events the whole study's events (ticker, ISO date, optional id)
 * @param market the market's name, when there is one
 * @param panel the panel's fingerprint (`panelFingerprint`), when the study reads one
 * @returns the identity
 * @example
 * studyIdentity([{ stock: 'AAPL', date: '2014-04-24' }], 'SPX').events; // => 1
 */
export function studyIdentity(events: { stock: string; date: string; id?: string }[], market?: string, panel?: StudyIdentity['panel']): StudyIdentity {
  // Loaded here, not at start-up: only --shard runs need it (node:crypto costs every run ≈ 10 ms to load).
  const hash = (require('node:crypto') as typeof import('node:crypto')).createHash('sha256');
  for (const e of events) hash.update(`${e.stock}\u0000${e.date}\u0000${e.id ?? ''}\n`);
  return { events: events.length, eventsSha256: hash.digest('hex'), ...(market !== undefined ? { market } : {}), ...(panel ? { panel } : {}) };
}


/** One partial file as `event-study merge` read it. */
export interface ShardFile {
  file: string;
  partial: StudyPartial;
  /** "I/K", when written by `--shard I/K`. */
  shard?: string;
}

/**
 * Checks that partial files form one study before they are merged, naming the file at
 * fault: the same options and study identity as the first, one shard count K, no shard
 * given twice, every shard 1..K present (unless `allowMissing`), and — when all are
 * present — as many events as the study had before sharding.
 *
 * @param parts the partial files, in command-line order
 * @param allowMissing merge what is given when shards are missing (the tests then cover only them)
 * @returns the shards missing (empty unless `allowMissing`)
 * @throws {InputError} naming the file and what is wrong
 * @example
 * checkShardSet(parts, false); // => [] or throws "p2.json: shard 2/4 …"
 */
export function checkShardSet(parts: ShardFile[], allowMissing = false): string[] {
  if (parts.length === 0) throw new InputError('no partial results to merge');
  const [first] = parts;
  // The same file twice counts its events twice, labelled or not.
  const files = new Map<string, string>();
  for (const p of parts) {
    const key = resolve(p.file);
    if (files.has(key)) throw new InputError(`given twice: each partial must be merged once`, { file: p.file });
    files.set(key, p.file);
  }
  const seen = new Map<string, string>();
  let count: number | undefined;
  for (const p of parts) {
    const mismatch = partialMismatch(p.partial, first.partial, first.file);
    if (mismatch) throw new InputError(mismatch, { file: p.file });
    if (p.shard === undefined) {
      if (parts.length > 1 && parts.some((q) => q.shard !== undefined)) throw new InputError(`has no shard label while others do: merge the partials of one --shard I/K run`, { file: p.file });
      continue;
    }
    const k = Number(p.shard.split('/')[1]);
    if (count === undefined) count = k;
    else if (k !== count) {
      const other = parts.find((q) => q.shard)!;
      throw new InputError(`is shard ${p.shard} but ${other.file} is shard ${other.shard}: shards of different --shard I/K splits do not add up`, { file: p.file });
    }
    if (seen.has(p.shard)) throw new InputError(`shard ${p.shard} is also given as ${seen.get(p.shard)}: each shard must be merged once`, { file: p.file });
    seen.set(p.shard, p.file);
  }
  const missing: string[] = [];
  if (count !== undefined) for (let i = 1; i <= count; i++) if (!seen.has(`${i}/${count}`)) missing.push(`${i}/${count}`);
  if (missing.length > 0 && !allowMissing) {
    throw new InputError(`shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing: the tests would cover only the shards given (pass every partial, or --allow-missing to merge these alone)`);
  }
  const study = first.partial.study;
  const run = parts.reduce((n, p) => n + p.partial.eventsRun, 0);
  if (missing.length === 0 && study && run !== study.events) {
    throw new InputError(`the partials hold ${run} events but their study had ${study.events}: a shard was run on other events, or a partial is damaged`, { file: first.file });
  }
  return missing;
}
