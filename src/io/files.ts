/**
 * Safe file primitives every reader and writer of the toolkit goes through: bounded reads of
 * regular files (or a pipe), atomic writes (temporary file in the same folder, then rename),
 * and the rule that an output never replaces a file this process read as input.
 */
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, expectString } from '../errors';

/** Default largest article (or other text input) read: 10 MB. News articles are under 100 kB. */
export const DEFAULT_MAX_TEXT_BYTES = 10 * 1024 * 1024;
/** Default largest price or events file read: 1 GB (about 20 million daily rows). */
export const DEFAULT_MAX_TABLE_BYTES = 1024 * 1024 * 1024;

/** Plain words for the errors reading or writing a file usually meets. */
const PROBLEMS: Record<string, string> = {
  ENOENT: 'not found',
  EEXIST: 'a folder on the path is an existing file',
  ENOTDIR: 'a folder on the path is an existing file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large for the file system',
  EIO: 'input/output error',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
};

/**
 * Plain words for a file-system error code, e.g. "no space left on device" for ENOSPC.
 *
 * @example
 * describeFsError({ code: 'EACCES' }); // => 'permission denied'
 */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ? (PROBLEMS[code] ?? code) : String((error as Error)?.message ?? error);
}

/** Files read as input by this process, by device:inode, with the path they were read under ('' for standard input); no output may replace them. */
const inputs = new Map<string, string>();
const identity = (stats: Stats) => `${stats.dev}:${stats.ino}`;

/**
 * Whether `stats` are those of a file this process read. The path it was read under must still name it: once an
 * input is deleted its inode number can be given to a new file (in a long-lived process — a notebook kernel, a
 * test runner — that new file would otherwise be refused as an output).
 */
function isInput(stats: Stats): boolean {
  const key = identity(stats);
  const path = inputs.get(key);
  if (path === undefined) return false;
  if (path === '') return true;
  try {
    if (identity(statSync(path)) === key) return true;
  } catch {
    // the input is gone: its inode may since name another file
  }
  inputs.delete(key);
  return false;
}

/**
 * Records `path` as an input of this process: {@link writeFileAtomic} then refuses to replace it
 * (so `facts A --out A` cannot destroy the article). Readers of this module call it themselves.
 *
 * @example
 * markAsInput('story.txt');
 */
export function markAsInput(path: string): void {
  try {
    const stats = statSync(path);
    if (stats.isFile()) inputs.set(identity(stats), resolve(path));
  } catch {
    // a file that cannot be stat'ed cannot be overwritten by mistake either
  }
}

/**
 * Throws when `path` cannot take an output: a directory, or a file this process read as input
 * (see {@link markAsInput}). Writers that stream into their own temporary file call it first.
 *
 * @throws {InputError} naming the file
 * @example
 * refuseInput('out/events.csv'); // nothing: not an input of this run
 */
export function refuseInput(path: string): void {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return;
  }
  if (stats.isDirectory()) throw new InputError('cannot write: it is a directory', { file: path });
  if (isInput(stats)) throw new InputError('refusing to overwrite an input file of this run; choose another output name', { file: path });
}

/** Options of {@link readBoundedFile}. */
export interface ReadOptions {
  /** What the file is, for messages ("article", "price file"). [what='file'] */
  what?: string;
  /** Largest size accepted, bytes. [maxBytes=DEFAULT_MAX_TEXT_BYTES] */
  maxBytes?: number;
  /**
   * Called with the size (bytes) and the file's name before a regular file is read, or after a pipe
   * is read, so a caller can refuse an input too big to process (see `expectArticleFitsHeap`).
   */
  beforeUse?: (bytes: number, name: string) => void;
}

/**
 * Reads a whole file as bytes, refusing what cannot be a data file before reading it: a missing
 * path, a directory, a device (`/dev/zero`, `/dev/random`: endless), a socket, and a file larger
 * than `maxBytes`. A pipe (`-` for standard input, `/dev/stdin`, a FIFO) is read in chunks and
 * refused as soon as it passes `maxBytes`, so an endless pipe cannot exhaust memory.
 * The file is recorded as an input (see {@link markAsInput}).
 *
 * @param path the file, or `-` for standard input
 * @param options what it is and the size limit
 * @returns the bytes
 * @throws {InputError} naming the file: `story.txt: article is 52.4 MB, larger than the 10 MB limit (--max-size)`
 * @example
 * readBoundedFile('seeds/000_fbcb48a8abd69ce1.txt', { what: 'article' }).length; // => 2790 (bytes)
 */
