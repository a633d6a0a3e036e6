/**
 * How values show themselves when a notebook cell ends with them (or `console.log`s them).
 *
 * tslab prints a cell's last expression with `console.log`, i.e. `util.inspect`, and has
 * no rich-display protocol. So tables, charts and analyses carry an `[INSPECT_CUSTOM]`
 * method (non-enumerable: JSON, spreads and copies never see it) that asks the
 * registered inline renderer (src/display/inline.ts, loaded with the package) to send
 * an HTML table / chart to the running kernel and print nothing; outside a kernel it
 * returns their text form. This module imports nothing, so the pure core can mark its
 * results without depending on the display code.
 */
import { INSPECT_CUSTOM } from './types';

/** What kind of value is shown: a danfojs frame or series, a chart spec, an article analysis, an event study. */
export type InlineKind = 'table' | 'chart' | 'analysis' | 'event-study';

/** Node's `util.inspect` options, as much as the hook reads. */
export interface InspectOptions {
  depth?: number | null;
}

/**
 * Shows `value` inline: returns the text to print (`''` after sending rich output to a
 * kernel), or `undefined` for Node's default inspection.
 */
export type InlineRenderer = (value: object, kind: InlineKind, options: InspectOptions) => string | undefined;

let renderer: InlineRenderer | undefined;

/** Sets the renderer (src/display/inline.ts does, when the package loads). */
export function registerInlineRenderer(render: InlineRenderer): void {
  renderer = render;
}

type Inspect = (value: unknown, options: object) => string;

function inspectMethod(kind: InlineKind) {
  return function (this: object, depth: number | null, options: InspectOptions & object, inspect: Inspect): string {
    // Only the value printed itself is shown rich; the same value nested in an array or
    // object prints as Node would print it.
    const topLevel = options?.depth === depth;
    const shown = topLevel && renderer ? renderer(this, kind, options) : undefined;
    return shown ?? inspect(this, { ...options, customInspect: false });
  };
}

/**
 * Makes `value` show itself inline (see the module comment). Returns the same object.
 *
 * @example
 * const spec = inlineDisplayable({ mark: 'bar' }, 'chart');
 * JSON.stringify(spec) // => '{"mark":"bar"}'
 */
export function inlineDisplayable<T extends object>(value: T, kind: InlineKind): T {
  Object.defineProperty(value, INSPECT_CUSTOM, { value: inspectMethod(kind), enumerable: false, configurable: true, writable: true });
  return value;
}
