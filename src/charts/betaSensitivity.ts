/** Beta sensitivity: the abnormal return a stock's move implies for each assumed market beta. */
import { expectObject } from '../errors';
import { formatPct, shortText } from './format';
import { paddedDomain } from './reactionBars';
import { finishSpec, type ChartSpec } from './spec';
import { SIGNED_AXIS, CHART_COLORS, CHART_SIZE, NAME_MAX_CHARS, type ChartSource } from './theme';
import { atLeast, finite, isoDate, nonEmpty } from './validate';

/** The abnormal return for one assumed beta. */
export interface BetaPoint {
  /** Assumed market beta (dimensionless). */
  beta: number;
  /** AR = r − α − β·r_m, in percent. */
  abnormalPct: number;
}

/** Input of {@link betaSensitivitySpec}. */
export interface BetaSensitivityInput {
  stockName: string;
  benchmarkName: string;
  /** The stock's change over the period, in percent. */
  stockChangePct: number;
  /** The benchmark's change over the same period, in percent. */
  benchmarkChangePct: number;
  /** [alphaPct=0] Expected return unrelated to the market over the period, in percent. */
  alphaPct?: number;
  /** ISO date `YYYY-MM-DD` of the move, when known. */
  date?: string;
  /** Abnormal return for each assumed beta (at least two). */
  rows: readonly BetaPoint[];
  source: ChartSource;
}

/**
 * A line of the abnormal return AR(β) = r − α − β·r_m against the assumed beta, with the
 * market-adjusted model's point (β = 1, AR = r − α − r_m) marked and labelled, and a rule
 * at AR = 0. The β = 1 point is computed from the two changes, so it is marked even when
 * the grid skips it.
 *
 * @param input the two changes (percent), the rows of the beta grid and the source
 * @returns a vega-lite spec
 * @throws {ValueError} on a non-finite number, fewer than two rows, or an empty name
 * @example
 * const spec = betaSensitivitySpec({
 *   stockName: 'Samsung Electronics', benchmarkName: 'KOSPI', stockChangePct: 1.95, benchmarkChangePct: 1.05,
 *   rows: [{ beta: 0.5, abnormalPct: 1.425 }, { beta: 1.5, abnormalPct: 0.375 }],
 *   source: { source: 'Reuters', published: '2019-08-20' },
 * });
 * spec.title.text // => 'Abnormal return of Samsung Electronics by assumed beta against KOSPI (%)'
 */
export function betaSensitivitySpec(input: BetaSensitivityInput): ChartSpec {
  expectObject(input, 'input', 'betaSensitivitySpec');
  const fn = 'betaSensitivitySpec';
  const stockName = shortText(nonEmpty(input.stockName, `${fn}: stockName`), NAME_MAX_CHARS);
  const benchName = shortText(nonEmpty(input.benchmarkName, `${fn}: benchmarkName`), NAME_MAX_CHARS);
  const stockPct = finite(input.stockChangePct, `${fn}: stockChangePct`);
  const benchPct = finite(input.benchmarkChangePct, `${fn}: benchmarkChangePct`);
  const alphaPct = input.alphaPct === undefined ? 0 : finite(input.alphaPct, `${fn}: alphaPct`);
  const date = input.date === undefined ? undefined : isoDate(input.date, `${fn}: date`);
  const rows = atLeast(input.rows, 2, `${fn}: rows`).map((row, i) => {
    const beta = finite(row.beta, `${fn}: rows[${i}].beta`);
    const abnormalPct = finite(row.abnormalPct, `${fn}: rows[${i}].abnormalPct`);
    return { beta, abnormalPct, betaLabel: beta.toFixed(2), arLabel: formatPct(abnormalPct) };
  });
  const marketAdjustedPct = stockPct - alphaPct - benchPct;
  const marked = [{ beta: 1, abnormalPct: marketAdjustedPct, label: `β = 1 (market-adjusted): ${formatPct(marketAdjustedPct)}` }];
  const betas = [...rows.map((row) => row.beta), 1];
  const values = [...rows.map((row) => row.abnormalPct), marketAdjustedPct, 0];
  const [low, high] = paddedDomain(values);

  const x = {
    field: 'beta',
    type: 'quantitative',
    scale: { domain: [Math.min(...betas), Math.max(...betas)], nice: false, zero: false },
    axis: { title: `Assumed beta β of ${stockName} against ${benchName}`, format: '.1f' },
  };
  const y = {
    field: 'abnormalPct',
    type: 'quantitative',
    scale: { domain: [low, high], nice: false, zero: true },
    axis: { title: 'Abnormal return r − α − β·rₘ (%)', ...SIGNED_AXIS },
  };
  const tooltip = [{ field: 'label', type: 'nominal', title: 'Market-adjusted model (β = 1)' }];
  const period = date ? ` on ${date}` : '';
  return finishSpec(
    {
      width: CHART_SIZE.width,
      height: CHART_SIZE.height,
      data: { values: rows },
      layer: [
        { mark: { type: 'rule', color: CHART_COLORS.zero }, encoding: { y: { datum: 0, type: 'quantitative' } } },
        {
          layer: [
            { mark: { type: 'line', color: CHART_COLORS.abnormal } },
            { mark: { type: 'point', filled: true, size: 36, color: CHART_COLORS.abnormal } },
          ],
          encoding: {
            x,
            y,
            tooltip: [
              { field: 'betaLabel', type: 'nominal', title: 'Assumed beta β' },
              { field: 'arLabel', type: 'nominal', title: 'Abnormal return (%)' },
            ],
          },
        },
        {
          data: { values: marked },
          layer: [
            { mark: { type: 'rule', strokeDash: [4, 3], color: CHART_COLORS.stock }, encoding: { x } },
            { mark: { type: 'point', filled: true, size: 110, color: CHART_COLORS.stock, stroke: '#ffffff', strokeWidth: 1.5 }, encoding: { x, y, tooltip } },
            // The label sits on the side of the point away from the line: below it when the line rises (benchmark fell).
            { mark: { type: 'text', align: 'left', dx: 9, dy: benchPct < 0 ? 14 : -12, fontWeight: 'bold', color: CHART_COLORS.stock }, encoding: { x, y, text: { field: 'label', type: 'nominal' } } },
          ],
        },
      ],
    },
    `Abnormal return of ${stockName} by assumed beta against ${benchName} (%)`,
    input.source,
    `${stockName} ${formatPct(stockPct)}, ${benchName} ${formatPct(benchPct)}${period}; α = ${formatPct(alphaPct)}`,
  );
}
