export * from './types';
export * from './relative-move';
export * from './conversion';
export * from './analyze';
export * from './report';
