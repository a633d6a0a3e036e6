export * from './types';
export * from './currencies';
export * from './amount';
export * from './parse';
export * from './rate';
export * from './spread';
export * from './format';
