/**
 * Where this package's own folders are (decks, icons, dist), found from the module's location so
 * it works from `src/` (tests), from `dist/` (the CLI) and when installed in node_modules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder of `@ontdek-doe/content` (with its package.json).
 *
 * @example
 * ```ts
 * join(packageRoot(), 'decks'); // …/packages/content/decks
 * ```
 */
export function packageRoot(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
        if (name === '@ontdek-doe/content') return (cached = dir);
      } catch {
        // Not ours; keep looking upwards.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the folder of @ontdek-doe/content');
    dir = parent;
  }
}

/** The package's deck folders live here: `decks/<id>/`. */
export const decksDir = (): string => join(packageRoot(), 'decks');

/** The icon set: `icons/<name>.svg` and `icons/ICONS.md`. */
export const iconsDir = (): string => join(packageRoot(), 'icons');
