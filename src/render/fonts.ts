/** The font files charts are drawn with: DejaVu Sans from the `dejavu-fonts-ttf` dependency. */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

let fontFiles: string[] | undefined;

/**
 * The DejaVu TTF files shipped by the `dejavu-fonts-ttf` dependency (the only fonts the PNG uses).
 *
 * @returns absolute paths of the `.ttf` files
 * @example
 * chartFontFiles().some((file) => file.endsWith('DejaVuSans.ttf')) // => true
 */
export function chartFontFiles(): string[] {
  if (!fontFiles) {
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    fontFiles = readdirSync(dir)
      .filter((name) => /^DejaVuSans(-Bold|-Oblique|-BoldOblique)?\.ttf$/.test(name))
      .sort()
      .map((name) => join(dir, name));
  }
  return fontFiles;
}

