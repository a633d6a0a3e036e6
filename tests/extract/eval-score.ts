// The scorer's matching rules (../shared/eval/score-extraction.mjs) restated for the F1 floor tests:
// one-to-one greedy in label order; moves match on |change_pct| difference < 0.005 and a shared subject
// token after generic words are dropped (or both say "market"); amounts on currency and relative value
// difference < 1e-6; conversions when both sides match as amounts.
import { extractMarketFacts, toEvalRecord } from 'market-reaction';

interface Money { value: number; currency: string }
/** A labelled passage in the scorer's shape. */
export interface Passage {
  id: string;
  text: string;
  published: string | null;
  moves: { subject: string; change_pct: number }[];
  amounts: Money[];
  conversions: { from: Money; to: Money }[];
}
const GENERIC = new Set(['the', 'a', 'an', 'of', 'and', 's', 'its', 'in', 'on', 'shares', 'share', 'stock', 'stocks', 'index', 'inc', 'co', 'corp',
  'corporation', 'ltd', 'plc', 'group', 'holdings', 'benchmark', 'composite', 'average', 'broader', 'wider']);
const tokens = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}&]+/u).filter((t) => t && !GENERIC.has(t)));
const subjectsMatch = (a: string, b: string) => {
  const ta = tokens(a);
  const tb = tokens(b);
  return (ta.has('market') && tb.has('market')) || [...ta].some((t) => tb.has(t));
};
const moneyMatch = (g: Money, p: Money) =>
  g.currency.toUpperCase() === p.currency.toUpperCase() && (g.value === p.value || Math.abs(g.value - p.value) / Math.max(Math.abs(g.value), Math.abs(p.value)) < 1e-6);
const rules = {
  moves: (g: Passage['moves'][number], p: Passage['moves'][number]) => Math.abs(g.change_pct - p.change_pct) < 0.005 && subjectsMatch(g.subject, p.subject),
  amounts: moneyMatch,
  conversions: (g: Passage['conversions'][number], p: Passage['conversions'][number]) => moneyMatch(g.from, p.from) && moneyMatch(g.to, p.to),
};
export type Category = keyof typeof rules;

/** Precision, recall and F1 of one category over all passages. */
export function tally(passages: Passage[], category: Category) {
  let tp = 0, gold = 0, pred = 0;
  for (const passage of passages) {
    const predicted = toEvalRecord(passage.id, extractMarketFacts(passage.text, passage.published ? { published: passage.published } : {}))[category] as never[];
    const used = new Array<boolean>(predicted.length).fill(false);
    for (const g of passage[category] as never[]) {
      const j = predicted.findIndex((p, k) => !used[k] && (rules[category] as (a: never, b: never) => boolean)(g, p));
      if (j >= 0) { used[j] = true; tp += 1; }
    }
    gold += passage[category].length;
    pred += predicted.length;
  }
  const precision = pred ? tp / pred : 1;
  const recall = gold ? tp / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

