/** One call to show a chart or a table in a notebook. */
import { toDisplayData } from './bundle';
import { sendDisplayData } from './kernel';
import type { DisplayOptions } from './types';

/**
 * Shows `value` in the running notebook as one rich output: a vega-lite spec as
 * interactive chart + static image + title; a DataFrame, Series or array of rows
 * as an HTML table + text (see {@link toDisplayData}). Outside a kernel, prints
 * the text form. Resolves to nothing, so a cell ending in `await display(x)`
 * prints nothing else.
 *
 * @param options tables: `[maxRows=60]`, `[fractionDigits=6]`, `[caption]`, `[index]`; charts: `[image='png']`
 * @throws {ValueError} when a chart spec does not compile
 * @example
 * await display(reactionBarsSpec(input)) // => shows the chart
 * await display(frame, { caption: 'Facts' }) // => shows an HTML table
 */
export async function display(value: unknown, options: DisplayOptions = {}): Promise<void> {
  await sendDisplayData(await toDisplayData(value, options));
}

/**
 * Shows each value in turn, as {@link display} does with default options, one output per value.
 *
 * @example
 * await show(movesFrame, moveChart) // => a table, then a chart
 */
export async function show(...values: unknown[]): Promise<void> {
  for (const value of values) await display(value);
}
