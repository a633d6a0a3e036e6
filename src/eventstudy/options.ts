import { OptionError } from '../errors';
import { checkTestNames } from './selection';
import type { EventStudyOptions, ResolvedOptions } from './types';

/** Default estimation window [-260, -11]: 250 trading days (about a year) ending 11 days before day 0. */
export const DEFAULT_ESTIMATION: [number, number] = [-260, -11];
/** Default event window [-1, +1]. */
export const DEFAULT_WINDOW: [number, number] = [-1, 1];
/** Default minimum estimation returns, capped at the window length. */
export const DEFAULT_MIN_ESTIMATION = 100;
/** Default most calendar days day 0 may move to the next/previous trading day (a long weekend plus holidays). */
export const DEFAULT_MAX_DAY0_SHIFT_DAYS = 7;
/** Default plausibility bound on a daily simple return: ±90%. */
export const DEFAULT_MAX_ABS_RETURN = 0.9;
/** Largest |relative day| a window may reach: 10,000 trading days, about 40 years. */
export const MAX_WINDOW_DAYS = 10_000;

/**
 * Fills in defaults and checks an event study's options: windows are integer
 * [from, to] with from ≤ to, the estimation window must not overlap the event
 * window, and the minimum estimation size leaves at least 3 degrees of freedom.
 *
 * @param options user options
 * @returns options with every default filled in
 * @throws {OptionError} (a ValueError) naming the bad option
 * @example
 * resolveEventStudyOptions({}).estimation; // => [-260, -11]
 */
export function resolveEventStudyOptions(options: EventStudyOptions = {}): ResolvedOptions {
  const estimation = checkWindow('estimation', options.estimation ?? DEFAULT_ESTIMATION);
  const window = checkWindow('event', options.window ?? DEFAULT_WINDOW);
  if (estimation[1] >= window[0] && window[1] >= estimation[0]) {
    throw new OptionError(
      `estimation window [${estimation.join(', ')}] overlaps event window [${window.join(', ')}]: the estimation window must end before (or start after) the event window`,
    );
  }
  const model = options.model ?? 'market';
  if (!['market', 'market-adjusted', 'mean-adjusted', 'factor'].includes(model)) {
    throw new OptionError(`unknown model "${model}" (expected market, market-adjusted, mean-adjusted or factor)`);
  }
  const factorColumns = options.factorColumns ?? [];
  if (model === 'factor' && factorColumns.length === 0) throw new OptionError('factor model needs factorColumns (e.g. ["Mkt-RF", "SMB", "HML"])');
  const parameters = model === 'factor' ? factorColumns.length + 1 : model === 'market' ? 2 : 1;
  const estimationLength = estimation[1] - estimation[0] + 1;
  const minEstimation = options.minEstimation ?? Math.min(DEFAULT_MIN_ESTIMATION, estimationLength);
  if (!Number.isInteger(minEstimation) || minEstimation < parameters + 3) {
    throw new OptionError(`minEstimation must be an integer ≥ ${parameters + 3} for the ${model} model (Patell's variance needs n − parameters > 2), got ${minEstimation}`);
  }
  const nonTradingDay = options.nonTradingDay ?? 'next';
  if (!['next', 'previous', 'skip'].includes(nonTradingDay)) throw new OptionError(`nonTradingDay must be next, previous or skip, got "${nonTradingDay}"`);
  const maxDay0ShiftDays = options.maxDay0ShiftDays ?? DEFAULT_MAX_DAY0_SHIFT_DAYS;
  if (typeof maxDay0ShiftDays !== 'number' || !(maxDay0ShiftDays >= 0) || (!Number.isInteger(maxDay0ShiftDays) && maxDay0ShiftDays !== Infinity)) {
    throw new OptionError(`maxDay0ShiftDays must be a whole number of calendar days ≥ 0, got ${String(maxDay0ShiftDays)}`);
  }
  const maxAbsReturn = options.maxAbsReturn ?? DEFAULT_MAX_ABS_RETURN;
  if (typeof maxAbsReturn !== 'number' || !(maxAbsReturn > 0)) throw new OptionError(`maxAbsReturn must be a fraction > 0 (0.9 = ±90%), got ${String(maxAbsReturn)}`);
  const returns = options.returns ?? 'simple';
  if (returns !== 'simple' && returns !== 'log') throw new OptionError(`returns must be simple or log, got "${returns}"`);
  const conventions = options.conventions ?? 'default';
  if (conventions !== 'default' && conventions !== 'estudy2') throw new OptionError(`conventions must be default or estudy2, got "${conventions}"`);
  // estudy2 divides by R's sd() (n − 1) in every test that standardizes by σ.
  const sigmaDenominator = options.sigmaDenominator ?? (conventions === 'estudy2' ? 'n-1' : 'dof');
  if (sigmaDenominator !== 'dof' && sigmaDenominator !== 'n-1') throw new OptionError(`sigmaDenominator must be dof or n-1, got "${sigmaDenominator}"`);
  if (options.testsByDay !== undefined && typeof options.testsByDay !== 'boolean') throw new OptionError(`testsByDay must be true or false, got ${JSON.stringify(options.testsByDay)}`);
  return {
    model,
    estimation,
    window,
    minEstimation,
    returns,
    nonTradingDay,
    maxDay0ShiftDays,
    maxAbsReturn,
    excludeOtherEvents: options.excludeOtherEvents ?? false,
    predictionErrorAdjusted: options.predictionErrorAdjusted ?? false,
    sigmaDenominator,
    factorColumns,
    riskFreeColumn: options.riskFreeColumn,
    conventions,
    carWindows: (options.carWindows ?? []).map((w) => checkCarWindow(w, estimation)),
    // Only when not the default, so a default run's resolved options (and partials) stay as they were.
    ...(options.tests !== undefined ? { tests: checkTestNames(options.tests) } : {}),
    ...(options.testsByDay === false ? { testsByDay: false as const } : {}),
  };
}

function checkCarWindow(value: [number, number], estimation: [number, number]): [number, number] {
  const window = checkWindow('CAR', value);
  if (estimation[1] >= window[0] && window[1] >= estimation[0]) {
    throw new OptionError(`CAR window [${window.join(', ')}] overlaps the estimation window [${estimation.join(', ')}]`);
  }
  return window;
}

function checkWindow(name: string, value: [number, number]): [number, number] {
  if (!Array.isArray(value) || value.length !== 2 || !value.every(Number.isInteger) || value[0] > value[1]) {
    throw new OptionError(`${name} window must be two integers [from, to] with from ≤ to, got ${JSON.stringify(value)}`);
  }
  if (Math.abs(value[0]) > MAX_WINDOW_DAYS || Math.abs(value[1]) > MAX_WINDOW_DAYS) {
    throw new OptionError(`${name} window [${value.join(', ')}] reaches beyond ±${MAX_WINDOW_DAYS.toLocaleString('en-US')} trading days (about 40 years) from day 0`);
  }
  return [value[0], value[1]];
}
