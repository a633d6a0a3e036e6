/** The event-study report as one self-contained HTML page (no scripts, no network, A4 print). */
import { TEST_CONVENTIONS, testConvention } from '../eventstudy/conventions';
import { SIGNIFICANCE_LEGEND, significanceStars } from '../eventstudy/testResult';
import type { EventStudyResult, TestResult } from '../eventstudy/types';
import { escapeHtml } from '../render/html';

/** Where the numbers come from, as the report states it. */
export interface ReportProvenance {
  /** Price files: role, name, path, layout, column used, rows skipped. */
  files: { role: 'stock' | 'market' | 'factors'; name: string; file: string; format?: string; column?: string; skippedRows?: number }[];
  /** The command that made the report (shown verbatim, escaped). */
  command?: string;
  /** ISO timestamp of the run. */
  generated?: string;
  /** Package name and version. */
  software?: string;
}

/** Charts already rendered to SVG text, placed inline. */
export interface ReportCharts {
  caar?: string;
  /** Per event id. */
  arCar: { id: string; svg: string }[];
}

const pct = (fraction: number, digits = 2) => (Number.isFinite(fraction) ? `${fraction >= 0 ? '+' : '−'}${Math.abs(fraction * 100).toFixed(digits)}%` : 'n/a');
const fix = (value: number, digits = 3) => (Number.isFinite(value) ? (value < 0 ? `−${(-value).toFixed(digits)}` : value.toFixed(digits)) : 'n/a');
const e = escapeHtml;

function pCell(p: number): string {
  const stars = significanceStars(p);
  return `<td class="num">${Number.isFinite(p) ? (p < 0.0001 ? '&lt;0.0001' : p.toFixed(4)) : 'n/a'}</td><td class="stars">${stars}</td>`;
}

function distribution(t: TestResult): string {
  const df = t.df === undefined ? '' : `(${Number.isInteger(t.df) ? t.df : t.df.toFixed(2)})`;
  return `${t.distribution}${df}${t.days !== undefined ? `, ${t.days} day${t.days === 1 ? '' : 's'}` : ''}`;
}

