import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineProject } from 'vitest/config';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.js';
import { emulateMedia } from './src/testing/commands.ts';

/** The strictest policy a host page might set: no inline script or style, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * Serves `/__od__/csp.html`: a page with `<ontdek-doe-game>` sent with a strict
 * Content-Security-Policy header, for the CSP test (src/ontdek-doe-game/csp.test.ts). Its script
 * is an ordinary module of this package, served and transformed by Vite like every test module.
 */
const cspTestPage: Plugin = {
  name: 'od:csp-test-page',
  configureServer(server) {
    server.middlewares.use('/__od__/csp.html', (_request, response) => {
      response.setHeader('Content-Security-Policy', STRICT_CSP);
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>CSP</title></head>' +
          '<body><ontdek-doe-game seed="1"></ontdek-doe-game>' +
          '<script type="module" src="/src/testing/cspPage.ts"></script></body></html>',
      );
    });
  },
};

/**
 * Browser tests of the components, in Debian's Chromium through Playwright (nothing is downloaded).
 * Named apart from `vitest.config.*` on purpose: Storybook's test runner looks for a config that
 * mentions `storybookTest`, and this one must not be mistaken for it.
 */
export default defineProject({
  plugins: [cspTestPage],
  test: {
    name: 'components',
    include: ['src/**/*.test.ts'],
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
      commands: { emulateMedia },
    },
  },
});
