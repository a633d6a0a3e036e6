// F1 floors on the held-out passages (tests/extract/fixtures/heldout*.jsonl: agency-style text written by us,
// labelled by the rules of ../shared/eval/README.md), matched by the scorer's rules (eval-score.ts). Floors sit just below the measured
// values (eight files pooled: moves 1.000, amounts 0.995, conversions 1.000 when last measured) so a regression fails.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from 'market-reaction';
import { type Passage, tally } from './eval-score';

const fixtures = join(__dirname, 'fixtures');
const passages: Passage[] = readdirSync(fixtures)
  .filter((f) => /^heldout.*\.jsonl$/.test(f))
  .flatMap((f) => readFileSync(join(fixtures, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)));

describe('held-out passages', () => {
  it.each([
    ['moves', 0.97],
    ['amounts', 0.98],
    ['conversions', 0.99],
  ] as const)('%s F1 stays at or above %s', (category, floor) => {
    expect(passages.length).toBeGreaterThanOrEqual(300);
    expect(tally(passages, category).f1).toBeGreaterThanOrEqual(floor);
  });
  it('predicts nothing on the negative passages', () => {
    const negatives = passages.filter((p) => !p.moves.length && !p.amounts.length && !p.conversions.length);
    const found = negatives.flatMap((p) => {
      const facts = extractMarketFacts(p.text, p.published ? { published: p.published } : {});
      return [...facts.moves, ...facts.amounts, ...facts.conversions].map((f) => `${p.id}: ${f.quote.text}`);
    });
    expect(found).toEqual([]);
  });
});
