import { describe, it, expect } from 'vitest';
import { chartBundle, chartGrammar, chartTitleText, chartView, toMimeBundle } from 'market-reaction';

const spec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
  title: { text: 'Samsung <b>vs</b> market', subtitle: 'Reuters' },
  data: { values: [{ move: 'Samsung', changePct: 1.95 }, { move: 'market', changePct: 1.05 }] },
  mark: 'bar',
  encoding: { x: { field: 'move', type: 'nominal' }, y: { field: 'changePct', type: 'quantitative' } },
};

describe('chartGrammar', () => {
  it('recognises vega-lite and vega specs by $schema, else by view keys', () => {
    expect(chartGrammar(spec)).toBe('vega-lite');
    expect(chartGrammar({ layer: [] })).toBe('vega-lite');
    expect(chartGrammar({ $schema: 'https://vega.github.io/schema/vega/v5.json', marks: [] })).toBe('vega');
    expect(chartGrammar({ $schema: 'https://example.com/other.json', mark: 'bar' })).toBeNull();
    expect(chartGrammar([{ mark: 1 }])).toBeNull();
    expect(chartGrammar(null)).toBeNull();
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

describe('chartBundle', () => {
  it('holds the spec as an object, a static SVG with escaped text, and the title', async () => {
    const bundle = await chartBundle(spec);
    expect(Object.keys(bundle)).toEqual(['application/vnd.vegalite.v5+json', 'image/svg+xml', 'text/plain']);
    expect(bundle['application/vnd.vegalite.v5+json']).toEqual(spec);
    const svg = bundle['image/svg+xml'] as string;
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Samsung &lt;b&gt;vs&lt;/b&gt; market');
    expect(svg).not.toContain('<b>');
    expect(bundle['text/plain']).toBe('Samsung <b>vs</b> market — Reuters');
  });
  it("leaves the caller's spec untouched (vega tags the rows it renders)", async () => {
    await chartBundle(spec);
    expect(Object.getOwnPropertySymbols(spec.data.values[0])).toEqual([]);
  });
  it('names the problem when vega cannot render the spec', async () => {
    await expect(chartBundle({ mark: 'nope' })).rejects.toThrow(/^chartSvg: cannot render the vega-lite spec: /);
  });
});

describe('toMimeBundle', () => {
  it('dispatches charts, tables, displayables, strings and other values', async () => {
    expect(Object.keys(await toMimeBundle(spec))).toContain('image/svg+xml');
    expect(Object.keys(await toMimeBundle({ toSpec: () => spec }))).toContain('application/vnd.vegalite.v5+json');
    expect(Object.keys(await toMimeBundle([{ a: 1 }]))).toEqual(['text/html', 'text/plain']);
    expect(await toMimeBundle('1.95%')).toEqual({ 'text/plain': '1.95%' });
    expect(await toMimeBundle(42)).toEqual({ 'text/plain': '42' });
    const custom = { [Symbol.for('Jupyter.display')]: () => ({ 'text/markdown': '**x**' }) };
    expect(await toMimeBundle(custom)).toEqual({ 'text/markdown': '**x**', 'text/plain': "{ [Symbol(Jupyter.display)]: [Function: [Jupyter.display]] }" });
  });
});

describe('chartView', () => {
  it('implements the Jupyter.display protocol with the chart bundle', async () => {
    const view = chartView(spec);
    const bundle = await (view as unknown as Record<symbol, () => Promise<Record<string, unknown>>>)[Symbol.for('Jupyter.display')]();
    expect(Object.keys(bundle)).toEqual(['application/vnd.vegalite.v5+json', 'image/svg+xml', 'text/plain']);
  });
  it('rejects what is not a spec', () => {
    expect(() => chartView({ rows: [] })).toThrow(/chartView: expected a vega-lite or vega spec/);
  });
});
