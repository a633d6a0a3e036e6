import { describe, it, expect } from 'vitest';
import { chartDisplayData, chartImageDefault, chartTitleText, chartView, isVegaLiteSpec, setChartImageDefault, toMimeBundle } from 'market-reaction';

const spec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
  title: { text: 'Samsung <b>vs</b> market', subtitle: 'Reuters' },
  data: { values: [{ move: 'Samsung', changePct: 1.95 }, { move: 'market', changePct: 1.05 }] },
  mark: 'bar',
  encoding: { x: { field: 'move', type: 'nominal' }, y: { field: 'changePct', type: 'quantitative' } },
};
const PNG_SIGNATURE = '89504e470d0a1a0a';

describe('isVegaLiteSpec', () => {
  it('recognises vega-lite specs by $schema, else by view keys', () => {
    expect(isVegaLiteSpec(spec)).toBe(true);
    expect(isVegaLiteSpec({ layer: [] })).toBe(true);
    expect(isVegaLiteSpec({ $schema: 'https://vega.github.io/schema/vega/v5.json', marks: [] })).toBe(false);
    expect(isVegaLiteSpec({ $schema: 'https://example.com/other.json', mark: 'bar' })).toBe(false);
    expect(isVegaLiteSpec([{ mark: 1 }])).toBe(false);
    expect(isVegaLiteSpec(null)).toBe(false);
  });
});

describe('chartTitleText', () => {
  it('joins title and subtitle, else uses the description', () => {
    expect(chartTitleText(spec)).toBe('Samsung <b>vs</b> market — Reuters');
    expect(chartTitleText({ title: ['a', 'b'], mark: 'bar' })).toBe('a b');
    expect(chartTitleText({ description: 'moves', mark: 'bar' })).toBe('moves');
    expect(chartTitleText({ mark: 'bar' })).toBe('vega-lite chart');
  });
});

describe('chartDisplayData', () => {
  it('holds the spec as an object, a 2x PNG with its CSS size, and the title', async () => {
    const { data, metadata } = await chartDisplayData(spec);
    expect(Object.keys(data)).toEqual(['application/vnd.vegalite.v5+json', 'image/png', 'text/plain']);
    expect(data['application/vnd.vegalite.v5+json']).toEqual(spec);
    const png = Buffer.from(data['image/png'] as string, 'base64');
    expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
    const size = metadata['image/png'] as { width: number; height: number };
    // PNG header: width and height in device pixels at bytes 16 and 20 = 2 × the CSS size.
    expect(png.readUInt32BE(16)).toBe(2 * size.width);
    expect(png.readUInt32BE(20)).toBe(2 * size.height);
    expect(data['text/plain']).toBe('Samsung <b>vs</b> market — Reuters');
  });
  it('adds an SVG with escaped text on request', async () => {
    const { data } = await chartDisplayData(spec, { image: 'svg' });
    expect(Object.keys(data)).toEqual(['application/vnd.vegalite.v5+json', 'image/svg+xml', 'text/plain']);
    expect(data['image/svg+xml']).toMatch(/^<svg/);
    expect(data['image/svg+xml']).toContain('Samsung &lt;b&gt;vs&lt;/b&gt; market');
    expect(Object.keys((await chartDisplayData(spec, { image: 'both' })).data)).toHaveLength(4);
  });
  it("sends the spec and title only with image 'none' (as Altair), by option, by default or from the environment", async () => {
    expect(Object.keys((await chartDisplayData(spec, { image: 'none' })).data)).toEqual(['application/vnd.vegalite.v5+json', 'text/plain']);
    expect(chartImageDefault()).toBe('png');
    process.env.MARKET_REACTION_CHART_IMAGE = 'SVG';
    try {
      expect(chartImageDefault()).toBe('svg');
      process.env.MARKET_REACTION_CHART_IMAGE = 'jpeg';
      expect(() => chartImageDefault()).toThrow('MARKET_REACTION_CHART_IMAGE: chart image must be one of png, svg, both, none, got "jpeg"');
    } finally {
      delete process.env.MARKET_REACTION_CHART_IMAGE;
    }
    // The setter wins over the environment for the rest of the process.
    expect(setChartImageDefault('none')).toBe('png');
    try {
      expect(Object.keys((await chartDisplayData(spec)).data)).toEqual(['application/vnd.vegalite.v5+json', 'text/plain']);
      // An explicit option still wins over the default.
      expect(Object.keys((await chartDisplayData(spec, { image: 'svg' })).data)).toContain('image/svg+xml');
    } finally {
      setChartImageDefault('png');
    }
    expect(() => setChartImageDefault('gif' as never)).toThrow(/^setChartImageDefault: chart image must be one of/);
  });
  it("leaves the caller's spec untouched (vega tags the rows it renders)", async () => {
    await chartDisplayData(spec);
    expect(Object.getOwnPropertySymbols(spec.data.values[0])).toEqual([]);
  });
  it('names the problem when the spec does not compile', async () => {
    await expect(chartDisplayData({ mark: 'nope' })).rejects.toThrow(/^toSVG: /);
  });
});

describe('toMimeBundle', () => {
  it('dispatches charts, tables, displayables, strings and other values', async () => {
    expect(Object.keys(await toMimeBundle(spec))).toContain('image/png');
    expect(Object.keys(await toMimeBundle({ toSpec: () => spec }))).toContain('application/vnd.vegalite.v5+json');
    expect(Object.keys(await toMimeBundle([{ a: 1 }]))).toEqual(['text/html', 'text/plain']);
    expect(await toMimeBundle('1.95%')).toEqual({ 'text/plain': '1.95%' });
    expect(await toMimeBundle(42)).toEqual({ 'text/plain': '42' });
    const custom = { [Symbol.for('Jupyter.display')]: () => ({ 'text/markdown': '**x**', 'text/plain': 'x' }) };
    expect(await toMimeBundle(custom)).toEqual({ 'text/markdown': '**x**', 'text/plain': 'x' });
  });
});

describe('chartView', () => {
  it('implements the Jupyter.display protocol with the chart bundle', async () => {
    const view = chartView(spec, { image: 'svg' });
    const bundle = await (view as unknown as Record<symbol, () => Promise<Record<string, unknown>>>)[Symbol.for('Jupyter.display')]();
    expect(Object.keys(bundle)).toEqual(['application/vnd.vegalite.v5+json', 'image/svg+xml', 'text/plain']);
  });
  it('rejects what is not a vega-lite spec', () => {
    expect(() => chartView({ rows: [] })).toThrow(/chartView: expected a vega-lite spec/);
  });
});
