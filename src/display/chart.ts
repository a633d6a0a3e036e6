/** Chart specs in notebooks: recognising them and building their MIME bundle. */
import { MIME, type MimeBundle } from './types';
import { chartSvg } from './svg';

/** Which grammar a spec is written in. */
export type ChartGrammar = 'vega-lite' | 'vega';

const VEGA_LITE_VIEW_KEYS = ['mark', 'layer', 'hconcat', 'vconcat', 'concat', 'facet', 'repeat', 'spec'];

/**
 * Tells whether `value` is a chart spec, and of which grammar: by its `$schema`
 * URL when present, else vega-lite when it has a view key (`mark`, `layer`, `hconcat`…).
 *
 * @returns 'vega-lite', 'vega', or null for anything else
 * @example
 * chartGrammar({ $schema: 'https://vega.github.io/schema/vega-lite/v5.json', mark: 'bar' }) // => 'vega-lite'
 * chartGrammar({ marks: [], $schema: 'https://vega.github.io/schema/vega/v5.json' }) // => 'vega'
 * chartGrammar([1, 2]) // => null
 */
export function chartGrammar(value: unknown): ChartGrammar | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const schema = (value as { $schema?: unknown }).$schema;
  if (typeof schema === 'string') {
    if (schema.includes('/vega-lite/')) return 'vega-lite';
    if (schema.includes('/vega/')) return 'vega';
    return null;
  }
  return VEGA_LITE_VIEW_KEYS.some((key) => key in value) ? 'vega-lite' : null;
}

/**
 * The chart's title as one line of text (vega `title` as string, lines or
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
  return typeof description === 'string' ? description : `${chartGrammar(spec) ?? 'vega-lite'} chart`;
}

/**
 * Builds a chart's MIME bundle: the spec object under its vega(-lite) MIME type
 * (interactive in JupyterLab and VS Code), a static SVG (classic Notebook, GitHub,
 * nbconvert) and the title as text.
 *
 * @throws {ValueError} when vega cannot compile or render the spec
 * @example
 * Object.keys(await chartBundle(spec))
 * // => ['application/vnd.vegalite.v5+json', 'image/svg+xml', 'text/plain']
 */
export async function chartBundle(spec: object): Promise<MimeBundle> {
  const grammar = chartGrammar(spec) ?? 'vega-lite';
  const svg = await chartSvg(spec, grammar === 'vega');
  return {
    [grammar === 'vega' ? MIME.vega : MIME.vegaLite]: plainJson(spec),
    [MIME.svg]: svg,
    [MIME.text]: chartTitleText(spec),
  };
}

/** The spec as plain JSON data (drops functions and undefined, dates to ISO) — what the kernel will serialise anyway. */
function plainJson(spec: object): unknown {
  return JSON.parse(JSON.stringify(spec));
}
