/** Conversion: an amount the article states in two currencies, drawn against both currencies' axes. */
import { ValueError, expectObject } from '../errors';
import { formatMoney, formatRate, moneyUnit, shortText } from './format';
import { finishSpec, type ChartSpec } from './spec';
import { CHART_COLORS, CHART_SIZE, NAME_MAX_CHARS, type ChartSource } from './theme';
import { atLeast, finite, nonEmpty } from './validate';

/** An amount in currency units (not millions) of an ISO 4217 currency. */
export interface ChartMoney {
  value: number;
  /** ISO 4217 code, e.g. "KRW". */
  currency: string;
}

/** One stated conversion: the same sum in two currencies. */
export interface ConversionItem {
  /** What the amount is, e.g. "Hyosung carbon-fiber investment" (untrusted text). */
  label?: string;
  /** The amount written first. */
  from: ChartMoney;
  /** The amount written second. */
  to: ChartMoney;
}

/** Input of {@link conversionSpec}. */
export interface ConversionInput {
  conversions: readonly ConversionItem[];
  source: ChartSource;
}

/**
 * One horizontal bar per stated conversion, read against two aligned axes: the first
 * currency below, the second above (both start at 0; the top axis is the bottom one
 * divided by the implied rate). The bar is labelled with both amounts, and the subtitle
 * gives the implied rate (to.value / from.value, stated with the rate ≥ 1).
 *
 * @param input the conversions (positive amounts in currency units) and the source
 * @returns a vega-lite spec (a vertical stack of one panel per conversion)
 * @throws {ValueError} on an empty list, a non-positive amount or a bad currency code
 * @example
 * const spec = conversionSpec({
 *   conversions: [{ label: 'Hyosung investment', from: { value: 1e12, currency: 'KRW' }, to: { value: 828.55e6, currency: 'USD' } }],
 *   source: { source: 'Reuters', published: '2019-08-20' },
 * });
 * spec.title.text // => 'Hyosung investment: 1 trillion KRW = 828.55 million USD'
 */
export function conversionSpec(input: ConversionInput): ChartSpec {
  expectObject(input, 'input', 'conversionSpec');
  const fn = 'conversionSpec';
  const items = atLeast(input.conversions, 1, `${fn}: conversions`).map((item, i) => checkConversion(item, `${fn}: conversions[${i}]`));
  const panels = items.map((item) => conversionPanel(item, items.length > 1));
  const only = items.length === 1 ? items[0] : undefined;
  const title = only ? `${only.label ? `${only.label}: ` : ''}${only.fromText} = ${only.toText}` : 'Amounts stated in two currencies';
  return finishSpec({ vconcat: panels, spacing: 28 }, title, input.source, only ? `Implied rate: ${only.rateText} (from the article's two amounts)` : undefined);
}

interface CheckedConversion {
  label?: string;
  from: ChartMoney;
  to: ChartMoney;
  fromText: string;
  toText: string;
  rateText: string;
}

const CURRENCY = /^[A-Z]{3}$/;

/**
 * Checks one conversion and formats its amounts and implied rate (exported for the
 * spread chart, which states the same things).
 */
export function checkConversion(item: ConversionItem, what: string): CheckedConversion {
  const money = (m: ChartMoney, name: string): ChartMoney => {
    const value = finite(m?.value, `${what}.${name}.value`);
    if (value <= 0) throw new ValueError(`${what}.${name}.value must be positive, got ${value}`);
    if (!CURRENCY.test(m.currency)) throw new ValueError(`${what}.${name}.currency must be an ISO 4217 code like "USD", got ${JSON.stringify(m.currency)}`);
    return { value, currency: m.currency };
  };
  const from = money(item.from, 'from');
  const to = money(item.to, 'to');
  if (from.currency === to.currency) throw new ValueError(`${what}: both amounts are in ${from.currency}; a conversion needs two currencies`);
  const label = item.label === undefined ? undefined : shortText(nonEmpty(item.label, `${what}.label`), NAME_MAX_CHARS * 2);
  return { label, from, to, fromText: formatMoney(from.value, from.currency), toText: formatMoney(to.value, to.currency), rateText: impliedRateText(from, to) };
}

/** The implied rate as "1,206.93 KRW per USD", oriented so that the rate is ≥ 1. */
function impliedRateText(from: ChartMoney, to: ChartMoney): string {
  const perTo = from.value / to.value;
  return perTo >= 1 ? formatRate(perTo, from.currency, to.currency) : formatRate(to.value / from.value, to.currency, from.currency);
}

function conversionPanel(item: CheckedConversion, titled: boolean): Record<string, unknown> {
  const fromUnit = moneyUnit(item.from.value);
  const toUnit = moneyUnit(item.to.value);
  const headroom = 1.12;
  const row = {
    fromShown: item.from.value / fromUnit.divisor,
    toShown: item.to.value / toUnit.divisor,
    label: `${item.fromText} = ${item.toText}`,
    fromText: item.fromText,
    toText: item.toText,
    rateText: item.rateText,
  };
  const axisTitle = (currency: string, word: string) => (word ? `${currency} (${word})` : currency);
  const tooltip = [
    { field: 'fromText', type: 'nominal', title: `Amount in ${item.from.currency}` },
    { field: 'toText', type: 'nominal', title: `Amount in ${item.to.currency}` },
    { field: 'rateText', type: 'nominal', title: 'Implied rate' },
  ];
  return {
    ...(titled ? { title: { text: `${item.label ?? item.fromText} (implied rate ${item.rateText})`, fontSize: 12, anchor: 'start' } } : {}),
    width: CHART_SIZE.width,
    height: CHART_SIZE.barPanelHeight,
    data: { values: [row] },
    // A band y scale (one row) gives the panel its height; without one vega-lite emits
    // two "height" signals for a vconcat of independent-x layers.
    encoding: { y: { field: 'label', type: 'nominal', axis: null } },
    layer: [
      {
        mark: { type: 'bar', color: CHART_COLORS.stock, height: 34 },
        encoding: { x: amountAxis('fromShown', row.fromShown * headroom, axisTitle(item.from.currency, fromUnit.word), 'bottom'), tooltip },
      },
      {
        mark: { type: 'tick', opacity: 0 },
        encoding: { x: amountAxis('toShown', row.toShown * headroom, axisTitle(item.to.currency, toUnit.word), 'top') },
      },
      {
        mark: { type: 'text', align: 'left', x: 10, fontWeight: 'bold', color: '#ffffff', fontSize: 12 },
        encoding: { text: { field: 'label', type: 'nominal' }, tooltip },
      },
    ],
    resolve: { scale: { x: 'independent' }, axis: { x: 'independent' } },
  };
}

/** An x encoding of an amount from 0 to `max` (in the shown unit), its axis on one side. */
function amountAxis(field: string, max: number, title: string, orient: 'top' | 'bottom') {
  return { field, type: 'quantitative', scale: { domain: [0, max], nice: false }, axis: { title, orient, format: ',.4~g', grid: orient === 'bottom' } };
}
