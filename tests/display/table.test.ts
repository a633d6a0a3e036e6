import { describe, it, expect } from 'vitest';
import { formatCell, formatNumber, tableToHtml, tableToText, toTableData, tableBundle, tableView } from 'market-reaction';

describe('formatCell', () => {
  it('trims numbers to at most fractionDigits decimals without trailing zeros', () => {
    // 1e12 / 828.55e6 = 1206.9277654… KRW per USD (seed article's implied rate)
    expect(formatCell(1e12 / 828.55e6, 6)).toBe('1206.927765');
    expect(formatCell(1.95, 6)).toBe('1.95');
    expect(formatCell(1.95 - 1.05, 2)).toBe('0.9');
    expect(formatCell(-1e-12, 6)).toBe('-1.000000e-12');
    // Below the last decimal asked for: three significant digits, in fixed notation.
    expect(formatCell(-0.0000001, 2)).toBe('-0.0000001');
    expect(formatCell(0.0000126123, 4)).toBe('0.0000126');
    expect(formatCell(1e12, 6)).toBe('1,000,000,000,000');
    expect(formatCell(-12345.5, 6)).toBe('-12,345.5');
    expect(formatCell(2019, 6)).toBe('2019');
    expect(formatCell(NaN, 6)).toBe('NaN');
  });
  it('writes prices as people write them: no float32 noise, no exponent', () => {
    // Yahoo Finance's KOSPI close of 2019-08-19 as written in its CSV: float32(1939.9) = 1939.9000244140625, printed with 6 decimals.
    expect(formatCell(1939.900024, 6)).toBe('1939.9');
    expect(formatCell(1939.900024, 2)).toBe('1939.9');
    expect(formatCell(Math.fround(1939.9), 6)).toBe('1939.9');
    // Samsung's close on 2019-08-20 in the same kind of file; float32(43250) is exact.
    expect(formatCell(43250, 6)).toBe('43,250');
    // TensorFlow.js arithmetic (danfojs) is float32: 1.95 comes back as 1.9500000476837158.
    expect(formatCell(Math.fround(1.95), 6)).toBe('1.95');
    expect(formatCell(-Math.fround(0.9), 6)).toBe('-0.9');
    // A double with many digits is not float32 noise and keeps its digits (1e12 / 828.55e6).
    expect(formatCell(1206.9277654, 6)).toBe('1206.927765');
    // float32(1 + 2^-10) = 1.0009765625 needs 8 digits as a float32 decimal: kept.
    expect(formatCell(1.0009765625, 10)).toBe('1.0009765625');
    // Below the sixth decimal (a tiny price): three significant digits, fixed notation.
    expect(formatCell(0.000000123, 6)).toBe('0.000000123');
    expect(formatCell(0.00000123, 6)).toBe('0.000001');
    expect(formatCell(123456789.125, 2)).toBe('123,456,789.13');
    expect(formatCell(1e20, 6)).toBe('100,000,000,000,000,000,000');
    expect(formatCell(2.5e21, 6)).toBe('2.500000e+21');
  });
  it('writes empty cells, dates and objects', () => {
    expect(formatCell(undefined, 6)).toBe('');
    expect(formatCell(null, 6)).toBe('');
    expect(formatCell(new Date('2019-08-27T00:00:00Z'), 6)).toBe('2019-08-27');
    expect(formatCell({ a: 1 }, 6)).toBe('{"a":1}');
  });
});

describe('formatNumber', () => {
  it('is formatCell for numbers, six decimals by default', () => {
    expect(formatNumber(1939.900024)).toBe('1939.9');
    expect(formatNumber(1 / 3)).toBe('0.333333');
    expect(formatNumber(1 / 3, 2)).toBe('0.33');
  });
});

describe('toTableData', () => {
  it('reads arrays of rows with the union of keys as columns', () => {
    expect(toTableData([{ a: 1 }, { a: 2, b: 'x' }])).toEqual({ columns: ['a', 'b'], rows: [[1, undefined], [2, 'x']] });
  });
  it('reads danfojs DataFrames and Series with their index', async () => {
    const dfd = (await import('market-reaction')).danfo();
    const frame = new dfd.DataFrame([{ move: 'stock', changePct: 1.95 }, { move: 'market', changePct: 1.05 }]);
    expect(toTableData(frame)).toEqual({ columns: ['move', 'changePct'], index: [0, 1], rows: [['stock', 1.95], ['market', 1.05]] });
    expect(toTableData(frame['changePct'])).toEqual({ columns: ['changePct'], index: [0, 1], rows: [[1.95], [1.05]] });
  });
  it("reads the toolkit's { columns, rows } tables", async () => {
    const { analysisTables, analyzeArticle, seedArticle } = await import('market-reaction');
    const moves = toTableData(analysisTables(analyzeArticle(seedArticle().text)).moves);
    expect(moves.columns.slice(0, 2)).toEqual(['id', 'subject']);
    // seed article: "Samsung Electronics shares ended up 1.95%", "the wider market's gain of 1.05%"
    expect(moves.rows.map((row) => row[moves.columns.indexOf('change_pct')])).toEqual([1.95, 1.05]);
  });
  it('rejects what is not a table, naming it', () => {
    expect(() => toTableData([])).toThrow(/got an empty array/);
    expect(() => toTableData('x')).toThrow(/toTableData: expected a DataFrame.*got string/);
  });
});

