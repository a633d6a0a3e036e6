import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { chartFontFiles, svgToPNG, toPNG, toSVG, ValueError } from 'market-reaction';
import { fixtureSpecs, hostile, seedSource } from '../charts/fixtures';

/** Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const png = Buffer.from(bytes);
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Share of pixels that are clearly darker than the white background. */
function inkShare(svg: string): number {
  const pixels = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: 'DejaVu Sans' } }).render().pixels;
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] > 0 && pixels[i] + pixels[i + 1] + pixels[i + 2] < 600) ink += 1;
  return ink / (pixels.length / 4);
}

describe('toPNG', () => {
  const specs = fixtureSpecs();

  it.each(Object.keys(specs))('%s: decodes at the requested width and is not blank', async (name) => {
    const png = await toPNG(specs[name], { width: 800 });
    const { width, height } = pngSize(png);
    expect(width).toBe(800);
    expect(height).toBeGreaterThan(200);
    const share = inkShare(await toSVG(specs[name]));
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.9);
  });

  it('scale multiplies the SVG size', async () => {
    const svg = await toSVG(specs.reaction);
    const svgWidth = Number(svg.match(/<svg[^>]*width="([\d.]+)"/)![1]);
    expect(pngSize(svgToPNG(svg, { scale: 2 })).width).toBe(Math.round(svgWidth * 2));
    expect(pngSize(svgToPNG(svg)).width).toBe(Math.round(svgWidth));
  });

  it('draws text with the bundled DejaVu font (no system fonts)', () => {
    const text = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/><text x="5" y="28" font-family="DejaVu Sans" font-size="24">Samsung</text></svg>';
    expect(inkShare(text)).toBeGreaterThan(0.03);
  });

  it('is byte-for-byte the same on a second render', async () => {
    expect(Buffer.from(await toPNG(specs.beta)).equals(await toPNG(specs.beta))).toBe(true);
  });

  it('renders hostile headlines as text', async () => {
    const spec = fixtureSpecs({ ...seedSource, headline: hostile.headline }, hostile).reaction;
    const svg = await toSVG(spec);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(pngSize(await toPNG(spec, { scale: 1 })).width).toBeGreaterThan(100);
  });

  it('refuses bad sizes', async () => {
    await expect(toPNG(specs.reaction, { width: 0 })).rejects.toThrow(ValueError);
    await expect(toPNG(specs.reaction, { scale: -1 })).rejects.toThrow(/scale must be/);
    await expect(toPNG(specs.reaction, { width: 100, scale: 2 })).rejects.toThrow(/not both/);
  });
});
