import type { DesignWarning } from './design';
import type { TestName } from './selection';

/** Expected-return models. */
export type ModelName = 'market' | 'market-adjusted' | 'mean-adjusted' | 'factor';

/** What to do when an event date is not a trading day of the aligned series. */
export type NonTradingDayPolicy = 'next' | 'previous' | 'skip';

/** Why an event has no (or partial) results. 'ok' events enter the aggregate tests. */
export type EventStatus =
  | 'ok'
  | 'insufficient_estimation'
  | 'no_trading_day'
  | 'missing_data'
  | 'constant_returns'
  | 'unknown_stock'
  | 'suspect_data';

/** Options of an event study; every field has a default. */
export interface EventStudyOptions {
  /** [model='market'] Expected-return model: market model (OLS α, β), market-adjusted (α = 0, β = 1), mean-adjusted (constant mean), or factor (OLS on `factorColumns`). */
  model?: ModelName;
  /** [estimation=[-260, -11]] Estimation window in trading days relative to day 0, inclusive. */
  estimation?: [number, number];
  /** [window=[-1, 1]] Event window in trading days relative to day 0, inclusive. */
  window?: [number, number];
  /** [minEstimation=min(100, estimation length)] Fewest estimation returns an event needs; fewer → status 'insufficient_estimation'. */
  minEstimation?: number;
  /** [returns='simple'] Simple or log returns. */
  returns?: 'simple' | 'log';
  /** [nonTradingDay='next'] An event date that is not a trading day moves to the next (or previous) trading day, or the event is skipped. */
  nonTradingDay?: NonTradingDayPolicy;
  /** [maxDay0ShiftDays=7] Most calendar days day 0 may move to reach a trading day; farther (an event before the data starts, in a gap of months) the status is 'no_trading_day'. */
  maxDay0ShiftDays?: number;
  /** [maxAbsReturn=0.9] Plausibility bound on a daily simple return (fraction): an event whose estimation or event window holds a stock or market return beyond ±90% gets status 'suspect_data' naming the day and prices, rather than results computed through a bad price. `Infinity` turns the check off. */
  maxAbsReturn?: number;
  /** [excludeOtherEvents=false] Leave out of each event's estimation window the event-window days of other events on the same stock. */
  excludeOtherEvents?: boolean;
  /** [predictionErrorAdjusted=false] Per-event t statistics use the prediction-error variance σ²(1 + x₀'(X'X)⁻¹x₀) instead of σ². */
  predictionErrorAdjusted?: boolean;
  /** [sigmaDenominator='dof'] Residual variance Σe²/(n − parameters) ('dof', OLS/statsmodels/EventStudyTools), or Σ(e − ē)²/(n − 1) ('n-1', R's sd() as estudy2 uses in its Patell and Boehmer tests). */
  sigmaDenominator?: 'dof' | 'n-1';
  /** Factor model only: names of the factor columns used as regressors. */
  factorColumns?: string[];
  /** Factor model only: a risk-free column subtracted from stock returns (Fama–French excess returns). */
  riskFreeColumn?: string;
  /** Called with (events done, total) every few thousand events and at the end (progress bars). */
  onProgress?: (done: number, total: number) => void;
  /**
   * [conventions='default'] Test conventions: 'default' follows the papers (see the README's
   * conventions table); 'estudy2' reproduces R's estudy2 0.10.0 — σ by sd() (n − 1) unless
   * `sigmaDenominator` is given, its distributions, raw-rank and pooled-p̂ definitions, and
   * the 90% coverage filter of its CAR tests.
   */
  conventions?: Conventions;
  /**
   * [carWindows=[]] Further CAR windows [from, to] tested in the same run (`result.windows`); each must lie
   * outside the estimation window. Each is a full re-run with that event window (ranks, standardizations);
   * `excludeOtherEvents` leaves out other events' days by the extent of `window`.
   */
  carWindows?: [number, number][];
  /**
   * [tests=all 16] The aggregate tests to compute and report, by name as in the output (`TEST_NAMES`,
   * e.g. `['bmp', 'corrado_rank']`); reported in the usual order. Work only the others need is
   * skipped (the rank sort when no rank or sign test is asked, GRANK's passes, the correlation
   * sums); the asked tests give the same numbers as in a full run. An unknown name is an OptionError.
   */
  tests?: string[];
  /** [testsByDay=true] Also test AAR = 0 on each event-window day (`aggregate.testsByDay`); false leaves it empty. */
  testsByDay?: boolean;
}

/** Which formulas and distributions the aggregate tests use. */
export type Conventions = 'default' | 'estudy2';

/** Options with every default filled in. */
export interface ResolvedOptions {
  model: ModelName;
  estimation: [number, number];
  window: [number, number];
  minEstimation: number;
  returns: 'simple' | 'log';
  nonTradingDay: NonTradingDayPolicy;
  maxDay0ShiftDays: number;
  maxAbsReturn: number;
  excludeOtherEvents: boolean;
  predictionErrorAdjusted: boolean;
  sigmaDenominator: 'dof' | 'n-1';
  factorColumns: string[];
  riskFreeColumn?: string;
  conventions: Conventions;
  carWindows: [number, number][];
  /** The tests asked for, in report order; absent = all (so the options of a default run print as before). */
  tests?: TestName[];
  /** false when the per-day tests are not wanted; absent = wanted. */
  testsByDay?: false;
}

