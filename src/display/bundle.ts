/** MIME bundles for whatever a notebook cell wants to show. */
import { inspect } from 'node:util';
import { chartBundle, chartGrammar } from './chart';
import { tableToHtml, tableToText } from './html-table';
import { isTableLike, toTableData } from './table-data';
import { JUPYTER_DISPLAY, MIME, type MimeBundle, type TableDisplayOptions } from './types';

/**
 * Builds a table's MIME bundle: an escaped HTML `<table>` and its plain-text twin.
 *
 * @param table a danfojs DataFrame or Series, or an array of row objects
 * @throws {ValueError} when `table` is none of these
 * @example
 * tableBundle([{ ticker: '005930.KS', changePct: 1.95 }])['text/plain']
 * // => 'ticker     changePct\n005930.KS       1.95'
 */
export function tableBundle(table: unknown, options: TableDisplayOptions = {}): MimeBundle {
  const data = toTableData(table);
  return { [MIME.html]: tableToHtml(data, options), [MIME.text]: tableToText(data, options) };
}

/**
 * Builds the MIME bundle that shows `value` in a notebook: an object implementing
 * `[Symbol.for("Jupyter.display")]()` gives its own; a vega-lite or vega spec (or an
 * object with `toSpec()`) gives spec + SVG + title; a DataFrame, Series or array
 * of rows gives an HTML table + text; a string is text; anything else its `util.inspect` text.
 *
 * @param options table options, used when `value` is a table
 * @throws {ValueError} when a chart spec cannot be rendered
 * @example
 * await toMimeBundle('Samsung +1.95%') // => { 'text/plain': 'Samsung +1.95%' }
 */
export async function toMimeBundle(value: unknown, options: TableDisplayOptions = {}): Promise<MimeBundle> {
  const own = displayMethod(value);
  if (own) {
    const bundle = (await own()) as Record<string, unknown>;
    const text = bundle[MIME.text];
    return { ...bundle, [MIME.text]: typeof text === 'string' ? text : inspect(value) };
  }
  if (chartGrammar(value)) return chartBundle(value as object);
  const toSpec = (value as { toSpec?: unknown } | null | undefined)?.toSpec;
  if (typeof toSpec === 'function') {
    const spec: unknown = toSpec.call(value);
    if (chartGrammar(spec)) return chartBundle(spec as object);
  }
  if (isTableLike(value)) return tableBundle(value, options);
  return { [MIME.text]: typeof value === 'string' ? value : inspect(value) };
}

function displayMethod(value: unknown): (() => unknown) | undefined {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  const method = (value as Record<symbol, unknown>)[JUPYTER_DISPLAY];
  return typeof method === 'function' ? () => method.call(value) : undefined;
}
