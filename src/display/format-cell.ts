/** How one table cell is written in notebook tables (HTML and text alike). */

/**
 * Writes a cell value as text: numbers as {@link formatNumber} writes them, dates as ISO,
 * empty for null/undefined, JSON for objects.
 *
 * @param value the cell
 * @param fractionDigits maximum digits after the decimal point (integer 0..20)
 * @example
 * formatCell(1206.9277654, 6) // => '1206.927765'
 * formatCell(828550000, 6) // => '828,550,000'
 * formatCell(1939.900024, 6) // => '1939.9'
 * formatCell(null, 6) // => ''
 */
export function formatCell(value: unknown, fractionDigits: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, fractionDigits);
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return formatDate(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Writes a number as people write it in a table:
 * - at most `fractionDigits` decimals, trailing zeros trimmed (`1.950000` → `1.95`);
 * - single-precision noise removed: a value that is the 32-bit float of a shorter decimal, or
 *   such a float printed with all its digits, shows as that decimal. Yahoo Finance CSVs write
 *   float32 prices with six decimals (`1939.900024` is float32 1939.9) and TensorFlow.js
 *   (danfojs arithmetic) computes in float32 (1.95 becomes 1.9500000476837158). A double that
 *   merely has many digits (1206.9277654) keeps them, up to `fractionDigits`;
 * - fixed notation, never an exponent, from 1e-9 up to 1e21 (below the last decimal shown,
 *   three significant digits: `0.000000123`, p = `0.0000126`); exponent beyond (float noise
 *   such as 1.95 − 1.05 − 0.9 = −1.1e-16 shows as `-1.110223e-16`, not as a false 0);
 * - thousands separated by commas from 10,000 up (four-digit numbers such as years and
 *   prices like 1939.9 stay as they are).
 *
 * @param value the number
 * @param [fractionDigits=6] maximum digits after the decimal point (integer 0..20)
 * @example
 * formatNumber(1939.900024) // => '1939.9'
 * formatNumber(Math.fround(1.95)) // => '1.95'
 * formatNumber(1206.9277654) // => '1206.927765'
 * formatNumber(828550000) // => '828,550,000'
 * formatNumber(43250.5) // => '43,250.5'
 * formatNumber(0.000000123) // => '0.000000123'
 */
export function formatNumber(value: number, fractionDigits = 6): string {
  return groupThousands(plainNumber(value, fractionDigits));
}

function plainNumber(value: number, fractionDigits: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1e21 || (magnitude > 0 && magnitude < 1e-9)) return value.toExponential(Math.min(fractionDigits, 6));
  if (Number.isInteger(value)) return value.toFixed(0);
  const shown = withoutFloat32Noise(value);
  // Below the last decimal shown: three significant digits instead of rounding to 0.
  const digits = magnitude < 10 ** -fractionDigits ? Math.min(20, 2 - Math.floor(Math.log10(magnitude))) : fractionDigits;
  const fixed = shown.toFixed(digits).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

/**
 * The shortest decimal (at most 7 significant digits, what a float32 holds) whose float32 is
 * `value`, or whose float32 printed with as many decimals as `value` has is `value`; else `value`.
 */
function withoutFloat32Noise(value: number): number {
  const text = String(value);
  if (text.includes('e')) return value;
  const decimals = text.length - text.indexOf('.') - 1;
  const significant = text.replace(/^-?[0.]*/, '').replace('.', '').length;
  for (let precision = 1; precision <= Math.min(7, significant - 1); precision++) {
    const short = Number(value.toPrecision(precision));
    const single = Math.fround(short);
    if (single === value || Number(single.toFixed(decimals)) === value) return short;
  }
  return value;
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
