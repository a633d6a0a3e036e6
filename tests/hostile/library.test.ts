/** Issue 13 classes at the library level: each mechanism with a hand-checked case. */
import { describe, expect, it } from 'vitest';
import {
  analyzeArticle, checkMoveClaim, eventStudy, extractMarketFacts, isBuiltSpec, locateDay0, parseMoney, parseMoveClaim,
  parsePriceCsv, reactionBarsSpec, relativeReturnPct, sentenceAround, toHTML, unsafeSpecContent, OptionError, ValueError,
} from 'market-reaction';
import { detectSlashOrder } from '../../src/prices/parseDate';

const input = { date: '2019-08-20', stock: { name: 'Samsung', changePct: 1.95 }, benchmark: { name: 'KOSPI', changePct: 1.05 }, source: { source: 'Reuters', published: '2019-08-20' } };

describe('charts: fresh objects, no edited or unsafe spec in HTML (items 13, 14)', () => {
  it('builders share no object: recolouring one chart leaves the next alone', () => {
    const a = reactionBarsSpec(input);
    (a as { config: { background: string } }).config.background = 'red';
    expect((reactionBarsSpec(input) as { config: { background: string } }).config.background).toBe('#ffffff');
  });

  it('a built spec edited afterwards is refused by toHTML', () => {
    const spec = reactionBarsSpec(input) as unknown as Record<string, unknown>;
    expect(isBuiltSpec(spec)).toBe(true);
    spec.title = { text: { expr: 'alert(1)' } };
    expect(isBuiltSpec(spec)).toBe(false);
    expect(() => toHTML(spec as never)).toThrow(ValueError);
  });

  it('names expressions, signals, params and URLs in a spec', () => {
    expect(unsafeSpecContent({ title: { text: { expr: 'alert(1)' } } })).toBe('title.text.expr');
    expect(unsafeSpecContent({ data: { url: 'data:text/html,x' } })).toBe('data.url');
    expect(unsafeSpecContent({ params: [{ name: 'p' }] })).toBe('params');
    expect(unsafeSpecContent({ encoding: { href: { field: 'u' } } })).toBe('encoding.href');
    expect(unsafeSpecContent({ transform: [{ filter: 'datum.x !== null' }] })).toBeUndefined();
    expect(unsafeSpecContent(reactionBarsSpec(input))).toBeUndefined();
  });
});

describe('figures (items 1-4)', () => {
  it('1. the benchmark of the stock\'s own sentence, else its exchange\'s index', () => {
    const text = 'Sony rose 3% on Tuesday, while the Nikkei gained 2%. Samsung Electronics rose 1% on Tuesday, while the KOSPI fell 1%.';
    const pairs = analyzeArticle(text, { published: '2019-08-20' }).relativeMoves.map((r) => [r.stock.subject, r.benchmark.name ?? r.benchmark.subject, r.excessPp]);
    expect(pairs).toEqual([['Sony', 'Nikkei', 1], ['Samsung Electronics', 'KOSPI', 2]]);
    const apart = analyzeArticle('The KOSPI fell 1% on Tuesday. Analysts were cautious. Samsung Electronics rose 1% on Tuesday.', { published: '2019-08-20' });
    expect(apart.relativeMoves.map((r) => r.benchmark.ticker)).toEqual(['^KS11']); // its own market, stated elsewhere
    const none = analyzeArticle('The Nikkei fell 1% on Tuesday. Analysts were cautious. Acme Widgets shares rose 1% on Tuesday.', { published: '2019-08-20' });
    expect(none.relativeMoves).toEqual([]);
    expect(none.notes?.[0]).toMatch(/Acme Widgets: no benchmark to compare with/);
  });

  it('2. money: a minus sign makes no amount; $.5 million is 500,000 dollars', () => {
    expect(extractMarketFacts('It paid $-5 million [-6 billion won].').amounts).toEqual([]);
    expect(extractMarketFacts('It paid -$5 million.').amounts).toEqual([]);
    expect(extractMarketFacts('It paid $.5 million.').amounts.map((a) => a.value)).toEqual([500000]);
    expect(extractMarketFacts('Sales of A$5-7 million.').amounts.map((a) => a.value)).toEqual([5e6, 7e6]);
  });

  it('3. a price cannot fall more than 100%', () => {
    expect(() => relativeReturnPct(-150, 1)).toThrow(/stockPct must be a change ≥ −100%/);
    expect(extractMarketFacts('Acme Corp shares fell 150% on Tuesday.').moves).toEqual([]);
  });

  it('4. one direction vocabulary; unknown verbs are refused', () => {
    expect(parseMoveClaim('KOSPI tumbled 1.05% on 2019-08-20').changePct).toBe(-1.05);
    expect(parseMoveClaim('Samsung plunged 1.95% on 2019-08-20').changePct).toBe(-1.95);
    expect(parseMoveClaim('KOSPI closed 1.05% lower on 2019-08-20').changePct).toBe(-1.05);
    expect(parseMoveClaim('SK Hynix was down 2.3% on 2019-07-01')).toMatchObject({ subject: 'SK Hynix', changePct: -2.3 });
    expect(() => parseMoveClaim('Samsung zigzagged 1.95% on 2019-08-20')).toThrow(/direction unknown/);
    expect(() => parseMoveClaim('Samsung fell +1.95% on 2019-08-20')).toThrow(/contradicts/);
    expect(typeof checkMoveClaim).toBe('function');
  });
});

