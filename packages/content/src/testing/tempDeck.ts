/**
 * Test helper: writes a deck folder into a fresh temporary folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Creates `<tmp>/<name>/` with the given files and returns its path.
 *
 * @example
 * ```ts
 * const folder = tempDeck('basis', { 'deck.yaml': text, 'en.yaml': english });
 * ```
 */
export function tempDeck(name: string, files: Record<string, string | Uint8Array>): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'ontdek-doe-deck-')), name);
  mkdirSync(folder);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(folder, file), content);
  return folder;
}
