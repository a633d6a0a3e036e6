import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analysisCharts, analyzeArticle, seedArticle, writeAnalysisCharts } from 'market-reaction';

describe('charts of an article analysis', () => {
  const analysis = analyzeArticle(seedArticle().text);

  it('has a reaction, beta, conversion and spread chart for the seed', () => {
    const charts = analysisCharts(analysis);
    expect(charts.map((c) => c.name)).toEqual(['reaction', 'beta', 'conversion', 'spread']);
    // Seed: Samsung +1.95%, KOSPI +1.05% → excess 0.90 pp (Reuters, 2019-08-20).
    const reaction = charts[0].spec as { title: { text: string; subtitle: string[] } };
    expect(reaction.title.text).toBe('Samsung Electronics +1.95% vs KOSPI +1.05% on 2019-08-20: excess +0.90 pp');
    expect(reaction.title.subtitle[0]).toBe('Source: Reuters, 2019-08-20');
  });

  it('writes every chart as SVG, PNG and HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mr-charts-'));
    try {
      const files = await writeAnalysisCharts(analysis, dir);
      expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['reaction', 'beta', 'conversion', 'spread'].flatMap((n) => ['svg', 'png', 'html'].map((ext) => `${n}.${ext}`)));
      expect(readFileSync(join(dir, 'reaction.svg'), 'utf8')).toContain('+0.90 pp');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('charts an undated article: the moves are "on the day", not an error', () => {
    // Hand-written article with no publication date: Toyota −2.3%, Nikkei −0.8% → excess −1.50 pp.
    const undated = analyzeArticle('Toyota Motor shares fell 2.3% on Monday, while the Nikkei average slipped 0.8%.');
    const reaction = analysisCharts(undated)[0].spec as { title: { text: string } };
    expect(reaction.title.text).toBe('Toyota Motor −2.30% vs Nikkei average −0.80% on the day: excess −1.50 pp');
  });
});
