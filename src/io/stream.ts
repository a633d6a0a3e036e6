import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
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
 * While the sink is open, an interrupt (SIGINT, SIGTERM, SIGHUP) or `process.exit` removes the
 * temporary file too, then the signal takes its usual course — unless the caller listens for that
 * signal itself: then the process goes on and so does the sink. A symbolic link is written through
 * (its target replaced whole, the link kept); a dangling one is refused.
 * A device or FIFO (`/dev/null`, a named pipe) is written directly: renaming a file onto it would
 * replace the device (as root, /dev/null itself) instead of writing to it.
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
  const failed = (error: unknown) => new InputError(`cannot write (${describeFsError(error)})`, { file: path });
  if (isSpecialFile(path)) return deviceSink(path, failed);
  // A symbolic link is written through, not replaced: the temporary file goes beside its target.
  const target = linkTarget(path);
  if (target === null) throw new InputError('cannot write (a symbolic link to a missing or unreadable target)', { file: path });
  const temporary = temporaryPathFor(target);
  let fd: number | undefined;
  let open = true;
  const abort = () => {
    if (!open) return;
    open = false;
    forget(abort);
    try {
      if (fd !== undefined) closeSync(fd);
    } catch {
      // already failing; removing the temporary file matters more
    }
    rmSync(temporary, { force: true });
  };
  // Listening before the temporary file exists: an interrupt between its creation and the listener
  // (a busy machine can pause the process there) would leave it behind.
  remember(abort);
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(temporary, 'wx', 0o666);
  } catch (error) {
    open = false;
    forget(abort);
    throw failed(error);
  }
  const descriptor = fd;
  const buffered = bufferedFdWriter(descriptor, (error) => {
    abort();
    throw failed(error);
  });
  return {
    write: buffered.write,
    close() {
      buffered.flush();
      open = false;
      forget(abort);
      try {
        fsyncSync(descriptor);
        closeSync(descriptor);
        renameSync(temporary, target);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw failed(error);
      }
    },
    abort,
  };
}

/** Where writing `path` lands: `path` itself unless it is a symbolic link, then the file it resolves to (null when that cannot be resolved). */
function linkTarget(path: string): string | null {
  try {
    if (!lstatSync(path).isSymbolicLink()) return path;
  } catch {
    return path; // a new file
  }
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** Whether `path` exists and is neither a regular file nor a directory (a device, FIFO or socket). */
function isSpecialFile(path: string): boolean {
  try {
    const stats = statSync(path);
    return !stats.isFile() && !stats.isDirectory();
  } catch {
    return false;
  }
}

/** A sink writing straight to a device or FIFO (nothing to rename; abort just stops). */
function deviceSink(path: string, failed: (error: unknown) => InputError): TextSink {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw failed(error);
  }
  let open = true;
  const stop = () => {
    if (!open) return;
    open = false;
    try {
      closeSync(fd);
    } catch {
      // nothing left to save
    }
  };
  const buffered = bufferedFdWriter(fd, (error) => {
    stop();
    throw failed(error);
  });
  return {
    write: buffered.write,
    close() {
      buffered.flush();
      stop();
    },
    abort: stop,
  };
}

/** The aborts of the file sinks now open: an interrupt or exit removes their temporary files. */
const openSinks = new Set<() => void>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function abortOpenSinks(): void {
  for (const abort of [...openSinks]) abort();
}

/** Removes the temporary files, stops listening, and lets the signal take its course (the default: the process ends). */
function onSignal(signal: NodeJS.Signals): void {
  // The caller handles this signal itself (a notebook kernel's interrupt, its own cleanup): the process goes on,
  // so the sinks stay open and the signal is not raised again.
  if (process.listenerCount(signal) > 1) return;
  abortOpenSinks();
  stopListening();
  process.kill(process.pid, signal);
}

// Listening only while a sink is open: a notebook kernel or a caller's own handler sees its signals as before.
function remember(abort: () => void): void {
  if (openSinks.size === 0) {
    for (const signal of SIGNALS) process.on(signal, onSignal);
    process.on('exit', abortOpenSinks);
  }
  openSinks.add(abort);
}

function forget(abort: () => void): void {
  if (openSinks.delete(abort) && openSinks.size === 0) stopListening();
}

function stopListening(): void {
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off('exit', abortOpenSinks);
}

/**
 * Text written to a file descriptor through one reused buffer: each piece is encoded (UTF-8)
 * straight into the buffer, which goes out with `writeSync` when full — no joined string, no
 * new buffer per write (a 10 MB output makes no 10 MB of garbage). For regular files (and
 * blocking descriptors), where `writeSync` writes everything or fails.
 *
 * @param fd an open descriptor
 * @param onError called with a failed write's error (it should throw or end the process)
 * @param size [size=1 MB] the buffer's size in bytes
 * @returns write (buffered) and flush
 */
export function bufferedFdWriter(fd: number, onError: (error: unknown) => void, size = FLUSH_AT): { write(text: string): void; flush(): void } {
  const buffer = Buffer.allocUnsafe(size);
  let used = 0;
  const send = (bytes: Uint8Array) => {
    try {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      onError(error);
    }
  };
  const flush = () => {
    if (used === 0) return;
    const bytes = buffer.subarray(0, used);
    used = 0;
    send(bytes);
  };
  return {
    write(text) {
      // A UTF-16 code unit takes at most 3 bytes in UTF-8: the piece fits whole, or goes out alone.
      if (used + text.length * 3 > size) flush();
      if (text.length * 3 > size) send(Buffer.from(text, 'utf8'));
      else used += buffer.write(text, used, 'utf8');
    },
    flush,
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
