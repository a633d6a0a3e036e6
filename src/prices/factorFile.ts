import { readFileSync } from 'node:fs';
import { InputError } from '../errors';
import { parseFactorCsv, type FactorTable } from './factorTable';

/**
 * The data section of a factor file as Kenneth French publishes it
 * (`F-F_Research_Data_Factors_daily.CSV`): description lines first, then a header whose
 * first cell is empty (`,Mkt-RF,SMB,HML,RF`), rows dated YYYYMMDD in percent, and a
 * trailing copyright line (monthly files add an "Annual Factors" section, which is
 * dropped). A plain CSV (header `Date,…` on line 1) is returned unchanged.
 *
 * @param text the whole file
 * @param file file name for messages
 * @returns `{ text, firstLine }`: the header and the rows up to the first line that is not dated
 * @throws {InputError} when no header followed by dated rows is found
 * @example
 * factorSection('Made by …\n\n,Mkt-RF,RF\n20190820,-0.80,0.008\n\nCopyright 2024\n').text; // => ',Mkt-RF,RF\n20190820,-0.80,0.008'
 */
export function factorSection(text: string, file?: string): { text: string; firstLine: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const dated = (line: string | undefined) => line !== undefined && /^\s*\d{4}-?\d{2}-?\d{2}\s*[,;\t]/.test(line);
  const header = lines.findIndex((line, k) => /[,;\t]/.test(line) && !dated(line) && dated(lines[k + 1]));
  if (header < 0) throw new InputError('no factor header followed by dated rows (expected e.g. ",Mkt-RF,SMB,HML,RF" then "20190820,…")', { file });
  let end = header + 1;
  while (end < lines.length && dated(lines[end])) end++;
  return { text: lines.slice(header, end).join('\n'), firstLine: header + 1 };
}

/**
 * Reads a daily factor file (Fama–French as published, or a plain `Date,…` CSV) into
 * fractions. Kenneth French's files are in percent: pass `unit: 'percent'`.
 *
 * @param path the file
 * @param options unit of the numbers
 * @returns the factor table (dates ascending)
 * @throws {InputError} naming the file (and line) for an unreadable file, a missing header, a bad date or number
 * @example
 * readFactorFile('F-F_Research_Data_Factors_daily.CSV', { unit: 'percent' }).columns['Mkt-RF']; // => Float64Array of fractions
 */
export function readFactorFile(path: string, options: { unit: 'percent' | 'fraction' }): FactorTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'factor file not found' : code === 'EISDIR' ? 'is a directory, not a factor file' : `cannot read the factor file (${code})`, { file: path });
  }
  const section = factorSection(text, path);
  try {
    return parseFactorCsv(section.text, { unit: options.unit, file: path });
  } catch (error) {
    // Line numbers of the section are relative to its header: shift them to the file's.
    if (error instanceof InputError && error.line !== undefined && section.firstLine > 1) {
      const prefix = `${path}:${error.line}: `;
      const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
      throw new InputError(message, { file: path, line: error.line + section.firstLine - 1, value: error.value });
    }
    throw error;
  }
}
