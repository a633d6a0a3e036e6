import { ValueError } from '../errors';

/**
 * Returns `value` when it is a finite number; otherwise throws a ValueError
 * naming the function and parameter, e.g. `excessReturnPp: stockPct must be a finite number, got NaN`.
 */
export function requireFinite(value: number, name: string, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ValueError(`${where}: ${name} must be a finite number, got ${String(value)}`);
  }
  return value;
}

/**
 * Returns `value` when it is a possible price change in percent: finite and not below −100
 * (a price can fall at most to zero). "Shares fell 150%" is a misreading or a typo, never a move.
 *
 * @throws {ValueError} e.g. `relativeReturnPct: stockPct must be a change ≥ −100% (a price cannot fall more than 100%), got -150`
 * @example
 * requireChangePct(-12.5, 'stockPct', 'excessReturnPp'); // => -12.5
 */
export function requireChangePct(value: number, name: string, where: string): number {
  requireFinite(value, name, where);
  if (value < -100) throw new ValueError(`${where}: ${name} must be a change ≥ −100% (a price cannot fall more than 100%), got ${value}`);
  return value;
}
