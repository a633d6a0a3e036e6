/**
 * The shell shared by every chart spec: schema, theme, title, and the registry of specs
 * built by this toolkit (only those may be rendered to HTML).
 */
import { chartConfig, chartTitle, SIGNED_AXIS, type ChartSource } from './theme';
import { inlineDisplayable } from '../display/inline-hook';

const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';

/** A chart title: one line, several lines, or vega-lite's title object (`text`, `subtitle`…). */
export type ChartTitle = string | string[] | { text: string | string[]; subtitle?: string | string[]; [key: string]: unknown };

/**
 * A vega-lite spec as this toolkit's builders return it: plain JSON with the schema URL, the
 * title (with the source line as subtitle), the house `config` and whatever else vega-lite
 * reads (`data`, `mark`, `encoding`, `layer`…, typed `unknown` here).
 *
 * Deliberately small. vega-lite's own `TopLevelSpec` is a union over hundreds of types, and
 * TypeScript re-checks the declarations a value's type pulls in at every notebook cell under
 * tslab (about 0.3–0.8 s CPU per notebook, see README "Start-up and notebook speed"). For the
 * full type, e.g. to have your editor check a spec you edit, use vega-lite's (installed with
 * this package): `import type { TopLevelSpec } from 'vega-lite'; const full = spec as TopLevelSpec;`.
 * Every function taking a spec accepts any object, a `TopLevelSpec` included.
 *
 * @example
 * const spec: ChartSpec = reactionBarsSpec(input);
 * spec.width = 640; // as in any vega-lite spec
 * spec.$schema // => 'https://vega.github.io/schema/vega-lite/v5.json'
 */
export interface ChartSpec {
  $schema?: string;
  title?: ChartTitle;
  description?: string;
  width?: number | 'container';
  height?: number | 'container';
  data?: { values?: unknown[]; name?: string; [key: string]: unknown };
  config?: ChartConfig;
  /** One of these holds the chart itself (a unit spec has `mark`, a layered one `layer`…). */
  mark?: unknown;
  encoding?: unknown;
  layer?: unknown;
  hconcat?: unknown;
  vconcat?: unknown;
  concat?: unknown;
  facet?: unknown;
  repeat?: unknown;
  spec?: unknown;
  [key: string]: unknown;
}

/** A vega-lite `config` (theme) object: `font`, `axis`, `title`, `range`… as vega-lite documents them. */
export type ChartConfig = Record<string, unknown>;

/** Each built spec and its JSON when built: an edit made afterwards changes the JSON. */
const builtSpecs = new WeakMap<object, string>();

/**
 * Finishes a builder's spec: adds the schema URL, the theme config and the title, and
 * records the object as built by this toolkit. The spec is a deep copy: no two specs share an
 * object (setting `a.config.background` never recolours another chart).
 *
 * @param body the spec without `$schema`, `config` and `title`
 * @param title what the chart shows, with units
 * @param source where the numbers come from (subtitle)
 * @param [note] a line of key figures shown above the source line
 */
export function finishSpec(body: Record<string, unknown>, title: string, source: ChartSource, note?: string | string[]): ChartSpec {
  const spec = structuredClone({
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(title, source, note),
    ...body,
    config: chartConfig,
  }) as ChartSpec;
  builtSpecs.set(spec, JSON.stringify(spec));
  // As a notebook cell's last expression the spec shows as the chart.
  return inlineDisplayable(spec, 'chart');
}

/**
 * Whether `spec` is an object returned by one of this toolkit's chart builders (in this
 * process) and left as built. `toHTML` renders only such specs: vega 5 has an unfixed XSS
 * through user-written specs (expressions in titles, signals, data URLs), and our builders put
 * untrusted text in data and titles only. A built spec edited afterwards is no longer one.
 *
 * @example
 * isBuiltSpec(reactionBarsSpec(input)) // => true
 * isBuiltSpec(JSON.parse(toJSON(reactionBarsSpec(input)))) // => false
 */
export function isBuiltSpec(spec: unknown): spec is ChartSpec {
  if (typeof spec !== 'object' || spec === null) return false;
  const built = builtSpecs.get(spec);
  return built !== undefined && built === JSON.stringify(spec);
}

/** Keys whose values vega evaluates or fetches: never in a spec rendered in a browser. */
const FORBIDDEN_KEYS = new Set(['expr', 'signal', 'signals', 'params', 'href', 'url', 'loader', 'usermeta', 'selection', 'update', 'on', 'bind', 'filter', 'calculate', 'labelExpr', 'test', 'formatType', 'image', 'src']);

/** The one shape of filter expression builders may write: a field compared with null or a number ("datum.real !== null"). */
const SAFE_TEST = /^datum\.[A-Za-z_]\w*\s*(?:===|!==|<|>|<=|>=)\s*(?:null|-?\d+(?:\.\d+)?)$/;

/** The expression-bearing values our builders write, the only ones allowed: the signed axis labels and constant series names. */
function allowedExpression(key: string, value: unknown): boolean {
  if (key === 'labelExpr') return value === SIGNED_AXIS.labelExpr;
  if (key === 'calculate') return typeof value === 'string' && /^"[\p{L}\p{N} ]{0,40}"$/u.test(value);
  if (key === 'filter') {
    if (typeof value === 'string') return SAFE_TEST.test(value);
    return typeof value === 'object' && value !== null && Object.keys(value).every((k) => k === 'field' || k === 'valid');
  }
  return false;
}

/**
 * Checks a spec's content before it is rendered in a browser: no key vega evaluates or fetches
 * (`expr`, `signal`, `params`, `href`, `url`, `loader`, `filter`/`calculate` expressions…) other
 * than the constant ones our builders write, and only our own schema URL. A second line of
 * defence behind {@link isBuiltSpec}.
 *
 * @returns the path and key of the first forbidden entry, or undefined when the spec is clean
 * @example
 * unsafeSpecContent({ title: { text: { expr: 'alert(1)' } } }) // => 'title.text.expr'
 */
export function unsafeSpecContent(spec: unknown): string | undefined {
  const stack: [unknown, string][] = [[spec, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (key === '$schema' && path === '' && child !== VEGA_LITE_SCHEMA) return at;
      if (FORBIDDEN_KEYS.has(key) && !allowedExpression(key, child)) return at;
      stack.push([child, at]);
    }
  }
  return undefined;
}
