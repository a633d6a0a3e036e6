import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileToVega, reactionBarsSpec, priceTimelineSpec, betaSensitivitySpec, conversionSpec, caarSpec, ValueError, toSVG } from 'market-reaction';
import { fixtureSpecs, hostile, seedSource } from './fixtures';

const schema = JSON.parse(readFileSync(resolve(__dirname, '../../node_modules/vega-lite/build/vega-lite-schema.json'), 'utf8'));
const validate = new Ajv({ strict: false, allowUnionTypes: true, logger: false }).compile(schema);

describe('chart builders', () => {
  const specs = fixtureSpecs();
  const hostileSpecs = fixtureSpecs({ ...seedSource, headline: hostile.headline }, hostile);

  it.each(Object.keys(specs))('%s validates against the vega-lite schema and compiles without warnings', (name) => {
    for (const spec of [specs[name], hostileSpecs[name]]) {
      const valid = validate(spec);
      expect(valid, JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const warnings: string[] = [];
      compileToVega(spec, { onWarning: (m) => warnings.push(m) });
      expect(warnings).toEqual([]);
    }
  });

  it.each(Object.keys(specs))('%s keeps hostile text out of field names and expressions', async (name) => {
    const compiled = JSON.stringify(compileToVega(hostileSpecs[name]));
    // Untrusted text may appear only as data or title strings, never inside an expression.
    for (const expr of compiled.match(/"(expr|test|update|signal)":"[^"]*"/g) ?? []) {
      expect(expr).not.toContain('Evil');
      expect(expr).not.toContain('${1}');
    }
    const warnings: string[] = [];
    await toSVG(hostileSpecs[name], { onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
  });

  it('rendering leaves the spec untouched (vega tags the rows it ingests: it gets a copy)', async () => {
    const spec = fixtureSpecs().reaction as { data: { values: object[] } };
    const before = JSON.stringify(spec);
    await toSVG(spec as never);
    expect(JSON.stringify(spec)).toBe(before);
    expect(Object.getOwnPropertySymbols(spec.data.values[0])).toEqual([]);
  });

  it('states units and the source in titles', () => {
    const title = specs.reaction.title as { text: string; subtitle: string[] };
    // 1.95 − 1.05 = 0.90 pp (seed article; src/analysis checks the same number).
    expect(title.text).toBe('Samsung Electronics +1.95% vs KOSPI +1.05% on 2019-08-20: excess +0.90 pp');
    expect(title.subtitle[0]).toBe('Source: Reuters, 2019-08-20');
    expect((specs.conversion.title as { subtitle: string[] }).subtitle[0]).toBe('Implied rate: 1,206.93 KRW per USD (from the article\'s two amounts)');
  });

  it('reaction bars name the period of a longer move', () => {
    const week = reactionBarsSpec({ date: '2019-08-23', period: 'week', stock: { name: 'A', changePct: 3 }, benchmark: { name: 'B', changePct: 1 }, source: seedSource });
    expect((week.title as { text: string }).text).toBe('A +3.00% vs B +1.00% in the week to 2019-08-23: excess +2.00 pp');
  });

  it('reaction bars keep a bounded or rounded figure\'s wording ("more than 10 percent" is not drawn as a plain +10%)', () => {
    const bound = reactionBarsSpec({ date: '2008-10-13', stock: { name: 'A', changePct: 10, approximate: 'more_than' }, benchmark: { name: 'B', changePct: 1 }, source: seedSource });
    // 10 − 1 = 9 pp, as rough as the bound it comes from
    expect((bound.title as { text: string }).text).toBe('A +10.00% (>10%) vs B +1.00% on 2008-10-13: excess ≈ +9.00 pp');
    const labels = (bound.data as { values: { label: string }[] }).values.map((r) => r.label);
    expect(labels).toEqual(['+10.00% (>10%)', '+1.00%', '≈ +9.00 pp']);
  });

  it('signed axes get the decimals their values need (a CAAR within ±0.12% was labelled "−0.0", "−0.0", "−0.1")', () => {
    const axisFormat = (spec: object) => (JSON.stringify(spec).match(/"format":"(\+\.\d~?f)"/) ?? [])[1];
    const small = caarSpec({ eventCount: 100000, days: [{ day: -1, aarPct: -0.01, caarPct: -0.01, lowPct: -0.017, highPct: -0.003 }, { day: 1, aarPct: -0.02, caarPct: -0.048, lowPct: -0.061, highPct: -0.035 }], source: seedSource });
    // largest magnitude 0.061: first significant digit at 0.01 → one more decimal → ticks "−0.01", "−0.02", …
    expect(axisFormat(small)).toBe('+.3~f');
    expect(axisFormat(specs.reaction)).toBe('+.1f'); // the seed's 1.95 / 1.05: unchanged
  });

  it('reaction bars: y starts at 0 and extends below it for a fall', () => {
    const domainOf = (spec: object) => (JSON.stringify(spec).match(/"domain":\[(-?[\d.e-]+),(-?[\d.e-]+)\]/) ?? []).slice(1).map(Number);
    expect(domainOf(specs.reaction)[0]).toBe(0);
    const fall = reactionBarsSpec({ date: '2019-08-20', stock: { name: 'A', changePct: -2.4 }, benchmark: { name: 'B', changePct: 0.6 }, source: seedSource });
    expect(domainOf(fall)[0]).toBeLessThan(-2.4);
  });

  it('refuses bad input with one-line ValueErrors', () => {
    expect(() => reactionBarsSpec({ date: '2019-02-30', stock: { name: 'A', changePct: 1 }, benchmark: { name: 'B', changePct: 1 }, source: seedSource })).toThrow(ValueError);
    expect(() => reactionBarsSpec({ date: '2019-08-20', stock: { name: 'A', changePct: NaN }, benchmark: { name: 'B', changePct: 1 }, source: seedSource })).toThrow(/stock.changePct must be a finite number/);
    expect(() => reactionBarsSpec({ date: '2019-08-20', stock: { name: 'A', changePct: 1 }, benchmark: { name: 'A', changePct: 1 }, source: seedSource })).toThrow(/different names/);
    expect(() => betaSensitivitySpec({ stockName: 'A', benchmarkName: 'B', stockChangePct: 1, benchmarkChangePct: 1, rows: [{ beta: 1, abnormalPct: 0 }], source: seedSource })).toThrow(/at least 2/);
    expect(() => conversionSpec({ conversions: [{ from: { value: -1, currency: 'KRW' }, to: { value: 1, currency: 'USD' } }], source: seedSource })).toThrow(/must be positive/);
    expect(() => priceTimelineSpec({ stock: { name: 'A', closes: [{ date: '2019-08-20', close: 1 }] }, benchmark: { name: 'B', closes: [{ date: '2019-08-21', close: 1 }] }, referenceDate: '2019-08-20', source: seedSource })).toThrow(/no close on the reference day/);
    expect(() => caarSpec({ eventCount: 3, confidence: 95, days: [{ day: 0, caarPct: 1, lowPct: 0, highPct: 2 }], source: seedSource })).toThrow(/fraction/);
    expect(() => caarSpec({ eventCount: 3, days: [{ day: 0, caarPct: 3, lowPct: 0, highPct: 2 }], source: seedSource })).toThrow(/does not contain/);
  });
});
