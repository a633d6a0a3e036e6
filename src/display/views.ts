/**
 * Chart and table objects that display themselves: they implement Deno's
 * `[Symbol.for("Jupyter.display")]()` (so a cell ending in one renders rich under
 * Deno's kernel), are shown by `display()` under tslab, and print as text in Node.
 */
import { ValueError } from '../errors';
import { chartDisplayData, chartTitleText, isVegaLiteSpec } from './chart';
import { tableToHtml, tableToText } from './html-table';
import { toTableData, type TableData } from './table-data';
import { INSPECT_CUSTOM, JUPYTER_DISPLAY, MIME, type ChartDisplayOptions, type MimeBundle, type TableDisplayOptions } from './types';

/** A vega-lite spec that displays itself as interactive chart + static image + title. */
export class ChartView {
  constructor(
    readonly spec: object,
    readonly options: ChartDisplayOptions = {},
  ) {
    if (!isVegaLiteSpec(spec)) throw new ValueError('chartView: expected a vega-lite spec object');
  }

  /** The chart's MIME bundle (the image is rendered on each call). */
  async toMimeBundle(): Promise<MimeBundle> {
    return (await chartDisplayData(this.spec, this.options)).data;
  }

  [JUPYTER_DISPLAY](): Promise<MimeBundle> {
    return this.toMimeBundle();
  }

  [INSPECT_CUSTOM](): string {
    return `ChartView: ${chartTitleText(this.spec)}`;
  }
}

/** A table (DataFrame, Series, `{ columns, rows }` table or rows) that displays itself as an HTML table + text. */
export class TableView {
  readonly data: TableData;

  constructor(table: unknown, readonly options: TableDisplayOptions = {}) {
    this.data = toTableData(table);
  }

  /** The escaped HTML `<table>`. */
  toHTML(): string {
    return tableToHtml(this.data, this.options);
  }

  /** The aligned plain-text table. */
  toString(): string {
    return tableToText(this.data, this.options);
  }

  toMimeBundle(): MimeBundle {
    return { [MIME.html]: this.toHTML(), [MIME.text]: this.toString() };
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    return this.toMimeBundle();
  }

  [INSPECT_CUSTOM](): string {
    return this.toString();
  }
}

/**
 * Wraps a vega-lite spec in an object that displays itself (Deno kernel, `display()`).
 *
 * @param options `[image=chartImageDefault()]` the static image: 'png' | 'svg' | 'both' | 'none'
 * @throws {ValueError} when `spec` is not a vega-lite spec
 * @example
 * chartView({ mark: 'bar', title: 'Excess return' })[Symbol.for('Jupyter.display')]()
 * // => Promise of { 'application/vnd.vegalite.v5+json': {…}, 'image/png': 'iVBOR…', 'text/plain': 'Excess return' }
 */
export function chartView(spec: object, options: ChartDisplayOptions = {}): ChartView {
  return new ChartView(spec, options);
}

/**
 * Wraps a DataFrame, Series, `{ columns, rows }` table or array of rows in an object that displays itself
 * as an HTML table (Deno kernel, `display()`) and prints as aligned text.
 *
 * @param options [maxRows=60, fractionDigits=6, caption, index]
 * @throws {ValueError} when `table` is not a DataFrame, Series or non-empty array of row objects
 * @example
 * String(tableView([{ move: 'stock', changePct: 1.95 }]))
 * // => 'move   changePct\nstock       1.95'
 */
export function tableView(table: unknown, options: TableDisplayOptions = {}): TableView {
  return new TableView(table, options);
}