function testsTable(tests: TestResult[]): string {
  const rows = tests.map((t) => {
    const c = testConvention(t.name);
    return `<tr><td>${e(c?.label ?? t.name)}<div class="sub">${e(t.name)}</div></td><td class="num">${fix(t.statistic)}</td>${pCell(t.pValue)}<td>${e(distribution(t))}</td><td class="num">${t.n}</td><td class="sub">${e(c?.reference ?? '')}${t.note ? `<br>${e(t.note)}` : ''}</td></tr>`;
  });
  return `<table class="tests"><thead><tr><th>test</th><th class="num">statistic</th><th class="num" colspan="2">p-value</th><th>distribution</th><th class="num">N</th><th>reference / note</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The report page: title and design, events table, AAR/CAAR by day with the CAAR chart,
 * AR/CAR per event, the tests of every CAR window with stars, the conventions used and the
 * data provenance. Every user-given string (names, file names, the command) is escaped.
 *
 * @param result the study
 * @param charts SVGs rendered from the study
 * @param provenance files, command and time
 * @returns HTML text
 * @example
 * reportHtml(result, { arCar: [] }, { files: [] }).startsWith('<!DOCTYPE html>'); // => true
 */
export function reportHtml(result: EventStudyResult, charts: ReportCharts, provenance: ReportProvenance): string {
  const o = result.options;
  const ok = result.events.filter((x) => x.status === 'ok');
  const stocks = [...new Set(result.events.map((x) => x.stock))];
  const market = o.model === 'factor' ? `factors (${o.factorColumns.join(', ')})` : (result.alignment[0]?.market ?? 'market');
  const title = `Event study: ${stocks.length <= 3 ? stocks.join(', ') : `${stocks.length} stocks`} vs ${market}`;
  const days = ([a, b]: [number, number]) => `[${a > 0 ? '+' : ''}${a}, ${b > 0 ? '+' : ''}${b}]`;
  const design = [
    `${o.model} model`,
    `estimation window ${days(o.estimation)} trading days`,
    `event window${result.windows.length > 1 ? 's' : ''} ${result.windows.map((w) => days(w.window)).join(', ')}`,
    `${o.returns} returns`,
    `σ: ${o.sigmaDenominator === 'dof' ? 'SSR/(n − parameters)' : 'sd(), n − 1'}`,
    `${o.conventions} conventions`,
    `${ok.length} of ${result.events.length} events measured`,
  ];
  const eventRows = result.events.map((x) => {
    const stars = significanceStars(x.pCar);
    return `<tr><td>${e(x.id)}</td><td class="date">${e(x.eventDate)}</td><td class="date">${e(x.day0Date ?? '—')}</td><td>${e(x.status)}</td><td class="num">${x.n}</td><td class="num">${pct(x.alpha, 3)}</td><td class="num">${fix(x.beta)}</td><td class="num">${pct(x.sigma)}</td><td class="num">${fix(x.r2)}</td><td class="num">${pct(x.car)}</td><td class="num">${fix(x.tCar, 2)}</td><td class="num">${Number.isFinite(x.pCar) ? x.pCar.toFixed(4) : 'n/a'}</td><td class="stars">${stars}</td></tr>${x.note || x.reason ? `<tr class="note"><td colspan="13">${e([x.note, x.reason].filter(Boolean).join('; '))}</td></tr>` : ''}`;
  });
  const carColumns = result.windows.slice(1);
  const aarRows = result.aggregate.aar.map((d) => {
    const dayTests = result.aggregate.testsByDay.find((t) => t.day === d.day)?.tests ?? [];
    const t = dayTests.find((x) => x.name === 'cross_sectional_t');
    const bmp = dayTests.find((x) => x.name === 'bmp');
    return `<tr><td class="num">${d.day > 0 ? '+' : ''}${d.day}</td><td class="num">${pct(d.aar, 3)}</td><td class="num">${pct(d.caar, 3)}</td><td class="num">${t ? fix(t.statistic, 2) : ''}</td>${t ? pCell(t.pValue) : '<td></td><td></td>'}<td class="num">${bmp ? fix(bmp.statistic, 2) : ''}</td>${bmp ? pCell(bmp.pValue) : '<td></td><td></td>'}</tr>`;
  });
  const arSections = ok.map((x) => {
    const svg = charts.arCar.find((c) => c.id === x.id)?.svg;
    const extra = carColumns.map((w) => {
      const c = w.cars.find((y) => y.id === x.id);
      return c ? ` · CAR${days(w.window)} ${pct(c.car)} (t ${fix(c.tCar, 2)}${significanceStars(c.pCar) ? ` ${significanceStars(c.pCar)}` : ''})` : '';
    });
    const rows = x.ar.map((d) => `<tr><td class="num">${d.day > 0 ? '+' : ''}${d.day}</td><td class="date">${e(d.date)}</td><td class="num">${pct(d.ret)}</td><td class="num">${pct(d.expected)}</td><td class="num">${pct(d.ar)}</td><td class="num">${fix(d.tAr, 2)}</td></tr>`);
    return `<section class="event"><h3>${e(x.id)}</h3><p class="sub">day 0 ${e(x.day0Date ?? x.eventDate)} · α ${pct(x.alpha, 3)} · β ${fix(x.beta)} · σ ${pct(x.sigma)} · n ${x.n} · CAR${days(o.window)} ${pct(x.car)} (t ${fix(x.tCar, 2)}, p ${Number.isFinite(x.pCar) ? x.pCar.toFixed(4) : 'n/a'} ${significanceStars(x.pCar)})${e(extra.join(''))}</p>${svg ? `<figure>${svg}</figure>` : ''}<table class="ar"><thead><tr><th class="num">day</th><th>date</th><th class="num">return</th><th class="num">expected</th><th class="num">AR</th><th class="num">t</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
  });
  const windowSections = result.windows.map(
    (w) => `<h3>CAAR ${days(w.window)} = ${pct(w.caar, 3)} over ${w.nEvents} event${w.nEvents === 1 ? '' : 's'}</h3>${testsTable(w.tests)}`,
  );
  const fileRows = provenance.files.map(
    (f) => `<tr><td>${e(f.role)}</td><td>${e(f.name)}</td><td class="path">${e(f.file)}</td><td>${e(f.format ?? '')}</td><td>${e(f.column ?? '')}</td><td class="num">${f.skippedRows ?? ''}</td></tr>`,
  );
  const alignRows = result.alignment.map(
    (a) =>
      `<tr><td>${e(a.stock)}</td><td>${e(a.market)}</td><td class="num">${a.commonDays}</td><td>${a.droppedFromStock.length}${a.droppedFromStock.length ? ` (${e(a.droppedFromStock.slice(0, 5).join(', '))}${a.droppedFromStock.length > 5 ? ', …' : ''})` : ''}</td><td>${a.droppedFromMarket.length}${a.droppedFromMarket.length ? ` (${e(a.droppedFromMarket.slice(0, 5).join(', '))}${a.droppedFromMarket.length > 5 ? ', …' : ''})` : ''}</td></tr>`,
  );
  const conventionRows = TEST_CONVENTIONS.map((c) => `<tr><td>${e(c.label)}</td><td>${e(o.conventions === 'estudy2' ? c.estudy2 : c.default)}</td><td>${e(c.reference)}</td></tr>`);
  const overlaps = result.overlaps.map((x) => `<li>${e(x.kind === 'in-estimation' ? `${x.other}’s window lies in ${x.event}’s estimation window` : `${x.event} and ${x.other} share event-window days`)}${x.excluded ? ' (excluded from estimation)' : ''}</li>`);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style></head>
