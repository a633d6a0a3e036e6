import type * as Danfo from '../../vendor/danfojs';
import { inlineDisplayable } from '../display/inline-hook';

/** danfojs-node's DataFrame, as bundled with this package (see README "Dependencies"). */
export type DataFrame = Danfo.DataFrame;
/** danfojs-node's Series, as bundled with this package. */
export type Series = Danfo.Series;
/** The whole danfojs-node API (`DataFrame`, `Series`, `concat`, `merge`, `readCSV`…). */
export type DanfoModule = typeof Danfo;

/**
 * danfojs-node 1.2.0, bundled with this package (`vendor/danfojs`, pure-JavaScript
 * TensorFlow.js core, no native library) and loaded on first use: it takes about half
 * a second, so the CLI's other commands and scripts that never build a DataFrame
 * don't pay for it.
 *
 * @example
 * const dfd = danfo();
 * new dfd.DataFrame([{ ticker: '005930.KS', change_pct: 1.95 }]).shape // => [1, 2]
 */
export function danfo(): DanfoModule {
  const module = require('../../vendor/danfojs') as DanfoModule;
  if (!marked) {
    // Our own bundled copy: a frame or series ending a notebook cell shows as a table
    // (an aligned text table with every column in a terminal) instead of an object dump.
    // On NDframe, the base class: loc/head/query… return danfojs-base frames, not the node subclass.
    inlineDisplayable(module.NDframe.prototype, 'table');
    marked = true;
  }
  return module;
}

let marked = false;
