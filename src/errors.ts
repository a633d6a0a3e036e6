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

/** An argument that a function cannot accept (NaN, a negative amount, an unknown unit). */
export class ValueError extends MarketReactionError {
  override name = 'ValueError';
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
