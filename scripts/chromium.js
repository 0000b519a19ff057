// @ts-check
// Debian's Chromium for every browser test and benchmark of the repo (vitest browser mode, the
// examples' node:test suites, tests/bench): Playwright's own browser download does not work here,
// so tests launch /usr/bin/chromium (installed by .ci/run) through playwright-core. OD_CHROMIUM
// points at another build. One list of flags, so every test runs the same browser the same way.

/** The Chromium binary the tests launch. */
export const CHROMIUM = process.env.OD_CHROMIUM ?? '/usr/bin/chromium';

/** Headless, no sandbox (root in CI), and nothing that reaches the network on its own. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