// Declared as Uint8Array (it is a Buffer) so the published declarations need no @types/node.
export function readBoundedFile(path: string, options: ReadOptions = {}): Uint8Array {
  expectString(path, 'path', 'readBoundedFile');
  const what = options.what ?? 'file';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_TEXT_BYTES;
  const name = path === '-' ? 'standard input' : path;
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new InputError(`is a directory; expected ${article(what)} ${what}${what === 'article' ? ' (a UTF-8 text file)' : ''}`, { file: name });
    throw new InputError(code === 'ENOENT' ? `${what} not found` : `cannot read ${what} (${describeFsError(error)})`, { file: name });
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new InputError(`is a directory; expected ${article(what)} ${what}${what === 'article' ? ' (a UTF-8 text file)' : ''}`, { file: name });
    // A device (/dev/zero, /dev/random, a disk) never ends; standard input may be any stream and is read capped.
    if (path !== '-' && (stats.isCharacterDevice() || stats.isBlockDevice())) {
      throw new InputError(`is a device, not ${article(what)} ${what} (give a regular file, a pipe or - for standard input)`, { file: name });
    }
    if (stats.isFile()) {
      // standard input redirected from a file has no path to look it up by again: kept for the life of the process
      inputs.set(identity(stats), path === '-' ? '' : resolve(path));
      if (stats.size > maxBytes) throw tooLarge(name, what, stats.size, maxBytes);
      options.beforeUse?.(stats.size, name);
      return readRegular(fd, stats.size, name, what);
    }
    const bytes = readAll(fd, name, what, maxBytes);
    options.beforeUse?.(bytes.length, name);
    return bytes;
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

function article(what: string): string {
  return /^[aeiou]/i.test(what) ? 'an' : 'a';
}

function tooLarge(name: string, what: string, size: number | undefined, maxBytes: number): InputError {
  const how = size === undefined ? 'larger than' : `${formatBytes(size)}, larger than`;
  return new InputError(`${what} is ${how} the ${formatBytes(maxBytes)} limit (raise it with --max-size)`, { file: name });
}

/**
 * A byte count for people: "512 B", "3.4 kB", "52.4 MB", "1 GB" (powers of 1024, one decimal below 10).
 *
 * @example
 * formatBytes(10 * 1024 * 1024); // => '10 MB'
 */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 || value >= 10 || Number.isInteger(value) ? String(Math.round(value)) : value.toFixed(1);
  return `${text} ${units[unit]}`;
}

/**
 * Parses a size such as `10MB`, `500k`, `2G` or `1048576` (bytes; k/M/G are powers of 1024).
 *
 * @returns bytes, or undefined when the text is not a size
 * @example
 * parseByteSize('100MB'); // => 104857600
 */
export function parseByteSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*$/i.exec(text);
  if (!m) return undefined;
  const bytes = Number(m[1]) * 1024 ** ' kmgt'.indexOf(m[2].toLowerCase() || ' ');
  return Number.isFinite(bytes) && bytes >= 1 ? Math.floor(bytes) : undefined;
}

/** A regular file of known size: one buffer, no copies. */
function readRegular(fd: number, size: number, name: string, what: string): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    let n: number;
    try {
      n = readSync(fd, buffer, offset, size - offset, null);
    } catch (error) {
      throw new InputError(`cannot read ${what} (${describeFsError(error)})`, { file: name });
    }
    if (n === 0) break;
    offset += n;
  }
  return offset === size ? buffer : buffer.subarray(0, offset);
}

function readAll(fd: number, name: string, what: string, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunkSize = 1 << 20;
  for (;;) {
    const chunk = Buffer.allocUnsafe(chunkSize);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunkSize, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue; // a non-blocking pipe with nothing yet
      if (code === 'EOF') break;
      throw new InputError(`cannot read ${what} (${describeFsError(error)})`, { file: name });
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw tooLarge(name, what, undefined, maxBytes);
    chunks.push(n === chunkSize ? chunk : chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

let temporarySerial = 0;

/**
 * A fresh temporary file name beside `path` (`.name.<pid>.<n>.tmp`, hidden, ignored by the
 * output-folder policy), for writers that fill a file and then rename it into place.
 *
 * @example
 * temporaryPathFor('out/events.csv'); // => 'out/.events.csv.4242.1.tmp'
 */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${++temporarySerial}.tmp`);
}

/**
 * Writes a file atomically: the data go to a temporary file in the same folder
 * (`.name.<pid>.<n>.tmp`), are flushed to disk, and the temporary file is renamed over `path`.
 * Readers see the old file or the whole new one, never a half-written one; on any failure (a full
 * disk, a read-only folder) the temporary file is removed and the old file is left as it was.
 * Creates the folder when missing. Refuses to replace a file this process read as input.
 *
 * @param path the file to write
 * @param data its content (strings as UTF-8)
 * @throws {InputError} e.g. `out/x.csv: cannot write (no space left on device)`
 * @example
 * writeFileAtomic('out/note.txt', 'hello\n');
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  refuseInput(path);
  const dir = dirname(path);
  const temporary = temporaryPathFor(path);
  let fd: number | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    fd = openSync(temporary, 'wx', 0o666);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing; the unlink below matters more
      }
    }
    try {
      unlinkSync(temporary);
    } catch {
      // never created
    }
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot write (${describeFsError(error)})`, { file: path });
  }
}
