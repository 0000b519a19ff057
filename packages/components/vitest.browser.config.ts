import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { emulateMedia } from './src/testing/commands.ts';

/**
 * Browser tests of the components, in Debian's Chromium through Playwright (nothing is downloaded).
 * Named apart from `vitest.config.*` on purpose: Storybook's test runner looks for a config that
 * mentions `storybookTest`, and this one must not be mistaken for it.
 */
export default defineProject({
  test: {
    name: 'components',
    include: ['src/**/*.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.OD_CHROMIUM ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
      commands: { emulateMedia },
    },
  },
});
