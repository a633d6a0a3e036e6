export * from './types';
export * from './relative';
