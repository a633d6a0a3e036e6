/** Reading inputs and writing outputs safely: bounded reads, atomic writes, the output-folder policy, CSV and JSON, streamed writers. */
export * from './read';
export * from './write';
export * from './csv';
export * from './stream';
export * from './files';
export * from './output-folder';
export * from './memory';
