/** Renders a vega-lite spec to SVG in Node, without a browser. */
import type * as Vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { escapeHtml, specTitle } from './html';
import { loadVega, loadVegaLite } from './modules';
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
 * @returns the compiled vega spec (the caller's spec is not modified); vega's full type is
 *   `import type { Spec } from 'vega'`
 * @throws {ValueError} when vega-lite rejects the spec
 * @example
 * compileToVega(reactionBarsSpec(input)).$schema // => 'https://vega.github.io/schema/vega/v5.json'
 */
export function compileToVega(spec: object, options: SvgOptions = {}): Record<string, unknown> {
  return compile(spec, options) as unknown as Record<string, unknown>;
}

/** {@link compileToVega} typed with vega's own `Spec` (kept out of the published declarations: see `ChartSpec`). */
function compile(spec: object, options: SvgOptions): Vega.Spec {
  const warn = (...args: unknown[]) => options.onWarning?.(args.map(String).join(' '));
  const logger = { level: () => logger, warn, info: () => logger, debug: () => logger, error: warn } as never;
  try {
    // A JSON copy: vega tags the data rows it ingests, and the caller's spec must stay untouched.
    return loadVegaLite().compile(JSON.parse(JSON.stringify(spec)) as TopLevelSpec, { logger }).spec as Vega.Spec;
  } catch (error) {
    throw new ValueError(`toSVG: vega-lite cannot compile the spec: ${(error as Error).message}`);
  }
}

/**
 * Renders a vega-lite spec to an SVG document string (inline data only: no loader, no
 * network). Text is escaped by vega's SVG renderer, so untrusted titles and labels stay text.
 *
 * @param spec a vega-lite spec, e.g. from `reactionBarsSpec` (a `ChartSpec`, vega-lite's `TopLevelSpec` or plain JSON)
 * @param [options] warning handler
 * @returns the SVG markup, starting with `<svg`
 * @throws {ValueError} when the spec does not compile
 * @example
 * const svg = await toSVG(reactionBarsSpec(input));
 * svg.startsWith('<svg') // => true
 */
export async function toSVG(spec: object, options: SvgOptions = {}): Promise<string> {
  expectObject(spec, 'spec', 'toSVG');
  return toSVGSync(spec, options);
}

/**
 * {@link toSVG} without a promise, for where a value must be drawn synchronously (a
 * notebook cell's last expression is printed by `util.inspect`, which cannot wait).
 * Charts carry their data inline, so vega's dataflow runs to the end in one pass; the
 * SVG is the same as vega's own `view.toSVG()` (checked by the golden-file tests).
 *
 * @param spec a vega-lite spec, e.g. from `reactionBarsSpec`
 * @param [options] warning handler
 * @returns the SVG markup, starting with `<svg`
 * @throws {ValueError} when the spec does not compile or needs data from a URL
 * @example
 * toSVGSync(reactionBarsSpec(input)).startsWith('<svg') // => true
 */
export function toSVGSync(spec: object, options: SvgOptions = {}): string {
  const vega = loadVega();
  useChartTextMetrics();
  const compiled = compile(spec, options);
  let runtime: Vega.Runtime;
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
  } as Vega.ViewOptions) as HeadlessView;
  try {
    view.run();
    if (view._pending || view._viewWidth === undefined) throw new ValueError('toSVG: the chart needs data from outside the spec (charts render offline)');
    // What vega's renderHeadless does after runAsync(), on the finished scenegraph (vega 5.33 View fields).
    const padding = view.padding() as unknown as { left: number; right: number; top: number; bottom: number };
    const { headless } = (vega as unknown as { renderModule(type: 'svg'): { headless: new (loader: unknown) => SvgStringRenderer } }).renderModule('svg');
    const renderer = new headless(view.loader());
    renderer
      .initialize(
        null,
        Math.max(0, view._viewWidth + padding.left + padding.right),
        Math.max(0, view._viewHeight + padding.top + padding.bottom),
        [padding.left + view._origin[0], padding.top + view._origin[1]],
        1,
      )
      .background(view.background());
    renderer.render((view.scenegraph() as unknown as { root: unknown }).root);
    return withTitle(renderer.svg(), specTitle(spec));
  } finally {
    view.finalize();
  }
}

/** Adds the chart's title as the SVG's `<title>` (its accessible name; shown on hover), escaped. */
function withTitle(svg: string, title: string | undefined): string {
  if (!title) return svg;
  const open = svg.indexOf('>') + 1;
  return `${svg.slice(0, open)}<title>${escapeHtml(title)}</title>${svg.slice(open)}`;
}

/** The parts of a vega 5 View the synchronous render reads (internal fields, vega pinned at 5.33). */
type HeadlessView = Vega.View & {
  _pending?: unknown;
  _viewWidth: number;
  _viewHeight: number;
  _origin: [number, number];
};
interface SvgStringRenderer {
  initialize(el: null, width: number, height: number, origin: [number, number], scale: number): SvgStringRenderer;
  background(color: unknown): SvgStringRenderer;
  render(scene: unknown): SvgStringRenderer;
  svg(): string;
}

/** A vega loader that refuses every URL: charts carry their data inline. */
function offlineLoader(): Vega.Loader {
  const loader = loadVega().loader();
  const refuse = async (uri: string) => {
    throw new ValueError(`charts render offline: refusing to load "${uri}"`);
  };
  return Object.assign(loader, { load: refuse, sanitize: refuse, http: refuse, file: refuse });
}

function quietLogger(options: SvgOptions): Vega.LoggerInterface {
  const warn = (...args: readonly unknown[]) => options.onWarning?.(args.map(String).join(' '));
  let level = loadVega().Warn;
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
  return logger as unknown as Vega.LoggerInterface;
}
