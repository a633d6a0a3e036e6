/** Writes charts to a folder in every picture format. */
import { join } from 'node:path';
import type { ArticleAnalysis } from '../analysis/types';
import { analysisCharts, type NamedChart } from '../charts/fromAnalysis';
import { writeFileAtomic } from '../io/files';
import type { OutputFolder } from '../io/output-folder';
import { toHTML } from './html';
import { svgToPNG } from './png';
import { toSVG } from './svg';

/** Options of {@link writeCharts}. */
export interface WriteChartsOptions {
  /** [scale=2] Zoom factor of the PNG files (2 = sharp on high-density screens). */
  pngScale?: number;
}

/**
 * Writes each chart as `<name>.svg`, `<name>.png` and `<name>.html` into `dir` (created
 * when missing) and resolves to the paths written. Each file is written atomically (a
 * temporary file renamed into place), so a full disk leaves no truncated chart; given an
 * {@link OutputFolder} (from `openOutputFolder`), the files are recorded in its manifest.
 *
 * @param charts named specs, e.g. from `analysisCharts`
 * @param dir output folder, or an open output folder
 * @throws {InputError} when the folder or a file cannot be written
 * @example
 * await writeCharts(analysisCharts(analysis), 'out/charts') // => ['out/charts/reaction.svg', …]
 */
export async function writeCharts(charts: NamedChart[], dir: string | OutputFolder, options: WriteChartsOptions = {}): Promise<string[]> {
  const written: string[] = [];
  const write = (name: string, data: string | Uint8Array) => {
    if (typeof dir === 'string') {
      const path = join(dir, name);
      writeFileAtomic(path, data);
      written.push(path);
    } else written.push(dir.write(name, data));
  };
  for (const { name, spec } of charts) {
    const svg = await toSVG(spec);
    write(`${name}.svg`, svg);
    write(`${name}.png`, svgToPNG(svg, { scale: options.pngScale ?? 2 }));
    write(`${name}.html`, toHTML(spec));
  }
  return written;
}

/**
 * Writes every chart of an article's analysis (see `analysisCharts`) into `dir` as SVG,
 * PNG and HTML; this is what `market-reaction analyze --out DIR` calls.
 *
 * @param analysis the result of `analyzeArticle`
 * @param dir output folder (created when missing)
 * @returns the paths written
 * @throws {InputError} when a file cannot be written
 * @example
 * await writeAnalysisCharts(analyzeArticle(seedArticle().text), 'out') // => ['out/reaction.svg', 'out/reaction.png', …]
 */
export async function writeAnalysisCharts(analysis: ArticleAnalysis, dir: string | OutputFolder, options: WriteChartsOptions = {}): Promise<string[]> {
  return writeCharts(analysisCharts(analysis), dir, options);
}
