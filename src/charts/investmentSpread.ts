/** Investment spread: a converted amount divided over the years of its timeframe. */
import { ValueError, expectObject } from '../errors';
import { checkConversion, type ChartMoney } from './conversion';
import { formatMoney, moneyUnit, shortText } from './format';
import { finishSpec, type ChartSpec } from './spec';
import { CHART_COLORS, CHART_SIZE, type ChartSource } from './theme';
import { atLeast, finite, isoDate } from './validate';

/** One year's part of the total, in both currencies. */
export interface SpreadYear {
  year: number;
  /** Fraction 0..1 of the total falling in this year. */
  share: number;
  /** This year's part in the first currency (currency units). */
  fromValue: number;
  /** This year's part in the second currency (currency units). */
  toValue: number;
  /** ISO `YYYY-MM-DD` first day counted, when known (tooltip). */
  start?: string;
  /** ISO `YYYY-MM-DD` last day counted, when known (tooltip). */
  end?: string;
}

/** Input of {@link investmentSpreadSpec}. */
export interface InvestmentSpreadInput {
  /** What is invested, e.g. "Hyosung carbon-fiber investment" (untrusted text). */
  label?: string;
  /** The total in the first currency. */
  from: ChartMoney;
  /** The total in the second currency. */
  to: ChartMoney;
  /** How the total was divided, e.g. "calendar_years" or "pro_rata_days" (shown in the subtitle). */
  convention?: string;
  /** The years, in order (at least one). */
  years: readonly SpreadYear[];
  source: ChartSource;
}

/**
 * Bars of an investment's amount per year, read in the first currency on the left axis
 * and in the second currency on the right axis (aligned through the implied rate), each
 * bar labelled with its amount; both axes start at 0.
 *
 * @param input the totals, the per-year parts (currency units) and the source
 * @returns a vega-lite spec
 * @throws {ValueError} on no years, a negative or non-finite amount, or a share outside 0..1
 * @example
 * const spec = investmentSpreadSpec({
 *   label: 'Hyosung investment', from: { value: 1e12, currency: 'KRW' }, to: { value: 828.55e6, currency: 'USD' },
 *   years: [{ year: 2019, share: 0.5, fromValue: 5e11, toValue: 414.275e6 }, { year: 2020, share: 0.5, fromValue: 5e11, toValue: 414.275e6 }],
 *   source: { source: 'Reuters', published: '2019-08-20' },
 * });
 * spec.title.text // => 'Hyosung investment: 1 trillion KRW (828.55 million USD) over 2019–2020, per year'
 */
export function investmentSpreadSpec(input: InvestmentSpreadInput): ChartSpec {
  expectObject(input, 'input', 'investmentSpreadSpec');
  const fn = 'investmentSpreadSpec';
  const total = checkConversion({ label: input.label, from: input.from, to: input.to }, fn);
  const years = atLeast(input.years, 1, `${fn}: years`).map((row, i) => {
    const what = `${fn}: years[${i}]`;
    const year = finite(row.year, `${what}.year`);
    if (!Number.isInteger(year)) throw new ValueError(`${what}.year must be a whole year, got ${year}`);
    const share = finite(row.share, `${what}.share`);
    if (share < 0 || share > 1) throw new ValueError(`${what}.share must be a fraction in 0..1, got ${share}`);
    const fromValue = finite(row.fromValue, `${what}.fromValue`);
    const toValue = finite(row.toValue, `${what}.toValue`);
    if (fromValue < 0 || toValue < 0) throw new ValueError(`${what}: amounts must not be negative`);
    const period = row.start && row.end ? `${isoDate(row.start, `${what}.start`)} to ${isoDate(row.end, `${what}.end`)}` : String(year);
    return { year, share, fromValue, toValue, period };
  });
  const fromUnit = moneyUnit(Math.max(...years.map((y) => y.fromValue)));
  const toUnit = moneyUnit(Math.max(...years.map((y) => y.toValue)));
  const rows = years.map((y) => ({
    year: String(y.year),
    fromShown: y.fromValue / fromUnit.divisor,
    label: (y.fromValue / fromUnit.divisor).toLocaleString('en-US', { maximumFractionDigits: 2 }),
    fromText: formatMoney(y.fromValue, total.from.currency),
    toText: formatMoney(y.toValue, total.to.currency),
    shareText: `${(y.share * 100).toFixed(2)}%`,
    period: y.period,
  }));
  const fromMax = Math.max(...rows.map((r) => r.fromShown)) * 1.15 || 1;
  // The right axis shows the same bars in the second currency: its domain is the left
  // one converted at the total's implied rate, so the two axes line up.
  const toMax = (fromMax * fromUnit.divisor * (total.to.value / total.from.value)) / toUnit.divisor;
  const unitTitle = (currency: string, word: string) => `Amount per year (${word ? `${currency}, ${word}` : currency})`;
  const tooltip = [
    { field: 'year', type: 'nominal', title: 'Year' },
    { field: 'period', type: 'nominal', title: 'Days counted' },
    { field: 'shareText', type: 'nominal', title: 'Share of total (%)' },
    { field: 'fromText', type: 'nominal', title: `Amount (${total.from.currency})` },
    { field: 'toText', type: 'nominal', title: `Amount (${total.to.currency})` },
  ];
  const x = { field: 'year', type: 'ordinal', title: 'Year', axis: { labelAngle: 0 } };
  const first = years[0].year;
  const last = years[years.length - 1].year;
  const span = first === last ? String(first) : `${first}–${last}`;
  const label = total.label ? `${total.label}: ` : '';
  return finishSpec(
    {
      width: Math.max(CHART_SIZE.width, rows.length * 44),
      height: CHART_SIZE.height,
      data: { values: rows },
      layer: [
        {
          mark: { type: 'bar', color: CHART_COLORS.stock },
          encoding: {
            x,
            y: { field: 'fromShown', type: 'quantitative', scale: { domain: [0, fromMax], nice: false }, axis: { title: unitTitle(total.from.currency, fromUnit.word), format: ',.4~g' } },
            tooltip,
          },
        },
        {
          mark: { type: 'text', baseline: 'bottom', dy: -4, fontSize: 11 },
          encoding: { x, y: { field: 'fromShown', type: 'quantitative', scale: { domain: [0, fromMax], nice: false }, axis: null }, text: { field: 'label', type: 'nominal' }, tooltip },
        },
        {
          mark: { type: 'tick', opacity: 0 },
          encoding: {
            x,
            y: { datum: toMax, type: 'quantitative', scale: { domain: [0, toMax], nice: false }, axis: { title: unitTitle(total.to.currency, toUnit.word), orient: 'right', format: ',.4~g', grid: false } },
          },
        },
      ],
      resolve: { scale: { y: 'independent' }, axis: { y: 'independent' } },
    },
    `${label}${total.fromText} (${total.toText}) over ${span}, per year`,
    input.source,
    // Two lines: on one, the note ran past the chart's width and vega cut it ("bar labels in KRW billi…").
    [capitalize(conventionText(input.convention)), `Implied rate ${total.rateText}; bar labels in ${total.from.currency}${fromUnit.word ? ` ${fromUnit.word}` : ''}`],
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * How the total was divided, in words. Articles state a total and a deadline, not a yearly
 * plan, so the note says the division is an assumption.
 */
function conventionText(convention: string | undefined): string {
  if (convention === 'calendar_years') return 'assumed equal parts per calendar year (not a reported plan)';
  if (convention === 'pro_rata_days') return 'assumed in proportion to the days in each year (not a reported plan)';
  return convention ? `assumed division by ${shortText(convention, 40)}` : 'assumed division by year';
}
