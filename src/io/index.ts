export * from './read';
export * from './write';
export * from './csv';
export * from './stream';
