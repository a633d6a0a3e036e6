/**
 * Typed errors. Every error the toolkit throws on bad input is a
 * `MarketReactionError`; the CLI prints its `message` as one line and exits
 * non-zero, so messages must name the problem (file, line, value) and what to do.
 */

/** Base class of all errors the toolkit raises deliberately. */
export class MarketReactionError extends Error {
  override name = 'MarketReactionError';
}

/** Where a bad value was found: a file, and optionally a line (1-based) and column. */
export interface InputLocation {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * Bad user input: a file that is missing, empty or binary, a malformed row,
 * a value out of range. The message is prefixed with `file:line:` when known.
 */
export class InputError extends MarketReactionError {
  override name = 'InputError';
  readonly file?: string;
  readonly line?: number;
  readonly value?: unknown;

  constructor(message: string, where: InputLocation & { value?: unknown } = {}) {
    super(`${formatLocation(where)}${message}`);
    this.file = where.file;
    this.line = where.line;
    this.value = where.value;
  }
}

/**
 * An article too large for the memory this process can use: refused before the work starts, so
 * the process exits with one line (exit 1, like the other size errors) instead of a V8
 * out-of-memory crash. `bytes` is the article size.
 */
export class ArticleMemoryError extends InputError {
  override name = 'ArticleMemoryError';
}

/** An argument that a function cannot accept (NaN, a negative amount, an unknown unit). */
export class ValueError extends MarketReactionError {
  override name = 'ValueError';
}

/**
 * An option a function cannot accept (an event window beyond ±10,000 days, a PNG scale giving no
 * pixel, an unknown model). A `ValueError`, so library callers catch it as one; the CLI reports it
 * as a usage error (exit 2), since on the command line it is the value of an option.
 */
export class OptionError extends ValueError {
  override name = 'OptionError';
}

/** A currency code that is not in the ISO 4217 table shipped in `data/`. */
export class UnknownCurrencyError extends MarketReactionError {
  override name = 'UnknownCurrencyError';
  constructor(readonly code: string) {
    super(`unknown currency code "${code}": expected an ISO 4217 code such as USD, KRW, EUR`);
  }
}

/** A curated fact whose quote does not match the article text at its offsets. */
export class FactProvenanceError extends MarketReactionError {
  override name = 'FactProvenanceError';
}

/** Wrong command-line usage: unknown option, missing argument. */
export class UsageError extends MarketReactionError {
  override name = 'UsageError';
}

function formatLocation(where: InputLocation): string {
  if (!where.file) return where.line !== undefined ? `line ${where.line}: ` : '';
  const line = where.line !== undefined ? `:${where.line}` : '';
  const column = where.line !== undefined && where.column !== undefined ? `:${where.column}` : '';
  return `${where.file}${line}${column}: `;
}

/** What a value is, for messages: "null", "a number (5)", "an array", "a string". */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' || typeof value === 'boolean') return `a ${typeof value} (${String(value)})`;
  return typeof value === 'object' ? 'an object' : typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

/**
 * Returns `value` when it is a string; else throws a ValueError naming the function and argument,
 * so a wrong argument type never surfaces as a raw TypeError from deep inside.
 *
 * @example
 * expectString('x', 'text', 'analyzeArticle'); // => 'x'
 */
export function expectString(value: unknown, name: string, where: string): string {
  if (typeof value !== 'string') throw new ValueError(`${where}: ${name} must be a string, got ${describe(value)}`);
  return value;
}

/**
 * Returns `value` when it is a (non-array) object; else throws a ValueError naming the argument.
 *
 * @example
 * expectObject({}, 'input', 'eventStudy'); // => {}
 */
export function expectObject<T extends object>(value: T | null | undefined | unknown, name: string, where: string): T {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ValueError(`${where}: ${name} must be an object, got ${describe(value)}`);
  return value as T;
}

/**
 * Returns `value` when it is an array; else throws a ValueError naming the argument.
 *
 * @example
 * expectArray([], 'facts', 'movesFrame'); // => []
 */
export function expectArray<T>(value: readonly T[] | unknown, name: string, where: string): readonly T[] {
  if (!Array.isArray(value)) throw new ValueError(`${where}: ${name} must be an array, got ${describe(value)}`);
  return value as readonly T[];
}
