export * from './table';
export * from './facts';
export * from './derived';
export * from './analysis';
