import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'core',
    // The core is headless: its tests run in Node, with no DOM.
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // Property-based and model-based tests do real work; CI runs them beside browser tests on 2 cores.
    testTimeout: 30_000,
    benchmark: {
      include: ['src/**/*.bench.ts'],
    },
  },
});
