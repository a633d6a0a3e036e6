import { MarketReactionError, UsageError } from '../errors';
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

const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/**
 * Runs the CLI with `argv` (without node and script) and resolves to the exit code:
 * 0 success, 1 bad input, 2 bad usage, 70 internal error. Never throws.
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
  if (error instanceof UsageError) {
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