/** One significance test: statistic, two-sided p-value and the distribution it was read from. */
export interface TestResult {
  /** Test name, e.g. 'patell'. */
  name: string;
  statistic: number;
  /** Two-sided p-value; NaN when the test could not be computed (see `note`). */
  pValue: number;
  distribution: 'normal' | 't' | 'exact';
  /** Degrees of freedom of a t distribution. */
  df?: number;
  /** Number of events the test used. */
  n: number;
  /** Why the statistic is NaN, when it is (or how the convention differs). */
  note?: string;
  /** Event-window days a window test used (estudy2's CAR tests keep days with more than 90% of events). */
  days?: number;
}

/** Abnormal return of one event on one day of the event window. */
export interface AbnormalReturnDay {
  /** Trading day relative to day 0. */
  day: number;
  /** ISO date of that trading day. */
  date: string;
  /** Abnormal return as a fraction. */
  ar: number;
  /** AR/σ (or AR/(σ√C) with prediction-error adjustment). */
  tAr: number;
  /** Actual return on that day, fraction. */
  ret: number;
  /** Expected (model) return on that day, fraction. */
  expected: number;
}

/** Per-event result. Numbers are NaN unless status is 'ok'. */
export interface EventResult {
  /** Event id (given, or stock@date). */
  id: string;
  stock: string;
  /** Date as requested. */
  eventDate: string;
  /** Trading day used as day 0 (differs from eventDate when it was not a trading day). */
  day0Date?: string;
  /** Says when day 0 moved, e.g. "2019-08-17 is not a trading day; day 0 moved to the next trading day 2019-08-19". */
  note?: string;
  status: EventStatus;
  /** Why the status is not 'ok'. */
  reason?: string;
  alpha: number;
  beta: number;
  /** Residual standard deviation over the estimation window (fraction per day, dof = n − parameters). */
  sigma: number;
  r2: number;
  /** Estimation returns used. */
  n: number;
  /** Factor model: coefficients by factor name (alpha is separate). */
  factorLoadings?: Record<string, number>;
  ar: AbnormalReturnDay[];
  /** Cumulative abnormal return over the event window, fraction. */
  car: number;
  /** Buy-and-hold abnormal return Π(1+R) − Π(1+E[R]) over the event window, fraction. */
  bhar: number;
  /** CAR/(σ√L), or CAR/S_CAR with prediction-error adjustment. */
  tCar: number;
  /** Two-sided p-value of tCar (Student t, n − parameters dof). */
  pCar: number;
  /** Other events of the same stock overlapping this one, by kind (the pairs: `result.overlaps`). */
  overlaps?: { eventWindows: number; inEstimation: number; inOthersEstimation: number };
}

/** Average abnormal return on one event-window day. */
export interface AverageAbnormalReturnDay {
  day: number;
  aar: number;
  /** Cumulative AAR from the window start to this day. */
  caar: number;
  /** Events with a return that day. */
  n: number;
}

/** Results across events. */
export interface AggregateResult {
  /** Events with status 'ok'. */
  nEvents: number;
  aar: AverageAbnormalReturnDay[];
  /** Mean CAR over the event window, fraction. */
  caar: number;
  /** Tests of CAAR = 0 over the whole event window. */
  tests: TestResult[];
  /** Tests of AAR = 0 on each event-window day. */
  testsByDay: { day: number; tests: TestResult[] }[];
  /**
   * Average cross-correlation of estimation-window abnormal returns (Kolari–Pynnönen r̄); NaN when no
   * asked test reads it (only kolari_pynnonen and adjusted_patell do: the sums are then skipped).
   */
  averageCorrelation: number;
  /** Why the events are not independent (a stock-day repeated, day-0 clustering across stocks); absent when they are. See `StudyDesignTally`. */
  warnings?: DesignWarning[];
}

/** CARs and CAAR tests of one CAR window (the event window first, then `carWindows`). */
export interface CarWindowResult {
  window: [number, number];
  nEvents: number;
  caar: number;
  tests: TestResult[];
  /** Per event (same order as `events`): CAR over this window, its t and p (NaN unless ok). */
  cars: { id: string; car: number; tCar: number; pCar: number }[];
}

/** Two events of the same stock whose windows overlap. */
export interface EventOverlap {
  event: string;
  other: string;
  /** 'event-windows': both event windows share days; 'in-estimation': `other`'s event window lies in `event`'s estimation window. */
  kind: 'event-windows' | 'in-estimation';
  /** Whether `other`'s days were left out of `event`'s estimation (excludeOtherEvents). */
  excluded: boolean;
}

/** Everything an event study returns. */
export interface EventStudyResult {
  options: ResolvedOptions;
  events: EventResult[];
  aggregate: AggregateResult;
  /** Overlapping pairs of events (same stock); built on first access (non-enumerable), as there can be ≈ N² of them. */
  overlaps: EventOverlap[];
  /** The event window and every `carWindows` entry, each with its CARs and CAAR tests. */
  windows: CarWindowResult[];
  /** All overlaps found, when more than the 10,000 listed in `overlaps` (many events of one stock on few dates). */
  overlapCount?: number;
  /** Per stock: the days dropped to align stock and market on common trading days. */
  alignment: { stock: string; market: string; droppedFromStock: string[]; droppedFromMarket: string[]; commonDays: number }[];
}
