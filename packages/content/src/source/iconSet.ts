/**
 * The icon names a deck may use: the `icons/*.svg` files present, or, while no icon is drawn
 * yet, the names listed in `icons/ICONS.md`. Read at run time, so new icons count at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { iconNamesFromMarkdown } from './iconNamesFromMarkdown.ts';
import { iconsDir } from './packagePaths.ts';

export { iconNamesFromMarkdown };

/**
 * Reads the icon names from a folder (default: this package's `icons/`). Returns an empty set
 * when the folder has neither SVG files nor a readable ICONS.md.
 *
 * @example
 * ```ts
 * readIconNames().has('heart'); // true
 * ```
 */
export function readIconNames(dir: string = iconsDir()): Set<string> {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return new Set();
  }
  const svgs = files.filter((file) => file.endsWith('.svg')).map((file) => file.slice(0, -'.svg'.length));
  if (svgs.length > 0) return new Set(svgs);
  try {
    return iconNamesFromMarkdown(readFileSync(join(dir, 'ICONS.md'), 'utf8'));
  } catch {
    return new Set();
  }
}
