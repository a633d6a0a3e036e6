// F1 floors on the real development set (eval/real/: Reuters U.S. market wraps, world market reports,
// and news passages from four public corpora, labelled by hand under ../shared/eval/README.md; see
// eval/README.md). Matched by the scorer's rules (eval-score.ts). Floors sit a little under the scores
// measured at the commit that set them (eval/README.md, "after"), so a regression fails. Amounts and
// conversions are above issue 9's targets (0.97, 0.95) on every set; moves are not yet on every set (target 0.95).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Category, type Passage, tally } from './eval-score';

const real = join(__dirname, '..', '..', 'eval', 'real');
const read = (file: string): Passage[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const batches = (set: string): Passage[] => readdirSync(join(real, set)).filter((f) => /^batch-\d+\.jsonl$/.test(f)).flatMap((f) => read(join(real, set, f)));
const sets: [string, () => Passage[], Partial<Record<Category, number>>, number][] = [
  ['reports-us', () => read(join(real, 'reports-us', 'reports.jsonl')), { moves: 0.97, amounts: 0.99, conversions: 0.99 }, 50],
  ['reports-world', () => read(join(real, 'reports-world', 'reports.jsonl')), { moves: 0.93, amounts: 0.98, conversions: 0.99 }, 50],
  ['passages', () => batches('passages'), { moves: 0.87, amounts: 0.99, conversions: 0.99 }, 300],
  ['money', () => batches('money'), { moves: 0.65, amounts: 0.99, conversions: 0.99 }, 120],
  // held out until stop 15, a development set from stop 16 on (eval/real/holdout2 is the new held-out set)
  ['holdout', () => [...read(join(real, 'holdout', 'reports.jsonl')), ...read(join(real, 'holdout', 'passages.jsonl'))], { moves: 0.95, amounts: 0.97, conversions: 0.95 }, 120],
  // held out until stop 16, a development set from stop 17 on (eval/real/holdout3 is the sealed set; not read here)
  ['holdout2', () => [...read(join(real, 'holdout2', 'reports.jsonl')), ...read(join(real, 'holdout2', 'passages.jsonl'))], { moves: 0.97, amounts: 0.98, conversions: 0.95 }, 80],
  // whole company-news articles, labelled for moves only (eval/real/articles; stop 18, 0.911 at the commit that set it)
  ['articles', () => read(join(real, 'articles', 'articles.jsonl')), { moves: 0.89 }, 30],
];

describe.skipIf(!existsSync(real))('real development set (eval/real)', () => {
  for (const [name, load, floors, size] of sets) {
    describe(name, () => {
      const passages = load();
      it.each(Object.entries(floors))('%s F1 stays at or above %s', (category, floor) => {
        expect(passages.length).toBeGreaterThanOrEqual(size);
        expect(tally(passages, category as Category).f1).toBeGreaterThanOrEqual(floor);
      });
    });
  }
});
