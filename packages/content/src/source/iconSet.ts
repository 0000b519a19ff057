/**
 * The icon names a deck may use: the `icons/*.svg` files present, or, while no icon is drawn
 * yet, the names listed in `icons/ICONS.md`. Read at run time, so new icons count at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { iconsDir } from './packagePaths.ts';

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

/**
 * The names in the table of ICONS.md: the second column of each row, split at commas.
 *
 * @example
 * ```ts
 * iconNamesFromMarkdown('| group | names |\n|---|---|\n| themes | person, health |'); // Set { 'person', 'health' }
 * ```
 */
export function iconNamesFromMarkdown(markdown: string): Set<string> {
  const names = new Set<string>();
  let inTable = false;
  for (const line of markdown.split(/\r?\n/)) {
    const cells = line.split('|').map((cell) => cell.trim());
    // | group | names |  →  ['', 'group', 'names', '']; rows count only below the |---|---| line.
    if (!line.trim().startsWith('|') || cells.length < 4) {
      inTable = false;
      continue;
    }
    if (cells.slice(1, -1).every((cell) => /^:?-+:?$/.test(cell))) {
      inTable = true;
      continue;
    }
    if (!inTable) continue;
    for (const name of (cells[2] ?? '').split(',')) {
      const trimmed = name.trim();
      if (/^[a-z0-9-]+$/.test(trimmed)) names.add(trimmed);
    }
  }
  return names;
}
