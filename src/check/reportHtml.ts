/** The check as a self-contained HTML report: summary, claims table, relative claims, provenance; prints on A4. */
import { formatPct, formatPp } from '../charts/format';
import { escapeHtml } from '../render/html';
import type { ArticleCheck, MoveCheck } from './types';

/** Options of {@link checkReportHtml}. */
export interface CheckReportOptions {
  /** The stated-vs-real chart as SVG text (from `toSVG(claimCheckSpec(…))`), inlined as is. */
  chartSvg?: string;
  /** The tool version shown in the footer. */
  version?: string;
}

const VERDICT_TEXT = { confirmed: 'Confirmed', contradicted: 'Contradicted', not_checkable: 'Not checkable' } as const;

const pct = (value: number | undefined) => (value === undefined ? '—' : formatPct(value));
const pp = (value: number | undefined) => (value === undefined ? '—' : formatPp(value));

function claimRow(m: MoveCheck, index: number): string {
  const cells = [
    String(index + 1),
    `<span class="badge ${m.verdict}">${VERDICT_TEXT[m.verdict]}</span>`,
    `${escapeHtml(m.subject)}${m.name ? ` (${escapeHtml(m.name)})` : ''}${m.ticker ? ` <span class="muted">${escapeHtml(m.ticker)}</span>` : ''}`,
    `${escapeHtml(m.period)}${m.intraday ? ' (intraday)' : ''}<br><span class="muted">${escapeHtml(m.date ?? '—')}${m.dateSource && m.dateSource !== 'stated' ? ` (${escapeHtml(m.dateSource.replace('_', ' '))})` : ''}</span>`,
    `${pct(m.statedPct)}${m.precision.qualifier === 'exact' ? '' : `<br><span class="muted">${escapeHtml(m.precision.qualifier.replace('_', ' '))}</span>`}`,
    pct(m.realPct),
    pp(m.differencePp),
    m.abnormalPct === undefined ? '—' : `${pct(m.abnormalPct)}<br><span class="muted">t ${m.abnormalT!.toFixed(2)}</span>`,
    `<q>${escapeHtml(m.quote.text)}</q>${m.reason ? `<br><span class="reason">${escapeHtml(m.reason)}</span>` : ''}`,
  ];
  return `<tr>${cells.map((c, i) => `<td${i >= 4 && i <= 7 ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`;
}

/**
 * A self-contained HTML page (no script, no external resource) with the check's counts, the
 * stated-vs-real chart when given, one row per claim with its quote, the relative claims, and the
 * price files used. Every text from the article or a file name is escaped.
 *
 * @param check the result of `checkArticle`
 * @param options chart SVG and version
 * @example
 * checkReportHtml(check).startsWith('<!DOCTYPE html>'); // => true
 */
export function checkReportHtml(check: ArticleCheck, options: CheckReportOptions = {}): string {
  const { meta, counts } = check;
  const files = [...new Map(check.moves.filter((m) => m.file).map((m) => [m.file!, m.priceColumn ?? ''])).entries()];
  const relativeRows = check.relative.map((r) => `<tr><td><span class="badge ${r.verdict}">${VERDICT_TEXT[r.verdict]}</span></td><td>${escapeHtml(r.stock)} vs ${escapeHtml(r.benchmark)}</td><td class="num">${pp(r.statedExcessPp)}</td><td class="num">${pp(r.realExcessPp)}</td><td>${escapeHtml(r.reason ?? (r.directionHolds === false ? 'the stock did not beat (or trail) the benchmark as stated' : ''))}</td></tr>`);
  const title = meta.headline ? `Claim check: ${meta.headline}` : `Claim check${meta.file ? `: ${meta.file}` : ''}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  @page { size: A4; margin: 14mm; }
  body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #222; background: #fff; margin: 24px auto; max-width: 1050px; font-size: 13px; line-height: 1.4; }
  h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 15px; margin: 22px 0 6px; }
  .muted { color: #5a5a5a; font-size: 11px; } .reason { color: #5a5a5a; font-size: 11px; font-style: italic; }
  table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #e6e6e6; padding: 5px 6px; text-align: left; vertical-align: top; }
  th { font-size: 11px; color: #5a5a5a; font-weight: bold; } td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  q { quotes: "“" "”"; } .badge { display: inline-block; padding: 1px 6px; border-radius: 3px; font-size: 11px; font-weight: bold; white-space: nowrap; }
  .confirmed { background: #e3eefa; color: #1f5fa8; } .contradicted { background: #f7e1e4; color: #b23a48; } .not_checkable { background: #eeeeee; color: #5a5a5a; }
  .chart svg { max-width: 100%; height: auto; } tr { page-break-inside: avoid; }
  @media print { body { margin: 0; max-width: none; } }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="muted">${[meta.source, meta.published ? `published ${meta.published}` : undefined, meta.file ? `article file ${meta.file}` : undefined, `facts: ${meta.factsOrigin}`].filter(Boolean).map((t) => escapeHtml(t!)).join(' · ')}</p>
<p><strong>${check.moves.length} claims:</strong> ${counts.confirmed} confirmed, ${counts.contradicted} contradicted, ${counts.not_checkable} not checkable${counts.below_confidence ? `; ${counts.below_confidence} below the confidence floor, not checked` : ''}.</p>
${options.chartSvg ? `<div class="chart">${options.chartSvg}</div>` : ''}
<h2>Claims</h2>
<table>
<thead><tr><th>#</th><th>Verdict</th><th>Subject</th><th>Period / date</th><th>Stated</th><th>Real</th><th>Difference</th><th>Abnormal</th><th>Quote</th></tr></thead>
<tbody>
${check.moves.map(claimRow).join('\n')}
</tbody>
</table>
${relativeRows.length ? `<h2>Stock versus benchmark</h2>\n<table>\n<thead><tr><th>Verdict</th><th>Claim</th><th>Stated excess</th><th>Real excess</th><th>Note</th></tr></thead>\n<tbody>\n${relativeRows.join('\n')}\n</tbody>\n</table>` : ''}
<h2>How this was checked</h2>
<p class="muted">A stated figure holds when the real close-to-close change over the stated period (day, week, month, year to date) rounds to it: “1.95%” allows ±0.005 pp, “2%” ±0.5 pp; “about” allows ±10%, “nearly” up to 15% below, “more than”/“less than” are one-sided; every bound is widened by 0.015 pp for closes revised after the story was written. Intraday levels and periods daily closes cannot measure are not checkable. Abnormal returns: market model, estimation window [−260, −11] trading days.</p>
${files.length ? `<p class="muted">Price files: ${files.map(([file, column]) => `${escapeHtml(file)} (column ${escapeHtml(column)})`).join('; ')}.</p>` : ''}
<p class="muted">market-reaction${options.version ? ` ${escapeHtml(options.version)}` : ''} check</p>
</body>
</html>
`;
}
