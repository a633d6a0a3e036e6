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
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  if (headerIndex < 0) throw new InputError(`${what} is empty: expected a header line such as "Date,Close"`, { file });
  const delimiter = detectDelimiter(lines[headerIndex]);
  const rows: CsvTable['rows'] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (lines[i].trim() !== '') rows.push({ line: i + 1, cells: splitCsvLine(lines[i], delimiter) });
  }
  return { delimiter, headers: splitCsvLine(lines[headerIndex], delimiter), headerLine: headerIndex + 1, rows };
}
