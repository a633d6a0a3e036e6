/** One call to show a chart or a table in a notebook. */
import { toMimeBundle } from './bundle';
import { sendMimeBundle } from './kernel';
import type { TableDisplayOptions } from './types';

/**
 * Shows `value` in the running notebook as one rich output: a chart spec as
 * interactive vega-lite + static SVG + title; a DataFrame, Series or array of
 * rows as an HTML table + text (see {@link toMimeBundle}). Outside a kernel,
 * prints the text form. Resolves to nothing, so a cell ending in
 * `await display(x)` prints nothing else.
 *
 * @param options table options [maxRows=60, fractionDigits=6, caption, index]
 * @throws {ValueError} when a chart spec cannot be rendered
 * @example
 * await display(excessReturnChartSpec) // => shows the chart
 * await display(factsFrame, { caption: 'Facts' }) // => shows an HTML table
 */
export async function display(value: unknown, options: TableDisplayOptions = {}): Promise<void> {
  await sendMimeBundle(await toMimeBundle(value, options));
}

/**
 * Shows each value in turn, as {@link display} does, one output per value.
 *
 * @example
 * await show(movesFrame, moveChart) // => a table, then a chart
 */
export async function show(...values: unknown[]): Promise<void> {
  for (const value of values) await display(value);
}
