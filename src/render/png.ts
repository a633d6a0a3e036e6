/** Renders a vega-lite spec to PNG with resvg and the DejaVu fonts from node_modules. */
import { CHART_FONT } from '../charts/theme';
import { OptionError, expectObject } from '../errors';
import { chartFontFiles } from './fonts';
import { loadResvg } from './modules';
import { toSVG, type SvgOptions } from './svg';

/** Options of {@link toPNG}. */
export interface PngOptions extends SvgOptions {
  /** Output width in pixels; the height follows the chart's aspect ratio. Excludes `scale`. */
  width?: number;
  /** Zoom factor: 2 gives twice the chart's CSS pixel size (for high-density screens). [scale=1] */
  scale?: number;
}

/**
 * Renders an SVG document to PNG bytes with resvg, loading only the DejaVu fonts from
 * node_modules (never the system's), so the image is the same on every machine.
 *
 * @param svg SVG markup, e.g. from `toSVG`
 * @param [options] `width` in pixels or `scale` factor
 * @throws {OptionError} when width or scale is not a positive number, both are given, or the image would
 *   have less than 1 or more than 20,000 pixels either way
 * @example
 * const png = svgToPNG(await toSVG(reactionBarsSpec(input)), { width: 1200 });
 * png.subarray(1, 4).toString() // => 'PNG'
 */
export function svgToPNG(svg: string, options: PngOptions = {}): Uint8Array {
  const fitTo = pngFit(options);
  const resvg = new (loadResvg().Resvg)(svg, {
    fitTo,
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: chartFontFiles(),
      defaultFontFamily: CHART_FONT,
      sansSerifFamily: CHART_FONT,
    },
  });
  // The image must have at least one pixel each way and at most 20,000: resvg aborts on a zero-size target.
  const factor = fitTo.mode === 'width' ? fitTo.value / resvg.width : fitTo.value;
  const [w, h] = [Math.round(resvg.width * factor), Math.round(resvg.height * factor)];
  if (w < 1 || h < 1 || w > 20000 || h > 20000) {
    const what = fitTo.mode === 'width' ? `width ${fitTo.value}` : `scale ${fitTo.value}`;
    const lo = Math.max(1 / resvg.width, 1 / resvg.height);
    const hi = Math.min(20000 / resvg.width, 20000 / resvg.height, 20);
    throw new OptionError(`toPNG: ${what} gives a ${w} × ${h} pixel image of this ${Math.round(resvg.width)} × ${Math.round(resvg.height)} chart; images must be 1..20000 pixels each way (scale ${Number(lo.toPrecision(2))}..${Number(hi.toPrecision(3))})`);
  }
  return resvg.render().asPng();
}

/** resvg's fit-to option for a width or a scale; checks them first. */
function pngFit({ width, scale }: PngOptions): { mode: 'width'; value: number } | { mode: 'zoom'; value: number } {
  if (width !== undefined && scale !== undefined) throw new OptionError('toPNG: give width or scale, not both');
  if (width !== undefined && !(Number.isInteger(width) && width > 0 && width <= 20000)) {
    throw new OptionError(`toPNG: width must be a whole number of pixels in 1..20000, got ${width}`);
  }
  if (scale !== undefined && !(Number.isFinite(scale) && scale > 0 && scale <= 20)) {
    throw new OptionError(`toPNG: scale must be a number in (0, 20], got ${scale}`);
  }
  return width !== undefined ? { mode: 'width', value: width } : { mode: 'zoom', value: scale ?? 1 };
}

/**
 * Renders a vega-lite spec to PNG bytes, without a browser: vega draws the SVG, resvg
 * rasterises it with the DejaVu Sans font from node_modules.
 *
 * @param spec a vega-lite spec, e.g. from `reactionBarsSpec`
 * @param [options] `width` (output pixels) or `scale` (zoom factor, default 1)
 * @returns PNG file bytes
 * @throws {ValueError} on a bad width/scale or a spec that does not compile
 * @example
 * const png = await toPNG(reactionBarsSpec(input), { width: 1200 });
 * png.readUInt32BE(16) // => 1200
 */
export async function toPNG(spec: object, options: PngOptions = {}): Promise<Uint8Array> {
  expectObject(spec, 'spec', 'toPNG');
  pngFit(options);
  return svgToPNG(await toSVG(spec, options), options);
}
