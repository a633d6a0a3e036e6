import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors';
import { extractFacts } from '../extract/index';
import { readTextFile } from '../io/read';
import { loadFactsFor, readFactsFile } from './facts-file';
import type { ArticleFacts, Fact } from './types';

/** The package root: src/article and dist/article are both two levels down. */
const ROOT = join(__dirname, '..', '..');
const CURATED_DIR = join(ROOT, 'data', 'articles');
/** The bundled seed article's facts file. */
const SEED_FACTS = join(CURATED_DIR, '000_fbcb48a8abd69ce1.facts.json');

let curatedByHash: Map<string, string> | undefined;

/** textSha256 → facts file path, for every reviewed facts file in data/articles/. */
function curatedIndex(): Map<string, string> {
  if (!curatedByHash) {
    curatedByHash = new Map();
    for (const name of readdirSync(CURATED_DIR).filter((n) => n.endsWith('.facts.json')).sort()) {
      const path = join(CURATED_DIR, name);
      const hash = readFactsFile(path).textSha256;
      if (hash) curatedByHash.set(hash, path);
    }
  }
  return curatedByHash;
}

/**
 * Loads a curated facts file together with its article (the `article` path is relative to the package root),
 * checking every quote against the text.
 *
 * @param factsPath - a facts file in data/articles/.
 * @throws {InputError} when the file or its article cannot be read, is malformed or lacks "article"/"meta".
 * @throws {FactProvenanceError} when a quote does not match the article.
 */
function loadCurated(factsPath: string): ArticleFacts {
  const { article, meta } = readFactsFile(factsPath);
  if (!article || !meta) throw new InputError('a curated facts file needs "article" and "meta"', { file: factsPath });
  const text = readTextFile(join(ROOT, article), 'article');
  return { meta, text, facts: loadFactsFor(text, factsPath).facts };
}

/**
 * The bundled seed article (Reuters, Seoul, 2019-08-20: "Japan Allows Further Exports of High-Tech
 * Material to S.Korea") with its reviewed facts, every quote checked against the text.
 *
 * @returns `{ meta, text, facts }`.
 * @throws {FactProvenanceError} if the bundled facts no longer match the text.
 * @example
 * const seed = seedArticle();
 * seed.meta.published; // => '2019-08-20'
 * seed.facts.find((f) => f.id === 'move-samsung'); // => { kind: 'price_move', changePct: 1.95, … }
 */
export function seedArticle(): ArticleFacts {
  return loadCurated(SEED_FACTS);
}

/**
 * The reviewed facts of `text` when it is a curated article (same text byte for byte as one in
 * data/articles/, recognised by SHA-256), else undefined.
 *
 * @param text - an article text.
 * @example
 * curatedFacts(seedArticle().text)?.facts.length; // => 28
 * curatedFacts('Some other story.'); // => undefined
 */
export function curatedFacts(text: string): ArticleFacts | undefined {
  const path = curatedIndex().get(createHash('sha256').update(text).digest('hex'));
  return path ? loadCurated(path) : undefined;
}

/** Options of {@link factsForArticle}. */
export interface FactsForArticleOptions {
  /** Publication date `YYYY-MM-DD`, passed to the extractor to resolve "on Tuesday". */
  published?: string;
}

/**
 * The facts of an article: its reviewed facts when the text is a curated article, otherwise the
 * facts `extractFacts` finds in it.
 *
 * @param text - the article text.
 * @param options - `[published]` ISO date for resolving relative dates during extraction.
 * @returns the facts, each with a quote into `text`.
 * @example
 * factsForArticle(seedArticle().text).filter((f) => f.kind === 'price_move').length; // => 2
 */
export function factsForArticle(text: string, options: FactsForArticleOptions = {}): Fact[] {
  return curatedFacts(text)?.facts ?? extractFacts(text, { published: options.published });
}
