/** The MIME types the toolkit sends to notebook front-ends. */
export const MIME = {
  vegaLite: 'application/vnd.vegalite.v5+json',
  vega: 'application/vnd.vega.v5+json',
  svg: 'image/svg+xml',
  html: 'text/html',
  text: 'text/plain',
} as const;

/**
 * A Jupyter MIME bundle: one representation of the same value per MIME type.
 * Front-ends pick the richest they can render (JupyterLab: the vega-lite spec;
 * classic Notebook, GitHub, nbconvert: the SVG or HTML; terminals: the text).
 * JSON MIME types carry objects, text types strings.
 */
export type MimeBundle = Record<string, unknown> & { 'text/plain': string };

/**
 * The symbol Deno's Jupyter kernel looks up on a cell's value to display it rich:
 * an object with a `[JUPYTER_DISPLAY]()` method returning a {@link MimeBundle}
 * (or a promise of one) is displayed by `display()` here and by Deno.
 */
export const JUPYTER_DISPLAY = Symbol.for('Jupyter.display');

/** Options for tables shown in notebooks. */
export interface TableDisplayOptions {
  /** Rows shown before the middle is elided (first and last halves kept). [maxRows=60] */
  maxRows?: number;
  /** Maximum digits after the decimal point for non-integer numbers (trailing zeros trimmed). [fractionDigits=6] */
  fractionDigits?: number;
  /** A caption above the table (escaped). [caption=none] */
  caption?: string;
  /** Show the row index column. [index=true for DataFrames and Series, false for arrays of rows] */
  index?: boolean;
}
