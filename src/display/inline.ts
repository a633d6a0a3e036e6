/**
 * The inline renderer (see inline-hook.ts): a DataFrame, chart spec, article analysis or
 * event study that ends a notebook cell is sent to the running tslab kernel as an HTML
 * table / chart bundle, as `display()` would, and prints nothing else. Outside a kernel
 * a DataFrame or Series prints as an aligned text table with every column; the others
 * print as Node prints them.
 */
import { analysisTables, ANALYSIS_TABLE_NAMES } from '../frames/analysis';
import type { ArticleAnalysis } from '../analysis/types';
import type { EventStudyResult } from '../eventstudy/types';
import { eventFrame } from '../eventstudy/frames';
import { escapeHtml } from '../render/html';
import { chartDisplayDataSync } from './chart';
import { tableToHtml, tableToText } from './html-table';
import { registerInlineRenderer, type InlineKind } from './inline-hook';
import { inTslabKernel, sendToTslab } from './kernel';
import { toTableData } from './table-data';
import { MIME, type DisplayData } from './types';

function tableDisplay(value: object): DisplayData {
  const data = toTableData(value);
  return { data: { [MIME.html]: tableToHtml(data), [MIME.text]: tableToText(data) }, metadata: {} };
}

/** Several captioned tables as one HTML output and one text output. */
function tablesDisplay(title: string, tables: { caption: string; table: object }[]): DisplayData {
  const parts = tables.map(({ caption, table }) => ({ caption, data: toTableData(table) })).filter(({ data }) => data.rows.length > 0);
  return {
    data: {
      [MIME.html]: [`<p><strong>${escapeHtml(title)}</strong></p>`, ...parts.map(({ caption, data }) => tableToHtml(data, { caption }))].join('\n'),
      [MIME.text]: [title, ...parts.map(({ caption, data }) => tableToText(data, { caption }))].join('\n\n'),
    },
    metadata: {},
  };
}

function analysisDisplay(analysis: ArticleAnalysis): DisplayData {
  const tables = analysisTables(analysis);
  const title = `Article analysis: ${analysis.moves.length} moves, ${analysis.relativeMoves.length} relative moves, ${analysis.conversions.length} conversions`;
  const shown = ANALYSIS_TABLE_NAMES.filter((name) => name !== 'beta_sensitivity' && name !== 'conversion_spread');
  return tablesDisplay(title, shown.map((name) => ({ caption: name, table: tables[name] })));
}

function eventStudyDisplay(result: EventStudyResult): DisplayData {
  const tests = result.aggregate.tests.map((t) => ({ name: t.name, statistic: t.statistic, p_value: t.pValue, distribution: t.distribution, n: t.n }));
  const [from, to] = result.options.window;
  return tablesDisplay(`Event study: ${result.events.length} events, ${result.options.model} model, window [${from}, ${to}]`, [
    { caption: 'events', table: eventFrame(result) },
    { caption: `tests of CAAR over [${from}, ${to}]`, table: tests },
  ]);
}

function displayOf(value: object, kind: InlineKind): DisplayData {
  switch (kind) {
    case 'table':
      return tableDisplay(value);
    case 'chart':
      return chartDisplayDataSync(value);
    case 'analysis':
      return analysisDisplay(value as ArticleAnalysis);
    case 'event-study':
      return eventStudyDisplay(value as EventStudyResult);
  }
}

/**
 * Drops the line break `console.log` writes after the empty text a rich value returns,
 * so a cell ending in a chart shows the chart and no blank stream output.
 */
function swallowNextNewline(): void {
  const stream = process.stdout;
  const write = stream.write;
  stream.write = function (this: typeof stream, chunk: unknown, ...rest: unknown[]) {
    stream.write = write;
    if (chunk === '\n') return true;
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof stream.write;
}

registerInlineRenderer((value, kind) => {
  const kernel = inTslabKernel();
  if (!kernel && kind !== 'table') return undefined;
  let display: DisplayData;
  try {
    display = displayOf(value, kind);
  } catch (error) {
    // A chart that cannot be drawn still prints; the error says why.
    return `${kind} not shown: ${(error as Error).message}`;
  }
  if (kernel && sendToTslab(display)) {
    swallowNextNewline();
    return '';
  }
  return kind === 'table' ? display.data[MIME.text] : undefined;
});
