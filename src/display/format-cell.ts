/** How one table cell is written in notebook tables (HTML and text alike). */

/**
 * Writes a cell value as text: numbers with at most `fractionDigits` decimals
 * (trailing zeros trimmed; exponent form when the value would round to 0 or has
 * more than 15 integer digits) and, from 10,000 up, thousands separated by commas
 * (four-digit numbers such as years stay as they are); dates as ISO, empty for
 * null/undefined, JSON for objects.
 *
 * @param value the cell
 * @param fractionDigits maximum digits after the decimal point (integer 0..20)
 * @example
 * formatCell(1206.9277654, 6) // => '1206.927765'
 * formatCell(828550000, 6) // => '828,550,000'
 * formatCell(1.95, 6) // => '1.95'
 * formatCell(null, 6) // => ''
 */
export function formatCell(value: unknown, fractionDigits: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return groupThousands(formatNumber(value, fractionDigits));
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return formatDate(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function formatNumber(value: number, fractionDigits: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15 || magnitude < 10 ** -fractionDigits) return value.toExponential(Math.min(fractionDigits, 6));
  const fixed = value.toFixed(fractionDigits).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

function groupThousands(number: string): string {
  const match = /^(-?)(\d{5,})(\.\d+)?$/.exec(number);
  return match ? `${match[1]}${match[2].replace(/\B(?=(\d{3})+$)/g, ',')}${match[3] ?? ''}` : number;
}

function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'Invalid Date';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
