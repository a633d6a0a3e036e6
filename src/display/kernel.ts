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
import { MIME, type MimeBundle } from './types';

/** How a bundle reached the user. */
export type DisplayChannel = 'tslab' | 'tslab-single' | 'deno' | 'stdout';

type WriteDisplayData = (message: { data: MimeBundle; metadata: object; transient: object }, update: boolean) => void;

interface TslabPublicDisplay {
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
    return typeof display?.html === 'function' && typeof display.svg === 'function' && typeof display.text === 'function'
      ? (display as TslabPublicDisplay)
      : undefined;
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
 * Sends `bundle` as one `display_data` message of the running kernel: the whole
 * bundle under tslab (through its internals) or Deno; under a tslab whose
 * internals changed, the best single type (SVG, else HTML, else text); outside a
 * kernel, prints `text/plain` to stdout.
 *
 * @returns the channel used
 * @example
 * await sendMimeBundle({ 'text/html': '<b>1.95%</b>', 'text/plain': '1.95%' }) // => 'tslab' (in a tslab notebook)
 */
export async function sendMimeBundle(bundle: MimeBundle): Promise<DisplayChannel> {
  const write = tslabWriter();
  if (write) {
    write({ data: bundle, metadata: {}, transient: {} }, false);
    return 'tslab';
  }
  const single = tslabPublicDisplay();
  if (single) {
    const svg = bundle[MIME.svg];
    const html = bundle[MIME.html];
    if (typeof svg === 'string') single.svg(svg);
    else if (typeof html === 'string') single.html(html);
    else single.text(bundle[MIME.text]);
    return 'tslab-single';
  }
  const deno = denoDisplay();
  if (deno) {
    await deno(bundle, { raw: true });
    return 'deno';
  }
  console.log(bundle[MIME.text]);
  return 'stdout';
}
