/** Reading inputs and writing outputs safely: bounded reads, atomic writes, the output-folder policy, CSV and JSON. */
export * from './read';
export * from './write';
export * from './csv';
export * from './files';
export * from './output-folder';
