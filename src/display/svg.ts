/**
 * The static SVG shown where a front-end cannot run vega (classic Notebook,
 * GitHub, nbconvert HTML). Rendered headless with vega in Node.
 */
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { ValueError } from '../errors';

/**
 * Renders a vega-lite (or, with `isVega`, a vega) spec to an SVG document string.
 *
 * @param spec the chart spec (object)
 * @param isVega the spec is a vega spec rather than vega-lite [isVega=false]
 * @throws {ValueError} when vega cannot compile or render the spec
 * @example
 * await chartSvg({ mark: 'bar', data: { values: [{ x: 'a', y: 1 }] }, encoding: { x: { field: 'x' }, y: { field: 'y', type: 'quantitative' } } })
 * // => '<svg xmlns="http://www.w3.org/2000/svg" …</svg>'
 */
export async function chartSvg(spec: object, isVega = false): Promise<string> {
  let view: vega.View | undefined;
  try {
    // vega tags data rows it loads (Symbol(vega_id)): render a copy, never the caller's objects.
    const copy = JSON.parse(JSON.stringify(spec));
    const vegaSpec = isVega ? (copy as vega.Spec) : vegaLite.compile(copy as vegaLite.TopLevelSpec).spec;
    view = new vega.View(vega.parse(vegaSpec), { renderer: 'none' });
    return await view.toSVG();
  } catch (error) {
    throw new ValueError(`chartSvg: cannot render the ${isVega ? 'vega' : 'vega-lite'} spec: ${(error as Error).message}`);
  } finally {
    view?.finalize();
  }
}
