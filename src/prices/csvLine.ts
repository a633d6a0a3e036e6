import { InputError } from '../errors';

/**
 * Splits one CSV line into fields, honouring double quotes ("a,b" stays one
 * field, "" is a literal quote). Quoted fields spanning lines are not supported:
 * price files do not use them, and line numbers stay exact for messages.
 */
export function splitCsvLine(line: string, delimiter: string): string[] {
  // Most price-file lines have no quote: a native split gives the same fields with far less garbage.
  if (!line.includes('"')) {
    const parts = line.split(delimiter);
    for (let i = 0; i < parts.length; i++) parts[i] = parts[i].trim();
    return parts;
  }
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      fields.push(field.trim());
      field = '';
    } else field += ch;
  }
  fields.push(field.trim());
  return fields;
}

/** The delimiter among , ; tab | that occurs most often outside quotes in the header line. */
export function detectDelimiter(header: string): string {
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t', '|']) {
    const count = splitCsvLine(header, candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** A CSV split into header and data rows, with 1-based file line numbers. */
export interface CsvTable {
  delimiter: string;
  headers: string[];
  /** Line number of the header. */
  headerLine: number;
  /** Non-blank data rows. */
  rows: { line: number; cells: string[] }[];
}

/**
 * Splits CSV text (BOM stripped, any line ending) into a header — the first non-blank
 * line, whose most frequent delimiter is used throughout — and non-blank data rows.
 *
 * @param text file content
 * @param what what the file should be, for the empty-file message (e.g. 'price file')
 * @param file file name for messages
 * @throws {InputError} when the text has no non-blank line
 */
export function readCsvTable(text: string, what: string, file: string | undefined): CsvTable {
  const { lines, headerIndex, delimiter } = csvLines(text, what, file);
  const rows: CsvTable['rows'] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (lines[i].trim() !== '') rows.push({ line: i + 1, cells: splitCsvLine(lines[i], delimiter) });
  }
  return { delimiter, headers: splitCsvLine(lines[headerIndex], delimiter), headerLine: headerIndex + 1, rows };
}

/** Lines (BOM stripped, any line ending), the header's index and the delimiter. */
function csvLines(text: string, what: string, file: string | undefined): { lines: string[]; headerIndex: number; delimiter: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Most files end lines with \n alone: a plain split gives the same lines as the pattern, much faster.
  const lines = body.includes('\r') ? body.split(/\r\n|\n|\r/) : body.split('\n');
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  if (headerIndex < 0) throw new InputError(`${what} is empty: expected a header line such as "Date,Close"`, { file });
  return { lines, headerIndex, delimiter: detectDelimiter(lines[headerIndex]) };
}

/** Some columns of a CSV: the cells of each chosen column, row by row, with each row's file line. */
export interface CsvColumns {
  delimiter: string;
  headers: string[];
  headerLine: number;
  /** 1-based file line of each non-blank data row. */
  lines: number[];
  /** `columns[k][r]`: row r's cell in the k-th chosen column, trimmed ('' when the row is short or the index is −1). */
  columns: string[][];
}

/**
 * As {@link readCsvTable}, keeping only the cells of the columns `choose` picks from the header
 * (the same cells, split and trimmed the same way): a long file's other cells are never kept,
 * so reading it makes little garbage.
 *
 * @param text file content
 * @param what what the file should be, for the empty-file message
 * @param file file name for messages
 * @param choose given the header, its line and the delimiter: the column indices to keep (−1: none); may throw
 * @returns the chosen columns
 * @throws {InputError} when the text has no non-blank line, or whatever `choose` throws
 * @example
 * readCsvColumns('Date,Open,Close\n2019-08-20,1,2\n', 'price file', 'x.csv', () => [0, 2]).columns; // => [['2019-08-20'], ['2']]
 */
export function readCsvColumns(text: string, what: string, file: string | undefined, choose: (headers: string[], headerLine: number, delimiter: string) => number[]): CsvColumns {
  const { lines, headerIndex, delimiter } = csvLines(text, what, file);
  const headers = splitCsvLine(lines[headerIndex], delimiter);
  const wanted = choose(headers, headerIndex + 1, delimiter);
  const columns: string[][] = wanted.map(() => []);
  const rowLines: number[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    rowLines.push(i + 1);
    if (line.includes('"')) {
      const cells = splitCsvLine(line, delimiter);
      for (let k = 0; k < wanted.length; k++) columns[k].push(wanted[k] >= 0 ? (cells[wanted[k]] ?? '') : '');
      continue;
    }
    for (let k = 0; k < wanted.length; k++) columns[k].push(plainCell(line, delimiter, wanted[k]));
  }
  return { delimiter, headers, headerLine: headerIndex + 1, lines: rowLines, columns };
}

/** Field `index` of a line without quotes, trimmed: `line.split(delimiter)[index]?.trim() ?? ''` without splitting the rest. */
function plainCell(line: string, delimiter: string, index: number): string {
  if (index < 0) return '';
  let start = 0;
  for (let k = 0; k < index; k++) {
    const next = line.indexOf(delimiter, start);
    if (next < 0) return '';
    start = next + delimiter.length;
  }
  const end = line.indexOf(delimiter, start);
  return (end < 0 ? line.slice(start) : line.slice(start, end)).trim();
}
