/**
 * A self-contained HTML page that draws a chart with vega-embed: the vega, vega-lite and
 * vega-embed builds from node_modules are inlined, so the page works with the network off
 * (a Content-Security-Policy forbids every fetch).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isBuiltSpec, unsafeSpecContent } from '../charts/spec';
import { ValueError } from '../errors';

/** Options of {@link toHTML}. */
export interface HtmlOptions {
  /** The page title (untrusted text is fine: it is escaped). [title=the chart's title] */
  title?: string;
}

/** Package and browser build inlined, in load order (vega-embed needs the vega and vegaLite globals). */
const LIBRARIES: [string, string][] = [
  ['vega', 'build/vega.min.js'],
  ['vega-lite', 'build/vega-lite.min.js'],
  ['vega-embed', 'build/vega-embed.min.js'],
];

/** The folder of an installed package (its `exports` may hide package.json and the browser builds). */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  // The package root is the highest folder named after the package (builds may carry their own package.json).
  while (!(basename(dir) === name && existsSync(join(dir, 'package.json')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the folder of the ${name} package`);
    dir = parent;
  }
  return dir;
}

let inlinedLibraries: string | undefined;

/** The three library builds as <script> elements (read once). */
function libraryScripts(): string {
  if (!inlinedLibraries) {
    inlinedLibraries = LIBRARIES.map(([name, file]) => {
      const path = join(packageDir(name), file);
      const code = readFileSync(path, 'utf8');
      // Inline code must not contain anything that ends or re-enters a <script> element.
      if (/<\/script|<!--|<script/i.test(code)) throw new Error(`${path} contains "</script", "<script" or "<!--" and cannot be inlined`);
      return `<script>${code}</script>`;
    }).join('\n');
  }
  return inlinedLibraries;
}

/**
 * HTML text escaping for element content and attribute values.
 *
 * @example
 * escapeHtml('<b>"A&B"</b>') // => '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/**
 * Content-Security-Policy of every HTML file the toolkit writes: nothing is fetched (no
 * network, no file), images and fonts only inline. Reports are static; chart pages run their
 * inlined vega (which compiles expressions, hence 'unsafe-eval').
 */
const PAGE_CSP = {
  static: "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
  scripts: "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:; font-src data:",
} as const;

/**
 * The start of every HTML file the toolkit writes, up to `<body>`: doctype, charset, the
 * Content-Security-Policy (see `PAGE_CSP`), viewport, the escaped title, the style sheet and
 * any further `<head>` markup.
 *
 * @param page `title` (untrusted text is fine), `style` (CSS), `scripts` (true for a page
 *   that runs inline scripts), `head` (trusted markup placed before `</head>`)
 * @example
 * htmlPageStart({ title: 'A <b>', style: 'body {}' }).includes('<title>A &lt;b&gt;</title>') // => true
 */
export function htmlPageStart(page: { title: string; style: string; scripts?: boolean; head?: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP[page.scripts ? 'scripts' : 'static']}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${page.style}</style>
${page.head ? `${page.head}\n` : ''}</head>
<body>
`;
}

/**
 * JSON safe to place inside a <script> element: `<`, `>`, `&`, U+2028 and U+2029 are
 * written as \u escapes, so "</script>" or "<!--" in the data cannot end the element.
 *
 * @example
 * scriptSafeJson({ t: '</script>' }) // => '{"t":"\\u003c/script\\u003e"}'
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A self-contained HTML page drawing the chart (SVG renderer, no actions menu, no
 * network). Only specs returned by this toolkit's builders are accepted: vega 5 has an
 * unfixed XSS through hand-written specs, and the builders put untrusted text only in
 * data values and titles, which vega draws as text.
 *
 * @param spec a spec returned by a chart builder in this process (see `isBuiltSpec`)
 * @param [options] page title
 * @returns the HTML document
 * @throws {ValueError} when `spec` did not come from a chart builder (e.g. parsed from a file), was
 *   edited after building, or holds an expression, signal, URL or link
 * @example
 * const html = toHTML(reactionBarsSpec(input), { title: 'Samsung vs KOSPI' });
 * html.startsWith('<!DOCTYPE html>') // => true
 */
export function toHTML(spec: object, options: HtmlOptions = {}): string {
  if (!isBuiltSpec(spec)) {
    throw new ValueError('toHTML renders only specs returned by market-reaction chart builders and left unedited (vega 5 cannot safely render an arbitrary spec); use toSVG or toPNG for other specs');
  }
  const unsafe = unsafeSpecContent(spec);
  if (unsafe) throw new ValueError(`toHTML: the spec holds "${unsafe}", which a browser would evaluate or fetch; refused`);
  const title = options.title ?? specTitle(spec) ?? 'Chart';
  const style = `body { margin: 16px; font-family: "DejaVu Sans", Verdana, sans-serif; background: #fff; } #chart-error { color: #b00020; white-space: pre-wrap; }
/* The chart scales down to its container (a narrow column, a phone); vega's SVG has a viewBox. */
#chart, #chart .vega-embed { max-width: 100%; } #chart svg { max-width: 100%; height: auto; }`;
  return `${htmlPageStart({ title, style, scripts: true, head: libraryScripts() })}<div id="chart"></div>
<div id="chart-error"></div>
<script id="chart-spec" type="application/json">${scriptSafeJson(spec)}</script>
<script>
(function () {
  var spec = JSON.parse(document.getElementById('chart-spec').textContent);
  vegaEmbed('#chart', spec, { renderer: 'svg', actions: false, tooltip: true }).catch(function (error) {
    document.getElementById('chart-error').textContent = 'Chart failed to render: ' + String(error && error.message || error);
  });
})();
</script>
</body>
</html>
`;
}

/** The chart's title text, when it has one. */
export function specTitle(spec: object): string | undefined {
  const title = (spec as { title?: unknown }).title;
  if (typeof title === 'string') return title;
  const text = title && typeof title === 'object' ? (title as { text?: unknown }).text : undefined;
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return text.join(' ');
  return undefined;
}
