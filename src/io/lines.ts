/** Reading a JSON-lines (or any line-based) text file a line at a time, with memory bounded by the longest line allowed. */
import { createReadStream, fstatSync, openSync, closeSync } from 'node:fs';
import { InputError } from '../errors';
import { DEFAULT_MAX_TEXT_BYTES, describeFsError, formatBytes, markAsInput } from './files';

/** One line of a file. */
export interface TextLine {
  /** The line's text, without its "\n" or "\r\n" (and without a leading byte-order mark on line 1). */
  text: string;
  /** 1-based line number. */
  number: number;
  /** UTF-8 bytes of the line, without its line end. */
  bytes: number;
  /** Bytes of the file read so far (a chunk ahead of this line at most), for progress. */
  bytesRead: number;
}

/** Options of {@link readLines}. */
export interface ReadLinesOptions {
  /** What the file is, for messages ("passages file"). [what='file'] */
  what?: string;
  /** Longest line accepted, UTF-8 bytes; a longer one is refused as soon as it passes the limit. [maxLineBytes=10 MB] */
  maxLineBytes?: number;
}

const CHUNK_BYTES = 1 << 16;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * The lines of a UTF-8 text file, read in 64 kB chunks: memory holds one chunk and the line being
 * read, never the whole file, so a file of any length streams (`-` reads standard input). Lines end
 * at "\n" ("\r\n" too); a last line without one is still a line; blank lines are returned (callers skip them).
 * Refused with one message naming the file (and the line): a missing file, a directory, a device,
 * a UTF-16 file (JSON lines are UTF-8), a line longer than `maxLineBytes` (refused before it is
 * held whole), a line that is not valid UTF-8, and a read error.
 *
 * @param path - the file, or `-` for standard input.
 * @param options - what the file is, and the longest line.
 * @throws {InputError} e.g. `passages.jsonl:3: line is larger than the 10 MB limit (raise it with --max-size)`.
 * @example
 * for await (const line of readLines('passages.jsonl', { what: 'passages file' })) if (line.text.trim()) JSON.parse(line.text);
 */
export async function* readLines(path: string, options: ReadLinesOptions = {}): AsyncGenerator<TextLine> {
  const what = options.what ?? 'file';
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_TEXT_BYTES;
  const name = path === '-' ? 'standard input' : path;
  const fd = openChecked(path, name, what);
  markAsInput(path);
  const stream = createReadStream('', { fd, autoClose: fd !== 0, highWaterMark: CHUNK_BYTES });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  /** Pieces of the line being read (it may span chunks) and their total size. */
  let pieces: Buffer[] = [];
  let pending = 0;
  let number = 1;
  let bytesRead = 0;
  let first = true;
  const tooLong = (size?: number) =>
    new InputError(`line is ${size === undefined ? 'larger than' : `${formatBytes(size)}, larger than`} the ${formatBytes(maxLineBytes)} limit for one line (raise it with --max-size)`, { file: name, line: number });
  const lineOf = (tail: Buffer): TextLine => {
    let bytes = pieces.length ? Buffer.concat([...pieces, tail]) : tail;
    pieces = [];
    pending = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN) bytes = bytes.subarray(0, bytes.length - 1);
    if (bytes.length > maxLineBytes) throw tooLong(bytes.length);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new InputError(`${what} is not valid UTF-8 text`, { file: name, line: number });
    }
    return { text, number: number++, bytes: bytes.length, bytesRead };
  };
  try {
    for await (const data of stream) {
      let chunk = data as Buffer;
      bytesRead += chunk.length;
      if (first) {
        first = false;
        if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
          throw new InputError(`${what} is UTF-16 text; JSON lines must be UTF-8 (save it as UTF-8)`, { file: name });
        }
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      }
      let start = 0;
      for (let end = chunk.indexOf(NEWLINE, start); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
        yield lineOf(chunk.subarray(start, end));
        start = end + 1;
      }
      if (start < chunk.length) {
        pending += chunk.length - start;
        // one byte of a "\r\n" split across chunks may still be dropped: refuse only beyond that
        if (pending > maxLineBytes + 1) throw tooLong();
        pieces.push(chunk.subarray(start));
      }
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${what} (${describeFsError(error)})`, { file: name });
  } finally {
    stream.destroy();
  }
  if (pending > 0) yield lineOf(Buffer.alloc(0));
}

/** Opens the file, refusing a missing path, a directory and a device (endless) with one message. */
function openChecked(path: string, name: string, what: string): number {
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new InputError(`is a directory; expected a ${what}`, { file: name });
    throw new InputError(code === 'ENOENT' ? `${what} not found` : `cannot read ${what} (${describeFsError(error)})`, { file: name });
  }
  const stats = fstatSync(fd);
  const refuse = (message: string) => {
    if (fd !== 0) closeSync(fd);
    return new InputError(message, { file: name });
  };
  if (stats.isDirectory()) throw refuse(`is a directory; expected a ${what}`);
  if (path !== '-' && (stats.isCharacterDevice() || stats.isBlockDevice())) throw refuse(`is a device, not a ${what} (give a regular file, a pipe or - for standard input)`);
  return fd;
}
