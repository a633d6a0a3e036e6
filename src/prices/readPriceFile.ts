import { InputError } from '../errors';
import { DEFAULT_MAX_TABLE_BYTES, readBoundedFile } from '../io/files';
import { parsePriceCsv, type ParsePriceOptions } from './parsePriceCsv';
import type { PriceSeries } from './types';

/**
 * Reads a daily price CSV from disk and parses it with {@link parsePriceCsv}.
 *
 * @param path file path
 * @param options series name, price column override and [maxBytes=1 GB] (the file name is set from `path`)
 * @returns the price series
 * @throws {InputError} when the file is missing, a device, too large, unreadable, binary, or malformed (see parsePriceCsv)
 * @example
 * readPriceFile('node_modules/@observablehq/sample-datasets/aapl.csv').source.priceColumn; // => 'Adj Close'
 */
export function readPriceFile(path: string, options: Omit<ParsePriceOptions, 'file'> & { maxBytes?: number } = {}): PriceSeries {
  const { maxBytes = DEFAULT_MAX_TABLE_BYTES, ...parseOptions } = options;
  const buffer = readBoundedFile(path, { what: 'price file', maxBytes }) as Buffer;
  if (buffer.subarray(0, 8000).includes(0)) throw new InputError('binary file: expected a daily price CSV', { file: path });
  return parsePriceCsv(buffer.toString('utf8'), { ...parseOptions, file: path });
}
