import { InputError, ValueError } from '../errors';
import { findDateColumn } from './columns';
import { readCsvTable } from './csvLine';
import { detectSlashOrder, parsePriceDate } from './parseDate';
import { detectDecimalSeparator, isMissingCell, parseLocaleNumber } from './parseNumber';

/** Daily factor returns (e.g. Fama–French Mkt-RF, SMB, HML, RF) as fractions, by date. */
export interface FactorTable {
  /** ISO dates, ascending. */
  dates: string[];
  /** One column per factor, fractions (0.01 = 1%); NaN where missing. */
  columns: Record<string, Float64Array>;
}

/** Options of {@link parseFactorCsv}. */
export interface ParseFactorOptions {
  /** File name for messages. */
  file?: string;
  /** Unit of the numbers in the file: Kenneth French's files are in 'percent'. Required: the two differ by 100×. */
  unit: 'percent' | 'fraction';
}

/**
 * Parses a daily factor-return CSV (a date column, then numeric factor columns;
 * dates like 20190820 or 2019-08-20) into fractions.
 *
 * @param text file content
 * @param options file name and the unit of the numbers ('percent' divides by 100)
 * @returns the factor table
 * @throws {InputError} for a missing date column, an unparseable date or number, or a repeated date
 * @example
 * parseFactorCsv('Date,Mkt-RF,RF\n20190820,-0.80,0.008\n', { unit: 'percent' }).columns['Mkt-RF'][0]; // => -0.008
 */
export function parseFactorCsv(text: string, options: ParseFactorOptions): FactorTable {
  const { file } = options;
  if (options.unit !== 'percent' && options.unit !== 'fraction') throw new ValueError(`parseFactorCsv: unit must be 'percent' or 'fraction', got ${options.unit}`);
  const { delimiter, headers, headerLine, rows } = readCsvTable(text, 'factor file', file);
  let dateColumn = findDateColumn(headers);
  if (dateColumn < 0 && headers[0] === '') dateColumn = 0; // Kenneth French files leave the date header empty
  if (dateColumn < 0) throw new InputError(`no date column in header "${headers.join(delimiter)}"`, { file, line: headerLine });
  const slashOrder = detectSlashOrder(rows.map((r) => r.cells[dateColumn] ?? ''), { file });
  const factorColumns = headers.map((h, k) => ({ h: h.trim(), k })).filter(({ k }) => k !== dateColumn);
  const decimal = detectDecimalSeparator(rows.flatMap((r) => factorColumns.map(({ k }) => r.cells[k] ?? '')), delimiter);
  const scale = options.unit === 'percent' ? 0.01 : 1;
  const dates: string[] = [];
  const values = factorColumns.map(() => [] as number[]);
  const seen = new Set<string>();
  for (const { line, cells } of rows) {
    const date = parsePriceDate(cells[dateColumn] ?? '', slashOrder);
    if (!date) throw new InputError(`unparseable date "${cells[dateColumn]}"`, { file, line, value: cells[dateColumn] });
    if (seen.has(date)) throw new InputError(`duplicate date ${date}`, { file, line, value: date });
    seen.add(date);
    dates.push(date);
    factorColumns.forEach(({ h, k }, j) => {
      const cell = cells[k] ?? '';
      if (isMissingCell(cell)) return void values[j].push(NaN);
      const v = parseLocaleNumber(cell, decimal);
      if (Number.isNaN(v)) throw new InputError(`value "${cell}" in column ${h} is not a number`, { file, line, value: cell });
      values[j].push(v * scale);
    });
  }
  const order = dates.map((_, i) => i).sort((a, b) => (dates[a] < dates[b] ? -1 : 1));
  return {
    dates: order.map((i) => dates[i]),
    columns: Object.fromEntries(factorColumns.map(({ h }, j) => [h, Float64Array.from(order, (i) => values[j][i])])),
  };
}
