import { inlineDisplayable } from '../display/inline-hook';
import { curatedFacts } from '../article/curated';
import { verifyQuotes } from '../article/provenance';
import type { ArticleMeta, Conversion, DateFact, Entity, Fact, MoneyAmount, PriceMove } from '../article/types';
import { extractFacts } from '../extract/index';
import type { BetaSensitivityOptions } from '../returns/types';
import { analyzeConversion, type ConversionAnalysisOptions } from './conversion';
import { MarketReactionError, expectArray, expectString } from '../errors';
import { expectTextFitsHeap } from '../io/memory';
import { pairBenchmarks, relativeMove } from './relative-move';
import type { AnalysisMeta, ArticleAnalysis, FactsOrigin } from './types';

/** Options of {@link analyzeArticle}. */
export interface AnalyzeOptions extends ConversionAnalysisOptions {
  /** Publication date `YYYY-MM-DD`: resolves "on Tuesday" during extraction; overrides a curated date. */
  published?: string;
  /** Facts to use instead of curated or extracted ones (e.g. a user's facts file); their quotes are checked against the text. */
  facts?: Fact[];
  /** Metadata to report (headline, source…), e.g. from a facts file. */
  meta?: Partial<ArticleMeta>;
  /** The article's file name, reported in `meta.file`. */
  file?: string;
  /** The facts file `facts` came from, named in provenance errors. */
  factsFile?: string;
  /** The beta grid of the sensitivity tables: `[from=0.5, to=1.5, step=0.1]`, `[alphaPct=0]`. */
  beta?: BetaSensitivityOptions;
}

/**
 * Analyses an article: takes its facts (given, curated, or extracted — in that order of preference),
 * compares each stock move with the benchmark move, and derives each conversion's implied rate and
 * per-year spread.
 *
 * @param text - the article text.
 * @param options - facts, metadata, beta grid and spread convention.
 * @returns the whole analysis; its lists are empty when the article states no market facts.
 * @throws {FactProvenanceError} when a given fact's quote is not the text at its offsets.
 * @throws {ArticleMemoryError} when the text is expected to need more heap than the process can hold
 *   (48 bytes per byte of text, see `expectArticleFitsHeap`), before any work.
 * A comparison or conversion that cannot be computed (a zero amount, an impossible move) is left
 * out and said in `notes`; the rest of the analysis goes on.
 * @example
 * const analysis = analyzeArticle(seedArticle().text);
 * analysis.relativeMoves[0].excessPp; // => 0.8999999999999999
 * analysis.conversions[0].rate.rate; // => 1206.9277653732424
 */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  expectString(text, 'text', 'analyzeArticle');
  expectTextFitsHeap(options.file ?? 'analyzeArticle', text);
  let facts: Fact[];
  let factsOrigin: FactsOrigin;
  let meta: Partial<ArticleMeta> = {};
  if (options.facts) {
    facts = verifyQuotes(text, options.facts, options.factsFile);
    factsOrigin = 'facts_file';
  } else {
    const curated = curatedFacts(text);
    if (curated) {
      ({ facts, meta } = curated);
      factsOrigin = 'curated';
    } else {
      facts = extractFacts(text, { published: options.published });
      factsOrigin = 'extracted';
    }
  }
  const analysisMeta: AnalysisMeta = {
    ...meta,
    ...options.meta,
    ...(options.published ? { published: options.published } : {}),
    ...(options.file ? { file: options.file } : {}),
    factsOrigin,
  };
  return analyzeFacts(facts, analysisMeta, { ...options, text });
}

/**
 * The analysis of a list of facts, without an article text (pure): see {@link analyzeArticle}.
 *
 * @param facts - the facts of one article.
 * @param meta - what to report about the article.
 * @param options - `[beta]` grid and `[spreadConvention='calendar_years']`.
 * @example
 * analyzeFacts(seedArticle().facts, { factsOrigin: 'curated' }).moves.length; // => 2
 */
export function analyzeFacts(facts: Fact[], meta: AnalysisMeta, options: Pick<AnalyzeOptions, 'beta' | 'spreadConvention'> & { text?: string } = {}): ArticleAnalysis {
  expectArray(facts, 'facts', 'analyzeFacts');
  const moves = facts.filter((f): f is PriceMove => f.kind === 'price_move');
  const notes: string[] = [];
  // One bad figure is reported and skipped; it never aborts the rest of the analysis.
  const attempt = <T>(what: string, compute: () => T): T[] => {
    try {
      return [compute()];
    } catch (error) {
      if (!(error instanceof MarketReactionError)) throw error;
      notes.push(`${what} skipped: ${error.message}`);
      return [];
    }
  };
  const statesBenchmark = moves.some((m) => m.subjectKind === 'index' || m.subjectKind === 'market');
  const relative = pairBenchmarks(moves, { text: options.text }).flatMap((pairing) => {
    if (!pairing.benchmark) {
      if (statesBenchmark && pairing.reason) notes.push(pairing.reason);
      return [];
    }
    const { stock, benchmark } = pairing;
    return attempt(`comparison ${stock.name ?? stock.subject} vs ${benchmark.name ?? benchmark.subject}`, () => relativeMove(stock, benchmark, options.beta));
  });
  // As a notebook cell's last expression the analysis shows as its tables.
  return inlineDisplayable({
    meta,
    moves,
    relativeMoves: relative,
    amounts: facts.filter((f): f is MoneyAmount => f.kind === 'money_amount'),
    conversions: facts
      .filter((f): f is Conversion => f.kind === 'conversion')
      .flatMap((c) => attempt(`conversion "${c.quote.text.length > 60 ? `${c.quote.text.slice(0, 57)}...` : c.quote.text}"`, () => analyzeConversion(c, options))),
    notes,
    dates: facts.filter((f): f is DateFact => f.kind === 'date'),
    entities: facts.filter((f): f is Entity => f.kind === 'entity'),
  }, 'analysis');
}

/**
 * Whether an analysis found no market facts at all (no moves, amounts, conversions, dates or entities).
 *
 * @example
 * isEmptyAnalysis(analyzeArticle('Nothing happened.')); // => true
 */
export function isEmptyAnalysis(analysis: ArticleAnalysis): boolean {
  const { moves, amounts, conversions, dates, entities } = analysis;
  return [moves, amounts, conversions, dates, entities].every((list) => list.length === 0);
}
