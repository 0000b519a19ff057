import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'tests',
    // Bundle-size budgets run in Node on the built packages (`pnpm build` first).
    environment: 'node',
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
  },
});
