/**
 * The one chart theme: font, colours, sizes and number formats shared by every builder.
 *
 * The font is DejaVu Sans because it ships with the `dejavu-fonts-ttf` dependency and
 * the PNG renderer loads exactly that file, so SVG, PNG and HTML use the same glyphs on
 * every machine.
 */
import type { Config } from 'vega-lite';
import type { ChartConfig } from './spec';
import { shortText } from './format';

/** Font family of every text mark; the PNG renderer loads this font from node_modules. */
export const CHART_FONT = 'DejaVu Sans';

/** Series colours (colour-blind safe: blue/orange contrast, grey for the benchmark). */
export const CHART_COLORS = {
  stock: '#1f5fa8',
  benchmark: '#8a8f98',
  excess: '#d9620f',
  abnormal: '#d9620f',
  cumulative: '#1f5fa8',
  band: '#9ec3ea',
  event: '#b23a48',
  zero: '#4a4a4a',
  grid: '#e6e6e6',
  text: '#222222',
  muted: '#5a5a5a',
} as const;

/** Plot area sizes in CSS pixels (axes, titles and legends come on top). */
export const CHART_SIZE = {
  width: 520,
  height: 300,
  /** Height of one panel of the conversion chart (a single horizontal bar). */
  barPanelHeight: 70,
} as const;

/**
 * A signed-percent axis: "+1.5", "−0.5" and a plain "0" (d3-format alone would print "+0.0").
 * The label expression is a constant of ours; no user text ever goes into it.
 */
export const SIGNED_AXIS = { format: '+.1f', labelExpr: "datum.value === 0 ? '0' : datum.label" } as const;

/**
 * {@link SIGNED_AXIS} with enough decimals for the values drawn: one while the largest magnitude is at least
 * 0.5, else one more than its first significant digit needs — a study whose CAAR stays within ±0.12% had ticks
 * every 0.02 labelled "−0.0", "−0.0", "−0.1", "−0.1".
 *
 * @param values the values on the axis, in its unit (percent or pp); non-finite ones are ignored
 * @example
 * signedAxisFor([0, -0.05, -0.12]).format; // => "+.2~f" (ticks "−0.02", "−0.04", …)
 * signedAxisFor([1.95, 1.05]) === SIGNED_AXIS; // => true
 */
export function signedAxisFor(values: readonly number[]): { format: string; labelExpr: typeof SIGNED_AXIS.labelExpr } {
  let largest = 0;
  for (const v of values) if (Number.isFinite(v) && Math.abs(v) > largest) largest = Math.abs(v);
  if (largest >= 0.5 || largest === 0) return SIGNED_AXIS;
  const decimals = Math.min(6, Math.ceil(-Math.log10(largest)) + 1);
  return { ...SIGNED_AXIS, format: `+.${decimals}~f` };
}

/** d3-format strings for axes: values are already in percent or percentage points. */
export const AXIS_FORMAT = {
  pct: '+.1f',
  pp: '+.1f',
  index: '.0f',
  amount: ',.4~g',
} as const;

/** Longest headline shown in a subtitle (characters); longer ones end in an ellipsis. */
const HEADLINE_MAX_CHARS = 110;

/** Longest chart title (characters). */
const TITLE_MAX_CHARS = 120;

/** Longest name (of a stock, index or event) shown in a label (characters). */
export const NAME_MAX_CHARS = 40;

/** The house config, checked against vega-lite's `Config` type here (published as the smaller {@link ChartConfig}). */
const houseConfig: Config = {
  font: CHART_FONT,
  background: '#ffffff',
  padding: 12,
  view: { stroke: null },
  title: {
    font: CHART_FONT,
    fontSize: 15,
    fontWeight: 'bold',
    color: CHART_COLORS.text,
    anchor: 'start',
    subtitleFont: CHART_FONT,
    subtitleFontSize: 11,
    subtitleColor: CHART_COLORS.muted,
    subtitlePadding: 4,
    offset: 14,
    subtitleLineHeight: 15,
  },
  axis: {
    labelFont: CHART_FONT,
    titleFont: CHART_FONT,
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    titleColor: CHART_COLORS.text,
    labelColor: CHART_COLORS.text,
    gridColor: CHART_COLORS.grid,
    domainColor: '#888888',
    tickColor: '#888888',
    labelLimit: 0,
  },
  legend: {
    labelFont: CHART_FONT,
    titleFont: CHART_FONT,
    labelFontSize: 11,
    titleFontSize: 11,
    labelLimit: 0,
    orient: 'top',
    direction: 'horizontal',
  },
  text: { font: CHART_FONT, fontSize: 11, color: CHART_COLORS.text },
  bar: { discreteBandSize: { band: 0.7 } },
  line: { strokeWidth: 2 },
};

