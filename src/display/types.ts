/** The MIME types the toolkit sends to notebook front-ends. */
export const MIME = {
  vegaLite: 'application/vnd.vegalite.v5+json',
  png: 'image/png',
  svg: 'image/svg+xml',
  html: 'text/html',
  text: 'text/plain',
} as const;

/**
 * A Jupyter MIME bundle: one representation of the same value per MIME type.
 * Front-ends pick the richest they can render (JupyterLab and VS Code: the
 * vega-lite spec; classic Notebook, GitHub, nbconvert: the image or the HTML;
 * terminals: the text). JSON MIME types carry objects, others strings (images base64).
 */
export type MimeBundle = Record<string, unknown> & { 'text/plain': string };

/** A `display_data` message's content: the bundle, and per-MIME metadata such as an image's size. */
export interface DisplayData {
  data: MimeBundle;
  /** e.g. `{ 'image/png': { width: 560, height: 300 } }`: the CSS size of a PNG drawn at 2×. */
  metadata: Record<string, unknown>;
}

/**
 * The symbol Deno's Jupyter kernel looks up on a cell's value to display it rich:
 * an object with a `[JUPYTER_DISPLAY]()` method returning a {@link MimeBundle}
 * (or a promise of one) is displayed by `display()` here and by Deno.
 */
export const JUPYTER_DISPLAY = Symbol.for('Jupyter.display');

/**
 * Node's `util.inspect.custom` (the same registered symbol), declared here so the
 * package's type declarations need no `@types/node`: `console.log(x)`, the REPL and
 * tslab's last-expression output call `x[INSPECT_CUSTOM]()`.
 */
export const INSPECT_CUSTOM = Symbol.for('nodejs.util.inspect.custom');

/**
 * Which static image a chart carries next to its vega-lite spec:
 * - 'png' (default): shown by classic Notebook, GitHub and every nbconvert version;
 * - 'svg': sharper and smaller, but nbconvert 6.5.1–7.2 (Debian 12's 6.5.3) strips
 *   SVG tags when exporting HTML (jupyter/nbconvert#1849, #1894), leaving the chart blank;
 * - 'both': SVG and PNG (front-ends that prefer SVG use it);
 * - 'none': the spec and the title only, as Altair sends: JupyterLab, Notebook 7 and VS Code
 *   draw it, classic Notebook 6, GitHub and nbconvert show only the title. Fastest (vega and
 *   resvg are not even loaded): for interactive work in JupyterLab.
 */
export type StaticImage = 'png' | 'svg' | 'both' | 'none';

/** Every {@link StaticImage} value. */
export const STATIC_IMAGES: readonly StaticImage[] = ['png', 'svg', 'both', 'none'];

/** Options for tables shown in notebooks. */
export interface TableDisplayOptions {
  /** Rows shown before the middle is elided (first and last halves kept). [maxRows=60] */
  maxRows?: number;
  /** Same as `maxRows` (pandas' habit: `show(df, { rows: 10 })`); `maxRows` wins when both are given. */
  rows?: number;
  /** Maximum digits after the decimal point for non-integer numbers (trailing zeros trimmed). [fractionDigits=6] */
  fractionDigits?: number;
  /** A caption above the table (escaped). [caption=none] */
  caption?: string;
  /** Show the row index column. [index=true for DataFrames and Series, false for arrays of rows] */
  index?: boolean;
}

/** Options for charts shown in notebooks. */
export interface ChartDisplayOptions {
  /** The static image next to the spec. [image=chartImageDefault(), 'png' unless changed] */
  image?: StaticImage;
}

/** Options of `display()`: table options apply to tables, chart options to charts. */
export interface DisplayOptions extends TableDisplayOptions, ChartDisplayOptions {}
