import { readFileSync } from 'node:fs';
import { InputError } from '../errors';
import { parsePriceCsv, type ParsePriceOptions } from './parsePriceCsv';
import type { PriceSeries } from './types';

/**
 * Reads a daily price CSV from disk and parses it with {@link parsePriceCsv}.
 *
 * @param path file path
 * @param options series name and price column override (the file name is set from `path`)
 * @returns the price series
 * @throws {InputError} when the file is missing, unreadable, binary, or malformed (see parsePriceCsv)
 * @example
 * readPriceFile('node_modules/@observablehq/sample-datasets/aapl.csv').source.priceColumn; // => 'Adj Close'
 */
export function readPriceFile(path: string, options: Omit<ParsePriceOptions, 'file'> = {}): PriceSeries {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? String(error)})`;
    throw new InputError(`${reason}: expected a daily price CSV`, { file: path });
  }
  if (buffer.subarray(0, 8000).includes(0)) throw new InputError('binary file: expected a daily price CSV', { file: path });
  return parsePriceCsv(buffer.toString('utf8'), { ...options, file: path });
}
