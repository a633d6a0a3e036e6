export * from './table';
export * from './facts';
export * from './derived';
export * from './analysis';
export { danfo, type DataFrame, type Series, type DanfoModule } from './danfo';
