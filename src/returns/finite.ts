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
