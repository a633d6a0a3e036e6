/**
 * `facts --jsonl`: the extractor over a file of passages, one JSON object per line, streamed — each
 * result is written as soon as its passage is read, so memory stays flat however long the file; lines are
 * read by `readLines` (64 kB chunks), so a line longer than `--max-size` is refused before it is held whole. On standard
 * output each write waits for the stream to drain when its buffer is full (a slow reader of a pipe or socket).
 * With `--out` the lines go to a temporary file next to the target, renamed into place only when
 * every passage was read: a bad line never leaves a half-written output file.
 */
import { type Stats, closeSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError, ValueError } from '../../errors';
import { extractMarketFacts, type MarketFacts } from '../../extract/extract';
import { toEvalRecord } from '../../extract/eval-record';
import { DEFAULT_MAX_TEXT_BYTES } from '../../io/files';
import { readLines } from '../../io/lines';
import { FACTS_HEAP_BYTES_PER_BYTE, expectArticleFitsHeap } from '../../io/memory';
import type { CliIO } from '../command';

/** What a --jsonl run saw, for the closing summary. */
export interface JsonlSummary {
  passages: number;
  moves: number;
  dropped: number;
  belowConfidence: number;
}

/** Keeps the moves at or above `minConfidence`; returns the facts and how many were left out. */
export function filterByConfidence(facts: MarketFacts, minConfidence: number | undefined): { facts: MarketFacts; removed: number } {
  if (minConfidence === undefined) return { facts, removed: 0 };
  const moves = facts.moves.filter((m) => (m.confidence ?? 1) >= minConfidence);
  return { facts: { ...facts, moves }, removed: facts.moves.length - moves.length };
}

function isSpecialFile(path: string): boolean {
  try {
    const stats = statSync(path);
    return !stats.isFile() && !stats.isDirectory();
  } catch {
    return false;
  }
}

/** The passages file's stats, after checking it exists and is not a directory. */
function checkReadable(path: string): Stats {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'passages file not found' : `cannot read passages file (${code ?? String(error)})`, { file: path });
  }
  if (stats.isDirectory()) throw new InputError('is a directory; expected a passages file (JSON lines)', { file: path });
  return stats;
}

/** One passage line → its output line (the scorer's record shape plus dropped and filtered counts). */
function passageLine(line: string, where: { file: string; line: number }, minConfidence: number | undefined): { json: string; moves: number; dropped: number; removed: number } {
  let passage: unknown;
  try {
    passage = JSON.parse(line);
  } catch (error) {
    throw new InputError(`invalid JSON (${(error as Error).message})`, where);
  }
  const { id, text, published } = (passage ?? {}) as { id?: unknown; text?: unknown; published?: unknown };
  if (typeof id !== 'string' && typeof id !== 'number') throw new InputError('missing "id" (a string)', { ...where, value: id });
  if (typeof text !== 'string') throw new InputError(`passage ${id}: "text" must be a string`, { ...where, value: text });
  if (published !== undefined && published !== null && typeof published !== 'string') throw new InputError(`passage ${id}: "published" must be YYYY-MM-DD or null`, { ...where, value: published });
  let facts: MarketFacts;
  try {
    facts = extractMarketFacts(text, { published: published ?? undefined });
  } catch (error) {
    if (error instanceof ValueError) throw new InputError(`passage ${id}: ${error.message}`, { ...where, value: published });
    throw error;
  }
  const filtered = filterByConfidence(facts, minConfidence);
  const record = toEvalRecord(String(id), filtered.facts);
  const json = JSON.stringify(minConfidence === undefined ? record : { ...record, below_min_confidence: filtered.removed });
  return { json, moves: filtered.facts.moves.length, dropped: facts.dropped.length, removed: filtered.removed };
}

/**
 * Runs the extractor on each line of a passages file, writing one output line per passage as it goes
 * (to `out`, atomically, or to standard output).
 *
 * @param path - passages, one JSON object `{ id, text, published }` per line (blank lines skipped; "\r\n" line
 *   ends too); `-` reads standard input.
 * @param out - output file; standard output when undefined.
 * @param minConfidence - leave out moves below this confidence (0..1), counted per line.
 * @param onProgress - called after each passage with (kB read, kB of the file): the file is streamed, so
 *   its size, not the number of passages, is what is known in advance (not called for a pipe).
 * @param maxLineBytes - [10 MB] the longest passage line, UTF-8 bytes (`--max-size`); a passage expected to need
 *   more heap than the process can hold is refused too (see `expectArticleFitsHeap`).
 * @throws {InputError} naming the file and line of a malformed or too long passage; `out` is then left untouched.
 * @throws {ArticleMemoryError} naming the file and line of a passage too large for this process's memory; `out` is left untouched.
 */
export async function runJsonl(path: string, out: string | undefined, io: CliIO, minConfidence?: number, onProgress?: (doneKb: number, totalKb: number) => void, maxLineBytes = DEFAULT_MAX_TEXT_BYTES): Promise<JsonlSummary> {
  // standard input is checked by readLines; a file is checked here, before any output file is opened
  const stats = path === '-' ? undefined : checkReadable(path);
  const sizeKb = stats?.isFile() ? Math.ceil(stats.size / 1024) : 0;
  const file = path === '-' ? 'standard input' : path;
  const summary: JsonlSummary = { passages: 0, moves: 0, dropped: 0, belowConfidence: 0 };
  let fd: number | undefined;
  let partial: string | undefined;
  if (out) {
    try {
      mkdirSync(dirname(out), { recursive: true });
      // a device or pipe ("/dev/null", a FIFO) is written directly: only a regular file is replaced atomically
      if (isSpecialFile(out)) fd = openSync(out, 'w');
      else {
        partial = join(dirname(out), `.${basename(out)}.${process.pid}.partial`);
        fd = openSync(partial, 'w');
      }
    } catch (error) {
      throw new InputError(`cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file: out });
    }
  }
  const write = (text: string) => (fd !== undefined ? writeSync(fd, text) : io.stdout(text));
  try {
    for await (const { text: line, number, bytes, bytesRead } of readLines(path, { what: 'passages file', maxLineBytes })) {
      if (!line.trim()) continue;
      expectArticleFitsHeap(`${file}:${number}`, bytes, FACTS_HEAP_BYTES_PER_BYTE);
      const result = passageLine(line, { file, line: number }, minConfidence);
      write(`${result.json}\n`);
      // a slow reader of standard output holds the run back (back-pressure) rather than the lines queueing in memory
      if (fd === undefined) {
        const ready = io.stdoutReady?.();
        if (ready) await ready;
      }
      summary.passages += 1;
      summary.moves += result.moves;
      summary.dropped += result.dropped;
      summary.belowConfidence += result.removed;
      if (onProgress && sizeKb > 0) onProgress(Math.min(sizeKb, Math.ceil(bytesRead / 1024)), sizeKb);
    }
    if (fd !== undefined) {
      closeSync(fd);
      fd = undefined;
      if (partial) renameSync(partial, out!);
    }
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    if (partial) {
      try {
        unlinkSync(partial);
      } catch {
        // already gone
      }
    }
    if (error instanceof Error && 'code' in error && !(error instanceof InputError)) {
      throw new InputError(`cannot read passages file (${String((error as NodeJS.ErrnoException).code)})`, { file });
    }
    throw error;
  }
  return summary;
}
