/**
 * Notebook outputs without their volatile parts, for comparing a fresh run with
 * the committed notebook: execution counts, cell and output metadata, display
 * ids and the way stream text is split into messages are dropped; numbers in
 * JSON outputs (vega-lite specs) are rounded to 10 significant digits and in SVG
 * images to 2 decimals (float noise across platforms and summation orders); a PNG is
 * compared by its pixel size only — it is drawn from the vega-lite spec next to
 * it, which is compared in full, and anti-aliasing may differ between machines.
 */

/** The parts of an nbformat 4 notebook the tests read. */
export interface Notebook {
  cells: NotebookCell[];
}

export interface NotebookCell {
  cell_type: string;
  metadata?: { tags?: string[] };
  source: string | string[];
  outputs?: NotebookOutput[];
}

export interface NotebookOutput {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
}

const joined = (text: unknown): string => (Array.isArray(text) ? text.join('') : String(text ?? ''));

function normalizeData(data: Record<string, unknown>): Record<string, unknown> {
  const normal: Record<string, unknown> = {};
  for (const [mime, value] of Object.entries(data)) {
    if (mime.endsWith('json')) normal[mime] = roundNumbers(value);
    else if (mime === 'image/png') normal[mime] = pngSize(joined(value));
    else if (mime === 'image/svg+xml') normal[mime] = joined(value).replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100));
    else normal[mime] = joined(value);
  }
  return normal;
}

function roundNumbers(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? Number(value.toPrecision(10)) : value;
  if (Array.isArray(value)) return value.map(roundNumbers);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, roundNumbers(item)]));
  }
  return value;
}

/** "PNG width×height" from the image header (bytes 16–23), or a note when the data is not a PNG. */
function pngSize(base64: string): string {
  const header = Buffer.from(base64.slice(0, 32), 'base64');
  if (header.length < 24 || header.toString('hex', 0, 8) !== '89504e470d0a1a0a') return 'not a PNG';
  return `PNG ${header.readUInt32BE(16)}×${header.readUInt32BE(20)}`;
}

/** Each cell as {type, source, outputs}, consecutive stream outputs of one stream merged. */
export function normalizeNotebook(notebook: Notebook): unknown[] {
  return notebook.cells.map((cell) => {
    const outputs: Record<string, unknown>[] = [];
    for (const output of cell.outputs ?? []) {
      const last = outputs[outputs.length - 1];
      if (output.output_type === 'stream' && last?.output_type === 'stream' && last.name === output.name) {
        last.text = `${last.text}${joined(output.text)}`;
      } else if (output.output_type === 'stream') {
        outputs.push({ output_type: 'stream', name: output.name, text: joined(output.text) });
      } else if (output.output_type === 'error') {
        outputs.push({ output_type: 'error', ename: output.ename, evalue: output.evalue });
      } else {
        outputs.push({ output_type: output.output_type, data: normalizeData(output.data ?? {}) });
      }
    }
    return { cell_type: cell.cell_type, source: joined(cell.source), outputs };
  });
}

/** Every text the outputs show: stream text, text/plain and text/html of displays. */
export function outputTexts(notebook: Notebook): string[] {
  return notebook.cells.flatMap((cell) =>
    (cell.outputs ?? []).flatMap((output) => [
      joined(output.text),
      joined(output.data?.['text/plain']),
      joined(output.data?.['text/html']),
    ]),
  );
}
