/**
 * The deck build: checks every deck folder, and only when none has an error writes
 * `dist/decks/<id>.json` (+ `.js`), `dist/icons.js` and `dist/index.js` with declarations.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIconNames } from '../source/iconSet.ts';
import { loadDeckFolder } from '../source/loadDeckFolder.ts';
import type { LoadedDeck } from '../types.ts';
import { deckModule, iconsDeclarations, iconsModule, indexDeclarations, indexModule } from './deckModules.ts';

/** Options for {@link buildDecks}. */
export interface BuildDecksOptions {
  /** The folder with one folder per deck, e.g. `packages/content/decks`; or one deck folder (with a deck.yaml). */
  decksDir: string;
  /** Where to write, e.g. `packages/content/dist`. */
  outDir: string;
  /** The icon folder (`*.svg`); also the icon names decks may use. */
  iconsDir: string;
}

/** What {@link buildDecks} gives back. */
export interface BuildDecksResult {
  /** `true` when every deck loaded without errors and everything was written. */
  ok: boolean;
  /** Every deck folder, loaded and checked (with warnings and errors). */
  loaded: LoadedDeck[];
  /** The ids of the decks that were written. */
  ids: string[];
  /** The files written, relative to `outDir`. */
  written: string[];
}

/** The deck folders in `decksDir`: every folder that is not hidden, sorted. */
export function listDeckFolders(decksDir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(decksDir);
  } catch {
    return [];
  }
  return entries
    .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
    .map((name) => join(decksDir, name))
    .filter((path) => {
      try {
        return statSync(path).isDirectory();
      } catch {
        return false;
      }
    })
    .sort();
}

/**
 * The decks to build from `dir`: `dir` itself when it holds a deck.yaml (one deck), else every
 * deck folder in it.
 *
 * @example
 * ```ts
 * decksIn('packages/content/decks/basis'); // ['packages/content/decks/basis']
 * decksIn('packages/content/decks'); // ['…/basis', '…/jong', '…/makkelijk']
 * ```
 */
export function decksIn(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.some((name) => /^deck\.ya?ml$/i.test(name)) ? [dir] : listDeckFolders(dir);
}

/** Reads every `*.svg` in `dir`, by name (without `.svg`). */
export function readIcons(dir: string): Record<string, string> {
  const icons: Record<string, string> = {};
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.svg'));
  } catch {
    return icons;
  }
  for (const file of files.sort()) icons[file.slice(0, -4)] = readFileSync(join(dir, file), 'utf8').trim();
  return icons;
}

/**
 * Builds every deck in `decksDir` (or the one deck that is `decksDir`) into `outDir`. Writes
 * nothing when a deck has an error, or when there is no deck at all (an empty package would
 * replace the decks that were there).
 *
 * @example
 * ```ts
 * const result = buildDecks({ decksDir: 'decks', outDir: 'dist', iconsDir: 'icons' });
 * if (!result.ok) process.exitCode = 1;
 * ```
 */
export function buildDecks(options: BuildDecksOptions): BuildDecksResult {
  const icons = readIconNames(options.iconsDir);
  const loaded = decksIn(options.decksDir).map((folder) => loadDeckFolder(folder, { icons }));
  const result: BuildDecksResult = { ok: false, loaded, ids: [], written: [] };
  if (loaded.length === 0 || loaded.some((deck) => deck.deck === undefined)) return result;

  const decksOut = join(options.outDir, 'decks');
  rmSync(decksOut, { recursive: true, force: true });
  mkdirSync(decksOut, { recursive: true });
  const write = (file: string, text: string) => {
    writeFileSync(join(options.outDir, file), text);
    result.written.push(file);
  };
  for (const { deck } of loaded) {
    if (!deck) continue;
    write(`decks/${deck.id}.json`, `${JSON.stringify(deck)}\n`);
    write(`decks/${deck.id}.js`, deckModule(deck));
    write(
      `decks/${deck.id}.d.ts`,
      "import type { Deck } from '@ontdek-doe/core/schema';\ndeclare const deck: Deck;\nexport default deck;\n",
    );
    result.ids.push(deck.id);
  }
  const iconSvgs = readIcons(options.iconsDir);
  write('icons.js', iconsModule(iconSvgs));
  write('icons.d.ts', iconsDeclarations(Object.keys(iconSvgs)));
  write('index.js', indexModule(result.ids));
  write('index.d.ts', indexDeclarations(result.ids));
  result.ok = true;
  return result;
}
