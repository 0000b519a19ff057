/**
 * Loads one deck folder from disk: deck.yaml plus every `<lang>.yaml`, merged into the core's deck
 * shape and checked (see `loadDeckSource`, which the deck editor shares). Every problem is placed
 * by file, line and column. Never throws, whatever is in the folder.
 */
import { basename, join } from 'node:path';
import { contentMessage } from '../messages/contentMessages.ts';
import type { LoadedDeck, MessageParams } from '../types.ts';
import { readIconNames } from './iconSet.ts';
import { DECK_FILE, loadDeckSource } from './loadDeckSource.ts';
import { errorCode, nodeFileSystem, readSourceFile, type SourceFileSystem } from './readSourceFile.ts';

export { SENSITIVITY_TAGS, MAX_CHOICE_OPTIONS } from './checkDeckData.ts';
export { DECK_FILE, DECK_ID_PATTERN, isDeckTextPath } from './loadDeckSource.ts';

/** Options for {@link loadDeckFolder}. */
export interface LoadDeckFolderOptions {
  /** The icon names a deck may use; default: read from this package's `icons/` at run time. */
  icons?: ReadonlySet<string>;
  /** Answer kinds added by plugins, passed on to `parseDeck`. */
  answerKinds?: readonly string[];
  /** Check that the folder is named after the deck id (default `true`). */
  checkFolderName?: boolean;
  /** How messages name the folder (default: `folder` as given). */
  name?: string;
  /** The file system to read from (tests simulate failures with it). */
  fs?: SourceFileSystem;
}

/**
 * Loads and checks the deck in `folder`.
 *
 * @example
 * ```ts
 * const loaded = loadDeckFolder('packages/content/decks/basis');
 * for (const p of loaded.problems) console.log(`${p.file}:${p.line}:${p.column}  ${p.message.en}`);
 * if (loaded.deck) startGame(loaded.deck);
 * ```
 */
export function loadDeckFolder(folder: string, options: LoadDeckFolderOptions = {}): LoadedDeck {
  const fs = options.fs ?? nodeFileSystem;
  const name = options.name ?? folder;
  const folderProblem = (code: 'folder-not-found' | 'file-unreadable', reason?: string): LoadedDeck => {
    const params: MessageParams =
      code === 'folder-not-found' ? { folder: name } : { file: name, reason: reason ?? '' };
    return {
      folder,
      problems: [
        {
          severity: 'error',
          code,
          message: contentMessage(code, params),
          file: '',
          line: 0,
          column: 0,
          path: [],
          params,
        },
      ],
      defaultLanguage: 'nl',
      translationFiles: {},
      translations: {},
      locate: () => ({ file: DECK_FILE, line: 1, column: 1 }),
    };
  };

  let entries: string[];
  try {
    if (!fs.statSync(folder).isDirectory()) return folderProblem('folder-not-found');
    entries = fs.readdirSync(folder);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return folderProblem('folder-not-found');
    return folderProblem('file-unreadable', code);
  }
  const {
    input: _input,
    sources: _sources,
    ...loaded
  } = loadDeckSource(entries, (entry) => readSourceFile(join(folder, entry), entry, fs), {
    name,
    folder,
    ...(options.checkFolderName !== false ? { folderName: basename(folder.replace(/[\\/]+$/, '')) } : {}),
    icons: options.icons ?? readIconNames(),
    ...(options.answerKinds ? { answerKinds: options.answerKinds } : {}),
  });
  return loaded;
}
