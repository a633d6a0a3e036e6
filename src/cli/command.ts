import type { TextSink } from '../io/stream';

/** A CLI subcommand: `market-reaction <name> …`. */
export interface Command {
  name: string;
  /** One line for `market-reaction --help`. */
  summary: string;
  /** Full text for `market-reaction <name> --help`. */
  help: string;
  /** Runs the command; resolves to the process exit code. Throws MarketReactionError on bad input. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * A promise that resolves when standard output can take more (its buffer has drained), or undefined when it
   * can now. Streaming commands await it after each write, so a slow reader holds them back instead of the
   * output piling up in memory. Optional: buffers in tests never fill.
   */
  stdoutReady?: () => Promise<void> | undefined;
  /** Optional: standard output as a streaming sink for large outputs (else `lineSink(stdout)`); to be closed before `stdout` is used again. */
  stdoutSink?: () => TextSink;
}
