export * from './types';
export * from './isodate';
export * from './provenance';
export * from './validate';
export * from './facts-file';
export * from './curated';
