/**
 * Notebook outputs without their volatile parts, for comparing a fresh run with
 * the committed notebook: execution counts, cell and output metadata, display
 * ids and the way stream text is split into messages are dropped; numbers in
 * SVG images are rounded to 2 decimals (float noise across platforms).
 */

/** The parts of an nbformat 4 notebook the tests read. */
export interface Notebook {
  cells: NotebookCell[];
}

export interface NotebookCell {
  cell_type: string;
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
    if (mime.endsWith('json')) normal[mime] = value;
    else if (mime === 'image/svg+xml') normal[mime] = joined(value).replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100));
    else normal[mime] = joined(value);
  }
  return normal;
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
