import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default on two cores is one worker; the integration suites wait on the database as
    // much as they compute, so three keep both cores busy
    maxWorkers: 3,
    // tests within a file run in a shuffled order (fixed seed, so a run is reproducible): each test
    // makes its own data, and one that leans on another's leftovers fails here rather than some day.
    // Try other orders with `npx vitest run --sequence.seed=<n>`.
    sequence: { shuffle: { files: false, tests: true }, seed: 20261204 },
  },
});
