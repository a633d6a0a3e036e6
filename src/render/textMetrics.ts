/**
 * Text widths from the DejaVu Sans font files, for vega's layout in Node.
 *
 * Without the `canvas` package vega guesses every character to be 0.8 em wide, which
 * makes axes and titles take a third more room than the glyphs do. Reading the advance
 * widths from the same TTF files that the PNG renderer uses makes the layout match the
 * pixels (kerning ignored: a fraction of a pixel per pair).
 */
import { loadVega } from './modules';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { chartFontFiles } from './fonts';

/** Advance widths of one font face, in em units per UTF-16 code unit. */
interface FaceWidths {
  unitsPerEm: number;
  advance: Map<number, number>;
  fallback: number;
}

/**
 * Reads the horizontal advance of every BMP character from a TrueType file's `cmap`
 * (format 4), `hhea`, `hmtx` and `head` tables (OpenType spec, "cmap", "hmtx").
 */
function readFaceWidths(file: string): FaceWidths {
  const font = readFileSync(file);
  const tables = new Map<string, number>();
  const tableCount = font.readUInt16BE(4);
  for (let i = 0; i < tableCount; i += 1) {
    const record = 12 + 16 * i;
    tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font ${file} has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const metricsCount = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const glyphAdvance = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, metricsCount - 1));

  const cmap = table('cmap');
  let format4 = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i += 1) {
    const record = cmap + 4 + 8 * i;
    const [platform, encoding] = [font.readUInt16BE(record), font.readUInt16BE(record + 2)];
    const subtable = cmap + font.readUInt32BE(record + 4);
    if (platform === 3 && encoding === 1 && font.readUInt16BE(subtable) === 4) format4 = subtable;
  }
  if (format4 < 0) throw new Error(`font ${file} has no Unicode BMP cmap`);
  const segments = font.readUInt16BE(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const advance = new Map<number, number>();
  for (let s = 0; s < segments; s += 1) {
    const [start, end] = [font.readUInt16BE(starts + 2 * s), font.readUInt16BE(ends + 2 * s)];
    const delta = font.readInt16BE(deltas + 2 * s);
    const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const at = rangeOffsets + 2 * s + rangeOffset + 2 * (code - start);
        const raw = font.readUInt16BE(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) advance.set(code, glyphAdvance(glyph));
    }
  }
  return { unitsPerEm, advance, fallback: glyphAdvance(0) };
}

let faces: { regular: FaceWidths; bold: FaceWidths } | undefined;

function loadFaces(): { regular: FaceWidths; bold: FaceWidths } {
  if (!faces) {
    const file = (name: string) => {
      const found = chartFontFiles().find((path) => basename(path) === name);
      if (!found) throw new Error(`font file ${name} not found in dejavu-fonts-ttf`);
      return found;
    };
    faces = { regular: readFaceWidths(file('DejaVuSans.ttf')), bold: readFaceWidths(file('DejaVuSans-Bold.ttf')) };
  }
  return faces;
}

/**
 * Width in pixels of `text` set in DejaVu Sans at `fontSize` pixels.
 *
 * @param text the text (one line)
 * @param fontSize font size in pixels
 * @param [bold=false] whether the bold face is used
 * @example
 * textWidth('Samsung', 11) // => 46.24 (approximately)
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const face = bold ? loadFaces().bold : loadFaces().regular;
  let units = 0;
  for (let i = 0; i < text.length; i += 1) units += face.advance.get(text.charCodeAt(i)) ?? face.fallback;
  return (units / face.unitsPerEm) * fontSize;
}

interface TextItem {
  text?: unknown;
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}

let installed = false;

/**
 * Makes vega measure text with DejaVu Sans widths instead of its 0.8 em per character
 * guess. Idempotent; affects only the `vega` module of this process.
 */
export function useChartTextMetrics(): void {
  if (installed) return;
  installed = true;
  // vega exports textMetrics at runtime but not in its type declarations.
  const metrics = (loadVega() as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } }).textMetrics;
  metrics.width = (item, text) => {
    const line = text == null ? '' : String(text).trim();
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    const weight = item.fontWeight;
    const bold = weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600) || Number(weight) >= 600;
    return size <= 0 ? 0 : textWidth(line, size, bold);
  };
}
