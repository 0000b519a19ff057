import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'tests',
    // Bundle-size budgets run in Node on the built packages (`pnpm build` first).
    environment: 'node',
    include: ['**/*.test.ts'],
    // The end-to-end tests run in a browser: tests/vitest.browser.config.ts.
    exclude: ['**/node_modules/**', 'e2e/**'],
  },
});