describe('engine and prices (items 5, 6, 10)', () => {
  const days = Array.from({ length: 300 }, (_, i) => new Date(Date.UTC(2018, 0, 1 + i)).toISOString().slice(0, 10));
  const series = (name: string, f: (i: number) => number) => parsePriceCsv(`Date,Close\n${days.map((d, i) => `${d},${f(i)}`).join('\n')}\n`, { file: `${name}.csv`, name });
  const market = series('market', (i) => 100 + Math.sin(i) * 3);
  const stock = series('stock', (i) => 50 + Math.cos(i * 1.3) * 2 + (i === 150 ? 1e6 : 0));

  it('5. day 0 moves at most 7 calendar days', () => {
    expect(locateDay0(['2018-01-02', '2018-01-03'], '2017-06-01', 'next', 7)).toMatchObject({ position: -1 });
    expect(locateDay0(['2018-01-02', '2018-01-03'], '2017-12-30', 'next', 7).position).toBe(0);
  });

  it('6. an implausible return in the windows is suspect_data; outside them the event is measured', () => {
    const study = eventStudy({ market, events: [{ stock, date: '2018-06-10' }, { stock, date: '2018-10-01' }] }, { estimation: [-60, -5], window: [-1, 1] });
    expect(study.events[0].status).toBe('suspect_data');
    expect(study.events[0].reason).toMatch(/stock: implausible daily return \+[\d.e+]+% from 2018-05-30 \([\d.]+\) to 2018-05-31 \(1000\d+/);
    expect(study.events[1].status).toBe('ok');
    expect(() => parsePriceCsv('Date,Close\n2019-01-02,1e400\n', { file: 'p.csv' })).toThrow('p.csv:2: price "1e400" in column Close on 2019-01-02 is not a finite number');
    expect(() => parsePriceCsv('Date,Close\n2019-01-02,1e-320\n', { file: 'p.csv' })).toThrow(/p\.csv:2: .* too small to be a price/);
  });

  it('10. windows are bounded; bad options are OptionErrors', () => {
    expect(() => eventStudy({ market, events: [{ stock, date: '2018-06-10' }] }, { window: [-1, 99999999999] })).toThrow(OptionError);
    expect(() => eventStudy({ market, events: [{ stock, date: '2018-06-10' }] }, { window: [5, 1] })).toThrow(/^event window must be/);
  });

  it('15. ambiguous slash dates, prototype words, argument types, lone CR', () => {
    expect(detectSlashOrder(['01/02/2019', '13/02/2019'])).toBe('day-first');
    expect(detectSlashOrder(['01/02/2019', '02/13/2019'])).toBe('month-first');
    expect(() => detectSlashOrder(['01/02/2019'], { file: 'x.csv' })).toThrow(/x\.csv: date "01\/02\/2019" can be read as day\/month or month\/day/);
    expect(() => parseMoney('5 constructor')).toThrow(/is not a currency symbol, code or word/);
    expect(() => analyzeArticle(undefined as never)).toThrow('analyzeArticle: text must be a string, got undefined');
    expect(() => eventStudy(null as never)).toThrow('eventStudy: input must be an object, got null');
    expect(() => reactionBarsSpec(null as never)).toThrow(ValueError);
    expect(sentenceAround('One up 2%.\rTwo.', { text: 'up 2%', start: 4, end: 9 }).text).toBe('One up 2%.');
  });
});
