import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../errors';
import { describeFsError, refuseInput, temporaryPathFor } from './files';

/** A destination written a piece at a time (a file, or standard output): output never held whole in memory. */
export interface TextSink {
  /** Appends text (buffered; flushed in pieces of about 1 MB). */
  write(text: string): void;
  /** Flushes and finishes: a file appears under its name only now. */
  close(): void;
  /** Drops what was written: a file sink leaves no half-written file behind. */
  abort(): void;
}

const FLUSH_AT = 1 << 20;

/**
 * Opens a file for streamed writing, atomically as `writeFileAtomic` writes a whole one: text
 * goes to a hidden temporary file beside the target (`.name.<pid>.<n>.tmp`), flushed to disk
 * and renamed onto `path` by `close()`, so that a failed or interrupted run never leaves a
 * half-written file under the real name (an existing file is replaced only by a complete one).
 * Refuses a directory and a file this process read as input.
 *
 * @param path - the file to write (its folder is created).
 * @returns a sink; call `close()` on success, `abort()` on failure.
 * @throws {InputError} when the file cannot be created or written, naming it.
 * @example
 * const sink = openFileSink('out/events.jsonl');
 * sink.write('{"id":"a"}\n');
 * sink.close();
 */
export function openFileSink(path: string): TextSink {
  refuseInput(path);
  const temporary = temporaryPathFor(path);
  const failed = (error: unknown) => new InputError(`cannot write (${describeFsError(error)})`, { file: path });
  let fd: number;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(temporary, 'wx', 0o666);
  } catch (error) {
    throw failed(error);
  }
  let pending: string[] = [];
  let size = 0;
  let open = true;
  const flush = () => {
    if (size === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    try {
      writeSync(fd, text);
    } catch (error) {
      abort();
      throw failed(error);
    }
  };
  const abort = () => {
    if (!open) return;
    open = false;
    try {
      closeSync(fd);
    } catch {
      // already failing; removing the temporary file matters more
    }
    rmSync(temporary, { force: true });
  };
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= FLUSH_AT) flush();
    },
    close() {
      flush();
      open = false;
      try {
        fsyncSync(fd);
        closeSync(fd);
        renameSync(temporary, path);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw failed(error);
      }
    },
    abort,
  };
}

/**
 * A sink over a line-oriented writer such as the CLI's `io.stdout` (which ends each call
 * with a newline): text is passed on in pieces of about 1 MB cut after a newline.
 *
 * @param writeLines - receives text that ends with "\n" (the last piece may not).
 * @returns a sink; `abort()` drops what is still buffered.
 * @example
 * const sink = lineSink((text) => process.stdout.write(text));
 */
export function lineSink(writeLines: (text: string) => void): TextSink {
  let pending = '';
  return {
    write(text) {
      pending += text;
      if (pending.length >= FLUSH_AT) {
        const cut = pending.lastIndexOf('\n') + 1;
        if (cut > 0) {
          writeLines(pending.slice(0, cut));
          pending = pending.slice(cut);
        }
      }
    },
    close() {
      if (pending) writeLines(pending);
      pending = '';
    },
    abort() {
      pending = '';
    },
  };
}
