import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { CHROMIUM, CHROMIUM_FLAGS } from '../scripts/chromium.js';

/**
 * End-to-end play-throughs of `<ontdek-doe-game>` (tests/e2e), in Debian's Chromium through
 * Playwright (nothing is downloaded), on the BUILT packages: run `pnpm build` first. Modelled on
 * packages/components/vitest.browser.config.ts.
 */
export default defineProject({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.test.ts'],
    // Whole games with axe at every phase: slower than a unit test.
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: CHROMIUM,
          args: CHROMIUM_FLAGS,
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
