import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnknownCurrencyError } from '../errors';
import type { CurrencyInfo } from './types';

/** The ISO 4217 table: data/iso4217.json at the package root (src/money and dist/money are both two levels down). */
const TABLE_PATH = join(__dirname, '..', '..', 'data', 'iso4217.json');

let table: Map<string, CurrencyInfo> | undefined;

function loadTable(): Map<string, CurrencyInfo> {
  if (!table) {
    const parsed = JSON.parse(readFileSync(TABLE_PATH, 'utf8')) as { currencies: CurrencyInfo[] };
    table = new Map(parsed.currencies.map((c) => [c.code, c]));
  }
  return table;
}

/**
 * Looks up an ISO 4217 currency in the table shipped in `data/iso4217.json`
 * (ISO List One, published 2024-06-25).
 *
 * @param code - alphabetic code, any case ("krw" is accepted).
 * @returns the code, English name, minor units and numeric code.
 * @throws {UnknownCurrencyError} when the code is not in the table.
 * @example
 * currencyInfo('KRW'); // => { code: 'KRW', name: 'Won', minorUnits: 0, numeric: '410' }
 */
export function currencyInfo(code: string): CurrencyInfo {
  const info = loadTable().get(String(code).trim().toUpperCase());
  if (!info) throw new UnknownCurrencyError(String(code));
  return info;
}

/**
 * Whether `code` is an ISO 4217 code in the shipped table.
 *
 * @param code - alphabetic code, any case.
 * @example
 * isCurrencyCode('USD'); // => true
 * isCurrencyCode('XYZ'); // => false
 */
export function isCurrencyCode(code: string): boolean {
  return loadTable().has(String(code).trim().toUpperCase());
}

/**
 * Every currency in the shipped ISO 4217 table, sorted by code.
 *
 * @example
 * listCurrencies().length; // => 179
 */
export function listCurrencies(): CurrencyInfo[] {
  return [...loadTable().values()];
}

/**
 * Decimal places amounts of `code` are rounded to: the ISO minor units, or 2 where ISO says
 * "N.A." (precious metals, SDR), so such amounts still print to a fixed precision.
 *
 * @param code - ISO 4217 code.
 * @throws {UnknownCurrencyError} when the code is not in the table.
 * @example
 * minorUnitDigits('KRW'); // => 0
 * minorUnitDigits('USD'); // => 2
 */
export function minorUnitDigits(code: string): number {
  return currencyInfo(code).minorUnits ?? 2;
}