describe('tableToHtml', () => {
  const hostile = { columns: ['<th onclick=x>', 'changePct'], rows: [['<script>alert(1)</script>', 1.95], ['"Tokyo" & \'Seoul\'', -0.5]] };

  it('escapes every header and cell; no markup from the data survives', () => {
    const html = tableToHtml(hostile);
    expect(html).not.toMatch(/<script|<th onclick/i);
    expect(html).toContain('<th>&lt;th onclick=x&gt;</th>');
    expect(html).toContain('<td style="text-align: left">&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(html).toContain('<td style="text-align: left">&quot;Tokyo&quot; &amp; &#39;Seoul&#39;</td>');
  });
  it('right-aligns numeric columns and writes the index as row headers', () => {
    const html = tableToHtml({ columns: ['changePct'], index: ['stock'], rows: [[1.95]] });
    expect(html).toBe(
      '<table class="market-reaction-table">\n<thead><tr><th></th><th>changePct</th></tr></thead>\n<tbody>\n' +
        '<tr><th>stock</th><td style="text-align: right">1.95</td></tr>\n</tbody>\n</table>',
    );
  });
  it('escapes the caption and elides the middle of long tables, stating the shape', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [i]);
    const html = tableToHtml({ columns: ['n'], rows }, { maxRows: 4, caption: '<i>moves</i>' });
    expect(html).toContain('<caption>&lt;i&gt;moves&lt;/i&gt;</caption>');
    // first 2 and last 2 rows kept, one "…" row between
    expect(html.match(/<tr>/g)).toHaveLength(1 + 4 + 1);
    expect(html).toContain('<tr><td>…</td></tr>');
    expect(html).toContain('<p>10 rows × 1 column</p>');
  });
});

describe('tableToText', () => {
  it('aligns columns, numbers to the right', () => {
    expect(tableToText({ columns: ['move', 'changePct'], rows: [['stock', 1.95], ['market', 1.05]] })).toBe(
      'move    changePct\nstock        1.95\nmarket       1.05',
    );
  });
});

describe('table bundles and views', () => {
  it('tableBundle has HTML and text', () => {
    const bundle = tableBundle([{ ticker: '005930.KS', changePct: 1.95 }]);
    expect(Object.keys(bundle).sort()).toEqual(['text/html', 'text/plain']);
    expect(bundle['text/plain']).toBe('ticker     changePct\n005930.KS       1.95');
  });
  it('tableView implements the Jupyter.display protocol and prints as text', () => {
    const view = tableView([{ move: 'stock', changePct: 1.95 }]);
    const bundle = (view as unknown as Record<symbol, () => Record<string, string>>)[Symbol.for('Jupyter.display')]();
    expect(bundle['text/html']).toContain('<td style="text-align: right">1.95</td>');
    expect(String(view)).toBe('move   changePct\nstock       1.95');
  });
});

describe('show', () => {
  it('prints every column of a table outside a kernel, with { rows } limiting the rows', async () => {
    const { show, danfo } = await import('market-reaction');
    const frame = new (danfo().DataFrame)(Array.from({ length: 12 }, (_, i) => ({ day: i, a_long_column_name: i * 1.5, b: `r${i}`, c: i % 2 === 0 })));
    const lines: string[] = [];
    const log = console.log;
    console.log = (text: string) => void lines.push(text);
    try {
      await show(frame, { rows: 4 });
    } finally {
      console.log = log;
    }
    const text = lines.join('\n');
    expect(text.split('\n')[0]).toMatch(/day\s+a_long_column_name\s+b\s+c/);
    // 4 rows shown: 0, 1, …, 10, 11; the shape says what was left out
    expect(text).toMatch(/\[12 rows × 4 columns\]/);
    expect(text).not.toMatch(/^\s*5\s/m);
  });
});
