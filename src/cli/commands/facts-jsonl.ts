/**
 * `facts --jsonl`: the extractor over a file of passages, one JSON object per line, streamed by the
 * passage loop it shares with `check --jsonl` (`forEachPassage` in src/io/passages.ts: a line at a time,
 * a line longer than `--max-size` refused before it is held whole, `--out` written atomically, standard
 * output paced by its reader).
 */
import { InputError, ValueError } from '../../errors';
import { extractMarketFacts, type MarketFacts } from '../../extract/extract';
import { toEvalRecord } from '../../extract/eval-record';
import { DEFAULT_MAX_TEXT_BYTES } from '../../io/files';
import { FACTS_HEAP_BYTES_PER_BYTE } from '../../io/memory';
import { forEachPassage, type Passage } from '../../io/passages';
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

/** One passage → its output line (the scorer's record shape plus dropped and filtered counts). */
function passageLine(passage: Passage, minConfidence: number | undefined): { json: string; moves: number; dropped: number; removed: number } {
  const { id, text, published, where } = passage;
  let facts: MarketFacts;
  try {
    facts = extractMarketFacts(text, { published });
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
 * @throws {InputError} naming the file and line of a malformed or too long passage, or an empty file; `out` is then left untouched.
 * @throws {ArticleMemoryError} naming the file and line of a passage too large for this process's memory; `out` is left untouched.
 */
export async function runJsonl(path: string, out: string | undefined, io: CliIO, minConfidence?: number, onProgress?: (doneKb: number, totalKb: number) => void, maxLineBytes = DEFAULT_MAX_TEXT_BYTES): Promise<JsonlSummary> {
  const summary: JsonlSummary = { passages: 0, moves: 0, dropped: 0, belowConfidence: 0 };
  const output = { out, stdout: io.stdout, stdoutReady: io.stdoutReady };
  summary.passages = await forEachPassage(path, output, (passage) => {
    const result = passageLine(passage, minConfidence);
    summary.moves += result.moves;
    summary.dropped += result.dropped;
    summary.belowConfidence += result.removed;
    return result.json;
  }, { maxLineBytes, heapBytesPerByte: FACTS_HEAP_BYTES_PER_BYTE, onProgress });
  return summary;
}
