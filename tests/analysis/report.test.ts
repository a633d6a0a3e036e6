import { describe, expect, it } from 'vitest';
import { analysisDocument, analyzeArticle, analyzeFacts, formatPct, formatPp, seedArticle, summarizeAnalysis, type PriceMove } from 'market-reaction';

const seed = seedArticle();
const analysis = analyzeArticle(seed.text);

describe('formatPct / formatPp', () => {
  it('signs and rounds half away from zero as a reader does', () => {
    expect(formatPct(1.95)).toBe('+1.95%');
    expect(formatPct(-0.5)).toBe('-0.50%');
    // 1.425 is 1.42499999… in binary; the summary shows 1.43 as the decimal figure rounds.
    expect(formatPct(1.95 - 0.5 * 1.05)).toBe('+1.43%');
    expect(formatPp(1.95 - 1.05)).toBe('+0.90 pp');
    expect(formatPct(0.001)).toBe('0.00%');
  });
});

describe('summarizeAnalysis', () => {
  const summary = summarizeAnalysis(analysis, seed.text);

  it('states every figure with its unit', () => {
    for (const figure of ['Samsung Electronics +1.95%', 'KOSPI +1.05%', 'excess +0.90 pp', 'relative +0.89%', 'multiple 1.86×', '1,206.93 KRW per USD']) {
      expect(summary).toContain(figure);
    }
  });

  it('shows the sentence once for facts sharing it', () => {
    expect(summary.match(/“Samsung Electronics shares ended up/g)).toHaveLength(1);
  });

  it('falls back to the quotes without the text', () => {
    expect(summarizeAnalysis(analysis)).toContain('“Samsung Electronics shares ended up 1.95% on Tuesday”');
  });

  it('neutralises control characters from the article', () => {
    const text = 'Evil\u001b[2J Corp rose 5%.';
    const move: PriceMove = { kind: 'price_move', id: 'm', subject: 'Evil\u001b[2J Corp', subjectKind: 'stock', changePct: 5, period: 'day', quote: { text: 'Evil\u001b[2J Corp rose 5%', start: 0, end: 20 } };
    const out = summarizeAnalysis(analyzeFacts([move], { factsOrigin: 'facts_file' }), text);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('Evil\ufffd[2J Corp +5.00%');
  });
});

describe('analysisDocument', () => {
  it('is one document with units in the field names', () => {
    const doc = analysisDocument(analysis) as Record<string, Record<string, unknown>[]> & { article: Record<string, unknown> };
    expect(doc.article).toMatchObject({ headline: 'Japan Allows Further Exports of High-Tech Material to S.Korea', facts_origin: 'curated' });
    expect(doc.relative_moves[0]).toMatchObject({ stock_change_pct: 1.95, benchmark_change_pct: 1.05, excess_pp: 0.9 });
    expect(doc.beta_sensitivity[0]).toMatchObject({ beta: 0.5, abnormal_pct: 1.425 });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
