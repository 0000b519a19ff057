/**
 * Turns the folders on the command line into deck folders: a deck folder as it is, a folder of
 * deck folders (such as `decks/`) as each deck in it, and nothing at all as every deck of this
 * package.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { listDeckFolders } from '../build/buildDecks.ts';
import { decksDir } from '../source/packagePaths.ts';
import type { DeckFolder } from './context.ts';

/**
 * How to show a path: relative to `cwd` when it is inside it, absolute otherwise.
 *
 * @example
 * ```ts
 * displayPath('/repo', '/repo/decks/basis'); // 'decks/basis'
 * displayPath('/repo', '/tmp/x'); // '/tmp/x'
 * ```
 */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

const trim = (path: string) => (path.length > 1 ? path.replace(/[\\/]+$/, '') : path);

/**
 * `decks/basis/deck.yaml` (or another file in the deck folder, such as `en.yaml`) means the deck
 * folder it is in: `decks/basis`.
 *
 * @example
 * ```ts
 * deckFolderOf('decks/basis/deck.yaml', '/repo'); // 'decks/basis'
 * deckFolderOf('decks/basis', '/repo'); // 'decks/basis'
 * ```
 */
export function deckFolderOf(given: string, cwd: string): string {
  const trimmed = trim(given);
  if (!/\.ya?ml$/i.test(basename(trimmed))) return trimmed;
  try {
    if (!statSync(resolve(cwd, trimmed)).isFile()) return trimmed;
  } catch {
    return trimmed;
  }
  return dirname(trimmed);
}

/**
 * Resolves `given` against `cwd`.
 *
 * @example
 * ```ts
 * resolveFolders(['packages/content/decks'], '/repo');
 * // [{ display: 'packages/content/decks/basis', path: '/repo/packages/content/decks/basis' }, …]
 * ```
 */
export function resolveFolders(given: readonly string[], cwd: string): DeckFolder[] {
  if (given.length === 0) {
    return listDeckFolders(decksDir()).map((path) => ({ display: displayPath(cwd, path), path }));
  }
  const folders: DeckFolder[] = [];
  for (const raw of given) {
    const display = deckFolderOf(raw, cwd);
    const path = resolve(cwd, display);
    if (!existsSync(join(path, 'deck.yaml'))) {
      const inside = listDeckFolders(path).filter((folder) => existsSync(join(folder, 'deck.yaml')));
      if (inside.length > 0) {
        for (const folder of inside)
          folders.push({ display: join(display, relative(path, folder)), path: folder });
        continue;
      }
    }
    folders.push({ display, path });
  }
  return folders;
}
