/**
 * Finding a Chromium or Chrome to print with.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of a Chromium-family browser: `CHROMIUM_PATH` when it is set (and executable), else
 * `/usr/bin/chromium`, else `chromium`, `chromium-browser` or `google-chrome` on the `PATH`.
 * `undefined` when there is none.
 *
 * @example
 * ```ts
 * findChromium(); // '/usr/bin/chromium'
 * ```
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) return isExecutable(configured) ? configured : undefined;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of NAMES) {
    for (const dir of (env.PATH ?? '').split(delimiter)) {
      if (dir && isExecutable(join(dir, name))) return join(dir, name);
    }
  }
  return undefined;
}

/**
 * Flags that keep Chromium quiet and self-contained: headless, no sandbox (it runs in containers
 * as root), no GPU, and no calls home (QUIC, background networking, component updates, sync).
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
