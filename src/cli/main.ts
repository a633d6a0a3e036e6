import { MarketReactionError, OptionError, UsageError } from '../errors';
import { fstatSync, statSync } from 'node:fs';
import { describeFsError } from '../io/files';
import { bufferedFdWriter, lineSink, type TextSink } from '../io/stream';
import type { CliIO } from './command';
import { commands } from './commands/index';

const PROGRAM = 'market-reaction';

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Measure how markets react to news.',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --help, -h     this help; "<command> --help" or "help <command>" for a command\'s options',
    '  --version, -v  the version of market-reaction',
    '',
    `Run "${PROGRAM} <command> --help" for a command's options.`,
  ].join('\n');
}

let stdoutFailed = false;

/** Once standard output has failed (a full disk, a closed pipe), further output is dropped: the error was reported once. */
const processIO: CliIO = {
  stdout: (text) => {
    if (!stdoutFailed) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  },
  stderr: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  stdoutReady: () => (stdoutFailed || !process.stdout.writableNeedDrain ? undefined : drained(process.stdout)),
  stdoutSink: () => {
    const kind = standardOutputKind();
    return kind === 'file' ? fileStdoutSink() : kind === 'stream' ? streamStdoutSink() : lineSink(processIO.stdout);
  },
};

/** Resolves at the stream's next 'drain', or when it closes or fails (then guardStandardOutput has the error). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    stream.on('drain', done).on('close', done).on('error', done);
  });
}

/**
 * How standard output takes large outputs: 'file' for a regular file (`> out.json`) or /dev/null,
 * which take synchronous writes of any size; 'stream' for a pipe or socket (`| jq`, written
 * asynchronously by Node); 'lines' for a terminal (people read it: written line by line as
 * everything else printed there).
 */
function standardOutputKind(): 'file' | 'stream' | 'lines' {
  try {
    const stats = fstatSync(1);
    if (stats.isFile()) return 'file';
    if (stats.isFIFO() || stats.isSocket()) return 'stream';
    if (stats.isCharacterDevice() && stats.rdev === statSync('/dev/null').rdev) return 'file';
  } catch {
    // no standard output to inspect (closed): the line writer reports a failed write as any other
  }
  return 'lines';
}

/** Bytes encoded before a piece goes to a pipe (Node holds each piece until the reader takes it). */
const STREAM_CHUNK = 256 * 1024;

/**
 * Standard output as a pipe or socket: text encoded (UTF-8) straight into a buffer that goes to
 * `process.stdout.write` as bytes when full — no joined string to build and encode again, as the
 * line writer makes. A new buffer per piece, since Node keeps a piece until the reader takes it
 * (the writers pause at `io.stdoutReady` until it has drained). A failed write reaches
 * {@link guardStandardOutput} as any other.
 */
function streamStdoutSink(): TextSink {
  let buffer = Buffer.allocUnsafe(STREAM_CHUNK);
  let used = 0;
  let open = true;
  const send = () => {
    if (used === 0) return;
    const piece = buffer.subarray(0, used);
    buffer = Buffer.allocUnsafe(STREAM_CHUNK);
    used = 0;
    if (!stdoutFailed) process.stdout.write(piece);
  };
  return {
    write: (text) => {
      if (!open || stdoutFailed) return;
      // A UTF-16 code unit takes at most 3 bytes in UTF-8: the piece fits whole, or goes out alone.
      if (used + text.length * 3 > STREAM_CHUNK) send();
      if (text.length * 3 > STREAM_CHUNK) process.stdout.write(text);
      else used += buffer.write(text, used, 'utf8');
    },
    close: () => {
      if (open) send();
      open = false;
    },
    abort: () => {
      open = false;
    },
  };
}

/**
 * Standard output redirected to a file, written through one reused buffer (see `bufferedFdWriter`):
 * large JSON and CSV outputs go out without a joined string or a new buffer per piece. A failed
 * write is reported like any other standard-output failure (see {@link guardStandardOutput}).
 */
function fileStdoutSink(): TextSink {
  const writer = bufferedFdWriter(1, (error) => {
    process.stdout.emit('error', error);
  });
  let open = true;
  return {
    write: (text) => {
      if (open && !stdoutFailed) writer.write(text);
    },
    close: () => {
      if (open && !stdoutFailed) writer.flush();
      open = false;
    },
    abort: () => {
      open = false;
    },
  };
}

/**
 * The one place a failed write to standard output is handled, for every command: a reader
 * that closes the pipe early (`… | head`, EPIPE) ends the run quietly with status 0; any other
 * failure (`> /dev/full`: ENOSPC, EIO) prints one line and ends with status 1. Without this,
 * Node reports the stream's error event as an uncaught exception with a stack trace.
 * The launcher `bin/market-reaction.js` calls it before {@link runCli}.
 */
export function guardStandardOutput(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (stdoutFailed) return;
    stdoutFailed = true;
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`${PROGRAM}: cannot write to standard output (${describeFsError(error)})\n`);
    process.exit(1);
  });
}

/**
 * Runs the CLI with `argv` (without node and script) and resolves to the exit code:
 * 0 success, 1 bad input (a file's content, a result that cannot be computed), 2 bad usage (an
 * unknown option, a missing argument, a bad option value), 70 internal error. Never throws.
 */
export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const [first, ...afterFirst] = argv;
  // "help chart" is "chart --help".
  const [name, rest] = first === 'help' && afterFirst.length > 0 ? [afterFirst[0], ['--help']] : [first, afterFirst];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(require('../../package.json').version);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  try {
    if (!entry) throw new UsageError(`unknown command "${name}" (commands: ${commands.map((c) => c.name).join(', ')})`);
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(command.help);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIO): number {
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');
  if (error instanceof UsageError || error instanceof OptionError) {
    io.stderr(`${PROGRAM}: ${oneLine(error.message)} (see "${PROGRAM} --help")`);
    return 2;
  }
  if (error instanceof MarketReactionError) {
    io.stderr(`${PROGRAM}: ${oneLine(error.message)}`);
    return 1;
  }
  if (process.env.MARKET_REACTION_DEBUG) io.stderr(String((error as Error)?.stack ?? error));
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`${PROGRAM}: internal error: ${oneLine(message)} (set MARKET_REACTION_DEBUG=1 for details)`);
  return 70;
}
