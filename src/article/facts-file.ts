import { InputError } from '../errors';
import { parseJsonFile, readTextFile } from '../io/read';
import { verifyQuotes } from './provenance';
import type { ArticleMeta, Fact } from './types';
import { validateFacts, validateMeta } from './validate';

/** A curated facts file: `{ article?, textSha256?, meta?, facts }` (see data/articles/). */
export interface FactsFile {
  /** The article the facts are from, relative to the package root (curated files) or any path. */
  article?: string;
  /** SHA-256 (hex) of the article text, used to recognise a curated article. */
  textSha256?: string;
  meta?: ArticleMeta;
  facts: Fact[];
}

/**
 * Reads and checks the shape of a facts file. Quotes are not yet checked against an article
 * (see {@link verifyQuotes}, or {@link loadFactsFor}).
 *
 * @param path - a JSON file `{ meta?, facts: [...] }`, each fact shaped as in `ArticleFacts`.
 * @throws {InputError} for an unreadable file, invalid JSON or a bad field (naming file, fact and field).
 * @example
 * readFactsFile('data/articles/000_fbcb48a8abd69ce1.facts.json').facts.length; // => 28
 */
export function readFactsFile(path: string): FactsFile {
  const doc = parseJsonFile(readTextFile(path, 'facts file'), path) as Record<string, unknown>;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new InputError('a facts file must be a JSON object { "meta": {...}, "facts": [...] }', { file: path });
  }
  return {
    article: typeof doc.article === 'string' ? doc.article : undefined,
    textSha256: typeof doc.textSha256 === 'string' ? doc.textSha256 : undefined,
    meta: doc.meta === undefined ? undefined : validateMeta(doc.meta, path),
    facts: validateFacts(doc.facts, path),
  };
}

/**
 * Reads a facts file and checks every quote against the article text.
 *
 * @param text - the article text.
 * @param path - the facts file.
 * @throws {InputError} for a bad file or field.
 * @throws {FactProvenanceError} naming the first fact whose quote is not the text at its offsets.
 * @example
 * loadFactsFor(seedText, 'data/articles/000_fbcb48a8abd69ce1.facts.json').facts[0].id; // => 'move-samsung'
 */
export function loadFactsFor(text: string, path: string): FactsFile {
  const file = readFactsFile(path);
  verifyQuotes(text, file.facts, path);
  return file;
}
