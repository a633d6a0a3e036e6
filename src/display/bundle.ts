/** Display data (MIME bundle + metadata) for whatever a notebook cell wants to show. */
import { inspect } from 'node:util';
import { chartDisplayData, isVegaLiteSpec } from './chart';
import { tableToHtml, tableToText } from './html-table';
import { isTableLike, toTableData } from './table-data';
import { JUPYTER_DISPLAY, MIME, type DisplayData, type DisplayOptions, type MimeBundle, type TableDisplayOptions } from './types';

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
 * Builds what shows `value` in a notebook: an object implementing
 * `[Symbol.for("Jupyter.display")]()` gives its own bundle; a vega-lite spec (or an
 * object with `toSpec()` returning one) gives spec + static image + title; a
 * DataFrame, Series or array of rows gives an HTML table + text; a string is
 * text; anything else its `util.inspect` text.
 *
 * @param options table options for tables, `image` for charts
 * @throws {ValueError} when a chart spec does not compile
 * @example
 * (await toDisplayData('Samsung +1.95%')).data // => { 'text/plain': 'Samsung +1.95%' }
 */
export async function toDisplayData(value: unknown, options: DisplayOptions = {}): Promise<DisplayData> {
  const own = displayMethod(value);
  if (own) {
    const bundle = (await own()) as Record<string, unknown>;
    const text = bundle[MIME.text];
    return { data: { ...bundle, [MIME.text]: typeof text === 'string' ? text : inspect(value) }, metadata: {} };
  }
  if (isVegaLiteSpec(value)) return chartDisplayData(value, options);
  const toSpec = (value as { toSpec?: unknown } | null | undefined)?.toSpec;
  if (typeof toSpec === 'function') {
    const spec: unknown = toSpec.call(value);
    if (isVegaLiteSpec(spec)) return chartDisplayData(spec, options);
  }
  if (isTableLike(value)) return { data: tableBundle(value, options), metadata: {} };
  return { data: { [MIME.text]: typeof value === 'string' ? value : inspect(value) }, metadata: {} };
}

/**
 * The MIME bundle of {@link toDisplayData}, without metadata.
 *
 * @example
 * await toMimeBundle('1.95%') // => { 'text/plain': '1.95%' }
 */
export async function toMimeBundle(value: unknown, options: DisplayOptions = {}): Promise<MimeBundle> {
  return (await toDisplayData(value, options)).data;
}

function displayMethod(value: unknown): (() => unknown) | undefined {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  const method = (value as Record<symbol, unknown>)[JUPYTER_DISPLAY];
  return typeof method === 'function' ? () => method.call(value) : undefined;
}
