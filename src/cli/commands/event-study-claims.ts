// `event-study --check-claim` / `--facts`: which file a stated move is about, checking it, and its JSON and text.
import { formatNumber } from '../../display/format-cell';
import { InputError, UsageError } from '../../errors';
import { checkMoveClaim, type ClaimCheck, type MoveClaim } from '../../eventstudy/claim';
import type { EventStudyOptions } from '../../eventstudy/types';
import { parseJsonFile, readTextFile } from '../../io/read';
import { readPriceFile } from '../../prices/readPriceFile';
import type { PriceSeries } from '../../prices/types';

/**
 * Checks each claim against the price file its subject names (see `seriesForClaim`), on Close when
 * the file also has Adj Close; a market's own move gets no abnormal return.
 *
 * @returns the checks, in claim order
 */
export function checkClaims(claims: MoveClaim[], stocks: PriceSeries[], market: PriceSeries | undefined, priceColumn: string | undefined, options: EventStudyOptions): ClaimCheck[] {
  return claims.map((claim) => {
    const { series, isMarket, note } = seriesForClaim(claim, stocks, market);
    const quoted = readPriceFile(series.source.file!, { name: series.name, priceColumn: priceColumn ?? closeColumnOf(series) });
    // A market's move has no abnormal return against itself.
    const check = checkMoveClaim(claim, quoted, isMarket ? {} : { market, returnSeries: series, eventStudy: options });
    return note ? { ...check, note: check.note ? `${note}; ${check.note}` : note } : check;
  });
}

/**
 * The file a claim is about: the market for "market"/"index" subjects or a subject
 * matching the market's file name, else the stock whose file name contains the
 * subject's first word (or vice versa). With no match, the first stock — and a note
 * saying so, so that the comparison is never silently about another series.
 */
function seriesForClaim(claim: MoveClaim, stocks: PriceSeries[], market: PriceSeries | undefined): { series: PriceSeries; isMarket: boolean; note?: string } {
  const word = (claim.subject.toLowerCase().match(/[\p{L}\p{N}&]+/gu) ?? []).find((w) => !['the', 'a', 'an', 'wider', 'broader'].includes(w)) ?? '';
  const key = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, ' ');
  const matches = (s: PriceSeries) => word.length > 1 && (key(s.name).split(' ').includes(word) || key(s.name).startsWith(word));
  if (market && (/\b(market|index|benchmark)\b/i.test(claim.subject) || matches(market))) return { series: market, isMarket: true };
  const stock = stocks.find(matches);
  if (stock) return { series: stock, isMarket: false };
  if (stocks.length === 0) throw new UsageError(`--check-claim "${claim.subject}": no --stock or --market file matches the subject`);
  return { series: stocks[0], isMarket: false, note: `subject "${claim.subject}" matches no file name; compared with ${stocks[0].name}` };
}

/** Articles quote unadjusted closes, so claims are checked on Close when the file also has Adj Close. */
function closeColumnOf(series: PriceSeries): string | undefined {
  return series.source.format === 'yahoo' ? series.source.columns.find((h) => h.toLowerCase() === 'close') : undefined;
}

export function readFacts(file: string): MoveClaim[] {
  const data = parseJsonFile(readTextFile(file, 'facts file'), file);
  const moves = Array.isArray(data) ? data : (data as { moves?: unknown[] })?.moves;
  if (!Array.isArray(moves)) throw new InputError('facts file must be an array of {subject, changePct, date} or an object with "moves"', { file });
  return moves.map((m, i) => {
    const { subject, changePct, date } = m as { subject?: unknown; changePct?: unknown; date?: unknown };
    if (typeof subject !== 'string' || typeof changePct !== 'number' || typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new InputError(`move ${i + 1} needs subject (string), changePct (number, percent) and date (YYYY-MM-DD)`, { file, value: m });
    }
    const decimals = (String(changePct).split('.')[1] ?? '').length;
    return { subject, changePct, date, decimals };
  });
}

export function claimJson(c: ClaimCheck) {
  const frac = (pct: number | undefined) => (pct === undefined ? null : pct / 100);
  return {
    claim: `${c.claim.subject} ${c.claim.changePct >= 0 ? '+' : ''}${c.claim.changePct}% on ${c.claim.date}`,
    subject: c.claim.subject,
    date: c.claim.date,
    claimed_change: c.claim.changePct / 100,
    verdict: c.verdict,
    series: c.series,
    price_column: c.priceColumn,
    previous_date: c.previousDate ?? null,
    previous_price: c.previousPrice ?? null,
    price: c.price ?? null,
    actual_change: frac(c.actualPct),
    difference: frac(c.differencePp),
    tolerance: c.tolerancePp / 100,
    market_change: frac(c.marketChangePct),
    abnormal_return: frac(c.abnormalPct),
    abnormal_t: c.abnormalT ?? null,
    ...(c.note ? { note: c.note } : {}),
  };
}

export const pct = (fraction: number, digits = 2) => (Number.isFinite(fraction) ? `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(digits)}%` : 'n/a');
export const fix = (value: number, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

export function formatClaim(c: ClaimCheck): string {
  const stated = `${c.claim.subject} ${c.claim.changePct >= 0 ? '+' : ''}${c.claim.changePct}% on ${c.claim.date}`;
  if (c.verdict === 'no_data') return `Claim: ${stated}\n  no data: ${c.note}`;
  const lines = [
    `Claim: ${stated}`,
    `  data (${c.series}, ${c.priceColumn}): ${c.previousDate} ${formatNumber(c.previousPrice!)} → ${c.claim.date} ${formatNumber(c.price!)} = ${pct(c.actualPct! / 100, 4)}`,
    `  difference: ${(c.differencePp! >= 0 ? '+' : '') + c.differencePp!.toFixed(4)} pp (tolerance ±${c.tolerancePp} pp): ${c.verdict.toUpperCase()}`,
  ];
  if (c.marketChangePct !== undefined) lines.push(`  market that day: ${pct(c.marketChangePct / 100)}`);
  if (c.abnormalPct !== undefined) lines.push(`  abnormal return (market model): ${pct(c.abnormalPct / 100)} (t = ${fix(c.abnormalT!, 2)})`);
  if (c.note) lines.push(`  note: ${c.note}`);
  return lines.join('\n');
}
