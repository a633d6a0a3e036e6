/** Renders a vega-lite spec to SVG in Node, without a browser. */
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compile } from 'vega-lite';
import { ValueError, expectObject } from '../errors';
import { useChartTextMetrics } from './textMetrics';

/** Options of {@link toSVG}. */
export interface SvgOptions {
  /** Called with each vega-lite/vega warning; by default warnings are dropped. */
  onWarning?: (message: string) => void;
}

/**
 * Compiles a vega-lite spec to a vega spec, collecting warnings instead of printing them.
 *
 * @param spec a vega-lite spec
 * @param [options] warning handler
 * @returns the compiled vega spec (the caller's spec is not modified)
 * @throws {ValueError} when vega-lite rejects the spec
 * @example
 * compileToVega(reactionBarsSpec(input)).$schema // => 'https://vega.github.io/schema/vega/v5.json'
 */
export function compileToVega(spec: TopLevelSpec, options: SvgOptions = {}): vega.Spec {
  const warn = (...args: unknown[]) => options.onWarning?.(args.map(String).join(' '));
  const logger = { level: () => logger, warn, info: () => logger, debug: () => logger, error: warn } as never;
  try {
    // A JSON copy: vega tags the data rows it ingests, and the caller's spec must stay untouched.
    return compile(JSON.parse(JSON.stringify(spec)) as TopLevelSpec, { logger }).spec as vega.Spec;
  } catch (error) {
    throw new ValueError(`toSVG: vega-lite cannot compile the spec: ${(error as Error).message}`);
  }
}

/**
 * Renders a vega-lite spec to an SVG document string (inline data only: no loader, no
 * network). Text is escaped by vega's SVG renderer, so untrusted titles and labels stay text.
 *
 * @param spec a vega-lite spec, e.g. from `reactionBarsSpec`
 * @param [options] warning handler
 * @returns the SVG markup, starting with `<svg`
 * @throws {ValueError} when the spec does not compile
 * @example
 * const svg = await toSVG(reactionBarsSpec(input));
 * svg.startsWith('<svg') // => true
 */
export async function toSVG(spec: TopLevelSpec, options: SvgOptions = {}): Promise<string> {
  expectObject(spec, 'spec', 'toSVG');
  useChartTextMetrics();
  const compiled = compileToVega(spec, options);
  let runtime: vega.Runtime;
  try {
    runtime = vega.parse(compiled);
  } catch (error) {
    throw new ValueError(`toSVG: vega cannot parse the compiled spec: ${(error as Error).message}`);
  }
  const view = new vega.View(runtime, {
    renderer: 'none',
    loader: offlineLoader(),
    logLevel: vega.Warn,
    logger: quietLogger(options),
  } as vega.ViewOptions);
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** A vega loader that refuses every URL: charts carry their data inline. */
function offlineLoader(): vega.Loader {
  const loader = vega.loader();
  const refuse = async (uri: string) => {
    throw new ValueError(`charts render offline: refusing to load "${uri}"`);
  };
  return Object.assign(loader, { load: refuse, sanitize: refuse, http: refuse, file: refuse });
}

function quietLogger(options: SvgOptions): vega.LoggerInterface {
  const warn = (...args: readonly unknown[]) => options.onWarning?.(args.map(String).join(' '));
  let level = vega.Warn;
  const logger = {
    level: (value?: number) => {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    warn: (...args: readonly unknown[]) => (warn(...args), logger),
    error: (...args: readonly unknown[]) => (warn(...args), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger as unknown as vega.LoggerInterface;
}