/**
 * The vega-lite `config` every builder puts in its spec: the house theme for your own specs.
 *
 * @example
 * const spec = { config: chartConfig, mark: 'bar', data: { values: rows }, encoding: {} };
 */
export const chartConfig = houseConfig as ChartConfig;

/** Where the numbers come from: shown as the subtitle of every chart, e.g. "Source: Reuters, 2019-08-20". */
export interface ChartSource {
  /** Publisher or data source, e.g. "Reuters" or "Yahoo Finance". */
  source: string;
  /** ISO date `YYYY-MM-DD` of publication or of the data. */
  published?: string;
  /** The article headline; untrusted text, rendered as text only. */
  headline?: string;
}

/**
 * The subtitle lines for a chart: the source with its date, then the headline (quoted).
 *
 * @param source where the numbers come from
 * @returns one or two lines of plain text
 * @example
 * sourceLines({ source: 'Reuters', published: '2019-08-20' })
 * // => ['Source: Reuters, 2019-08-20']
 */
export function sourceLines(source: ChartSource): string[] {
  const line = `Source: ${shortText(source.source, 60)}${source.published ? `, ${source.published}` : ''}`;
  return source.headline ? [line, `“${shortText(source.headline, HEADLINE_MAX_CHARS)}”`] : [line];
}

/** A chart title: the headline statement, then the source lines as subtitle. */
export interface ChartTitle {
  /** One line, or two when the statement is long. */
  text: string | string[];
  subtitle: string[];
}

/**
 * The title block of a chart: a one-line statement of what it shows (with units) and the
 * source lines below it.
 *
 * @param text what the chart shows, e.g. "Samsung Electronics +1.95% vs KOSPI +1.05% on 2019-08-20"
 * @param source where the numbers come from
 * @param [note] a line of key figures (or several lines), shown above the source line
 * @example
 * chartTitle('Beta sensitivity (pp)', { source: 'Reuters', published: '2019-08-20' })
 * // => { text: 'Beta sensitivity (pp)', subtitle: ['Source: Reuters, 2019-08-20'] }
 */
export function chartTitle(text: string, source: ChartSource, note?: string | string[]): ChartTitle {
  const lines = sourceLines(source);
  const notes = (Array.isArray(note) ? note : note ? [note] : []).map((n) => shortText(n, TITLE_MAX_CHARS));
  return { text: wrapTitle(shortText(text, TITLE_MAX_CHARS)), subtitle: [...notes, ...lines] };
}

/** Titles longer than this many characters are set on two lines. */
const TITLE_LINE_CHARS = 76;

/**
 * Splits a long title into two lines: after its first ": " when that fits, else at the
 * last space that fits (a chart as wide as a long one-line title would be mostly empty).
 *
 * @example
 * wrapTitle('Short title') // => 'Short title'
 */
export function wrapTitle(text: string): string | string[] {
  if (Array.from(text).length <= TITLE_LINE_CHARS) return text;
  const colon = text.indexOf(': ');
  if (colon > 0 && colon < TITLE_LINE_CHARS) return [text.slice(0, colon + 1), text.slice(colon + 2)];
  const space = text.lastIndexOf(' ', TITLE_LINE_CHARS);
  return space > 0 ? [text.slice(0, space), text.slice(space + 1)] : text;
}

/** Average advance of DejaVu Sans glyphs in em (mixed-case Latin text): for sizing, not for drawing. */
const AVERAGE_GLYPH_EM = 0.62;

/**
 * An upper estimate of the width of `text` in DejaVu Sans, in pixels: used to give
 * long names enough room (the renderer measures the real glyphs).
 *
 * @param text one line of text
 * @param fontSize font size in pixels
 * @example
 * Math.round(approxTextWidth('KOSPI', 11)) // => 34
 */
export function approxTextWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * AVERAGE_GLYPH_EM;
}

/** The longest of some texts (by characters). */
export function longestOf(texts: string[]): string {
  return texts.reduce((a, b) => (Array.from(b).length > Array.from(a).length ? b : a), '');
}
