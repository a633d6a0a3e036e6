/**
 * The rendering libraries, loaded on first use: vega, vega-lite and resvg take about
 * 0.4 s to load, which the CLI's `--help`, `facts`, `event-study` and scripts that
 * never draw a chart should not pay.
 */
import type * as Vega from 'vega';
import type * as VegaLite from 'vega-lite';
import type * as ResvgJs from '@resvg/resvg-js';

/** The `vega` module. */
export function loadVega(): typeof Vega {
  return require('vega') as typeof Vega;
}

/** The `vega-lite` module. */
export function loadVegaLite(): typeof VegaLite {
  return require('vega-lite') as typeof VegaLite;
}

/** The `@resvg/resvg-js` module (native binary from its platform package). */
export function loadResvg(): typeof ResvgJs {
  return require('@resvg/resvg-js') as typeof ResvgJs;
}
