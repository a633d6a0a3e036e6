/** How a price CSV was read: the detected layout and the columns used. */
export interface PriceSource {
  /** File the prices came from (for messages); undefined for in-memory text. */
  file?: string;
  /** Detected layout: 'yahoo', 'stooq', 'investing', 'fdr', 'krx', 'naver', 'fred' or 'plain'. */
  format: PriceFormatName;
  /** Field delimiter found in the header line. */
  delimiter: string;
  /** Decimal separator of the numbers ('.' or ','). */
  decimalSeparator: '.' | ',';
  /** Header of the column the dates were read from. */
  dateColumn: string;
  /** Header of the column the prices were read from (e.g. 'Adj Close'). */
  priceColumn: string;
  /** Every column header of the file, in order (other price columns can be chosen by name). */
  columns: string[];
  /** Data rows in the file (excluding the header and blank lines). */
  rowsRead: number;
  /** Rows without a price (null, -, empty …), with their 1-based file line. */
  skippedRows: { line: number; date: string; reason: string }[];
  /** Rows that repeated a date with the same price and were dropped. */
  duplicateRows: number;
  /** True when the file was not in ascending date order (the series is sorted). */
  reordered: boolean;
}

/** Price-file layouts that {@link parsePriceCsv} recognises, and the panel layouts of `readPanel`. */
export type PriceFormatName = 'yahoo' | 'stooq' | 'investing' | 'fdr' | 'krx' | 'naver' | 'fred' | 'plain' | 'long-panel' | 'wide-panel' | 'parquet';

/** A daily price series: ascending ISO dates and one price per date. */
export interface PriceSeries {
  /** Name for output (ticker or file stem). */
  name: string;
  /** ISO dates 'YYYY-MM-DD', strictly ascending. */
  dates: string[];
  /** Prices in the file's currency units, one per date, all > 0. */
  prices: Float64Array;
  /** How the series was read. */
  source: PriceSource;
}

/** Daily returns between consecutive dates of a price series. */
export interface ReturnSeries {
  name: string;
  /** Date of each return: the later of the two prices. */
  dates: string[];
  /** Returns as fractions (0.0195 = +1.95%). */
  returns: Float64Array;
  /** 'simple' = P_t/P_{t−1} − 1, 'log' = ln(P_t/P_{t−1}). */
  kind: ReturnKind;
}

/** Simple returns P_t/P_{t−1} − 1 or log returns ln(P_t/P_{t−1}). */
export type ReturnKind = 'simple' | 'log';
