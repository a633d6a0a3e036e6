/** Refusing, before the work starts, an article too big for the JavaScript heap (instead of a V8 out-of-memory crash). */
import { ArticleMemoryError } from '../errors';
import { formatBytes } from './files';

/**
 * Peak JavaScript heap needed per byte of article when one article is analysed whole
 * (`analyze`, `check`, `chart`): about 42 bytes of heap per byte of text, measured as the growth
 * of peak RSS between a 1 MB and a 5 MB article of real report text (145 → 314 MB), rounded up to
 * 48 for a margin. Tokens, clauses, fact objects and the JSON document all scale with the text.
 */
export const ANALYZE_HEAP_BYTES_PER_BYTE = 48;

/**
 * Peak heap per article byte for `facts` (extraction and the facts table only, no analysis):
 * about 20 bytes per byte measured the same way (102 → 181 MB from 1 to 5 MB), rounded up to 24.
 */
export const FACTS_HEAP_BYTES_PER_BYTE = 24;

/** Share of the free heap an article may be expected to use; the rest absorbs measurement error. */
const HEAP_SHARE = 0.8;

/**
 * Heap an article of `bytes` bytes is expected to need at its peak: `bytes × bytesPerByte`.
 *
 * @param bytes - article size, bytes.
 * @param bytesPerByte - [bytesPerByte=ANALYZE_HEAP_BYTES_PER_BYTE] heap bytes per article byte.
 * @returns expected peak heap, bytes.
 * @example
 * expectedArticleHeap(1024 * 1024); // => 50331648 (48 MB)
 */
export function expectedArticleHeap(bytes: number, bytesPerByte = ANALYZE_HEAP_BYTES_PER_BYTE): number {
  return bytes * bytesPerByte;
}

/**
 * Throws when an article of `bytes` bytes is expected to need more heap than this process can
 * still hold: `bytes × bytesPerByte > 0.8 × (heap_size_limit − used_heap_size)` (from
 * `v8.getHeapStatistics()`, so `node --max-old-space-size=MB` raises the limit).
 *
 * @param name - the file, for the message (`standard input` for `-`).
 * @param bytes - the article's size, bytes.
 * @param bytesPerByte - [bytesPerByte=ANALYZE_HEAP_BYTES_PER_BYTE] heap bytes per article byte.
 * @throws {ArticleMemoryError} `big.txt: article is 100 MB; analysing it needs about 4.7 GB of memory, more than the 3.2 GB this process can use (split it into articles, use facts --jsonl for many articles, or raise the heap limit: node --max-old-space-size=…)`.
 * @example
 * expectArticleFitsHeap('story.txt', 3000); // returns; a 3 kB article fits any heap
 */
export function expectArticleFitsHeap(name: string, bytes: number, bytesPerByte = ANALYZE_HEAP_BYTES_PER_BYTE): void {
  if (bytes * bytesPerByte <= ALWAYS_FITS) return;
  // node:v8 loaded only for a large article (every CLI command imports this module; few need the check).
  const heap = (require('node:v8') as typeof import('node:v8')).getHeapStatistics();
  const usable = Math.max(0, heap.heap_size_limit - heap.used_heap_size) * HEAP_SHARE;
  const needed = expectedArticleHeap(bytes, bytesPerByte);
  if (needed <= usable) return;
  // Heap limit that would hold it, in MB, for the hint (rounded up to 512 MB steps).
  const suggestMb = Math.ceil((needed / HEAP_SHARE + heap.used_heap_size) / (512 * 1024 * 1024)) * 512;
  throw new ArticleMemoryError(
    `article is ${formatBytes(bytes)}; processing it needs about ${formatBytes(needed)} of memory, more than the ${formatBytes(usable)} this process can use ` +
      `(split it into separate articles, use facts --jsonl for many articles, or raise the heap limit: node --max-old-space-size=${suggestMb}, or NODE_OPTIONS=--max-old-space-size=${suggestMb})`,
    { file: name, value: bytes },
  );
}

/**
 * Expected peak heap below which a text is never refused: 4 MB. A process with less heap than that free
 * could not run anything else either, and skipping the heap query (about 3 µs) keeps the guard off the
 * cost of the many short passages of a corpus (0.5% of extracting a 3 kB passage).
 */
const ALWAYS_FITS = 4 * 1024 * 1024;

/**
 * {@link expectArticleFitsHeap} for a text already in memory, at a library entry (`analyzeArticle`,
 * `extractMarketFacts`): its UTF-8 size × `bytesPerByte` against 80% of the free heap. A text whose
 * UTF-16 length × 3 (its most UTF-8 bytes) × `bytesPerByte` is at most 4 MB is let through without counting.
 *
 * @param name - who refuses it, for the message (the file when known, else the function: `analyzeArticle`).
 * @param text - the article text.
 * @param bytesPerByte - [bytesPerByte=ANALYZE_HEAP_BYTES_PER_BYTE] heap bytes per article byte.
 * @throws {ArticleMemoryError} `analyzeArticle: article is 100 MB; processing it needs about 4.7 GB of memory, more than …`.
 * @example
 * expectTextFitsHeap('analyzeArticle', 'Samsung shares rose 2%.'); // returns
 */
export function expectTextFitsHeap(name: string, text: string, bytesPerByte = ANALYZE_HEAP_BYTES_PER_BYTE): void {
  // UTF-16 length × 3 bounds the UTF-8 size: short texts skip the byte count too.
  if (text.length * 3 * bytesPerByte <= ALWAYS_FITS) return;
  expectArticleFitsHeap(name, Buffer.byteLength(text, 'utf8'), bytesPerByte);
}
