/**
 * Sends a MIME bundle to whichever Jupyter kernel runs this code.
 *
 * tslab's public `display` sends one MIME type per call, as a string, so a
 * bundle with fallbacks goes through the kernel's own `tslab/dist/jupyter.js`
 * module (its exported `lastWriteDisplayData`, set for each execution), found in
 * Node's module cache — tslab is never imported here (it is a devDependency and
 * a second copy would not be connected to the kernel). When that internal
 * changes, the public `display` of the kernel's tslab (`globalThis.__tslab__`)
 * sends the best single representation. Deno's kernel takes bundles natively.
 * Outside any kernel the text form is printed.
 */
import { MIME, type DisplayData, type MimeBundle } from './types';

/** How a bundle reached the user. */
export type DisplayChannel = 'tslab' | 'tslab-single' | 'deno' | 'stdout';

type WriteDisplayData = (message: DisplayData & { transient: object }, update: boolean) => void;

interface TslabPublicDisplay {
  png(bytes: Uint8Array): void;
  html(text: string): void;
  svg(text: string): void;
  text(text: string): void;
}

const TSLAB_JUPYTER_MODULE = /[\\/]tslab[\\/]dist[\\/]jupyter\.js$/;

/** The running tslab kernel's display-data writer, when this process is one. */
function tslabWriter(): WriteDisplayData | undefined {
  const cache = typeof require === 'function' ? require.cache : undefined;
  for (const loaded of Object.values(cache ?? {})) {
    const write = (loaded?.exports as { lastWriteDisplayData?: unknown } | undefined)?.lastWriteDisplayData;
    if (loaded && TSLAB_JUPYTER_MODULE.test(loaded.filename) && typeof write === 'function') return write as WriteDisplayData;
  }
  return undefined;
}

/** The running tslab kernel's public `display` (its own copy of tslab, via the executor's require). */
function tslabPublicDisplay(): TslabPublicDisplay | undefined {
  const kernel = (globalThis as { __tslab__?: { require?: (id: string) => unknown } }).__tslab__;
  if (typeof kernel?.require !== 'function') return undefined;
  try {
    const display = (kernel.require('tslab') as { display?: Partial<TslabPublicDisplay> }).display;
    const methods = ['png', 'svg', 'html', 'text'] as const;
    return display && methods.every((method) => typeof display[method] === 'function') ? (display as TslabPublicDisplay) : undefined;
  } catch {
    return undefined;
  }
}

/** Deno's `Deno.jupyter.display(bundle, {raw: true})`, when running in Deno's kernel. */
function denoDisplay(): ((bundle: MimeBundle, options: { raw: boolean }) => Promise<void>) | undefined {
  const deno = (globalThis as { Deno?: { jupyter?: { display?: unknown } } }).Deno;
  const display = deno?.jupyter?.display;
  return typeof display === 'function' ? (display.bind(deno?.jupyter) as never) : undefined;
}

/**
 * Sends a bundle as one `display_data` message of the running kernel: the whole
 * bundle and its metadata under tslab (through its internals), the bundle under
 * Deno; under a tslab whose internals changed, the best single type (PNG, else
 * SVG, else HTML, else text); outside a kernel, prints `text/plain` to stdout.
 *
 * @returns the channel used
 * @example
 * await sendDisplayData({ data: { 'text/html': '<b>1.95%</b>', 'text/plain': '1.95%' }, metadata: {} })
 * // => 'tslab' (in a tslab notebook)
 */
export async function sendDisplayData(data: DisplayData): Promise<DisplayChannel> {
  const bundle = data.data;
  const sent = sendToTslab(data);
  if (sent) return sent;
  const deno = denoDisplay();
  if (deno) {
    await deno(bundle, { raw: true });
    return 'deno';
  }
  console.log(bundle[MIME.text]);
  return 'stdout';
}

/** Whether this process is a tslab kernel that `sendToTslab` can reach. */
export function inTslabKernel(): boolean {
  return tslabWriter() !== undefined || tslabPublicDisplay() !== undefined;
}

/**
 * Sends a bundle to a running tslab kernel, synchronously: the whole bundle through its
 * internals, else the best single type through its public `display`.
 *
 * @returns the channel used, or `undefined` when this process is not a tslab kernel
 * @example
 * sendToTslab({ data: { 'text/plain': '1.95%' }, metadata: {} }) // => undefined (outside a kernel)
 */
export function sendToTslab({ data: bundle, metadata }: DisplayData): DisplayChannel | undefined {
  const write = tslabWriter();
  if (write) {
    write({ data: bundle, metadata, transient: {} }, false);
    return 'tslab';
  }
  const single = tslabPublicDisplay();
  if (!single) return undefined;
  const [png, svg, html] = [bundle[MIME.png], bundle[MIME.svg], bundle[MIME.html]];
  if (typeof png === 'string') single.png(Buffer.from(png, 'base64'));
  else if (typeof svg === 'string') single.svg(svg);
  else if (typeof html === 'string') single.html(html);
  else single.text(bundle[MIME.text]);
  return 'tslab-single';
}

/**
 * Sends a MIME bundle without metadata (see {@link sendDisplayData}).
 *
 * @example
 * await sendMimeBundle({ 'text/plain': '1.95%' }) // => 'stdout' (outside a kernel, after printing 1.95%)
 */
export function sendMimeBundle(bundle: MimeBundle): Promise<DisplayChannel> {
  return sendDisplayData({ data: bundle, metadata: {} });
}
