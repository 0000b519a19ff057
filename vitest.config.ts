import { defineConfig } from 'vitest/config';

// One config file per project: a `projects` list inside a package's own config is ignored, so every
// project is listed here. `vitest run --project core` (or `pnpm --filter @ontdek-doe/core test`) runs one.
// The components and the end-to-end tests run in a real headless Chromium (see
// packages/components/vitest.browser.config.ts and tests/vitest.browser.config.ts).
export default defineConfig({
  test: {
    projects: [
      'packages/core/vitest.config.ts',
      'packages/content/vitest.config.ts',
      'packages/components/vitest.browser.config.ts',
      'tests/vitest.config.ts',
      'tests/vitest.browser.config.ts',
    ],
  },
});
