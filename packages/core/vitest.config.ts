import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'core',
    // The core is headless: its tests run in Node, with no DOM.
    environment: 'node',
    include: ['src/**/*.test.ts'],
    benchmark: {
      include: ['src/**/*.bench.ts'],
    },
  },
});
