/**
 * The shell shared by every chart spec: schema, theme, title, and the registry of specs
 * built by this toolkit (only those may be rendered to HTML).
 */
import type { TopLevelSpec } from 'vega-lite';
import { chartConfig, chartTitle, SIGNED_AXIS, type ChartSource } from './theme';

const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';

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
export function finishSpec(body: Record<string, unknown>, title: string, source: ChartSource, note?: string | string[]): TopLevelSpec {
  const spec = structuredClone({
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(title, source, note),
    ...body,
    config: chartConfig,
  }) as TopLevelSpec;
  builtSpecs.set(spec, JSON.stringify(spec));
  return spec;
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
export function isBuiltSpec(spec: unknown): spec is TopLevelSpec {
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
