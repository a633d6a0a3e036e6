import { expectObject } from '../errors';
import { sentenceLocator } from '../article/provenance';
import type { PriceMove, Quote } from '../article/types';
import { approximationNote } from '../article/approximation';
import { amountsTable, datesTable, entitiesTable, movesTable } from '../frames/facts';
import { betaSensitivityTable, conversionSpreadTable, conversionsTable, relativeMovesTable } from '../frames/derived';
import { formatMoney } from '../money/format';
import { formatRate } from '../money/rate';
import { frameRecords } from '../io/write';
import type { ArticleAnalysis } from './types';

/**
 * Rounds half away from zero at `digits` decimals after cutting binary noise at 12 significant
 * digits, so 1.425 (binary 1.42499999…) shows as 1.43 the way a reader rounds it.
 */
function fixed(value: number, digits: number): string {
  const factor = 10 ** digits;
  const rounded = Math.round(Number((Math.abs(value) * factor).toPrecision(12))) / factor;
  return (Math.sign(value) < 0 && rounded !== 0 ? '-' : '') + rounded.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
const signed = (value: number, digits: number) => (value > 0 && fixed(value, digits) !== fixed(0, digits) ? '+' : '') + fixed(value, digits);

/** "+1.95%": a signed percentage with 2 decimals. @example formatPct(1.95) // => '+1.95%' */
export const formatPct = (pct: number): string => `${signed(pct, 2)}%`;
/** "+0.90 pp": signed percentage points with 2 decimals. @example formatPp(0.8999999999999999) // => '+0.90 pp' */
export const formatPp = (pp: number): string => `${signed(pp, 2)} pp`;

/**
 * A readable plain-text summary of an analysis: the moves, each stock-vs-benchmark comparison
 * with its beta-sensitivity table, the conversions with implied rates and yearly spread, the
 * dates and the entities — each figure followed by the sentence it comes from.
 * Units are always written: "+1.95%", "+0.90 pp", "1.86×", "1,206.93 KRW per USD".
 *
 * @param analysis - the result of `analyzeArticle`.
 * @param text - the article text, to quote whole sentences (without it, only the quotes are shown).
 * @returns the summary, lines ending in "\n".
 * @example
 * summarizeAnalysis(analyzeArticle(seed.text), seed.text).includes('excess +0.90 pp'); // => true
 */
export function summarizeAnalysis(analysis: ArticleAnalysis, text?: string): string {
  expectObject(analysis, 'analysis', 'summarizeAnalysis');
  const lines: string[] = [];
  // One scan of the article for all facts: the summary stays linear in the article's length.
  const locate = text ? sentenceLocator(text) : undefined;
  const sentence = (quote: Quote) => (locate ? locate(quote).text : quote.text);
  /** Item lines, each group of items from one sentence followed by that sentence once. */
  const withSources = <T extends { quote: Quote }>(items: readonly T[], line: (item: T) => string) => {
    items.forEach((item, i) => {
      lines.push(line(item));
      const next = items[i + 1];
      if (!next || sentence(next.quote) !== sentence(item.quote)) lines.push(...wrap(`“${sentence(item.quote)}”`, 6));
    });
  };
  const { meta } = analysis;
  if (meta.headline) lines.push(clean(meta.headline));
  const about = [meta.source, meta.dateline, meta.published && `published ${meta.published}`].filter(Boolean).join(', ');
  lines.push(clean(`${about ? `${about} · ` : ''}facts: ${meta.factsOrigin.replace('_', ' ')}${meta.file ? ` · ${meta.file}` : ''}`));

  if (analysis.moves.length) {
    lines.push('', 'Moves');
    // "more than 10 percent" is shown as a bound, never as a plain +10.00%
    const head = (m: PriceMove) => `${m.name ?? m.subject} ${formatPct(m.changePct)}${approximationNote(m)}`;
    const width = Math.max(...analysis.moves.map((m) => head(m).length));
    const details = (m: PriceMove) => [m.ticker, m.period, m.date].filter(Boolean).join(' · ');
    withSources(analysis.moves, (m) => `  ${head(m).padEnd(width)}   ${details(m)}`);
  }
  for (const r of analysis.relativeMoves) {
    const [s, b] = [r.stock.changePct, r.benchmark.changePct];
    const growth = (pct: number) => Number((1 + pct / 100).toPrecision(12));
    // A negative operand is bracketed so the formula reads "1.2 − (−0.8)", not "1.2 − -0.8".
    const operand = (pct: number) => (pct < 0 ? `(−${-pct})` : String(pct));
    lines.push('', `Relative move: ${r.stock.name ?? r.stock.subject} vs ${r.benchmark.name ?? r.benchmark.subject}`);
    // figures computed from a bound or a rounded figure are as approximate as it is
    const approximate = [r.stock, r.benchmark].filter((m) => m.approximate).map((m) => `${m.name ?? m.subject}${approximationNote(m)}`);
    if (approximate.length) lines.push(`  approximate: stated as ${approximate.join(', ')}; the figures below are too`);
    const multiple = r.multiple === null ? 'n/a (benchmark flat)' : `${fixed(r.multiple, 2)}×`;
    lines.push(`  ${`excess ${formatPp(r.excessPp)}`.padEnd(22)}  = ${operand(s)} − ${operand(b)}`);
    lines.push(`  ${`relative ${formatPct(r.relativePct)}`.padEnd(22)}  = (${growth(s)} / ${growth(b)} − 1) × 100`);
    lines.push(`  ${`multiple ${multiple}`.padEnd(22)}  = ${operand(s)} / ${operand(b)}`);
    lines.push('  abnormal return AR = r − β·r_m for an assumed beta β:');
    const cells = r.betaSensitivity.map((row) => [String(row.beta), signed(row.abnormalPct, 2)]);
    const cellWidth = Math.max(...cells.flat().map((c) => c.length)) + 2;
    lines.push(`    β      ${cells.map(([beta]) => beta.padStart(cellWidth)).join('')}`);
    lines.push(`    AR %   ${cells.map(([, ar]) => ar.padStart(cellWidth)).join('')}`);
  }
  if (analysis.amounts.length) {
    lines.push('', 'Amounts');
    withSources(analysis.amounts, (a) => `  ${formatMoney(a, { display: 'code' }).padEnd(24)}  ${a.label ?? ''}`);
  }
  for (const c of analysis.conversions) {
    lines.push('', `Conversion${c.label ? `: ${c.label}` : ''}`);
    lines.push(`  ${formatMoney(c.from, { display: 'code' })} = ${formatMoney(c.to, { display: 'code' })}`);
    lines.push(`  implied rate  ${formatRate(c.rate)}`, `  inverse       ${formatRate(c.inverse)}`);
    if (c.spread) {
      const how = c.spread.convention === 'calendar_years' ? 'an equal part per calendar year' : 'pro rata by days';
      lines.push(`  spread ${c.spread.start} … ${c.spread.end}, ${c.spread.years.length} years, ${how}:`);
      for (const y of c.spread.years) {
        lines.push(`    ${y.year}  ${formatMoney(y.from, { display: 'code' }).padStart(24)}  ${formatMoney(y.to, { display: 'code' }).padStart(20)}`);
      }
    }
    lines.push(...wrap(`“${sentence(c.quote)}”`, 6));
  }
  if (analysis.dates.length) {
    lines.push('', 'Dates');
    for (const d of analysis.dates) {
      const span = d.endDate && d.endDate !== d.date ? `${d.date} … ${d.endDate}` : d.date;
      const event = d.event.length > 72 ? `${d.event.slice(0, 71).trimEnd()}…` : d.event;
      lines.push(`  ${span.padEnd(24)}  ${event}`);
    }
  }
  if (analysis.entities.length) {
    lines.push('', 'Entities');
    lines.push(...wrap(analysis.entities.map((e) => `${e.name}${e.ticker ? ` (${e.ticker})` : ''}`).join(', '), 2));
  }
  if (analysis.notes?.length) {
    lines.push('', 'Notes (left out)');
    for (const note of analysis.notes) lines.push(...wrap(note, 2));
  }
  return lines.map((line) => clean(line).replace(/\s+$/, '')).join('\n') + '\n';
}

/** Article text is untrusted: control characters (terminal escape sequences) are replaced before printing. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const clean = (line: string) => line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');

/** Word-wraps `text` at 100 columns with `indent` spaces. */
function wrap(text: string, indent: number, width = 100): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && indent + line.length + 1 + word.length > width) {
      out.push(' '.repeat(indent) + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(' '.repeat(indent) + line);
  return out;
}

/**
 * The analysis as one JSON-ready document: `article` (metadata) and one list of records per table
 * (moves, relative_moves, beta_sensitivity, amounts, conversions, conversion_spread, dates,
 * entities) with the units in the field names (`change_pct`, `excess_pp`, `relative_pct`,
 * `abnormal_pct`, `rate` = quote_currency per base_currency, money `value` in currency units).
 *
 * @param analysis - the result of `analyzeArticle`.
 * @example
 * analysisDocument(analyzeArticle(seed.text)).relative_moves[0].excess_pp; // => 0.9
 */
export function analysisDocument(analysis: ArticleAnalysis): Record<string, unknown> {
  expectObject(analysis, 'analysis', 'analysisDocument');
  const { factsOrigin, ...meta } = analysis.meta;
  return {
    article: { ...meta, facts_origin: factsOrigin },
    moves: frameRecords(movesTable(analysis.moves)),
    relative_moves: frameRecords(relativeMovesTable(analysis.relativeMoves)),
    beta_sensitivity: frameRecords(betaSensitivityTable(analysis.relativeMoves)),
    amounts: frameRecords(amountsTable(analysis.amounts)),
    conversions: frameRecords(conversionsTable(analysis.conversions)),
    conversion_spread: frameRecords(conversionSpreadTable(analysis.conversions)),
    dates: frameRecords(datesTable(analysis.dates)),
    entities: frameRecords(entitiesTable(analysis.entities)),
    notes: analysis.notes ?? [],
  };
}
