/** The spec itself, as JSON text. */
import { expectObject } from '../errors';

/**
 * The vega-lite spec as pretty-printed JSON (2-space indent, trailing newline): open it
 * in any vega-lite tool, or keep it next to the pictures.
 *
 * @param spec a vega-lite spec
 * @example
 * JSON.parse(toJSON(reactionBarsSpec(input))).$schema
 * // => 'https://vega.github.io/schema/vega-lite/v5.json'
 */
export function toJSON(spec: object): string {
  expectObject(spec, 'spec', 'toJSON');
  return `${JSON.stringify(spec, null, 2)}\n`;
}
