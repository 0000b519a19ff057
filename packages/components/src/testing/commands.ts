import type { BrowserCommand } from 'vitest/node';

/** What the `emulateMedia` command can switch; `null` goes back to the machine's own setting. */
export interface MediaFeatures {
  /** `print` shows the page as it prints (the print stylesheets apply). */
  media?: 'print' | 'screen' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  forcedColors?: 'active' | 'none' | null;
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
}

/**
 * A browser command (runs in Node, on Playwright's page): emulates CSS media features such as
 * `prefers-reduced-motion` and `forced-colors` for the test page.
 *
 * @example
 * // in a test
 * import { commands } from 'vitest/browser';
 * await commands.emulateMedia({ reducedMotion: 'reduce' });
 */
export const emulateMedia: BrowserCommand<[features: MediaFeatures]> = async (context, features) => {
  await context.page.emulateMedia(features);
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (features: MediaFeatures) => Promise<void>;
  }
}
