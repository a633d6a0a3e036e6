/** Chart specs in notebooks: recognising them and building their display data. */
import { ValueError } from '../errors';
import { chartImagesSync } from './static-image';
import { MIME, STATIC_IMAGES, type ChartDisplayOptions, type DisplayData, type StaticImage } from './types';

/** The environment variable that sets the default image of charts shown in notebooks. */
export const CHART_IMAGE_ENV = 'MARKET_REACTION_CHART_IMAGE';

let imageDefault: StaticImage | undefined;

function checkedImage(value: string, where: string): StaticImage {
  if ((STATIC_IMAGES as readonly string[]).includes(value)) return value as StaticImage;
  throw new ValueError(`${where}: chart image must be one of ${STATIC_IMAGES.join(', ')}, got "${value}"`);
}

/**
 * Sets which static image charts shown in this process carry when `display()` gets no
 * `image` option (and for charts ending a cell): 'png' (the default), 'svg', 'both' or
 * 'none' (spec and title only, as Altair: fastest, drawn by JupyterLab, Notebook 7 and VS
 * Code only). The environment variable `MARKET_REACTION_CHART_IMAGE` sets it for a whole
 * kernel (e.g. in the kernelspec's `env`). Returns the previous default.
 *
 * @throws {ValueError} on any other value
 * @example
 * setChartImageDefault('none') // => 'png'
 */
export function setChartImageDefault(image: StaticImage): StaticImage {
  const previous = chartImageDefault();
  imageDefault = checkedImage(image, 'setChartImageDefault');
  return previous;
}

/**
 * The static image charts carry by default: set by {@link setChartImageDefault}, else by the
 * environment variable `MARKET_REACTION_CHART_IMAGE`, else 'png'.
 *
 * @throws {ValueError} when the environment variable holds another value
 * @example
 * chartImageDefault() // => 'png'
 */
export function chartImageDefault(): StaticImage {
  if (imageDefault) return imageDefault;
  const env = typeof process === 'object' ? process.env[CHART_IMAGE_ENV] : undefined;
  return env ? checkedImage(env.trim().toLowerCase(), CHART_IMAGE_ENV) : 'png';
}

const VIEW_KEYS = ['mark', 'layer', 'hconcat', 'vconcat', 'concat', 'facet', 'repeat'];

/**
 * Whether `value` is a vega-lite spec: an object whose `$schema` is a vega-lite
 * schema URL or, without `$schema`, that has a view key (`mark`, `layer`, `hconcat`…).
 *
 * @example
 * isVegaLiteSpec({ $schema: 'https://vega.github.io/schema/vega-lite/v5.json', mark: 'bar' }) // => true
 * isVegaLiteSpec({ $schema: 'https://vega.github.io/schema/vega/v5.json', marks: [] }) // => false
 * isVegaLiteSpec([1, 2]) // => false
 */
export function isVegaLiteSpec(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const schema = (value as { $schema?: unknown }).$schema;
  if (schema !== undefined) return typeof schema === 'string' && schema.includes('/vega-lite/');
  return VIEW_KEYS.some((key) => key in value);
}

/**
 * The chart's title as one line of text (vega-lite `title` as string, lines or
 * `{text, subtitle}`), else its `description`, else "vega-lite chart".
 *
 * @example
 * chartTitleText({ title: { text: 'Samsung vs KOSPI', subtitle: 'Reuters' }, mark: 'bar' }) // => 'Samsung vs KOSPI — Reuters'
 */
export function chartTitleText(spec: object): string {
  const { title, description } = spec as { title?: unknown; description?: unknown };
  const lines = (text: unknown): string => (Array.isArray(text) ? text.join(' ') : typeof text === 'string' ? text : '');
  if (typeof title === 'string' || Array.isArray(title)) return lines(title);
  if (typeof title === 'object' && title !== null) {
    const { text, subtitle } = title as { text?: unknown; subtitle?: unknown };
    return [lines(text), lines(subtitle)].filter(Boolean).join(' — ');
  }
  return typeof description === 'string' ? description : 'vega-lite chart';
}

/**
 * Builds a chart's display data: the spec object as `application/vnd.vegalite.v5+json`
 * (interactive in JupyterLab and VS Code), a static image (PNG at 2× with its CSS
 * size in the metadata, and/or SVG) for classic Notebook, GitHub and nbconvert, and
 * the title as text.
 *
 * @param spec a vega-lite spec object
 * @param options `[image=chartImageDefault()]` 'png' | 'svg' | 'both' | 'none'
 * @throws {ValueError} when the spec does not compile
 * @example
 * Object.keys((await chartDisplayData(spec)).data)
 * // => ['application/vnd.vegalite.v5+json', 'image/png', 'text/plain']
 */
export async function chartDisplayData(spec: object, options: ChartDisplayOptions = {}): Promise<DisplayData> {
  return chartDisplayDataSync(spec, options);
}

/**
 * {@link chartDisplayData} without a promise (a cell's last expression is shown from `util.inspect`).
 *
 * @example
 * Object.keys(chartDisplayDataSync(spec).data) // => ['application/vnd.vegalite.v5+json', 'image/png', 'text/plain']
 */
export function chartDisplayDataSync(spec: object, options: ChartDisplayOptions = {}): DisplayData {
  const image = options.image === undefined ? chartImageDefault() : checkedImage(options.image, 'display');
  // The spec as plain JSON data: what the kernel would serialise anyway.
  const data: Record<string, unknown> = { [MIME.vegaLite]: JSON.parse(JSON.stringify(spec)) };
  const metadata: DisplayData['metadata'] = {};
  if (image === 'none') return { data: { ...data, [MIME.text]: chartTitleText(spec) }, metadata };
  const images = chartImagesSync(spec, image);
  if (images.svg !== undefined) data[MIME.svg] = images.svg;
  if (images.pngBase64 !== undefined) {
    data[MIME.png] = images.pngBase64;
    metadata[MIME.png] = { width: images.width, height: images.height };
  }
  return { data: { ...data, [MIME.text]: chartTitleText(spec) }, metadata };
}
