import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { ANALYZE_HEAP_BYTES_PER_BYTE, ArticleMemoryError, FACTS_HEAP_BYTES_PER_BYTE, InputError, expectArticleFitsHeap } from 'market-reaction';
import { expectedArticleHeap } from '../../src/io/memory';

describe('expectedArticleHeap', () => {
  it('is size × heap bytes per byte (48 for analyze, 24 for facts)', () => {
    expect(ANALYZE_HEAP_BYTES_PER_BYTE).toBe(48);
    expect(FACTS_HEAP_BYTES_PER_BYTE).toBe(24);
    expect(expectedArticleHeap(1024 * 1024)).toBe(50_331_648);
    expect(expectedArticleHeap(1000, FACTS_HEAP_BYTES_PER_BYTE)).toBe(24_000);
  });
});

describe('expectArticleFitsHeap', () => {
  it('accepts a news article', () => {
    expect(() => expectArticleFitsHeap('story.txt', 100_000)).not.toThrow();
  });

  it('refuses an article bigger than the heap can hold, naming file, size, need, limit and remedies', () => {
    // the whole heap limit as article bytes needs 48 times the heap: always refused
    const bytes = getHeapStatistics().heap_size_limit;
    let error: unknown;
    try {
      expectArticleFitsHeap('huge.txt', bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArticleMemoryError);
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message).toMatch(/^huge\.txt: article is [\d.]+ GB; processing it needs about [\d.]+ (GB|TB) of memory, more than the [\d.]+ (MB|GB) this process can use/);
    expect(message).toMatch(/split it into separate articles, use facts --jsonl for many articles, or raise the heap limit: node --max-old-space-size=\d+/);
    expect((error as ArticleMemoryError).file).toBe('huge.txt');
  });

  it('the factor decides: a size refused for analyze may fit for facts', () => {
    const { heap_size_limit: limit, used_heap_size: used } = getHeapStatistics();
    const bytes = Math.floor(((limit - used) * 0.8) / 36); // needs 1.33× the usable heap at 48, 0.67× at 24
    expect(() => expectArticleFitsHeap('a.txt', bytes)).toThrow(ArticleMemoryError);
    expect(() => expectArticleFitsHeap('a.txt', bytes, FACTS_HEAP_BYTES_PER_BYTE)).not.toThrow();
  });
});
