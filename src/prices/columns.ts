import type { PriceFormatName } from './types';

/** Normalised header: lower case, no BOM, quotes, asterisks or surrounding spaces. */
export function normalizeHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').replace(/["*]/g, '').trim().toLowerCase().replace(/[\s_]+/g, ' ');
}

const DATE_HEADERS = ['date', 'observation date', 'datetime', 'timestamp', 'trade date', 'day', '일자', '날짜', '기준일', '거래일', 'data', '日付'];
/** Price columns in order of preference: adjusted close first (Yahoo), then close, then a last price. */
const PRICE_HEADERS = [
  ['adj close', 'adjclose', 'adjusted close', 'adj. close', 'adj close price'],
  ['close', 'closing price', 'close price', 'close/last', '종가', 'zamkniecie', '終値', 'last close'],
  ['price', 'last', '현재가', 'value', 'px last'],
];

/** The index of the date column, or -1. */
export function findDateColumn(headers: string[]): number {
  const normalized = headers.map(normalizeHeader);
  for (const name of DATE_HEADERS) {
    const index = normalized.indexOf(name);
    if (index >= 0) return index;
  }
  return -1;
}

/**
 * The index of the price column: the first match in {@link PRICE_HEADERS} order;
 * for a two-column file (FRED: observation_date,DEXKOUS) the other column. -1 if none.
 */
export function findPriceColumn(headers: string[], dateColumn: number): number {
  const normalized = headers.map(normalizeHeader);
  for (const group of PRICE_HEADERS) {
    for (const name of group) {
      const index = normalized.indexOf(name);
      if (index >= 0 && index !== dateColumn) return index;
    }
  }
  if (headers.length === 2) return dateColumn === 0 ? 1 : 0;
  return -1;
}

/** Names the layout from the header set (for reporting; parsing does not depend on it). */
export function detectFormatName(headers: string[]): PriceFormatName {
  const set = new Set(headers.map(normalizeHeader));
  if (set.has('observation date') || (headers.length === 2 && /^[A-Z0-9]+$/.test(headers[1].trim()))) return 'fred';
  if (set.has('일자')) return 'krx';
  if (set.has('날짜')) return 'naver';
  if (set.has('adj close') || set.has('adjclose')) return 'yahoo';
  if (set.has('price') && (set.has('change %') || set.has('vol.'))) return 'investing';
  if (set.has('close') && set.has('change')) return 'fdr';
  if (set.has('zamkniecie') || (set.has('open') && set.has('high') && set.has('low') && set.has('close'))) return 'stooq';
  return 'plain';
}
