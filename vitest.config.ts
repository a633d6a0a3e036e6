import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

export default defineConfig({
  resolve: {
    // Tests import the public API by its package name, as users do.
    alias: { 'market-reaction': resolve(__dirname, 'src/index.ts') },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    pool: 'forks',
    // Test files share one module cache per worker: loading danfojs-node (tfjs) once per worker instead of once per file cuts the suite from minutes to seconds. Tests keep no global state.
    isolate: false,
  },
});
