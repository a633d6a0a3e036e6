/** The JSON-lines passage loop of `facts --jsonl` and `check --jsonl`: read a line at a time, one output line per passage, written atomically or to standard output. */
import { statSync } from 'node:fs';
import { InputError } from '../errors';
import { DEFAULT_MAX_TEXT_BYTES } from './files';
import { readLines } from './lines';
import { ANALYZE_HEAP_BYTES_PER_BYTE, expectArticleFitsHeap } from './memory';
import { openFileSink, type TextSink } from './stream';
import { markAsInput } from './files';

/** One passage of a JSON-lines file: `{"id", "text", "published"}` (other fields are ignored). */
export interface Passage {
  /** The passage's id, as given (a string or a number). */
  id: string | number;
  text: string;
  /** Publication date YYYY-MM-DD, when the line gives one. */
  published?: string;
  /** Where the passage is, for messages: the file (`standard input` for `-`) and its 1-based line. */
  where: { file: string; line: number };
}

/** Where the output lines go. */
export interface PassageOutput {
  /** A file, written atomically (see `openFileSink`); standard output when undefined. */
  out?: string;
  /** Standard output (the CLI's `io.stdout`). */
  stdout: (text: string) => void;
  /** Resolves when standard output can take more (a slow reader of a pipe); see `CliIO.stdoutReady`. */
  stdoutReady?: () => Promise<void> | undefined;
}

/** Options of {@link forEachPassage}. */
export interface PassageLoopOptions {
  /** [maxLineBytes=10 MB] The longest passage line, UTF-8 bytes (`--max-size`), refused before it is held whole. */
  maxLineBytes?: number;
  /** [heapBytesPerByte=ANALYZE_HEAP_BYTES_PER_BYTE] Heap one byte of passage needs at its peak (see `expectArticleFitsHeap`). */
  heapBytesPerByte?: number;
  /** Called after each passage with (kB read, kB of the file); not called for a pipe, whose size is unknown. */
  onProgress?: (doneKb: number, totalKb: number) => void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Runs `handle` on each passage of a JSON-lines file and writes the line it returns, one output line
 * per passage, as soon as the passage is done. Nothing accumulates: the file is read a line at a time
 * (`readLines`: memory holds one passage, however long the file), and the output goes
 * - to `output.out` through `openFileSink`: a hidden temporary file renamed onto the name only when
 *   every passage was read, so a bad line, an error or an interrupt (Ctrl-C, SIGTERM) never leaves a
 *   half-written file, and an existing file is replaced only by a complete one; a device or FIFO
 *   (`/dev/null`, a named pipe) is written directly;
 * - else to standard output, waiting for a slow reader to drain it (back-pressure) instead of queueing
 *   lines in memory; lines before a bad one were already written.
 * Blank lines are skipped. A file with no passage line is refused (one line naming it): an empty
 * export is far more often a wrong or truncated file than a batch meant to be empty.
 *
 * @param path - passages, one JSON object `{ id, text, published }` per line ("\r\n" line ends too); `-` reads standard input.
 * @param output - the output file, or standard output.
 * @param handle - one passage → its output line (JSON text, without the "\n"); throws InputError for a passage it cannot use.
 * @param options - line cap, heap factor, progress.
 * @returns the number of passages.
 * @throws {InputError} naming the file (`standard input` for `-`) and line of a malformed, too long or non-UTF-8
 *   passage line, a missing `id`/`text`, a `published` that is not YYYY-MM-DD, or an empty file.
 * @throws {ArticleMemoryError} naming the file and line of a passage too large for this process's memory.
 * @example
 * await forEachPassage('passages.jsonl', { stdout: (t) => void process.stdout.write(t) }, (p) => JSON.stringify({ id: p.id, chars: p.text.length }));
 */
export async function forEachPassage(path: string, output: PassageOutput, handle: (passage: Passage) => string, options: PassageLoopOptions = {}): Promise<number> {
  const file = path === '-' ? 'standard input' : path;
  const sizeKb = path === '-' ? 0 : fileSizeKb(path);
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_TEXT_BYTES;
  const heapBytesPerByte = options.heapBytesPerByte ?? ANALYZE_HEAP_BYTES_PER_BYTE;
  // The input is recorded before the output is opened, so `--out` naming the passages file is refused.
  if (path !== '-') markAsInput(path);
  const lines = readLines(path, { what: 'passages file', maxLineBytes })[Symbol.asyncIterator]();
  // The first line is read before the output is opened: a missing, unreadable or UTF-16 input is reported
  // as such, and leaves no output file.
  let next = await lines.next();
  let sink: TextSink | undefined;
  let done = 0;
  try {
    sink = output.out !== undefined ? openFileSink(output.out) : undefined;
    for (; !next.done; next = await lines.next()) {
      const { text: line, number, bytes, bytesRead } = next.value;
      if (!line.trim()) continue;
      expectArticleFitsHeap(`${file}:${number}`, bytes, heapBytesPerByte);
      const result = `${handle(parsePassage(line, { file, line: number }))}\n`;
      if (sink) sink.write(result);
      else {
        output.stdout(result);
        const ready = output.stdoutReady?.();
        if (ready) await ready;
      }
      done += 1;
      if (options.onProgress && sizeKb > 0) options.onProgress(Math.min(sizeKb, Math.ceil(bytesRead / 1024)), sizeKb);
    }
    if (done === 0) throw new InputError('passages file is empty (no passage lines)', { file });
    sink?.close();
  } catch (error) {
    sink?.abort();
    await lines.return?.(undefined);
    throw error;
  }
  return done;
}

/**
 * A passage line → the passage: JSON with an `id` (string or number), a `text` (string) and an
 * optional `published` (YYYY-MM-DD or null).
 *
 * @throws {InputError} naming the file and line, and the value at fault.
 */
export function parsePassage(line: string, where: { file: string; line: number }): Passage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new InputError(`invalid JSON (${(error as Error).message})`, where);
  }
  const { id, text, published } = (parsed ?? {}) as { id?: unknown; text?: unknown; published?: unknown };
  if (typeof id !== 'string' && typeof id !== 'number') throw new InputError('missing "id" (a string)', { ...where, value: id });
  if (typeof text !== 'string') throw new InputError(`passage ${id}: "text" must be a string`, { ...where, value: text });
  if (published !== undefined && published !== null && (typeof published !== 'string' || !ISO_DATE.test(published) || Number.isNaN(Date.parse(published)))) {
    throw new InputError(`passage ${id}: "published" must be YYYY-MM-DD or null`, { ...where, value: published });
  }
  return { id, text, ...(typeof published === 'string' ? { published } : {}), where };
}

/** Size of a regular file in kB (0 for a pipe or FIFO, whose size is not known in advance). */
function fileSizeKb(path: string): number {
  try {
    const stats = statSync(path);
    return stats.isFile() ? Math.ceil(stats.size / 1024) : 0;
  } catch {
    return 0; // readLines names the problem
  }
}
