/** Reading inputs and writing outputs safely: bounded reads, atomic writes, the output-folder policy, CSV and JSON, streamed writers. */
export * from './read';
export * from './write';
export * from './csv';
export * from './stream';
export * from './files';
export * from './output-folder';
// expectedArticleHeap stays internal (its tests import the module)
export { ANALYZE_HEAP_BYTES_PER_BYTE, FACTS_HEAP_BYTES_PER_BYTE, expectArticleFitsHeap } from './memory';
