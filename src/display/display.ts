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
 * Shows each value in turn, as {@link display} does, one output per value: tables with
 * every column (unlike danfojs' `print()`, which elides columns and long text), charts as
 * charts. A last argument that is an options object (only keys of {@link DisplayOptions},
 * e.g. `{ rows: 10 }`) applies to every value.
 *
 * @example
 * await show(df, { rows: 10 }) // => an HTML table of every column, first 5 and last 5 rows when longer
 * await show(movesFrame, moveChart) // => a table, then a chart
 */
export async function show(...values: unknown[]): Promise<void> {
  const last = values[values.length - 1];
  const options = values.length > 1 && isDisplayOptions(last) ? (values.pop() as DisplayOptions) : {};
  for (const value of values) await display(value, options);
}

const OPTION_KEYS = new Set(['maxRows', 'rows', 'fractionDigits', 'caption', 'index', 'image']);

function isDisplayOptions(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => OPTION_KEYS.has(key));
}
