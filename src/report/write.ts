/** Writes the event-study report (HTML) and its charts (SVG, PNG) into a folder. */
import { writeFileAtomic } from '../io/files';
import { join } from 'node:path';
import { abnormalReturnsChart, caarChart } from '../charts/fromEventStudy';
import type { EventStudyResult } from '../eventstudy/types';
import { writeTextFile } from '../io/write';
import type { PriceSeries } from '../prices/types';
import { svgToPNG } from '../render/png';
import { toSVG } from '../render/svg';
import { reportHtml, type ReportProvenance } from './html';

/** Options of {@link writeStudyReport}. */
export interface StudyReportOptions {
  /** Output folder (created when missing). */
  dir: string;
  stocks?: PriceSeries[];
  market?: PriceSeries;
  factorsFile?: string;
  /** Command-line arguments, shown in the provenance. */
  command?: string[];
  /** [maxEventCharts=24] AR/CAR charts drawn (the first events with results); the tables list every event. */
  maxEventCharts?: number;
}

/** A file name from an event id: letters, digits, dot, dash; the rest becomes "_". */
function slug(id: string, k: number): string {
  return `${String(k + 1).padStart(2, '0')}-${id.replace(/[^\p{L}\p{N}.-]+/gu, '_').slice(0, 60)}`;
}

/**
 * Writes `report.html` (self-contained: inline SVG charts, no scripts, no network; prints
 * on A4), `caar.svg|png` and `ar-car-<event>.svg|png` into `dir`.
 *
 * @param result the study
 * @param options folder, the price series (for provenance) and the command
 * @returns the paths written
 * @throws {InputError} when the folder or a file cannot be written
 * @example
 * await writeStudyReport(eventStudy({ market, events }), { dir: 'out' }); // => ['out/report.html', 'out/caar.svg', …]
 */
export async function writeStudyReport(result: EventStudyResult, options: StudyReportOptions): Promise<string[]> {
  const { dir } = options;
  const written: string[] = [];
  const writeBytes = (file: string, data: Uint8Array) => {
    writeFileAtomic(file, data); // temporary file + rename, never a half-written image
    written.push(file);
  };
  const writeText = (file: string, text: string) => {
    writeTextFile(file, text);
    written.push(file);
  };
  const ok = result.events.filter((e) => e.status === 'ok');
  let caar: string | undefined;
  const arCar: { id: string; svg: string }[] = [];
  if (ok.length > 0) {
    caar = await toSVG(caarChart(result));
    writeText(join(dir, 'caar.svg'), caar);
    writeBytes(join(dir, 'caar.png'), svgToPNG(caar, { scale: 2 }));
    for (const [k, event] of ok.slice(0, options.maxEventCharts ?? 24).entries()) {
      const svg = await toSVG(abnormalReturnsChart(result, event.id));
      const name = `ar-car-${slug(event.id, k)}`;
      writeText(join(dir, `${name}.svg`), svg);
      writeBytes(join(dir, `${name}.png`), svgToPNG(svg, { scale: 2 }));
      arCar.push({ id: event.id, svg });
    }
  }
  const describe = (role: 'stock' | 'market', s: PriceSeries) => ({
    role,
    name: s.name,
    file: s.source.file ?? '',
    format: s.source.format,
    column: s.source.priceColumn,
    skippedRows: s.source.skippedRows.length,
  });
  const provenance: ReportProvenance = {
    files: [
      ...(options.stocks ?? []).map((s) => describe('stock', s)),
      ...(options.market ? [describe('market', options.market)] : []),
      ...(options.factorsFile ? [{ role: 'factors' as const, name: result.options.factorColumns.join(', '), file: options.factorsFile, format: 'factor CSV (percent)' }] : []),
    ],
    command: options.command ? `market-reaction ${options.command.map(quoteArg).join(' ')}` : undefined,
    generated: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    software: 'market-reaction',
  };
  const html = join(dir, 'report.html');
  writeTextFile(html, reportHtml(result, { caar, arCar }, provenance));
  return [html, ...written];
}

function quoteArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