<body>
<header><h1>${e(title)}</h1><p class="design">${e(design.join(' · '))}</p></header>
<h2>Events</h2>
<table class="events"><thead><tr><th>event</th><th>date</th><th>day 0</th><th>status</th><th class="num">n</th><th class="num">α</th><th class="num">β</th><th class="num">σ</th><th class="num">R²</th><th class="num">CAR${e(days(o.window))}</th><th class="num">t</th><th class="num" colspan="2">p</th></tr></thead><tbody>${eventRows.join('')}</tbody></table>
<p class="legend">Returns in percent; α and σ per day. t = CAR/(σ√L), p from Student t with n − parameters degrees of freedom. ${e(SIGNIFICANCE_LEGEND)}.</p>
<h2>Average abnormal returns</h2>
${charts.caar ? `<figure>${charts.caar}</figure>` : ''}
<table class="aar"><thead><tr><th class="num">day</th><th class="num">AAR</th><th class="num">CAAR</th><th class="num">cross-sectional t</th><th class="num" colspan="2">p</th><th class="num">BMP t</th><th class="num" colspan="2">p</th></tr></thead><tbody>${aarRows.join('')}</tbody></table>
<h2>Tests</h2>
${windowSections.join('\n')}
<p class="legend">${e(SIGNIFICANCE_LEGEND)}. Distribution: what the p-value is read from (t with its degrees of freedom, the standard normal, or the exact null distribution). r̄ (average correlation of estimation residuals) = ${fix(result.aggregate.averageCorrelation, 4)}.</p>
<h2>Abnormal returns by event</h2>
${arSections.join('\n')}
<h2>Conventions (${e(o.conventions)})</h2>
<table class="conventions"><thead><tr><th>test</th><th>statistic and distribution</th><th>reference</th></tr></thead><tbody>${conventionRows.join('')}</tbody></table>
<h2>Data provenance</h2>
<table class="files"><thead><tr><th>role</th><th>name</th><th>file</th><th>layout</th><th>column used</th><th>rows skipped</th></tr></thead><tbody>${fileRows.join('')}</tbody></table>
<table class="align"><thead><tr><th>stock</th><th>aligned with</th><th>common days</th><th>days dropped (stock only)</th><th>days dropped (market only)</th></tr></thead><tbody>${alignRows.join('')}</tbody></table>
${overlaps.length ? `<p>Overlapping windows:</p><ul>${overlaps.join('')}</ul>` : ''}
<p class="sub">${provenance.command ? `Command: <code>${e(provenance.command)}</code><br>` : ''}${provenance.software ? `${e(provenance.software)}` : ''}${provenance.generated ? ` · generated ${e(provenance.generated)}` : ''}</p>
</body></html>
`;
}

const STYLE = `
@page { size: A4; margin: 14mm 12mm; }
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 10pt; color: #1a1a1a; background: #fff; max-width: 190mm; margin: 0 auto; padding: 8mm 0; line-height: 1.35; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm; border-bottom: 1px solid #bbb; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
.design, .sub, .legend { color: #555; font-size: 8.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 1mm 0 2mm; }
th { text-align: left; font-weight: 600; border-bottom: 1px solid #888; padding: 1px 4px; }
td { padding: 1px 4px; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
th.num { text-align: right; }
td.date { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.stars { color: #b00; font-weight: 600; width: 2.2em; }
td.path { word-break: break-all; }
tr.note td { color: #555; font-size: 8pt; border-bottom: 1px solid #e4e4e4; }
tr { break-inside: avoid; }
figure { margin: 2mm 0; break-inside: avoid; text-align: center; }
figure svg { max-width: 100%; height: auto; }
section.event { break-inside: avoid; }
code { font-size: 8pt; word-break: break-all; }
@media print { body { padding: 0; } a { color: inherit; } }
`;
