import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors';
import { isoDateToUtcMs } from '../article/isodate';
import { formatBytes, parseByteSize } from '../io/files';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** What `parseArgs` returns for a strict parse with these options. */
export type ParsedCommandArgs<T extends OptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: boolean }>>;

/**
 * Parses a command's arguments strictly: an unknown option or a missing value is a
 * `UsageError` named after the command. A value that starts with a dash and a digit
 * ("--window -1,1", "--estimation -260,-11") is read as the value of the string option
 * before it, which `parseArgs` alone refuses as ambiguous.
 *
 * @param command the command's name, prefixed to error messages
 * @param args the arguments after the command's name
 * @param options the `parseArgs` option table
 * @param allowPositionals [false] whether bare arguments (an ARTICLE file) are accepted
 * @throws {UsageError} on any argument `parseArgs` rejects
 * @example
 * parseCommandArgs('chart', ['--window', '-5,5'], { window: { type: 'string' } }).values.window // => '-5,5'
 */
export function parseCommandArgs<T extends OptionsConfig>(command: string, args: string[], options: T, allowPositionals = false): ParsedCommandArgs<T> {
  const glued: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i].startsWith('--') ? args[i].slice(2) : undefined;
    const takesValue = name !== undefined && options[name]?.type === 'string';
    if (takesValue && /^-\.?\d/.test(args[i + 1] ?? '')) glued.push(`${args[i]}=${args[++i]}`);
    else glued.push(args[i]);
  }
  try {
    return parseArgs({ args: glued, options, strict: true, allowPositionals });
  } catch (error) {
    // parseArgs explains at length how to pass a value starting with "-"; its first sentence is the message.
    throw new UsageError(`${command}: ${(error as Error).message.split(/\.\s|\n/)[0]}`);
  }
}

/**
 * The `--max-size SIZE` option: bytes from "50MB", "500k", "2G" or a plain byte count.
 *
 * @param command the command's name, prefixed to the error
 * @param text the option's value, or undefined for the default
 * @param fallback the default, bytes
 * @throws {UsageError} when the value is not a size
 * @example
 * maxSizeOption('analyze', '50MB', 1); // => 52428800
 */
export function maxSizeOption(command: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const bytes = parseByteSize(text);
  if (bytes === undefined) throw new UsageError(`${command}: --max-size needs a size such as 50MB, 500k or 2G, got "${text}" (default ${formatBytes(fallback)})`);
  return bytes;
}

/**
 * A date option (`--published`, and `--event` dates): a calendar date YYYY-MM-DD, returned as
 * given; undefined when the option is absent. Every command words the error the same way.
 *
 * @param command the command's name, prefixed to the error
 * @param value the option's value
 * @param [option='--published'] the option's name, for the error
 * @throws {UsageError} when the value is not a calendar date (2019-02-30 is not)
 * @example
 * isoDateOption('analyze', '2019-08-20'); // => '2019-08-20'
 * isoDateOption('facts', 'yesterday'); // throws 'facts: --published must be a calendar date YYYY-MM-DD, got "yesterday"'
 */
export function isoDateOption(command: string, value: string | undefined, option = '--published'): string | undefined {
  if (value === undefined) return undefined;
  try {
    isoDateToUtcMs(value, option);
  } catch {
    throw new UsageError(`${command}: ${option} must be a calendar date YYYY-MM-DD, got "${value}"`);
  }
  return value;
}
