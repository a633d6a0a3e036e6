import type * as Danfo from 'danfojs-node';

/**
 * danfojs-node, loaded on first use. It pulls in TensorFlow.js (about half a second), so the
 * CLI's other commands and scripts that never build a DataFrame don't pay for it.
 */
export function danfo(): typeof Danfo {
  return require('danfojs-node') as typeof Danfo;
}
