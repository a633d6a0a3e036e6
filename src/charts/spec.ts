/**
 * The shell shared by every chart spec: schema, theme, title, and the registry of specs
 * built by this toolkit (only those may be rendered to HTML).
 */
import type { TopLevelSpec } from 'vega-lite';
import { chartConfig, chartTitle, type ChartSource } from './theme';
import { inlineDisplayable } from '../display/inline-hook';

const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';

const builtSpecs = new WeakSet<object>();

/**
 * Finishes a builder's spec: adds the schema URL, the theme config and the title, and
 * records the object as built by this toolkit.
 *
 * @param body the spec without `$schema`, `config` and `title`
 * @param title what the chart shows, with units
 * @param source where the numbers come from (subtitle)
 * @param [note] a line of key figures shown above the source line
 */
export function finishSpec(body: Record<string, unknown>, title: string, source: ChartSource, note?: string | string[]): TopLevelSpec {
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(title, source, note),
    ...body,
    config: chartConfig,
  } as TopLevelSpec;
  builtSpecs.add(spec);
  // As a notebook cell's last expression the spec shows as the chart.
  return inlineDisplayable(spec, 'chart');
}

/**
 * Whether `spec` is an object returned by one of this toolkit's chart builders (in this
 * process). `toHTML` renders only such specs: vega 5 has an unfixed XSS through
 * user-written specs, and our builders put untrusted text in data and titles only.
 *
 * @example
 * isBuiltSpec(reactionBarsSpec(input)) // => true
 * isBuiltSpec(JSON.parse(toJSON(reactionBarsSpec(input)))) // => false
 */
export function isBuiltSpec(spec: unknown): spec is TopLevelSpec {
  return typeof spec === 'object' && spec !== null && builtSpecs.has(spec);
}
