/**
 * `ontdek-doe new`: writes a new deck folder that validates at once, with one theme and one
 * example card per family (wish, strength, doing, need) and its English translation, so a trainer
 * starts from something that works and changes it step by step.
 */
import { DECK_LIMITS } from '@ontdek-doe/core/schema';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { contentMessage } from '../messages/contentMessages.ts';
import type { Message } from '../types.ts';
import { errorCode } from './readSourceFile.ts';
import { DECK_FILE, DECK_ID_PATTERN } from './loadDeckSource.ts';
import { scaffoldDeckYaml as deckYaml, scaffoldEnYaml as enYaml } from './scaffoldFiles.ts';
import { packageRoot } from './packagePaths.ts';

/** What {@link scaffoldDeck} gives back. */
export type ScaffoldResult =
  | { ok: true; id: string; files: string[] }
  | {
      ok: false;
      code: 'folder-exists' | 'invalid-deck-id' | 'empty-name' | 'id-too-long' | 'cannot-write';
      message: Message;
    };

/**
 * Where the schemas are, as seen from `folder` (for the editor line at the top of each file).
 *
 * @example
 * ```ts
 * schemaPath('packages/content/decks/basis', 'translation.schema.json'); // '../../schema/translation.schema.json'
 * ```
 */
export function schemaPath(folder: string, file: string): string {
  const path = relative(folder, join(packageRoot(), 'schema', file));
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * Creates `folder` with a deck.yaml and an en.yaml. The folder's name is the deck id. Refuses
 * to touch a folder that already exists. `options.display` is how messages name the folder.
 *
 * @example
 * ```ts
 * const result = scaffoldDeck('packages/content/decks/mijn-set');
 * if (!result.ok) console.error(result.message.nl);
 * ```
 */
export function scaffoldDeck(folder: string, options: { display?: string } = {}): ScaffoldResult {
  const shown = options.display ?? folder;
  const id = folder.trim() === '' ? '' : basename(folder.replace(/[\\/]+$/, ''));
  if (id.trim() === '') return { ok: false, code: 'empty-name', message: EMPTY_NAME };
  if (id.length > DECK_LIMITS.maxIdLength) {
    return { ok: false, code: 'id-too-long', message: tooLong(id, DECK_LIMITS.maxIdLength) };
  }
  if (!DECK_ID_PATTERN.test(id)) {
    return { ok: false, code: 'invalid-deck-id', message: contentMessage('invalid-deck-id', { id }) };
  }
  try {
    mkdirSync(dirname(folder), { recursive: true });
    mkdirSync(folder); // not recursive: fails if the folder is already there
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') {
      return {
        ok: false,
        code: 'folder-exists',
        message: {
          nl: `De map "${shown}" bestaat al. Kies een andere naam; een bestaande kaartenset wordt nooit overschreven.`,
          en: `The folder "${shown}" already exists. Choose another name; an existing deck is never overwritten.`,
        },
      };
    }
    return { ok: false, code: 'cannot-write', message: cannotWrite(shown, code) };
  }
  const files = [DECK_FILE, 'en.yaml'];
  try {
    writeFileSync(join(folder, DECK_FILE), deckYaml(id, schemaPath(folder, 'deck-source.schema.json')), {
      flag: 'wx',
    });
    writeFileSync(join(folder, 'en.yaml'), enYaml(id, schemaPath(folder, 'translation.schema.json')), {
      flag: 'wx',
    });
  } catch (error) {
    return { ok: false, code: 'cannot-write', message: cannotWrite(shown, errorCode(error)) };
  }
  return { ok: true, id, files };
}

const EMPTY_NAME: Message = {
  nl: 'Geef de nieuwe kaartenset een naam: de naam van de map wordt de id. Bijvoorbeeld: ontdek-doe new packages/content/decks/mijn-set',
  en: "Give the new deck a name: the folder's name becomes the id. For example: ontdek-doe new packages/content/decks/my-deck",
};

function tooLong(id: string, max: number): Message {
  const start = `${id.slice(0, 20)}…`;
  return {
    nl: `De naam "${start}" is te lang voor een id: hij heeft ${id.length} tekens. Een id heeft hoogstens ${max} tekens. Kies een kortere naam.`,
    en: `The name "${start}" is too long for an id: it has ${id.length} characters. An id has at most ${max} characters. Choose a shorter name.`,
  };
}

function cannotWrite(folder: string, reason: string): Message {
  return {
    nl: `De map "${folder}" kan niet gemaakt worden (${reason}). Heb je toestemming om daar te schrijven?`,
    en: `The folder "${folder}" cannot be created (${reason}). Do you have permission to write there?`,
  };
}
