/**
 * The static images of a chart, shown where a front-end cannot run vega (classic
 * Notebook, GitHub, nbconvert HTML): rendered in Node by the toolkit's own
 * renderer (src/render: vega SVG with DejaVu text metrics, resvg PNG with bundled fonts).
 */
import { svgToPNG, toSVGSync } from '../render/index';
import type { StaticImage } from './types';

/** A chart's static images and their size in CSS pixels. */
export interface ChartImages {
  svg?: string;
  /** PNG bytes, base64, drawn at twice the CSS size for high-density screens. */
  pngBase64?: string;
  width: number;
  height: number;
}

/** Pixel density of the PNG: 2 device pixels per CSS pixel. */
const PNG_SCALE = 2;

/**
 * Renders a vega-lite spec to the static images asked for.
 *
 * @param spec a vega-lite spec (object); never modified (vega tags the rows it loads, so a copy is rendered)
 * @param image which images: 'png', 'svg', 'both' or 'none' (only the size)
 * @throws {ValueError} when the spec does not compile
 * @example
 * const { pngBase64, width } = await chartImages(reactionBarsSpec(input), 'png') // => width in CSS pixels, e.g. 560
 */
export async function chartImages(spec: object, image: StaticImage): Promise<ChartImages> {
  return chartImagesSync(spec, image);
}

/**
 * {@link chartImages} without a promise (a cell's last expression is shown from `util.inspect`).
 *
 * @example
 * chartImagesSync(reactionBarsSpec(input), 'svg').svg?.startsWith('<svg') // => true
 */
export function chartImagesSync(spec: object, image: StaticImage): ChartImages {
  const svg = toSVGSync(JSON.parse(JSON.stringify(spec)) as object);
  const width = Number(/^<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const height = Number(/^<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return {
    svg: image === 'svg' || image === 'both' ? svg : undefined,
    pngBase64: image === 'png' || image === 'both' ? base64(svgToPNG(svg, { scale: PNG_SCALE })) : undefined,
    width,
    height,
  };
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
