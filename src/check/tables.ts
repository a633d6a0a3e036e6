/** A check as tables (CSV, DataFrames), as one JSON document, and as a plain-text summary. */
import { formatPct, formatPp } from '../charts/format';
import type { Table } from '../frames/table';
import { frameRecords } from '../io/write';
import type { ArticleCheck, MoveCheck, RelativeCheck } from './types';

const round = (value: number | undefined, digits = 6): number | null => (value === undefined ? null : Number(value.toFixed(digits)));

/**
 * One row per checked move: the claim (stated %, qualifier, interval), the data used (file,
 * column, closes) and the verdict with its reason. Units in the names: `_pct` percent, `_pp`
 * percentage points.
 *
 * @example
 * checkMovesTable(check).columns.map((c) => c.name).slice(0, 3); // => ['id', 'subject', 'subject_kind']
 */
export function checkMovesTable(moves: MoveCheck[]): Table {
  return {
    columns: [
      { name: 'id', dtype: 'string' }, { name: 'subject', dtype: 'string' }, { name: 'subject_kind', dtype: 'string' },
      { name: 'ticker', dtype: 'string' }, { name: 'period', dtype: 'string' }, { name: 'intraday', dtype: 'boolean' },
      { name: 'date', dtype: 'string' }, { name: 'date_source', dtype: 'string' }, { name: 'stated_pct', dtype: 'float32' },
      { name: 'qualifier', dtype: 'string' }, { name: 'low_pct', dtype: 'float32' }, { name: 'high_pct', dtype: 'float32' },
      { name: 'real_pct', dtype: 'float32' }, { name: 'difference_pp', dtype: 'float32' }, { name: 'verdict', dtype: 'string' },
      { name: 'reason', dtype: 'string' }, { name: 'file', dtype: 'string' }, { name: 'price_column', dtype: 'string' },
      { name: 'from_date', dtype: 'string' }, { name: 'from_price', dtype: 'float32' }, { name: 'to_date', dtype: 'string' },
      { name: 'to_price', dtype: 'float32' }, { name: 'abnormal_pct', dtype: 'float32' }, { name: 'abnormal_t', dtype: 'float32' },
      { name: 'benchmark', dtype: 'string' }, { name: 'quote', dtype: 'string' }, { name: 'quote_start', dtype: 'int32' }, { name: 'quote_end', dtype: 'int32' },
    ],
    rows: moves.map((m) => [
      m.id, m.subject, m.subjectKind, m.ticker ?? null, m.period, m.intraday, m.date ?? null, m.dateSource ?? null, m.statedPct,
      m.precision.qualifier, finiteOrNull(m.interval.low), finiteOrNull(m.interval.high), round(m.realPct), round(m.differencePp), m.verdict,
      m.reason ?? null, m.file ?? null, m.priceColumn ?? null, m.fromDate ?? null, m.fromPrice ?? null, m.toDate ?? null,
      m.toPrice ?? null, round(m.abnormalPct), round(m.abnormalT), m.benchmark ?? null, m.quote.text, m.quote.start, m.quote.end,
    ]),
  };
}

/**
 * One row per stock-versus-benchmark claim: stated and real excess return (pp) and the verdict.
 *
 * @example
 * checkRelativeTable(check.relative).rows[0]; // => ['Samsung Electronics', 'the wider market', 0.9, 0.900519, true, 'confirmed', null]
 */
export function checkRelativeTable(relative: RelativeCheck[]): Table {
  return {
    columns: [
      { name: 'stock', dtype: 'string' }, { name: 'benchmark', dtype: 'string' }, { name: 'stated_excess_pp', dtype: 'float32' },
      { name: 'real_excess_pp', dtype: 'float32' }, { name: 'direction_holds', dtype: 'boolean' }, { name: 'verdict', dtype: 'string' },
      { name: 'reason', dtype: 'string' },
    ],
    rows: relative.map((r) => [r.stock, r.benchmark, round(r.statedExcessPp), round(r.realExcessPp), r.directionHolds ?? null, r.verdict, r.reason ?? null]),
  };
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? round(value) : null;
}

/**
 * The check as one JSON-ready document: `article`, `counts`, `moves` and `relative` records.
 *
 * @example
 * checkDocument(check).counts; // => { confirmed: 2, contradicted: 0, not_checkable: 0, below_confidence: 0 }
 */
export function checkDocument(check: ArticleCheck): Record<string, unknown> {
  const { factsOrigin, ...meta } = check.meta;
  return {
    article: { ...meta, facts_origin: factsOrigin },
    counts: check.counts,
    moves: frameRecords(checkMovesTable(check.moves)),
    relative: frameRecords(checkRelativeTable(check.relative)),
  };
}

const pct = (value: number | undefined) => (value === undefined ? '' : formatPct(value));

function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

/**
 * A readable summary: one line per claim (verdict, subject, period and date, stated, real,
 * difference), its quote and, when not confirmed, the reason; then the relative claims and the counts.
 *
 * @example
 * summarizeCheck(check).split('\n')[0]; // => 'CONFIRMED      Samsung Electronics  day 2019-08-20  stated +1.95%  real +1.95%  (−0.00 pp)'
 */
export function summarizeCheck(check: ArticleCheck): string {
  const lines: string[] = [];
  const label = { confirmed: 'CONFIRMED', contradicted: 'CONTRADICTED', not_checkable: 'NOT CHECKABLE' } as const;
  for (const m of check.moves) {
    const real = m.realPct === undefined ? '' : `  real ${pct(m.realPct)}  (${formatPp(m.differencePp!)})`;
    const abnormal = m.abnormalPct === undefined ? '' : `  abnormal ${pct(m.abnormalPct)} vs ${m.benchmark} (t ${m.abnormalT!.toFixed(2)})`;
    lines.push(`${label[m.verdict].padEnd(14)} ${fit(m.name ? `${m.subject} (${m.name})` : m.subject, 40).trimEnd()}  ${m.period}${m.intraday ? ' intraday' : ''}${m.date ? ` ${m.date}` : ''}  stated ${pct(m.statedPct)}${m.precision.qualifier === 'exact' ? '' : ` (${m.precision.qualifier.replace('_', ' ')})`}${real}${abnormal}`);
    lines.push(`               “${fit(m.quote.text, 100).trimEnd()}”`);
    if (m.reason) lines.push(`               ${m.reason}`);
  }
  for (const r of check.relative) {
    const real = r.realExcessPp === undefined ? '' : `, real ${formatPp(r.realExcessPp)}`;
    lines.push(`${label[r.verdict].padEnd(14)} ${r.stock} vs ${r.benchmark}: stated excess ${formatPp(r.statedExcessPp)}${real}${r.reason ? ` — ${r.reason}` : ''}`);
  }
  const c = check.counts;
  lines.push(`${check.moves.length} claims: ${c.confirmed} confirmed, ${c.contradicted} contradicted, ${c.not_checkable} not checkable${c.below_confidence ? `; ${c.below_confidence} below --min-confidence, not checked` : ''}`);
  return `${lines.join('\n')}\n`;
}
