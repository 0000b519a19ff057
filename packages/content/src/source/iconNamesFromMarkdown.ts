/**
 * The icon names listed in the icon set's ICONS.md. No file access: the caller reads the file
 * (the CLI from disk, the editor bundled as text).
 */

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
